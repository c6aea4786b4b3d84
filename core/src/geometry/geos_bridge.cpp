// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry/geos_bridge.h"

#include "geometry/ring_validity.h"

#include <algorithm>
#include <thread>
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

// Indices of the invalid polygon features in [first, last), in order.
std::vector<std::size_t> invalidPolygons(const GeometryStore& store, std::size_t first,
                                         std::size_t last) {
    GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    std::vector<std::size_t> invalid;
    for (std::size_t f = first; f < last; ++f) {
        if (store.isEmpty(f) || isSimplePolygon(store, f))
            continue;
        GeosGeometry g = toGeos(h, store, f, GeometryFamily::Polygon);
        if (!g || GEOSisValid_r(h, g.get()) != 1)
            invalid.push_back(f);
    }
    return invalid;
}

} // namespace

std::size_t repairPolygons(GeometryStore& store) {
    // Checking validity is most of the cost on a clean layer: one block of features per core.
    const std::size_t n = store.featureCount();
    const std::size_t blocks = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                       std::max<std::size_t>(n / 1024, 1));
    std::vector<std::vector<std::size_t>> found(blocks);
    {
        std::vector<std::jthread> pool;
        for (std::size_t b = 0; b < blocks; ++b)
            pool.emplace_back([&, b] {
                found[b] = invalidPolygons(store, n * b / blocks, n * (b + 1) / blocks);
            });
    }
    std::vector<std::size_t> invalid;
    for (const auto& list : found)
        invalid.insert(invalid.end(), list.begin(), list.end());
    GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    if (invalid.empty())
        return 0;
    // The store is append-only: rebuild it, replacing the invalid features by their repair.
    GeometryStore repaired;
    repaired.reserve(store.featureCount(), store.coordCount());
    std::size_t next = 0;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        if (next < invalid.size() && invalid[next] == f) {
            ++next;
            GeosGeometry g = toGeos(h, store, f, GeometryFamily::Polygon);
            GeosGeometry fixed(h, g ? GEOSMakeValid_r(h, g.get()) : nullptr);
            appendGeos(h, fixed.get(), repaired, GeometryFamily::Polygon);
            continue;
        }
        repaired.beginFeature();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            repaired.beginPart(store.partStartsPolygon(p));
            for (const Coord& c : store.part(p))
                repaired.addCoord(c.x, c.y);
            repaired.endPart();
        }
        repaired.endFeature();
    }
    store = std::move(repaired);
    return invalid.size();
}

} // namespace cw::geometry
