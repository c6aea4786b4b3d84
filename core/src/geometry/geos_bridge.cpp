// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry/geos_bridge.h"

#include "geometry/ring_validity.h"

#include <algorithm>
#include <bit>
#include <thread>
#include <unordered_set>
#include <vector>

namespace cw::geometry {

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {}
GeosContext::~GeosContext() {
    GEOS_finish_r(m_handle);
}

namespace {

GEOSCoordSequence* sequence(GEOSContextHandle_t h, std::span<const Coord> coords) {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(coords.size()), 2);
    for (unsigned i = 0; i < coords.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, coords[i].x, coords[i].y);
    return seq;
}

GEOSGeometry* multiPolygon(GEOSContextHandle_t h, const GeometryStore& store, std::size_t f) {
    std::vector<GEOSGeometry*> polygons;
    GEOSGeometry* shell = nullptr;
    std::vector<GEOSGeometry*> holes;
    bool failed = false;
    auto flush = [&] {
        if (shell)
            polygons.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(),
                                                        static_cast<unsigned>(holes.size())));
        shell = nullptr;
        holes.clear();
    };
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        GEOSGeometry* ring = GEOSGeom_createLinearRing_r(h, sequence(h, store.part(p)));
        if (!ring) {
            failed = true;
            continue;
        }
        if (store.partStartsPolygon(p)) {
            flush();
            shell = ring;
        } else if (shell) {
            holes.push_back(ring);
        } else {
            GEOSGeom_destroy_r(h, ring);
        }
    }
    flush();
    GEOSGeometry* out = GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                                    static_cast<unsigned>(polygons.size()));
    if (failed && out) {
        GEOSGeom_destroy_r(h, out);
        return nullptr;
    }
    return out;
}

void appendSequence(GEOSContextHandle_t h, const GEOSCoordSequence* seq, GeometryStore& store,
                    bool startsPolygon) {
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    store.beginPart(startsPolygon);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        store.addCoord(x, y);
    }
    store.endPart();
}

bool appendParts(GEOSContextHandle_t h, const GEOSGeometry* g, GeometryStore& store,
                 GeometryFamily family) {
    bool any = false;
    switch (GEOSGeomTypeId_r(h, g)) {
    case GEOS_POINT:
        if (family == GeometryFamily::Point && !GEOSisEmpty_r(h, g)) {
            appendSequence(h, GEOSGeom_getCoordSeq_r(h, g), store, false);
            any = true;
        }
        break;
    case GEOS_LINESTRING:
        if (family == GeometryFamily::Line && !GEOSisEmpty_r(h, g)) {
            appendSequence(h, GEOSGeom_getCoordSeq_r(h, g), store, false);
            any = true;
        }
        break;
    case GEOS_POLYGON: {
        if (family != GeometryFamily::Polygon || GEOSisEmpty_r(h, g))
            break;
        appendSequence(h, GEOSGeom_getCoordSeq_r(h, GEOSGetExteriorRing_r(h, g)), store, true);
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i)
            appendSequence(h, GEOSGeom_getCoordSeq_r(h, GEOSGetInteriorRingN_r(h, g, i)), store,
                           false);
        any = true;
        break;
    }
    case GEOS_MULTIPOINT:
    case GEOS_MULTILINESTRING:
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION: {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            any = appendParts(h, GEOSGetGeometryN_r(h, g, i), store, family) || any;
        break;
    }
    default:
        break;
    }
    return any;
}

} // namespace

GeosGeometry toGeos(GEOSContextHandle_t h, const GeometryStore& store, std::size_t f,
                    GeometryFamily family) {
    if (store.isEmpty(f))
        return {};
    switch (family) {
    case GeometryFamily::Polygon:
        return {h, multiPolygon(h, store, f)};
    case GeometryFamily::Line:
    case GeometryFamily::Point: {
        std::vector<GEOSGeometry*> parts;
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            GEOSCoordSequence* seq = sequence(h, store.part(p));
            GEOSGeometry* part = family == GeometryFamily::Line
                                     ? GEOSGeom_createLineString_r(h, seq)
                                     : GEOSGeom_createPoint_r(h, seq);
            if (part)
                parts.push_back(part);
        }
        const int type = family == GeometryFamily::Line ? GEOS_MULTILINESTRING : GEOS_MULTIPOINT;
        return {h, GEOSGeom_createCollection_r(h, type, parts.data(),
                                               static_cast<unsigned>(parts.size()))};
    }
    default:
        return {};
    }
}

bool appendGeos(GEOSContextHandle_t h, const GEOSGeometry* g, GeometryStore& store,
                GeometryFamily family) {
    store.beginFeature();
    const bool any = g && appendParts(h, g, store, family);
    store.endFeature();
    return any;
}

namespace {

// A polygon this large made mostly of vertices it already visited retraces its own outline
// (a TopoJSON ring of 100,000 references to one arc): MakeValid would node every copy of every
// segment against every other, quadratic. Such a feature has no area worth repairing.
constexpr std::size_t kRetracingGuardVertices = 1000;

bool retracesItself(const GeometryStore& store, std::size_t f) {
    std::size_t total = 0;
    std::size_t closings = 0;
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        total += store.part(p).size();
        ++closings;
    }
    if (total < kRetracingGuardVertices)
        return false;
    struct CoordHash {
        std::size_t operator()(const Coord& c) const {
            return std::hash<std::uint64_t>{}(std::bit_cast<std::uint64_t>(c.x) * 31 ^
                                              std::bit_cast<std::uint64_t>(c.y));
        }
    };
    struct CoordEqual {
        bool operator()(const Coord& a, const Coord& b) const { return a.x == b.x && a.y == b.y; }
    };
    std::unordered_set<Coord, CoordHash, CoordEqual> seen;
    seen.reserve(total);
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p)
        for (const Coord& c : store.part(p))
            seen.insert(c);
    const std::size_t repeats = total - closings - std::min(seen.size(), total - closings);
    return repeats * 2 > total;
}

struct Defects {
    std::vector<std::size_t> invalid;   // repaired with MakeValid
    std::vector<std::size_t> retracing; // dropped
};

// The invalid and the self-retracing polygon features in [first, last), each list in order.
Defects findDefects(const GeometryStore& store, std::size_t first, std::size_t last) {
    GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    Defects found;
    for (std::size_t f = first; f < last; ++f) {
        if (store.isEmpty(f) || isSimplePolygon(store, f))
            continue;
        if (retracesItself(store, f)) {
            found.retracing.push_back(f);
            continue;
        }
        GeosGeometry g = toGeos(h, store, f, GeometryFamily::Polygon);
        if (!g || GEOSisValid_r(h, g.get()) != 1)
            found.invalid.push_back(f);
    }
    return found;
}

} // namespace

PolygonRepair repairPolygons(GeometryStore& store) {
    // Checking validity is most of the cost on a clean layer: one block of features per core.
    const std::size_t n = store.featureCount();
    const std::size_t blocks = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                       std::max<std::size_t>(n / 1024, 1));
    std::vector<Defects> found(blocks);
    {
        std::vector<std::jthread> pool;
        for (std::size_t b = 0; b < blocks; ++b)
            pool.emplace_back(
                [&, b] { found[b] = findDefects(store, n * b / blocks, n * (b + 1) / blocks); });
    }
    Defects all;
    for (const Defects& block : found) {
        all.invalid.insert(all.invalid.end(), block.invalid.begin(), block.invalid.end());
        all.retracing.insert(all.retracing.end(), block.retracing.begin(), block.retracing.end());
    }
    if (all.invalid.empty() && all.retracing.empty())
        return {};
    GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    // The store is append-only: rebuild it, replacing the invalid features by their repair and
    // the retracing ones by an empty feature (the row stays, with no place).
    GeometryStore repaired;
    repaired.reserve(store.featureCount(), store.coordCount());
    std::size_t nextInvalid = 0;
    std::size_t nextRetracing = 0;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        if (nextInvalid < all.invalid.size() && all.invalid[nextInvalid] == f) {
            ++nextInvalid;
            GeosGeometry g = toGeos(h, store, f, GeometryFamily::Polygon);
            GeosGeometry fixed(h, g ? GEOSMakeValid_r(h, g.get()) : nullptr);
            appendGeos(h, fixed.get(), repaired, GeometryFamily::Polygon);
            continue;
        }
        if (nextRetracing < all.retracing.size() && all.retracing[nextRetracing] == f) {
            ++nextRetracing;
            repaired.beginFeature();
            repaired.endFeature();
            continue;
        }
        repaired.appendFeature(store, f);
    }
    store = std::move(repaired);
    return {all.invalid.size(), all.retracing.size()};
}

} // namespace cw::geometry
