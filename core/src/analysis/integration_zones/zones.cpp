// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing integration zones: the polygon members merged by tile, point and line members inside
// them left out, the rest and the bridges buffered on every core, and each zone's buffers merged
// by the overlay engine (see integration_zones.cpp for why).
#include "analysis/integration_zones/zones.h"

#include "analysis/framework/builtin_analyses.h"
#include "analysis/framework/chunk_pool.h"
#include "analysis/geometry/boundary_overlay.h"
#include "analysis/geometry/region_rings.h"
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

namespace cw::analysis::zones {
namespace {
using geometry::GeometryFamily;
using geometry::GeosGeometry;

// Each zone's polygons merged: the boundary pieces between ground inside and outside a
// zone's members, chained into polygons.
class ZoneRegionAccumulator final : public overlay::Accumulator {
public:
    explicit ZoneRegionAccumulator(const std::vector<std::uint32_t>& zoneOfLabel)
        : m_zoneOf(zoneOfLabel) {}
    void boundary(const overlay::BoundaryPiece& piece) override {
        zonesOf(piece.left, m_left);
        zonesOf(piece.right, m_right);
        for (const std::uint32_t z : m_left)
            if (!std::binary_search(m_right.begin(), m_right.end(), z))
                segments[z].push_back({piece.from, piece.to});
        for (const std::uint32_t z : m_right)
            if (!std::binary_search(m_left.begin(), m_left.end(), z))
                segments[z].push_back({piece.to, piece.from});
    }
    void line(std::uint32_t, overlay::Labels, double) override {}
    void point(std::uint32_t, overlay::Labels) override {}
    std::unordered_map<std::uint32_t, std::vector<overlay::Segment>> segments;

private:
    void zonesOf(overlay::Labels labels, std::vector<std::uint32_t>& out) const {
        out.clear();
        for (const std::uint32_t l : labels)
            if (m_zoneOf[l] != kNoZone)
                out.push_back(m_zoneOf[l]);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    static constexpr std::uint32_t kNoZone = UINT32_MAX;
    const std::vector<std::uint32_t>& m_zoneOf;
    std::vector<std::uint32_t> m_left, m_right;
};

/// The union of each zone's polygons (labels mapped to zones by zoneOfLabel), by the overlay
/// engine: boundary pieces between ground inside and outside a zone, chained into polygons.
Result<std::vector<overlay::RegionPolygons>>
mergeByZone(const overlay::OverlayInputs& inputs, const std::vector<std::uint32_t>& zoneOfLabel,
            std::size_t zoneCount, const CancelToken& cancel, const ProgressFn& progress) {
    std::vector<std::vector<overlay::Segment>> segments(zoneCount);
    overlay::OverlayOptions options;
    options.cancel = cancel;
    options.progress = progress;
    auto done = overlay::run(
        inputs, options, [&] { return std::make_unique<ZoneRegionAccumulator>(zoneOfLabel); },
        [&](std::unique_ptr<overlay::Accumulator> chunk) {
            for (auto& [z, list] : static_cast<ZoneRegionAccumulator&>(*chunk).segments)
                segments[z].insert(segments[z].end(), list.begin(), list.end());
        });
    if (!done)
        return done.error();
    std::vector<overlay::RegionPolygons> regions(zoneCount);
    std::vector<int> workers(threadCount(0));
    runChunks(workers, 0, zoneCount, cancel, [&](int&, std::size_t z) {
        if (!segments[z].empty())
            regions[z] = overlay::assemblePolygons(std::move(segments[z]));
    });
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    return regions;
}

/// Polygon members merged by zone and tile (disjoint but for shared corners within a group).
struct TiledMembers {
    std::vector<overlay::RegionPolygons> groups;
    std::vector<std::uint32_t> zoneOf; // of each group
};

// The side of the tiles polygon members are merged in. The buffer of a zone's members is the
// union of the buffers of its tiles' merged members, and GEOS's buffer slows down far faster
// than a polygon grows (a city-wide merged polygon took more than 11 GiB; on a 1M-feature plan
// tiles of 2 km took 72 s to buffer, of 500 m 27 s), while smaller tiles leave more buffers to
// merge (250 m: 22 s to buffer, 6 s more to merge).
double mergeTileSize(double zoneBuffer) {
    return std::max(500.0, 5 * zoneBuffer);
}

/// Every zone's polygon members merged in tiles; a member goes to the tile of its envelope's
/// centre.
Result<TiledMembers> mergedPolygonMembers(const AnalysisInput& input, const FeatureCatalog& catalog,
                                          const std::vector<Zone>& zones, double tileSize,
                                          const CancelToken& cancel, const ProgressFn& progress) {
    // One overlay input per polygon layer, a label per feature; groupOfLabel says whose it is.
    overlay::OverlayInputs inputs;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> base; // (project, layer)
    std::uint32_t labels = 0;
    for (std::uint32_t p = 0; p < input.projects.size(); ++p)
        for (std::uint32_t l = 0; l < input.projects[p].layers.size(); ++l) {
            const auto& data = input.projects[p].layers[l].data;
            if (!data || data->family != GeometryFamily::Polygon)
                continue;
            base[{p, l}] = labels;
            inputs.polygons.push_back({&data->geometries, labels, true});
            labels += static_cast<std::uint32_t>(data->featureCount());
        }
    TiledMembers out;
    std::map<std::tuple<std::uint32_t, std::int64_t, std::int64_t>, std::uint32_t> groups;
    std::vector<std::uint32_t> groupOfLabel(labels, UINT32_MAX);
    for (std::uint32_t z = 0; z < zones.size(); ++z)
        for (const std::uint32_t m : zones[z].members) {
            const FeatureRef& r = catalog.ref(m);
            if (r.family != GeometryFamily::Polygon)
                continue;
            const geometry::Envelope& e = catalog.envelope(m);
            const auto tx = static_cast<std::int64_t>(std::floor(e.centerX() / tileSize));
            const auto ty = static_cast<std::int64_t>(std::floor(e.centerY() / tileSize));
            const auto [group, added] =
                groups.try_emplace({z, tx, ty}, static_cast<std::uint32_t>(out.zoneOf.size()));
            if (added)
                out.zoneOf.push_back(z);
            groupOfLabel[base.at({r.project, r.layer}) + r.feature] = group->second;
        }
    auto merged = mergeByZone(inputs, groupOfLabel, out.zoneOf.size(), cancel, progress);
    if (!merged)
        return merged.error();
    out.groups = std::move(merged).value();
    return out;
}

// A merged polygon with more rings than this is not buffered whole (see mergedForBuffering).
constexpr std::size_t kMaxMergedRings = 20000;

/// The merged polygon members that are buffered whole, by zone.
struct MergedMembers {
    geometry::GeometryStore polygons;
    std::vector<std::uint32_t> zoneOf; // of each polygon
    std::vector<bool> merged;          // of each zone: its polygon members are in `polygons`
};

// A hole narrower than twice the buffer across x or y is filled by the buffer: each of its
// points lies within half its width, so within the buffer, of its outline. Dropping such holes
// leaves a tile of dense parcels its outline and few holes, and the same buffer. A zone with a
// polygon that keeps very many rings (a tiny buffer) has its polygon members buffered one by
// one instead.
MergedMembers mergedForBuffering(TiledMembers tiled, std::size_t zoneCount, double zoneBuffer) {
    auto filled = [&](const std::vector<geometry::Coord>& hole) {
        geometry::Envelope e;
        for (const geometry::Coord& c : hole)
            e.expand(c.x, c.y);
        return std::min(e.width(), e.height()) <= 2 * zoneBuffer;
    };
    MergedMembers out;
    out.merged.assign(zoneCount, true);
    for (std::size_t g = 0; g < tiled.groups.size(); ++g)
        for (overlay::PolygonRings& polygon : tiled.groups[g].polygons) {
            polygon.erase(std::remove_if(polygon.begin() + 1, polygon.end(), filled),
                          polygon.end());
            if (polygon.size() > kMaxMergedRings)
                out.merged[tiled.zoneOf[g]] = false;
        }
    for (std::size_t g = 0; g < tiled.groups.size(); ++g)
        if (out.merged[tiled.zoneOf[g]])
            for (const overlay::PolygonRings& polygon : tiled.groups[g].polygons) {
                overlay::appendPolygon(out.polygons, polygon);
                out.zoneOf.push_back(tiled.zoneOf[g]);
            }
    return out;
}

// Point and line members lying in their zone's merged polygons: their buffers lie within the
// buffer of the merged polygons, so they add nothing to the zone's polygon.
std::vector<bool> coveredByMerged(GEOSContextHandle_t h, const FeatureCatalog& catalog,
                                  const std::vector<Zone>& zones, const MergedMembers& merged,
                                  const CancelToken& cancel) {
    std::vector<bool> covered(catalog.size(), false);
    std::vector<geometry::Envelope> boxes;
    for (std::size_t k = 0; k < merged.polygons.featureCount(); ++k)
        boxes.push_back(merged.polygons.envelope(k));
    const geometry::PackedRTree tree(boxes);
    std::vector<GeosGeometry> polygons(merged.polygons.featureCount());
    std::vector<geometry::PreparedPtr> prepared(merged.polygons.featureCount());
    std::vector<std::uint32_t> hits;
    for (std::uint32_t z = 0; z < zones.size(); ++z) {
        if (!merged.merged[z] || cancel.isCancelled())
            continue;
        for (const std::uint32_t m : zones[z].members) {
            if (catalog.ref(m).family == GeometryFamily::Polygon)
                continue;
            hits.clear();
            tree.query(catalog.envelope(m), hits);
            for (const std::uint32_t k : hits) {
                if (merged.zoneOf[k] != z)
                    continue;
                if (!prepared[k]) {
                    polygons[k] = geometry::toGeos(h, merged.polygons, k, GeometryFamily::Polygon);
                    if (!polygons[k])
                        continue;
                    prepared[k] = geometry::PreparedPtr(GEOSPrepare_r(h, polygons[k].get()),
                                                        geometry::PreparedDeleter{h});
                }
                if (prepared[k] &&
                    GEOSPreparedCovers_r(h, prepared[k].get(), catalog.geometry(m)) == 1) {
                    covered[m] = true;
                    break;
                }
            }
        }
    }
    return covered;
}

struct ZoneParts {
    geometry::GeometryStore parts;
    std::vector<std::uint32_t> partZone; // the zone of each part
};

// The buffers of every zone's merged polygons, of its members not in them and of its bridges,
// one by one on every core (each thread builds its GEOS geometries from the stores in its own
// context).
ZoneParts bufferedParts(const FeatureCatalog& catalog, const std::vector<Zone>& zones,
                        const MergedMembers& merged, const std::vector<bool>& covered,
                        double zoneBuffer, const CancelToken& cancel) {
    constexpr std::uint32_t kNone = UINT32_MAX;
    struct Job {
        std::uint32_t zone;
        std::uint32_t a;       // a member, or the start of a bridge
        std::uint32_t b;       // the end of a bridge; kNone for a member
        std::uint32_t polygon; // a merged polygon, kNone for others
    };
    std::vector<Job> jobs;
    for (std::uint32_t k = 0; k < merged.zoneOf.size(); ++k)
        jobs.push_back({merged.zoneOf[k], kNone, kNone, k});
    for (std::uint32_t z = 0; z < zones.size(); ++z) {
        for (const std::uint32_t m : zones[z].members)
            if (!covered[m] &&
                !(merged.merged[z] && catalog.ref(m).family == GeometryFamily::Polygon))
                jobs.push_back({z, m, kNone, kNone});
        for (const auto& [a, b] : zones[z].bridges)
            jobs.push_back({z, a, b, kNone});
    }
    constexpr std::size_t kChunk = 1024;
    const std::size_t chunks = (jobs.size() + kChunk - 1) / kChunk;
    std::vector<ZoneParts> done(chunks);
    std::vector<geometry::GeosContext> contexts(threadCount(0));
    runChunks(contexts, 0, chunks, cancel, [&](geometry::GeosContext& geos, std::size_t c) {
        const GEOSContextHandle_t h = geos.handle();
        auto geometryOf = [&](std::uint32_t i) {
            const FeatureRef& r = catalog.ref(i);
            return geometry::toGeos(h, *r.store, r.feature, r.family);
        };
        for (std::size_t k = c * kChunk; k < std::min(jobs.size(), (c + 1) * kChunk); ++k) {
            const Job& job = jobs[k];
            GeosGeometry g =
                job.polygon != kNone
                    ? geometry::toGeos(h, merged.polygons, job.polygon, GeometryFamily::Polygon)
                    : geometryOf(job.a);
            if (job.b != kNone)
                g = shortestSegment(h, g.get(), geometryOf(job.b).get());
            if (!g)
                continue;
            const GeosGeometry buffered(h, GEOSBuffer_r(h, g.get(), zoneBuffer, 8));
            if (buffered &&
                geometry::appendGeos(h, buffered.get(), done[c].parts, GeometryFamily::Polygon))
                done[c].partZone.resize(done[c].parts.featureCount(), job.zone);
        }
    });
    ZoneParts all;
    for (const ZoneParts& chunk : done) {
        for (std::size_t f = 0; f < chunk.parts.featureCount(); ++f)
            all.parts.appendFeature(chunk.parts, f);
        all.partZone.insert(all.partZone.end(), chunk.partZone.begin(), chunk.partZone.end());
    }
    return all;
}

} // namespace

Status drawZones(GEOSContextHandle_t h, const AnalysisInput& input, const FeatureCatalog& catalog,
                 std::vector<Zone>& zones, double zoneBuffer, const CancelToken& cancel,
                 const ProgressFn& progress) {
    // Zone polygons: the buffers of the merged polygon members, of the other members and of
    // the bridges, merged by the overlay engine.
    auto tiled = mergedPolygonMembers(input, catalog, zones, mergeTileSize(zoneBuffer), cancel,
                                      subProgress(progress, 0.0, 0.2));
    if (!tiled)
        return tiled.error();
    const MergedMembers merged =
        mergedForBuffering(std::move(tiled).value(), zones.size(), zoneBuffer);
    const std::vector<bool> covered = coveredByMerged(h, catalog, zones, merged, cancel);
    ZoneParts parts = bufferedParts(catalog, zones, merged, covered, zoneBuffer, cancel);
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    overlay::OverlayInputs partInputs;
    partInputs.polygons.push_back({&parts.parts, 0, true});
    auto zoneRegions = mergeByZone(partInputs, parts.partZone, zones.size(), cancel,
                                   subProgress(progress, 0.4, 0.9));
    if (!zoneRegions)
        return zoneRegions.error();
    for (std::size_t z = 0; z < zones.size(); ++z) {
        Zone& zone = zones[z];
        geometry::GeometryStore polygons;
        for (const overlay::PolygonRings& rings : (*zoneRegions)[z].polygons)
            overlay::appendPolygon(polygons, rings);
        std::vector<GEOSGeometry*> pieces;
        for (std::size_t f = 0; f < polygons.featureCount(); ++f)
            if (GeosGeometry g = geometry::toGeos(h, polygons, f, GeometryFamily::Polygon))
                pieces.push_back(g.release());
        zone.geometry =
            GeosGeometry(h, GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, pieces.data(),
                                                        static_cast<unsigned>(pieces.size())));
        if (zone.geometry) {
            GEOSArea_r(h, zone.geometry.get(), &zone.area);
            GEOSGeom_getXMin_r(h, zone.geometry.get(), &zone.minX);
            GEOSGeom_getYMin_r(h, zone.geometry.get(), &zone.minY);
        }
    }
    return Ok{};
}

} // namespace cw::analysis::zones
