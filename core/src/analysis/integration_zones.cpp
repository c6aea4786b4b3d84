// SPDX-License-Identifier: GPL-3.0-or-later
// Integration zones: places where features of two or more projects overlap or sit within a
// distance of each other, as candidate integrated pilot areas, labelled by the sector rules.
//
// Features of different projects within `distance` are linked; the connected groups of links
// (union-find) are the zones. A zone's polygon is the union of its member features buffered by
// `zone_buffer` and of the bridges the buffers leave open (shortest segments of a minimum
// spanning forest of the links, buffered alike), so it is one connected area.
// Rules are applied to every pair of member projects: relation Overlap when any two of their
// features overlap (shared area, or a point or line touching the other), else Proximity, also
// for projects joined only through a third one (A near B, B near C): the zone is planned as one
// pilot area.
//
// score = projects + sectors + 2 x synergy rules - 2 x duplication rules
// (distinct members, distinct sectors, distinct rule ids fired): more projects and sectors meeting
// make a better pilot area; a synergy rule is worth a project, a duplication costs one.
#include "analysis/builtin_analyses.h"
#include "analysis/feature_links.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

const AnalysisDescriptor& zonesDescriptor() {
    static const AnalysisDescriptor d{
        "integration-zones",
        {"통합 후보 구역", "Integration zones"},
        {"둘 이상 사업의 객체가 겹치거나 지정 거리 안에 모인 곳을 구역으로 묶고, 분야 규칙에 따라 "
         "시너지·중복·중립으로 분류합니다. 점수 = 사업 수 + 분야 수 + 2×시너지 규칙 − 2×중복 규칙",
         "Groups places where features of two or more projects overlap or lie within the "
         "distance, labelled synergy, duplication or neutral by the sector rules. Score = "
         "projects + sectors + 2 x synergy rules - 2 x duplication rules"},
        {ParameterSpec{"distance",
                       {"연계 거리", "Link distance"},
                       {"이 거리 이하인 서로 다른 사업의 객체를 한 구역으로 묶습니다",
                        "Features of different projects this close or closer join one zone"},
                       ParameterType::Double,
                       "500",
                       0.0,
                       50000.0,
                       {},
                       "m"},
         ParameterSpec{"zone_buffer",
                       {"구역 버퍼", "Zone buffer"},
                       {"구역 경계를 그릴 때 구성 객체와 연계선을 넓히는 거리",
                        "How far the zone polygon extends around its features and links"},
                       ParameterType::Double,
                       "100",
                       1.0,
                       5000.0,
                       {},
                       "m"}},
        {OutputSpec{"integration_zones",
                    {"통합 후보 구역", "Integration zones"},
                    OutputKind::PolygonLayer},
         OutputSpec{"zone_members", {"구역 구성 객체", "Zone members"}, OutputKind::Table}},
    };
    return d;
}

struct Zone {
    std::vector<std::uint32_t> members;   // catalog indices, ascending
    std::vector<std::uint32_t> projects;  // input order
    std::vector<const SectorRule*> rules; // rule-table order
    ZoneLabel label = ZoneLabel::Neutral;
    double score = 0;
    std::size_t sectorCount = 0;
    GeosGeometry geometry;
    double area = 0;
    double minX = 0;
    double minY = 0;
};

/// The link segments a zone polygon needs besides its buffered members: Kruskal over the links
/// by length. Links shorter than 1.9 x the buffer are closed by the buffers themselves (two
/// buffers of b reach 2b apart, less GEOS's polygonal arc error of under 0.5 %); longer links
/// add their shortest segment when they join parts not yet connected.
std::vector<GeosGeometry> bridges(const FeatureCatalog& catalog,
                                  const std::vector<std::uint32_t>& members,
                                  std::vector<const FeatureLink*> links, double buffer) {
    std::sort(links.begin(), links.end(), [](const FeatureLink* x, const FeatureLink* y) {
        return std::tuple(x->distance, x->a, x->b) < std::tuple(y->distance, y->a, y->b);
    });
    auto local = [&](std::uint32_t i) {
        return static_cast<std::size_t>(std::lower_bound(members.begin(), members.end(), i) -
                                        members.begin());
    };
    DisjointSets parts(members.size());
    std::vector<GeosGeometry> out;
    for (const FeatureLink* l : links) {
        const std::size_t a = parts.find(local(l->a)), b = parts.find(local(l->b));
        if (a == b)
            continue;
        parts.unite(a, b);
        if (l->distance >= 1.9 * buffer)
            if (GeosGeometry segment = shortestSegment(catalog.handle(), catalog.geometry(l->a),
                                                       catalog.geometry(l->b)))
                out.push_back(std::move(segment));
    }
    return out;
}

class IntegrationZonesAnalysis final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override { return zonesDescriptor(); }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        const double distance = params.number("distance");
        const double zoneBuffer = params.number("zone_buffer");
        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();

        FeatureCatalog catalog(h);
        if (auto ok = catalogAllFeatures(input, catalog, cancel); !ok)
            return ok.error();
        auto found = findFeatureLinks(catalog, {distance, false, true}, cancel,
                                      subProgress(progress, 0.0, 0.5));
        if (!found)
            return found.error();
        const std::vector<FeatureLink>& links = *found;

        // Linked groups, in order of their first member; every group of two or more spans two
        // projects at least, since only features of different projects are linked.
        const std::size_t n = catalog.size();
        DisjointSets sets(n);
        for (const FeatureLink& l : links)
            sets.unite(l.a, l.b);
        std::vector<std::size_t> zoneOfRoot(n, SIZE_MAX);
        std::vector<Zone> zones;
        std::vector<std::vector<const FeatureLink*>> zoneLinks;
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::size_t root = sets.find(i);
            if (zoneOfRoot[root] == SIZE_MAX) {
                zoneOfRoot[root] = zones.size();
                zones.emplace_back();
            }
            zones[zoneOfRoot[root]].members.push_back(i);
        }
        zoneLinks.resize(zones.size());
        for (const FeatureLink& l : links)
            zoneLinks[zoneOfRoot[sets.find(l.a)]].push_back(&l);

        const auto& ruleList = input.rules.rules();
        std::vector<Zone> kept;
        for (std::size_t z = 0; z < zones.size(); ++z) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (progress)
                progress(0.5 + 0.45 * static_cast<double>(z) / static_cast<double>(zones.size()));
            Zone& zone = zones[z];
            if (zone.members.size() < 2)
                continue;

            std::set<std::uint32_t> projects;
            for (const std::uint32_t m : zone.members)
                projects.insert(catalog.ref(m).project);
            zone.projects.assign(projects.begin(), projects.end());
            std::set<project::Sector> sectors;
            for (const std::uint32_t p : zone.projects)
                if (input.projects[p].sector != project::Sector::None)
                    sectors.insert(input.projects[p].sector);
            zone.sectorCount = sectors.size();

            // Every pair of member projects: Overlap when any of their features overlap,
            // otherwise Proximity (they meet within the distance, directly or through others).
            std::set<std::pair<std::uint32_t, std::uint32_t>> overlapping;
            for (const FeatureLink* l : zoneLinks[z]) {
                if (!l->overlap)
                    continue;
                const std::uint32_t pa = catalog.ref(l->a).project, pb = catalog.ref(l->b).project;
                overlapping.insert({std::min(pa, pb), std::max(pa, pb)});
            }
            std::set<std::size_t> fired;
            for (std::size_t i = 0; i < zone.projects.size(); ++i)
                for (std::size_t j = i + 1; j < zone.projects.size(); ++j) {
                    const std::uint32_t pa = zone.projects[i], pb = zone.projects[j];
                    const AnalysisProject& a = input.projects[pa];
                    const AnalysisProject& b = input.projects[pb];
                    const Relation relation =
                        overlapping.count({pa, pb}) ? Relation::Overlap : Relation::Proximity;
                    if (const SectorRule* rule =
                            input.rules.match(a.sector, a.task, b.sector, b.task, relation))
                        fired.insert(static_cast<std::size_t>(rule - ruleList.data()));
                }
            int synergy = 0, duplication = 0;
            for (const std::size_t r : fired) {
                zone.rules.push_back(&ruleList[r]);
                if (ruleList[r].label == ZoneLabel::Synergy)
                    ++synergy;
                else if (ruleList[r].label == ZoneLabel::Duplication)
                    ++duplication;
            }
            zone.label = duplication > 0 ? ZoneLabel::Duplication
                         : synergy > 0   ? ZoneLabel::Synergy
                                         : ZoneLabel::Neutral;
            zone.score = static_cast<double>(zone.projects.size() + zone.sectorCount) +
                         2.0 * synergy - 2.0 * duplication;

            // Members buffered, plus bridges: the shortest segments of the links that the
            // buffers alone leave open, fewest and shortest first (a minimum spanning forest
            // over the links), buffered too.
            std::vector<GEOSGeometry*> parts;
            for (const std::uint32_t m : zone.members)
                if (GEOSGeometry* b = GEOSBuffer_r(h, catalog.geometry(m), zoneBuffer, 8))
                    parts.push_back(b);
            for (const GeosGeometry& bridge :
                 bridges(catalog, zone.members, zoneLinks[z], zoneBuffer))
                if (GEOSGeometry* b = GEOSBuffer_r(h, bridge.get(), zoneBuffer, 8))
                    parts.push_back(b);
            GeosGeometry all(h,
                             GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                         static_cast<unsigned>(parts.size())));
            zone.geometry = GeosGeometry(h, GEOSUnaryUnion_r(h, all.get()));
            if (!zone.geometry)
                zone.geometry = GeosGeometry(h, GEOSUnaryUnionPrec_r(h, all.get(), 0.001));
            if (zone.geometry) {
                GEOSArea_r(h, zone.geometry.get(), &zone.area);
                GEOSGeom_getXMin_r(h, zone.geometry.get(), &zone.minX);
                GEOSGeom_getYMin_r(h, zone.geometry.get(), &zone.minY);
            }
            kept.push_back(std::move(zone));
        }

        // Best first; ties by size, then position.
        std::sort(kept.begin(), kept.end(), [](const Zone& a, const Zone& b) {
            return std::tuple(-a.score, -static_cast<double>(a.projects.size()), -a.area, a.minX,
                              a.minY) < std::tuple(-b.score,
                                                   -static_cast<double>(b.projects.size()), -b.area,
                                                   b.minX, b.minY);
        });

        AnalysisResult result = newResult(descriptor().id, input, params);

        ResultLayer layer;
        layer.key = "integration_zones";
        layer.family = GeometryFamily::Polygon;
        layer.columns = {{"zone_id", FieldType::Integer},    {"label", FieldType::String},
                         {"score", FieldType::Real},         {"project_count", FieldType::Integer},
                         {"project_ids", FieldType::String}, {"project_names", FieldType::String},
                         {"sectors", FieldType::String},     {"rules_fired", FieldType::String},
                         {"area_m2", FieldType::Real}};
        ResultTable members{"zone_members",
                            {{"zone_id", FieldType::Integer},
                             {"project_id", FieldType::String},
                             {"layer", FieldType::String},
                             {"fid", FieldType::Integer}},
                            {}};
        std::map<ZoneLabel, int> byLabel;
        double totalArea = 0;
        for (std::size_t z = 0; z < kept.size(); ++z) {
            const Zone& zone = kept[z];
            const auto zoneId = static_cast<std::int64_t>(z + 1);
            const ProjectSetText text = describeProjects(input, zone.projects);
            std::vector<std::string> ruleIds;
            for (const SectorRule* r : zone.rules)
                ruleIds.push_back(r->id);
            layer.rows.push_back({zoneId, std::string(zoneLabelKey(zone.label)), zone.score,
                                  static_cast<std::int64_t>(zone.projects.size()), text.ids,
                                  text.names, text.sectors, joinStrings(ruleIds, ","), zone.area});
            geometry::appendGeos(h, zone.geometry.get(), layer.geometries, layer.family);
            ++byLabel[zone.label];
            totalArea += zone.area;

            // Members by project (input order), layer, then feature.
            std::vector<std::uint32_t> ordered = zone.members;
            std::sort(ordered.begin(), ordered.end(), [&](std::uint32_t a, std::uint32_t b) {
                const FeatureRef& ra = catalog.ref(a);
                const FeatureRef& rb = catalog.ref(b);
                return std::tuple(ra.project, ra.layer, ra.feature) <
                       std::tuple(rb.project, rb.layer, rb.feature);
            });
            for (const std::uint32_t m : ordered) {
                const FeatureRef& r = catalog.ref(m);
                const AnalysisLayer& l = input.projects[r.project].layers[r.layer];
                members.rows.push_back({zoneId, input.projects[r.project].id, l.id,
                                        static_cast<std::int64_t>(l.data->fids[r.feature])});
            }
        }
        result.summary["zones"] = static_cast<double>(kept.size());
        result.summary["zones_synergy"] = byLabel[ZoneLabel::Synergy];
        result.summary["zones_duplication"] = byLabel[ZoneLabel::Duplication];
        result.summary["zones_neutral"] = byLabel[ZoneLabel::Neutral];
        result.summary["zone_area_m2"] = totalArea;
        result.layers.push_back(std::move(layer));
        result.tables.push_back(std::move(members));
        if (progress)
            progress(1.0);
        return result;
    }
};

} // namespace

std::unique_ptr<Analysis> makeIntegrationZonesAnalysis() {
    return std::make_unique<IntegrationZonesAnalysis>();
}

} // namespace cw::analysis
