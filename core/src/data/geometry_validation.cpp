// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"

#include <geos_c.h>

#include <vector>

namespace cw::data {
namespace {

// A GEOS context owned by the calling thread, freed on scope exit.
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r()) {}
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t get() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

GEOSGeometry* makeRing(GEOSContextHandle_t h, std::span<const geometry::Coord> coords) {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(coords.size()), 2);
    for (unsigned i = 0; i < coords.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, coords[i].x, coords[i].y);
    return GEOSGeom_createLinearRing_r(h, seq);
}

// The feature's polygons as one GEOS multipolygon (rings that GEOS rejects make it invalid).
GEOSGeometry* makeMultiPolygon(GEOSContextHandle_t h, const geometry::GeometryStore& store,
                               std::size_t feature, bool& structurallyInvalid) {
    std::vector<GEOSGeometry*> polygons;
    GEOSGeometry* shell = nullptr;
    std::vector<GEOSGeometry*> holes;
    auto flush = [&] {
        if (shell)
            polygons.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(),
                                                        static_cast<unsigned>(holes.size())));
        shell = nullptr;
        holes.clear();
    };
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        GEOSGeometry* ring = makeRing(h, store.part(p));
        if (!ring) {
            structurallyInvalid = true; // e.g. an unclosed ring
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
    return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                       static_cast<unsigned>(polygons.size()));
}

} // namespace

std::size_t countInvalidGeometries(const VectorLayer& layer, const CancelToken& cancel) {
    if (layer.family != geometry::GeometryFamily::Polygon)
        return 0;
    GeosContext geos;
    std::size_t invalid = 0;
    const auto& store = layer.geometries;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        if (store.isEmpty(f))
            continue;
        if ((f & 1023) == 0 && cancel.isCancelled())
            break;
        bool structurallyInvalid = false;
        GEOSGeometry* g = makeMultiPolygon(geos.get(), store, f, structurallyInvalid);
        if (structurallyInvalid || !g || GEOSisValid_r(geos.get(), g) != 1)
            ++invalid;
        if (g)
            GEOSGeom_destroy_r(geos.get(), g);
    }
    return invalid;
}

} // namespace cw::data
