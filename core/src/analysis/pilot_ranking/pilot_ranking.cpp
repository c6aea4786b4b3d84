// SPDX-License-Identifier: GPL-3.0-or-later
// "pilot-ranking": which candidate units (dong, grid cells, user-drawn areas) suit an
// integrated pilot (living lab), by weighted criteria computed from the project.
//
// Criteria (raw values kept per unit as c_<key>):
//   projects     distinct projects with a feature touching the unit           benefit
//   sectors      distinct sectors among them                                   benefit
//   integration  best integration-zones score among the zones touching it (0)  benefit
//   gaps         share of the unit the point assets do not reach (coverage-gaps
//                defaults: radii and type keywords)                            gaps_direction
//   transit      distance from the unit's centroid to the transit layer        cost
//   sandbox      share of the unit inside the sandbox polygons                 benefit
//   field        a numeric field of the unit layer                             field_direction
// transit, sandbox and field need their layer or field; criteria with weight 0 are left out.
// Hard constraints and the minimum area make units ineligible before normalising.
// Contiguity "neighbour": an eligible unit stays eligible only if it touches (shares an edge or
// a corner with) another eligible unit: a living lab spans neighbouring blocks, an isolated
// unit cannot host one. `cluster` numbers the groups of touching eligible units either way.
// Scoring, explain and sensitivity: multi_criteria.h, written by applyRanking().
#include "cityweave/analysis/pilot_ranking.h"

#include "analysis/coverage_gaps/coverage_engine.h"
#include "analysis/framework/builtin_analyses.h"
#include "analysis/framework/layer_refs.h"
#include "analysis/geometry/zone_grid.h"
#include "analysis/pilot_ranking/pilot_criteria.h"
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/result_columns.h"
#include "cityweave/analysis/zone_layer.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

ParameterSpec weight(const char* key, project::LocalizedText name, const char* value) {
    return {key,
            std::move(name),
            {"기준의 가중치 (합에 대한 백분율로 표시, 0: 제외)",
             "Weight of the criterion (shown as a percentage of the sum; 0 leaves it out)"},
            ParameterType::Double,
            value,
            0.0,
            1000.0,
            {},
            ""};
}

ParameterSpec choice(const char* key, project::LocalizedText name, project::LocalizedText about,
                     const char* value, std::vector<std::string> choices) {
    return {key,
            std::move(name),
            std::move(about),
            ParameterType::Choice,
            value,
            {},
            {},
            std::move(choices),
            ""};
}

AnalysisDescriptor makeDescriptor() {
    AnalysisDescriptor d;
    d.id = "pilot-ranking";
    d.name = {"통합 실증지 순위", "Pilot-area ranking"};
    d.description = {
        "후보 단위(법정동, 격자, 직접 그린 구역)를 사업 수, 분야 수, 통합 구역 점수, 서비스 공백, "
        "대중교통 거리, 샌드박스 구역 비율, 구역 필드로 평가해 가중 합으로 순위를 매깁니다. 기준별 "
        "기여와 가중치 ±20% 민감도를 함께 보여 줍니다.",
        "Ranks candidate units (dong, grid cells, drawn areas) for an integrated pilot by a "
        "weighted sum of normalised criteria: projects, sectors, integration-zone score, "
        "coverage gaps, distance to transit, share inside sandbox zones and a zone field; with "
        "each criterion's contribution and how the top 5 change when a weight moves by ±20 %."};
    d.parameters = {
        choice("units", {"후보 단위", "Candidate units"},
               {"구역 레이어, 격자, 또는 지정한 면 레이어", "The zone layer, a grid, or the layer "
                                                            "named below"},
               "zones", {"zones", "grid", "layer"}),
        layerParameter("units_layer", {"후보 레이어", "Units layer"},
                       {"후보 단위 면 레이어 (레이어 id 또는 파일)",
                        "Polygon layer of candidate units "
                        "(layer id or file)"},
                       "polygon"),
        zoneLayerParameters()[0],
        zoneLayerParameters()[1],
        choice("grid_shape", {"격자 모양", "Grid shape"},
               {"정사각형 또는 육각형", "Squares or "
                                        "hexagons"},
               "square", {"square", "hexagon"}),
        {"grid_size",
         {"격자 크기", "Grid size"},
         {"격자 칸의 크기", "Size of a grid cell"},
         ParameterType::Double,
         "1000",
         10.0,
         100000.0,
         {},
         "m"},
        {"min_area",
         {"최소 면적", "Minimum area"},
         {"이보다 작은 단위는 제외", "Units smaller than this are left out"},
         ParameterType::Double,
         "0",
         0.0,
         {},
         {},
         "m²"},
        choice("contiguity", {"연접 조건", "Contiguity"},
               {"neighbour: 다른 적격 단위와 맞닿은 단위만 남깁니다",
                "neighbour: keep only units touching another eligible unit"},
               "none", {"none", "neighbour"}),
        choice("normalisation", {"정규화", "Normalisation"},
               {"최소-최대 또는 순위", "Min-max or rank"}, "minmax", {"minmax", "rank"}),
        weight("w_projects", {"가중치: 사업 수", "Weight: projects"}, "20"),
        weight("w_sectors", {"가중치: 분야 수", "Weight: sectors"}, "15"),
        weight("w_integration", {"가중치: 통합 구역 점수", "Weight: integration score"}, "25"),
        weight("w_gaps", {"가중치: 서비스 공백", "Weight: coverage gaps"}, "20"),
        weight("w_transit", {"가중치: 대중교통 거리", "Weight: transit distance"}, "10"),
        weight("w_sandbox", {"가중치: 샌드박스 비율", "Weight: sandbox share"}, "10"),
        weight("w_field", {"가중치: 구역 필드", "Weight: zone field"}, "0"),
        choice("gaps_direction", {"공백 방향", "Gaps direction"},
               {"benefit: 공백이 클수록 실증 효과가 큼", "benefit: bigger gaps, more a pilot adds"},
               "benefit", {"benefit", "cost"}),
        choice("field_direction", {"필드 방향", "Field direction"},
               {"필드 값이 클수록 좋음(benefit) 또는 나쁨(cost)", "Higher field values are "
                                                                  "better (benefit) or worse "
                                                                  "(cost)"},
               "benefit", {"benefit", "cost"}),
        fieldParameter("zone_field", {"구역 필드", "Zone field"},
                       {"후보 단위 레이어의 숫자 필드", "Numeric field of the unit layer"},
                       zoneParameters::kLayer),
        layerParameter(
            "transit_layer", {"대중교통 레이어", "Transit layer"},
            {"역·정류장 등 (레이어 id 또는 파일)", "Stations, stops... (layer id or file)"}, ""),
        layerParameter("sandbox_layer", {"샌드박스 구역 레이어", "Sandbox zone layer"},
                       {"규제 샌드박스 구역 면 레이어 (레이어 id 또는 파일)",
                        "Polygon layer of regulatory sandbox zones (layer id or file)"},
                       "polygon"),
        {"min_projects",
         {"최소 사업 수", "Minimum projects"},
         {"사업이 이보다 적은 단위는 제외", "Exclude units with fewer projects"},
         ParameterType::Integer,
         "0",
         0.0,
         1000.0,
         {},
         ""},
        {"require_sandbox",
         {"샌드박스 필수", "Require sandbox"},
         {"샌드박스 구역과 겹치지 않는 단위는 제외", "Exclude units outside every sandbox zone"},
         ParameterType::Boolean,
         "false",
         {},
         {},
         {},
         ""},
        {"max_transit_distance",
         {"최대 대중교통 거리", "Maximum transit distance"},
         {"이보다 먼 단위는 제외 (0: 조건 없음)", "Exclude units farther than this (0: no limit)"},
         ParameterType::Double,
         "0",
         0.0,
         {},
         {},
         "m"},
        {"integration_distance",
         {"통합 연계 거리", "Integration link distance"},
         {"통합 구역을 찾을 때 쓰는 거리", "Link distance of the integration zones"},
         ParameterType::Double,
         "500",
         0.0,
         50000.0,
         {},
         "m"},
        {"explain_top",
         {"설명할 상위 단위", "Units explained"},
         {"기준별 기여를 보일 상위 단위 수", "Top units whose score is broken down"},
         ParameterType::Integer,
         "10",
         0.0,
         1000.0,
         {},
         ""},
    };
    d.outputs = {
        {"pilot_units", {"실증지 점수", "Pilot scores"}, OutputKind::PolygonLayer},
        {"pilot_ranking", {"실증지 순위", "Pilot ranking"}, OutputKind::Table},
        {"pilot_explain", {"점수 구성", "Score breakdown"}, OutputKind::Table},
        {"pilot_sensitivity", {"가중치 민감도", "Weight sensitivity"}, OutputKind::Table},
        {"pilot_criteria", {"평가 기준", "Criteria"}, OutputKind::Table},
    };
    return d;
}

struct CriterionDef {
    const char* key;
    project::LocalizedText name;
};
const CriterionDef kCriteria[] = {
    {"projects", {"사업 수", "Projects"}},
    {"sectors", {"분야 수", "Sectors"}},
    {"integration", {"통합 구역 점수", "Integration score"}},
    {"gaps", {"서비스 공백 비율", "Uncovered share"}},
    {"transit", {"대중교통 거리", "Transit distance"}},
    {"sandbox", {"샌드박스 비율", "Sandbox share"}},
    {"field", {"구역 필드", "Zone field"}},
};

} // namespace

const project::LocalizedText* pilotCriterionName(std::string_view key) {
    for (const CriterionDef& c : kCriteria)
        if (key == c.key)
            return &c.name;
    return nullptr;
}

namespace {

// The distance from each unit's centre to the transit layer (0 inside it; NaN when unknown).
std::vector<double> transitDistances(GEOSContextHandle_t h, const data::VectorLayer& transit,
                                     const ZoneSet& zones) {
    const MergedGeometry m = mergeLayer(h, transit, false);
    std::vector<double> out(zones.zones.size(), NAN);
    for (std::size_t z = 0; z < out.size(); ++z) {
        GeosGeometry c{h, GEOSGetCentroid_r(h, zones.zones[z].geom.get())};
        double d = NAN;
        // A centre inside the transit layer is 0 m from it (GEOS 3.11's prepared distance
        // would measure to the outline).
        if (m.prepared && c && GEOSPreparedIntersects_r(h, m.prepared.get(), c.get()) == 1)
            d = 0;
        else if (!m.prepared || !c || !GEOSPreparedDistance_r(h, m.prepared.get(), c.get(), &d))
            d = NAN;
        out[z] = d;
    }
    return out;
}

// The share of each unit inside the sandbox zones (0 outside them).
std::vector<double> sandboxShares(GEOSContextHandle_t h, const data::VectorLayer& sandbox,
                                  const ZoneSet& zones) {
    const MergedGeometry m = mergeLayer(h, sandbox, true);
    std::vector<double> out(zones.zones.size(), 0.0);
    for (std::size_t z = 0; z < out.size(); ++z) {
        const ZoneShape& zone = zones.zones[z];
        if (!m.prepared || GEOSPreparedIntersects_r(h, m.prepared.get(), zone.geom.get()) != 1)
            continue;
        GeosGeometry inside{h, GEOSIntersection_r(h, zone.geom.get(), m.geom.get())};
        double a = 0;
        if (inside && GEOSArea_r(h, inside.get(), &a) && zone.area > 0)
            out[z] = std::min(1.0, a / zone.area);
    }
    return out;
}

// Eligibility: minimum area, hard constraints, then contiguity; `cluster` gets each unit's
// cluster of eligible neighbours.
std::vector<bool> eligibleUnits(GEOSContextHandle_t h, const ParameterValues& params,
                                const ZoneSet& zones, const std::vector<std::vector<double>>& raw,
                                std::vector<std::int64_t>& cluster) {
    const std::size_t n = zones.zones.size();
    const double maxTransit = params.number("max_transit_distance");
    std::vector<bool> eligible(n, true);
    for (std::size_t z = 0; z < n; ++z) {
        eligible[z] = zones.zones[z].area >= params.number("min_area") &&
                      raw[0][z] >= double(params.integer("min_projects")) &&
                      (!params.flag("require_sandbox") || raw[5][z] > 0) &&
                      (!(maxTransit > 0) || raw[4][z] <= maxTransit);
    }
    cluster = clusters(h, zones, eligible);
    if (params.text("contiguity") == "neighbour") {
        std::vector<std::size_t> size(n + 1, 0);
        for (std::size_t z = 0; z < n; ++z)
            if (cluster[z] > 0)
                ++size[std::size_t(cluster[z])];
        for (std::size_t z = 0; z < n; ++z)
            eligible[z] = eligible[z] && cluster[z] > 0 && size[std::size_t(cluster[z])] > 1;
    }
    return eligible;
}

// The decision matrix: criteria with a weight above 0 whose data exists (`used`, in kCriteria
// order), normalised.
Result<RankingModel> rankingModel(const ParameterValues& params, const ZoneSet& zones,
                                  const std::vector<std::vector<double>>& raw,
                                  const std::vector<bool>& available,
                                  const std::vector<bool>& eligible, std::vector<std::size_t>& used,
                                  std::vector<std::string>& warnings) {
    const char* weightKeys[] = {"w_projects", "w_sectors", "w_integration", "w_gaps",
                                "w_transit",  "w_sandbox", "w_field"};
    RankingModel model;
    model.normalisation = params.text("normalisation") == "rank" ? mcda::Normalisation::Rank
                                                                 : mcda::Normalisation::MinMax;
    model.explainTop = std::size_t(params.integer("explain_top"));
    for (std::size_t c = 0; c < std::size(kCriteria); ++c) {
        const double w = params.number(weightKeys[c]);
        if (!(w > 0))
            continue;
        if (!available[c]) {
            if (c == 3) // uncoveredShares() said why
                continue;
            warnings.push_back(std::string("criterion ") + kCriteria[c].key +
                               " left out: its layer or field is not given");
            continue;
        }
        mcda::Direction dir = mcda::Direction::Benefit;
        if (c == 4 || (c == 3 && params.text("gaps_direction") == "cost") ||
            (c == 6 && params.text("field_direction") == "cost"))
            dir = mcda::Direction::Cost;
        model.matrix.criteria.push_back({kCriteria[c].key, dir, w});
        model.criterionNames.push_back(kCriteria[c].name);
        used.push_back(c);
    }
    if (used.empty())
        return makeError(ErrorCode::NothingToAnalyse, {"weights"});
    const std::size_t n = zones.zones.size();
    model.matrix.unitCount = n;
    model.matrix.eligible = eligible;
    for (std::size_t z = 0; z < n; ++z)
        for (const std::size_t c : used)
            model.matrix.values.push_back(raw[c][z]);
    for (const ZoneShape& zone : zones.zones) {
        model.unitIds.push_back(zone.id);
        model.unitNames.push_back(zone.name);
    }
    model.normalised = mcda::normalise(model.matrix, model.normalisation);
    return model;
}

// The units as a layer: eligibility, cluster and each used criterion's raw value; score and
// rank are filled by applyRanking.
ResultLayer unitsLayer(GEOSContextHandle_t h, const ZoneSet& zones,
                       const std::vector<bool>& eligible, const std::vector<std::int64_t>& cluster,
                       const std::vector<std::vector<double>>& raw,
                       const std::vector<std::size_t>& used) {
    ResultLayer layer{"pilot_units", GeometryFamily::Polygon, {}, {}, {}};
    layer.columns = {{"unit_id", FieldType::Integer},     {"unit_name", FieldType::String},
                     {columns::kAreaM2, FieldType::Real}, {"eligible", FieldType::Integer},
                     {"cluster", FieldType::Integer},     {columns::kScore, FieldType::Real},
                     {columns::kRank, FieldType::Integer}};
    for (const std::size_t c : used)
        layer.columns.push_back({std::string("c_") + kCriteria[c].key, FieldType::Real});
    for (std::size_t z = 0; z < zones.zones.size(); ++z) {
        const ZoneShape& zone = zones.zones[z];
        data::AttributeRow row{zone.id,
                               zone.name,
                               zone.area,
                               std::int64_t(eligible[z] ? 1 : 0),
                               idOrNull(cluster[z]),
                               std::monostate{},
                               std::monostate{}};
        for (const std::size_t c : used)
            row.push_back(realOrNull(raw[c][z]));
        geometry::appendGeos(h, zone.geom.get(), layer.geometries, GeometryFamily::Polygon);
        layer.rows.push_back(std::move(row));
    }
    return layer;
}

class PilotRanking final : public Analysis {
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

        auto transit = resolveLayerRef(input, "transit_layer", params.text("transit_layer"));
        if (!transit)
            return transit.error();
        auto sandbox = resolveLayerRef(input, "sandbox_layer", params.text("sandbox_layer"),
                                       GeometryFamily::Polygon);
        if (!sandbox)
            return sandbox.error();
        auto units = unitLayer(input, params, result.warnings);
        if (!units)
            return units.error();
        const ZoneSet zones = makeZoneSet(h, units->layer, units->nameField, units->generated);
        const std::size_t n = zones.zones.size();
        if (n == 0)
            return makeError(ErrorCode::NothingToAnalyse, {"units"});
        report(0.05);

        // Raw criteria, in kCriteria order; NaN where a unit has no value.
        std::vector<std::vector<double>> raw(std::size(kCriteria), std::vector<double>(n, 0.0));
        std::vector<bool> available(std::size(kCriteria), true);
        // Criteria with weight 0 are not computed (re-ranking can only reweigh those present).
        auto wanted = [&](const char* key) { return params.number(key) > 0; };
        if (wanted("w_projects") || wanted("w_sectors") || params.integer("min_projects") > 0)
            if (auto ok = countProjects(h, input, zones, raw[0], raw[1], cancel); !ok)
                return ok.error();
        report(0.2);
        if (wanted("w_integration"))
            if (auto ok = integrationScores(input, params, zones, raw[2], cancel,
                                            subProgress(progress, 0.2, 0.6), result.warnings);
                !ok)
                return ok.error();
        available[3] =
            wanted("w_gaps") && uncoveredShares(h, input, zones, raw[3], result.warnings);
        report(0.7);
        available[4] = bool(*transit);
        if (*transit)
            raw[4] = transitDistances(h, **transit, zones);
        available[5] = bool(*sandbox);
        if (*sandbox)
            raw[5] = sandboxShares(h, **sandbox, zones);
        const std::string fieldName = params.text("zone_field");
        available[6] = !fieldName.empty();
        if (!fieldName.empty()) {
            const int f = units->layer->fieldIndex(fieldName);
            if (f < 0)
                return units->layer->missingField(fieldName);
            for (std::size_t z = 0; z < n; ++z)
                raw[6][z] =
                    numericValue(units->layer->attributes[zones.zones[z].source][std::size_t(f)]);
        }
        report(0.8);

        // Eligibility: minimum area, hard constraints, then contiguity.
        if (params.flag("require_sandbox") && !*sandbox)
            return makeError(ErrorCode::ParameterRequires,
                             {"require_sandbox", "true", "sandbox_layer"});
        const double maxTransit = params.number("max_transit_distance");
        if (maxTransit > 0 && !*transit)
            return makeError(
                ErrorCode::ParameterRequires,
                {"max_transit_distance", params.text("max_transit_distance"), "transit_layer"});
        std::vector<std::int64_t> cluster;
        const std::vector<bool> eligible = eligibleUnits(h, params, zones, raw, cluster);

        std::vector<std::size_t> used;
        auto model = rankingModel(params, zones, raw, available, eligible, used, result.warnings);
        if (!model)
            return model.error();

        result.layers.push_back(unitsLayer(h, zones, eligible, cluster, raw, used));
        applyRanking(result, *model, model->weights());
        result.summary["units"] = double(n);
        result.summary["units_eligible"] = double(model->normalised.eligible.size());
        report(1.0);
        return result;
    }

private:
    struct Units {
        std::shared_ptr<const data::VectorLayer> layer;
        std::string nameField;
        bool generated = false;
    };

    // The candidate units and the field naming them.
    static Result<Units> unitLayer(const AnalysisInput& input, const ParameterValues& params,
                                   std::vector<std::string>& warnings) {
        const std::string mode = params.text("units");
        if (mode == "layer") {
            auto layer = resolveLayerRef(input, "units_layer", params.text("units_layer"),
                                         GeometryFamily::Polygon);
            if (!layer)
                return layer.error();
            if (!*layer)
                return makeError(ErrorCode::ParameterRequires, {"units", "layer", "units_layer"});
            const std::string name = (*layer)->fieldIndex(input.zoneNameField) >= 0
                                         ? input.zoneNameField
                                         : nameFieldOf((*layer)->fields);
            return Units{*layer, name, false};
        }
        auto zones = zoneLayerOf(input, params);
        if (!zones)
            return zones.error();
        if (mode == "zones" && zones->layer)
            return Units{zones->layer, zones->nameField, false};
        if (mode == "zones")
            warnings.push_back("no zone layer given: ranking grid cells");
        const Envelope extent = usualExtent(input);
        if (extent.isNull())
            return makeError(ErrorCode::NothingToAnalyse, {"geometry"});
        const double size = params.number("grid_size");
        auto grid = params.text("grid_shape") == "hexagon"
                        ? makeHexGrid(extent, size, input.crs)
                        : makeSquareGrid(extent, size, input.crs);
        if (!grid)
            return grid.error();
        return Units{std::make_shared<const data::VectorLayer>(std::move(grid).value()), "cell",
                     true};
    }
};

} // namespace

std::unique_ptr<Analysis> makePilotRankingAnalysis() {
    return std::make_unique<PilotRanking>();
}

} // namespace cw::analysis
