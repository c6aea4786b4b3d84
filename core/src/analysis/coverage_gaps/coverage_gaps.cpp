// SPDX-License-Identifier: GPL-3.0-or-later
// "coverage-gaps": where the networked point assets (IoT sensors, CCTV, EV chargers, parking
// sensors, roadside units) do not reach, per zone, per project, and where k new sites would
// close most of the gap.
//
// - Service area: a disc of the asset type's radius, or with a road layer the road reachable
//   within that distance along the network (Dijkstra), buffered by `network_width`.
// - Zones: the zone layer, or a square or hexagon grid over the assets' extent (grown by the
//   largest radius) or over a boundary layer (cells whose centre is inside it).
// - Covered area per zone: exact for grid cells with disc service areas (closed-form
//   integration, disc_coverage.h); GEOS otherwise (discs as 128-gons: 0.04 % low).
// - Demand weighting: a polygon layer with a numeric field, spread evenly over each polygon's
//   area; a zone's demand is the sum over the demand polygons of value x overlap / polygon area.
// - New sites: greedy maximum coverage (Church & ReVelle's MCLP) over demand points on a
//   `site_resolution` lattice inside the zones, each worth its cell's area (x demand density).
//   Gains are therefore in m² to within the lattice resolution; new sites use discs even in
//   network mode (a Dijkstra per candidate would dominate the run).
#include "analysis/coverage_gaps/coverage_engine.h"
#include "analysis/coverage_gaps/coverage_sites.h"
#include "analysis/framework/builtin_analyses.h"
#include "analysis/framework/layer_refs.h"
#include "analysis/geometry/zone_grid.h"
#include "cityweave/analysis/result_columns.h"
#include "cityweave/analysis/zone_layer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

ParameterSpec number(const char* key, project::LocalizedText name, project::LocalizedText about,
                     const std::string& value, std::optional<double> lo, std::optional<double> hi,
                     const char* unit) {
    return {key, std::move(name), std::move(about), ParameterType::Double, value, lo, hi, {}, unit};
}

ParameterSpec text(const char* key, project::LocalizedText name, project::LocalizedText about,
                   const std::string& value = {}) {
    return {key, std::move(name), std::move(about), ParameterType::String, value, {}, {}, {}, ""};
}

AnalysisDescriptor makeDescriptor() {
    AnalysisDescriptor d;
    d.id = "coverage-gaps";
    d.name = {"서비스 공백", "Coverage gaps"};
    d.description = {
        "점 시설(IoT 센서, CCTV, 전기차 충전기, 주차 센서, 노변 기지국)의 서비스 반경 또는 도로망 "
        "거리로 구역별 서비스 면적과 비율, 공백 구역, 사업별 기여를 구하고, 공백을 가장 많이 "
        "줄이는 "
        "신규 설치 위치 k곳을 제안합니다.",
        "Service areas of point assets (IoT sensors, CCTV, EV chargers, parking sensors, roadside "
        "units) by radius or road-network distance: covered area and share per zone, the gaps as "
        "polygons, each project's coverage alone and combined, and k new sites that close most "
        "of the gap (greedy maximum coverage)."};
    d.parameters = {
        {"zones",
         {"구역", "Zones"},
         {"구역 레이어 또는 격자 (레이어가 없으면 격자)",
          "The zone layer, or a generated grid (grid when no layer is given)"},
         ParameterType::Choice,
         "layer",
         {},
         {},
         {"layer", "grid"},
         ""},
        zoneLayerParameters()[0],
        zoneLayerParameters()[1],
        {"grid_shape",
         {"격자 모양", "Grid shape"},
         {"정사각형 또는 육각형 격자", "Square or hexagon cells"},
         ParameterType::Choice,
         "square",
         {},
         {},
         {"square", "hexagon"},
         ""},
        number("grid_size", {"격자 크기", "Grid size"},
               {"정사각형의 한 변, 육각형의 마주 보는 변 사이 거리",
                "Side of a square; distance across the flats of a hexagon"},
               "500", 10.0, 100000.0, "m"),
        layerParameter(
            "boundary", {"경계 레이어", "Boundary layer"},
            {"격자를 깔 경계 (레이어 id 또는 파일; 비우면 시설 범위)",
             "Lay the grid over this boundary (layer id or file; empty: the assets' extent)"},
            "polygon"),
    };
    for (const AssetTypeInfo& t : assetTypes())
        d.parameters.push_back(number((std::string("radius_") + t.key).c_str(),
                                      {t.name.ko + " 반경", t.name.en + " radius"},
                                      {"기본값 근거: " + t.why.ko, "Default: " + t.why.en},
                                      data::toDisplayString(t.defaultRadius), 1.0, 20000.0, "m"));
    const std::vector<ParameterSpec> more = {
        text("type_keywords", {"유형 판별어", "Type keywords"},
             {"레이어 id·이름(또는 유형 필드)에 들어 있으면 그 유형: keyword=type;...",
              "A layer id or name (or type field) containing the keyword gets the type: "
              "keyword=type;..."},
             kDefaultTypeKeywords),
        text("type_field", {"유형 필드", "Type field"},
             {"객체마다 유형을 적은 필드 (있는 레이어만)",
              "Field naming each feature's type (used where a layer has it)"}),
        {"include_other",
         {"기타 점 포함", "Include other points"},
         {"유형을 알 수 없는 점 레이어도 '기타' 반경으로 포함",
          "Also count point layers of unknown type, with the radius of 'other'"},
         ParameterType::Boolean,
         "false",
         {},
         {},
         {},
         ""},
        layerParameter("road_layer", {"도로 레이어", "Road layer"},
                       {"주면 반경을 도로망 거리로 잽니다 (레이어 id 또는 파일)",
                        "When given, radii are distances along these roads (layer id or file)"},
                       "line"),
        number("network_width", {"도로 서비스 폭", "Road service half-width"},
               {"도달한 도로 양쪽으로 이만큼을 서비스 면적으로 봅니다 (도로 절반 폭과 접도 필지)",
                "Reached roads serve this far either side (half a street plus the frontage)"},
               "25", 0.5, 1000.0, "m"),
        number("network_snap", {"도로 연결 거리", "Snap distance"},
               {"시설에서 이 거리 안의 가장 가까운 도로로 연결", "Assets join the nearest road "
                                                                 "within this distance"},
               "100", 0.0, 5000.0, "m"),
        layerParameter("demand_layer", {"수요 레이어", "Demand layer"},
                       {"인구·수요 면 레이어 (레이어 id 또는 파일)",
                        "Population or demand polygons (layer id or file)"},
                       "polygon"),
        fieldParameter("demand_field", {"수요 필드", "Demand field"},
                       {"수요 레이어의 숫자 필드", "Numeric field of the demand layer"},
                       "demand_layer"),
        {"new_sites",
         {"신규 위치 수", "New sites"},
         {"제안할 신규 설치 위치 수 (0: 제안 안 함)", "How many new sites to suggest (0: none)"},
         ParameterType::Integer,
         "5",
         0.0,
         500.0,
         {},
         ""},
        {"new_site_type",
         {"신규 시설 유형", "New site type"},
         {"신규 위치에 둘 시설 유형 (그 반경을 씁니다)", "Type of the new assets (their radius "
                                                         "applies)"},
         ParameterType::Choice,
         "iot_sensor",
         {},
         {},
         {"iot_sensor", "cctv", "ev_charger", "parking_sensor", "roadside_unit", "other"},
         ""},
        layerParameter("candidates", {"후보 위치 레이어", "Candidate sites"},
                       {"후보 점 레이어 (비우면 구역 안 격자점)",
                        "Candidate point layer (empty: lattice points inside the zones)"},
                       "point"),
        number("candidate_spacing", {"후보 간격", "Candidate spacing"},
               {"후보 레이어가 없을 때 후보 격자점 간격", "Spacing of the candidate lattice"},
               "250", 10.0, 10000.0, "m"),
        number("site_resolution", {"수요점 간격", "Demand point spacing"},
               {"신규 위치 평가에 쓰는 수요점 격자 간격 (작을수록 정확, 느림)",
                "Lattice spacing of the demand points that score new sites (finer: more exact, "
                "slower)"},
               "50", 1.0, 5000.0, "m"),
        {"gap_polygons",
         {"공백 면 작성", "Write gap polygons"},
         {"구역마다 서비스가 닿지 않는 면을 씁니다", "Write the uncovered part of each zone"},
         ParameterType::Boolean,
         "true",
         {},
         {},
         {},
         ""},
    };
    d.parameters.insert(d.parameters.end(), more.begin(), more.end());
    d.outputs = {
        {"coverage_zones", {"구역별 서비스율", "Coverage per zone"}, OutputKind::PolygonLayer},
        {"coverage_gap_areas", {"서비스 공백", "Coverage gaps"}, OutputKind::PolygonLayer},
        {"coverage_projects", {"사업별 서비스 면적", "Coverage per project"}, OutputKind::Table},
        {"coverage_new_sites", {"신규 설치 제안", "Suggested new sites"}, OutputKind::PointLayer},
        {"coverage_site_gains", {"신규 위치별 증가", "Gain per new site"}, OutputKind::Table},
    };
    return d;
}

data::AttributeValue ratio(double part, double whole) {
    if (!(whole > 0))
        return std::monostate{};
    return std::min(1.0, part / whole);
}

// Per zone: combined coverage, demand and gaps, as the zone and gap layers, with the totals.
struct ZoneOutputs {
    ResultLayer zoneLayer{"coverage_zones", GeometryFamily::Polygon, {}, {}, {}};
    ResultLayer gapLayer{"coverage_gap_areas", GeometryFamily::Polygon, {}, {}, {}};
    double studyArea = 0, coveredTotal = 0, demandTotal = 0, coveredDemandTotal = 0;
};

Result<ZoneOutputs> zoneOutputs(GEOSContextHandle_t h, const CoverageSetup& s,
                                const ServiceAreas::ZoneCoverage& coverage,
                                const CancelToken& cancel) {
    ZoneOutputs out;
    out.zoneLayer.columns = {
        {columns::kZoneId, FieldType::Integer},    {columns::kZoneName, FieldType::String},
        {columns::kZoneAreaM2, FieldType::Real},   {"covered_m2", FieldType::Real},
        {columns::kCoveredShare, FieldType::Real}, {"gap_m2", FieldType::Real},
        {"asset_count", FieldType::Integer}};
    if (s.demand)
        out.zoneLayer.columns.insert(out.zoneLayer.columns.end(),
                                     {{"demand", FieldType::Real},
                                      {"covered_demand", FieldType::Real},
                                      {"covered_demand_share", FieldType::Real}});
    out.gapLayer.columns = {{columns::kZoneId, FieldType::Integer},
                            {columns::kZoneName, FieldType::String},
                            {"gap_m2", FieldType::Real}};
    const std::vector<ZoneShape>& zones = s.zones.zones;
    const std::vector<std::int64_t> assetsPerZone = s.assetsPerZone();
    for (std::size_t z = 0; z < zones.size(); ++z) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        const ZoneShape& zone = zones[z];
        const double covered = coverage.covered[z];
        out.studyArea += zone.area;
        out.coveredTotal += covered;
        data::AttributeRow row{zone.id,
                               zone.name,
                               zone.area,
                               covered,
                               ratio(covered, zone.area),
                               std::max(0.0, zone.area - covered),
                               assetsPerZone[z]};
        if (s.demand) {
            const auto [demand, coveredDemand] = s.demandIn(zone, *s.combined);
            out.demandTotal += demand;
            out.coveredDemandTotal += coveredDemand;
            row.insert(row.end(), {demand, coveredDemand, ratio(coveredDemand, demand)});
        }
        geometry::appendGeos(h, zone.geom.get(), out.zoneLayer.geometries, GeometryFamily::Polygon);
        out.zoneLayer.rows.push_back(std::move(row));
        const geometry::GeometryStore& gap = coverage.gaps[z];
        if (gap.featureCount() == 1) {
            out.gapLayer.geometries.appendFeature(gap, 0);
            out.gapLayer.rows.push_back({zone.id, zone.name, coverage.gapAreas[z]});
        }
    }
    return out;
}

// Each project alone, and what it adds to the others (`coveredTotal`: all projects together).
Result<ResultTable> projectContributions(const AnalysisInput& input, const CoverageSetup& s,
                                         double coveredTotal, const CancelToken& cancel,
                                         const ProgressFn& progress) {
    ResultTable projects{"coverage_projects",
                         {{columns::kProjectId, FieldType::String},
                          {columns::kProjectName, FieldType::String},
                          {"asset_types", FieldType::String},
                          {"asset_count", FieldType::Integer},
                          {"covered_alone_m2", FieldType::Real},
                          {"share_alone", FieldType::Real},
                          {"added_to_others_m2", FieldType::Real},
                          {"combined_m2", FieldType::Real},
                          {"combined_share", FieldType::Real}},
                         {}};
    double studyArea = 0;
    for (const ZoneShape& zone : s.zones.zones)
        studyArea += zone.area;
    const std::vector<std::uint32_t> withAssets = s.projectsWithAssets();
    for (std::size_t i = 0; i < withAssets.size(); ++i) {
        const std::uint32_t p = withAssets[i];
        double alone = coveredTotal, others = 0;
        if (withAssets.size() > 1) {
            auto mine = s.serviceAreas([&](const Asset& a) { return a.project == p; });
            auto rest = s.serviceAreas([&](const Asset& a) { return a.project != p; });
            auto mineByZone = mine.coveredAreas(s.zones, cancel);
            auto restByZone = rest.coveredAreas(s.zones, cancel);
            if (!mineByZone)
                return mineByZone.error();
            if (!restByZone)
                return restByZone.error();
            alone = 0;
            for (std::size_t z = 0; z < s.zones.zones.size(); ++z) {
                alone += (*mineByZone)[z];
                others += (*restByZone)[z];
            }
        }
        std::set<std::string> types;
        std::int64_t count = 0;
        for (const Asset& a : s.assets)
            if (a.project == p) {
                types.insert(assetTypeInfo(a.type).key);
                ++count;
            }
        std::string typeText;
        for (const std::string& t : types)
            typeText += (typeText.empty() ? "" : ",") + t;
        projects.rows.push_back({input.projects[p].id, input.projects[p].name.in("ko"), typeText,
                                 count, alone, ratio(alone, studyArea),
                                 std::max(0.0, coveredTotal - others), coveredTotal,
                                 ratio(coveredTotal, studyArea)});
        if (progress)
            progress(double(i + 1) / double(withAssets.size()));
    }
    return projects;
}

class CoverageGaps final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override {
        static const AnalysisDescriptor d = makeDescriptor();
        return d;
    }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        auto report = [&](double f) {
            if (progress)
                progress(f);
        };
        AnalysisResult result = newResult(descriptor().id, input, params);
        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();

        auto setup = CoverageSetup::create(h, input, params, result.warnings);
        if (!setup)
            return setup.error();
        CoverageSetup& s = *setup;
        report(0.1);

        const std::vector<ZoneShape>& zones = s.zones.zones;
        const bool writeGaps = params.flag("gap_polygons");
        auto coverage = s.combined->coverageByZone(s.zones, writeGaps, cancel,
                                                   [&](double f) { report(0.1 + 0.45 * f); });
        if (!coverage)
            return coverage.error();
        auto byZone = zoneOutputs(h, s, *coverage, cancel);
        if (!byZone)
            return byZone.error();
        auto projects = projectContributions(input, s, byZone->coveredTotal, cancel,
                                             [&](double f) { report(0.6 + 0.2 * f); });
        if (!projects)
            return projects.error();

        // New sites.
        auto sites = suggestSites(h, s, params, cancel, [&](double f) { report(0.8 + 0.19 * f); });
        if (!sites)
            return sites.error();
        double gained = 0;
        for (const SitePick& pick : sites->picks)
            gained += pick.gain;

        result.summary["assets"] = double(s.assets.size());
        result.summary["zones"] = double(zones.size());
        const ZoneOutputs& c = *byZone;
        result.summary["study_area_m2"] = c.studyArea;
        result.summary["covered_m2"] = c.coveredTotal;
        result.summary["covered_share"] = c.studyArea > 0 ? c.coveredTotal / c.studyArea : 0.0;
        if (s.demand) {
            result.summary["demand"] = c.demandTotal;
            result.summary["covered_demand_share"] =
                c.demandTotal > 0 ? c.coveredDemandTotal / c.demandTotal : 0.0;
        }
        result.summary["new_sites"] = double(sites->picks.size());
        result.summary["new_sites_gain"] = gained;
        result.summary["site_demand_total"] = sites->totalWeight;
        result.summary["site_demand_covered_before"] = sites->coveredBefore;
        result.layers.push_back(std::move(byZone->zoneLayer));
        if (writeGaps)
            result.layers.push_back(std::move(byZone->gapLayer));
        result.tables.push_back(std::move(projects).value());
        appendSiteOutputs(*sites, result);
        report(1.0);
        return result;
    }
};

} // namespace

std::unique_ptr<Analysis> makeCoverageGapsAnalysis() {
    return std::make_unique<CoverageGaps>();
}

} // namespace cw::analysis
