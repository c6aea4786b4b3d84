// SPDX-License-Identifier: GPL-3.0-or-later
// Integration zones: places where features of two or more projects overlap or sit within a
// distance of each other, as candidate integrated pilot areas, labelled by the sector rules.
//
// Features of different projects within `distance` are linked; the connected groups of links
// (union-find) are the zones. A zone's polygon is the union of its member features buffered by
// `zone_buffer` and of the bridges the buffers leave open (shortest segments of a minimum
// spanning forest of the links, buffered alike), so it is one connected area.
//
// City-sized layers have millions of feature pairs within the distance, so not every pair is
// measured: links shorter than the bridge threshold are only needed to join groups (and, where
// features meet, to learn which projects overlap), so a pair already in one group is skipped
// unless it can still teach an overlap; longer links matter only between groups that are still
// apart, which are few. The zone polygon is the buffer of the union of its members: polygon
// members are merged by tile first (GEOS buffers a few merged polygons far faster than many
// members), points and lines inside them are left out (their buffers add nothing), and the
// rest, with the bridges, are buffered one by one; all on every core, and each zone's buffers
// merged by the overlay engine (the union of the buffers is the buffer of the union; GEOS's
// union of a city-wide zone's buffers did not fit in memory).
// Rules are applied to every pair of member projects: relation Overlap when any two of their
// features overlap (shared area, or a point or line touching the other), else Proximity, also
// for projects joined only through a third one (A near B, B near C): the zone is planned as one
// pilot area.
//
// score = projects + sectors + 2 x synergy rules - 2 x duplication rules (distinct members,
// sectors and rule ids fired): a synergy rule is worth a project, a duplication costs one.
#include "analysis/framework/builtin_analyses.h"
#include "analysis/framework/chunk_pool.h"
#include "analysis/geometry/boundary_overlay.h"
#include "analysis/geometry/region_rings.h"
#include "analysis/integration_zones/zones.h"
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/result_columns.h"
#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::GeometryFamily;
using geometry::GeosGeometry;
using zones::Zone;

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
        {}, // columns: all in the catalogue
    };
    return d;
}

using ProjectPair = std::pair<std::uint32_t, std::uint32_t>;

/// The groups of linked features, which project pairs overlap in each, and the bridges of each
/// (the links of a minimum spanning forest at least `bridgeFrom` long, in Kruskal order).
class ZoneLinker {
public:
    ZoneLinker(FeatureCatalog& catalog, double distance, double bridgeFrom)
        : m_catalog(catalog), m_h(catalog.handle()), m_sets(catalog.size()),
          m_overlaps(catalog.size()), m_distance(distance), m_short(std::min(distance, bridgeFrom)),
          m_bridgeFrom(bridgeFrom), m_tree(catalog.envelopes()) {}

    Status link(const CancelToken& cancel, const ProgressFn& progress) {
        if (auto ok = joinShortLinks(cancel, subProgress(progress, 0.0, 0.8)); !ok)
            return ok;
        return bridgeLongLinks(cancel, subProgress(progress, 0.8, 1.0));
    }

    std::size_t root(std::size_t i) { return m_sets.find(i); }
    const std::vector<ProjectPair>& overlapsOf(std::size_t root) const { return m_overlaps[root]; }
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& bridges() const {
        return m_bridges;
    }

private:
    // Pairs (i, j) of features of different projects whose envelopes are within `reach`, i
    // from `sources` (ascending; every feature when null) and accept(i, j) (called on any
    // thread), in order of i: the groups do not depend on the order pairs are joined in. The
    // tree queries run on every core, a block of sources at a time; fn sees the pairs here.
    template <typename Accept, typename Fn>
    Status forEachCandidate(double reach, const std::vector<std::uint32_t>* sources,
                            Accept&& accept, const CancelToken& cancel, const ProgressFn& progress,
                            Fn&& fn) {
        constexpr std::size_t kBlock = 16384, kPart = 512;
        const std::size_t n = sources ? sources->size() : m_catalog.size();
        auto source = [&](std::size_t k) {
            return sources ? (*sources)[k] : static_cast<std::uint32_t>(k);
        };
        std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> parts(kBlock / kPart);
        std::vector<std::vector<std::uint32_t>> candidates(threadCount(0));
        NeighbourLimit neighbours;
        for (std::size_t first = 0; first < n; first += kBlock) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (progress)
                progress(static_cast<double>(first) / static_cast<double>(n));
            const std::size_t last = std::min(n, first + kBlock);
            const std::size_t partCount = (last - first + kPart - 1) / kPart;
            runChunks(candidates, 0, partCount, cancel,
                      [&](std::vector<std::uint32_t>& found, std::size_t c) {
                          parts[c].clear();
                          const std::size_t end = std::min(last, first + (c + 1) * kPart);
                          for (std::size_t k = first + c * kPart; k < end; ++k) {
                              const std::uint32_t i = source(k);
                              found.clear();
                              m_tree.query(m_catalog.envelope(i).buffered(reach), found);
                              if (!neighbours.accept(found.size()))
                                  return;
                              for (const std::uint32_t j : found)
                                  if (m_catalog.ref(i).project != m_catalog.ref(j).project &&
                                      accept(i, j) &&
                                      envelopeDistance(m_catalog.envelope(i),
                                                       m_catalog.envelope(j)) <= reach)
                                      parts[c].emplace_back(i, j);
                          }
                      });
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (auto within = neighbours.status(); !within)
                return within;
            for (std::size_t c = 0; c < partCount; ++c)
                for (const auto& [i, j] : parts[c])
                    fn(i, j);
        }
        if (progress)
            progress(1.0);
        return Ok{};
    }

    bool oneGroup() {
        const std::size_t first = m_catalog.size() > 0 ? m_sets.find(0) : 0; // none: one group
        for (std::size_t i = 1; i < m_catalog.size(); ++i)
            if (m_sets.find(i) != first)
                return false;
        return true;
    }

    bool knownOverlap(std::size_t i, std::size_t j) {
        const std::size_t r = m_sets.find(i);
        if (r != m_sets.find(j))
            return false;
        const ProjectPair key = pairOf(i, j);
        const auto& known = m_overlaps[r];
        return std::find(known.begin(), known.end(), key) != known.end();
    }

    ProjectPair pairOf(std::size_t i, std::size_t j) const {
        const std::uint32_t a = m_catalog.ref(i).project, b = m_catalog.ref(j).project;
        return {std::min(a, b), std::max(a, b)};
    }

    void join(std::size_t i, std::size_t j) {
        const std::size_t ri = m_sets.find(i), rj = m_sets.find(j);
        if (ri == rj)
            return;
        m_sets.unite(ri, rj);
        const std::size_t r = m_sets.find(ri);
        auto& into = m_overlaps[r];
        auto& from = m_overlaps[r == ri ? rj : ri];
        for (const ProjectPair& p : from)
            if (std::find(into.begin(), into.end(), p) == into.end())
                into.push_back(p);
        from.clear();
        from.shrink_to_fit();
    }

    void noteOverlap(std::size_t i, std::size_t j) {
        auto& known = m_overlaps[m_sets.find(i)];
        const ProjectPair key = pairOf(i, j);
        if (std::find(known.begin(), known.end(), key) == known.end())
            known.push_back(key);
    }

    // Interiors meet: a shared area for two polygons, any contact for a point or a line.
    bool overlapping(std::size_t i, std::size_t j) {
        const FeatureRef& a = m_catalog.ref(i);
        const FeatureRef& b = m_catalog.ref(j);
        if (a.family == GeometryFamily::Polygon && b.family == GeometryFamily::Polygon)
            return GEOSRelatePattern_r(m_h, m_catalog.geometry(i), m_catalog.geometry(j),
                                       "T********") == 1;
        return true;
    }

    // The distance between i and j (0 when they meet) when it is at most `limit`. Small
    // features are measured on their stores, the rest with GEOS.
    std::optional<double> distanceWithin(std::size_t i, std::size_t j, double limit) {
        if (const auto near = measureDirectly(m_catalog, static_cast<std::uint32_t>(i),
                                              static_cast<std::uint32_t>(j), m_direct))
            return near->distance <= limit ? std::optional(near->distance) : std::nullopt;
        const GEOSPreparedGeometry* pi = m_catalog.prepared(i);
        if (GEOSPreparedIntersects_r(m_h, pi, m_catalog.geometry(j)) == 1)
            return 0.0;
        // GEOS 3.11 measures a prepared line only to the other's outline, which is right once
        // they do not meet (tested above).
        double dist = 0;
        if (GEOSPreparedDistanceWithin_r(m_h, pi, m_catalog.geometry(j), limit) != 1 ||
            GEOSPreparedDistance_r(m_h, pi, m_catalog.geometry(j), &dist) != 1 || dist > limit)
            return std::nullopt;
        return dist;
    }

    Status joinShortLinks(const CancelToken& cancel, const ProgressFn& progress) {
        auto later = [](std::uint32_t i, std::uint32_t j) { return j > i; };
        return forEachCandidate(
            m_short, nullptr, later, cancel, progress, [&](std::uint32_t i, std::uint32_t j) {
                const bool together = m_sets.find(i) == m_sets.find(j);
                const bool mayOverlap = m_catalog.envelope(i).intersects(m_catalog.envelope(j));
                if (together && (!mayOverlap || knownOverlap(i, j)))
                    return; // nothing this pair could add
                const std::optional<double> dist = distanceWithin(i, j, m_short);
                if (!dist)
                    return;
                if (*dist == 0) {
                    join(i, j);
                    if (overlapping(i, j))
                        noteOverlap(i, j);
                    return;
                }
                if (!together && *dist < m_bridgeFrom && *dist <= m_distance)
                    join(i, j);
            });
    }

    // Links between groups still apart, shortest first (Kruskal). Pairs inside the largest
    // group never join anything, so only features outside it search (a city-wide group would
    // otherwise have a million features each query the whole distance around them).
    Status bridgeLongLinks(const CancelToken& cancel, const ProgressFn& progress) {
        if (m_distance < m_bridgeFrom || oneGroup())
            return Ok{}; // every link is short, or nothing is left to join
        const std::size_t n = m_catalog.size();
        std::vector<std::size_t> rootOf(n), members(n, 0);
        for (std::size_t i = 0; i < n; ++i)
            ++members[rootOf[i] = m_sets.find(i)];
        const std::size_t largest = static_cast<std::size_t>(
            std::max_element(members.begin(), members.end()) - members.begin());
        std::vector<std::uint32_t> outside;
        for (std::uint32_t i = 0; i < n; ++i)
            if (rootOf[i] != largest)
                outside.push_back(i);
        // Each pair once: from its end outside the largest group, or from the lower one.
        auto apart = [&](std::uint32_t i, std::uint32_t j) {
            return rootOf[i] != rootOf[j] && (rootOf[j] == largest || j > i);
        };
        std::vector<FeatureLink> longLinks;
        auto found = forEachCandidate(
            m_distance, &outside, apart, cancel, progress, [&](std::uint32_t i, std::uint32_t j) {
                if (const auto dist = distanceWithin(i, j, m_distance))
                    longLinks.push_back({std::min(i, j), std::max(i, j), *dist, false, {}, {}});
            });
        if (!found)
            return found;
        std::sort(longLinks.begin(), longLinks.end(),
                  [](const FeatureLink& x, const FeatureLink& y) {
                      return std::tuple(x.distance, x.a, x.b) < std::tuple(y.distance, y.a, y.b);
                  });
        for (const FeatureLink& l : longLinks) {
            if (m_sets.find(l.a) == m_sets.find(l.b))
                continue;
            join(l.a, l.b);
            m_bridges.emplace_back(l.a, l.b);
        }
        return Ok{};
    }

    FeatureCatalog& m_catalog;
    GEOSContextHandle_t m_h;
    geometry::FeatureDistance m_direct;
    DisjointSets m_sets;
    std::vector<std::vector<ProjectPair>> m_overlaps; // by root
    double m_distance;
    double m_short;      // links up to here join groups without a bridge
    double m_bridgeFrom; // links this long or longer need a bridge
    geometry::PackedRTree m_tree;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_bridges;
};

// Linked groups, in order of their first member; every group of two or more spans two projects
// at least, since only features of different projects are linked.
std::vector<Zone> groupIntoZones(const FeatureCatalog& catalog, ZoneLinker& linker) {
    const std::size_t n = catalog.size();
    std::vector<std::size_t> zoneOfRoot(n, SIZE_MAX);
    std::vector<Zone> zones;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::size_t root = linker.root(i);
        if (zoneOfRoot[root] == SIZE_MAX) {
            zoneOfRoot[root] = zones.size();
            zones.emplace_back();
            zones.back().overlapping = linker.overlapsOf(root);
        }
        zones[zoneOfRoot[root]].members.push_back(i);
    }
    for (const auto& [a, b] : linker.bridges())
        zones[zoneOfRoot[linker.root(a)]].bridges.emplace_back(a, b);
    std::erase_if(zones, [](const Zone& z) { return z.members.size() < 2; });
    return zones;
}

// A zone's projects and sectors, the sector rules its project pairs fire, its label and score.
void labelZone(const AnalysisInput& input, const FeatureCatalog& catalog, Zone& zone) {
    const auto& ruleList = input.rules.rules();
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
    std::set<std::size_t> fired;
    for (std::size_t i = 0; i < zone.projects.size(); ++i)
        for (std::size_t j = i + 1; j < zone.projects.size(); ++j) {
            const std::uint32_t pa = zone.projects[i], pb = zone.projects[j];
            const AnalysisProject& a = input.projects[pa];
            const AnalysisProject& b = input.projects[pb];
            const bool overlap = std::find(zone.overlapping.begin(), zone.overlapping.end(),
                                           ProjectPair{pa, pb}) != zone.overlapping.end();
            const Relation relation = overlap ? Relation::Overlap : Relation::Proximity;
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
    zone.score = static_cast<double>(zone.projects.size() + zone.sectorCount) + 2.0 * synergy -
                 2.0 * duplication;
}

void sortBestFirst(std::vector<Zone>& zones) {
    // Best first; ties by size, then position.
    std::sort(zones.begin(), zones.end(), [](const Zone& a, const Zone& b) {
        return std::tuple(-a.score, -static_cast<double>(a.projects.size()), -a.area, a.minX,
                          a.minY) < std::tuple(-b.score, -static_cast<double>(b.projects.size()),
                                               -b.area, b.minX, b.minY);
    });
}

// The zones layer (best first) and the members table, with the summary.
void writeZones(GEOSContextHandle_t h, const AnalysisInput& input, const FeatureCatalog& catalog,
                const std::vector<Zone>& zones, AnalysisResult& result) {
    ResultLayer layer;
    layer.key = outputs::kIntegrationZones;
    layer.family = GeometryFamily::Polygon;
    layer.columns = {
        {columns::kZoneId, FieldType::Integer}, {columns::kLabel, FieldType::String},
        {columns::kScore, FieldType::Real},     {columns::kProjectCount, FieldType::Integer},
        {"project_ids", FieldType::String},     {columns::kProjectNames, FieldType::String},
        {"sectors", FieldType::String},         {"rules_fired", FieldType::String},
        {columns::kAreaM2, FieldType::Real}};
    ResultTable members{"zone_members",
                        {{columns::kZoneId, FieldType::Integer},
                         {columns::kProjectId, FieldType::String},
                         {"layer", FieldType::String},
                         {"fid", FieldType::Integer}},
                        {}};
    std::map<ZoneLabel, int> byLabel;
    double totalArea = 0;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const Zone& zone = zones[z];
        const auto zoneId = static_cast<std::int64_t>(z + 1);
        const ProjectSetText text = describeProjects(input, zone.projects);
        std::vector<std::string> ruleIds;
        for (const SectorRule* r : zone.rules)
            ruleIds.push_back(r->id);
        layer.rows.push_back({zoneId, std::string(zoneLabelKey(zone.label)), zone.score,
                              static_cast<std::int64_t>(zone.projects.size()), text.ids, text.names,
                              text.sectors, joinStrings(ruleIds, ","), zone.area});
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
    result.summary["zones"] = static_cast<double>(zones.size());
    result.summary["zones_synergy"] = byLabel[ZoneLabel::Synergy];
    result.summary["zones_duplication"] = byLabel[ZoneLabel::Duplication];
    result.summary["zones_neutral"] = byLabel[ZoneLabel::Neutral];
    result.summary["zone_area_m2"] = totalArea;
    result.layers.push_back(std::move(layer));
    result.tables.push_back(std::move(members));
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
        // Links shorter than 1.9 x the buffer are closed by the buffers themselves (two buffers
        // of b reach 2b apart, less GEOS's polygonal arc error of under 0.5 %); longer links of
        // the spanning forest add their shortest segment.
        ZoneLinker linker(catalog, distance, 1.9 * zoneBuffer);
        if (auto ok = linker.link(cancel, subProgress(progress, 0.0, 0.5)); !ok)
            return ok.error();

        std::vector<Zone> zones = groupIntoZones(catalog, linker);

        for (Zone& zone : zones) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            labelZone(input, catalog, zone);
        }

        // Zone polygons: the buffers of the merged polygon members, of the other members and of
        // the bridges, merged by the overlay engine.
        if (auto drawn = zones::drawZones(h, input, catalog, zones, zoneBuffer, cancel,
                                          subProgress(progress, 0.5, 0.95));
            !drawn)
            return drawn.error();
        sortBestFirst(zones);

        AnalysisResult result = newResult(descriptor().id, input, params);
        writeZones(h, input, catalog, zones, result);
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
