// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

#include <geos_c.h>
#include <memory>

namespace cw::geometry {

/// A GEOS context owned by one thread (GEOS's reentrant API), freed on scope exit.
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t handle() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

/// Owns a GEOS geometry created in a given context.
class GeosGeometry {
public:
    GeosGeometry() = default;
    GeosGeometry(GEOSContextHandle_t h, GEOSGeometry* g) : m_h(h), m_g(g) {}
    GeosGeometry(GeosGeometry&& o) noexcept : m_h(o.m_h), m_g(o.m_g) { o.m_g = nullptr; }
    GeosGeometry& operator=(GeosGeometry&& o) noexcept {
        reset();
        m_h = o.m_h;
        m_g = o.m_g;
        o.m_g = nullptr;
        return *this;
    }
    GeosGeometry(const GeosGeometry&) = delete;
    GeosGeometry& operator=(const GeosGeometry&) = delete;
    ~GeosGeometry() { reset(); }

    GEOSGeometry* get() const { return m_g; }
    GEOSGeometry* release() {
        GEOSGeometry* g = m_g;
        m_g = nullptr;
        return g;
    }
    explicit operator bool() const { return m_g != nullptr; }
    void reset() {
        if (m_g)
            GEOSGeom_destroy_r(m_h, m_g);
        m_g = nullptr;
    }

private:
    GEOSContextHandle_t m_h = nullptr;
    GEOSGeometry* m_g = nullptr;
};

/// Owns a GEOS prepared geometry (fast repeated predicates against one geometry).
struct PreparedDeleter {
    GEOSContextHandle_t h = nullptr;
    void operator()(const GEOSPreparedGeometry* p) const { GEOSPreparedGeom_destroy_r(h, p); }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

/// Area / length of `g`; 0 for null or when GEOS fails.
inline double geosArea(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double a = 0;
    return g && GEOSArea_r(h, g, &a) ? a : 0.0;
}
inline double geosLength(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double l = 0;
    return g && GEOSLength_r(h, g, &l) ? l : 0.0;
}

/// One feature of a store as a GEOS geometry of its family: (Multi)Point, (Multi)LineString or
/// MultiPolygon (rings grouped by `partStartsPolygon`). Null for an empty feature or when GEOS
/// rejects a ring (e.g. unclosed).
GeosGeometry toGeos(GEOSContextHandle_t h, const GeometryStore& store, std::size_t feature,
                    GeometryFamily family);

/// Appends a GEOS geometry as one feature (polygonal, lineal or puntal parts only; parts of
/// other dimensions inside collections are skipped). Returns false when nothing was appended
/// (the feature is still closed, empty).
bool appendGeos(GEOSContextHandle_t h, const GEOSGeometry* g, GeometryStore& store,
                GeometryFamily family);

/// What `repairPolygons` did: features repaired, and features emptied because they retrace
/// their own outline (mostly repeated vertices, too costly and meaningless to repair).
struct PolygonRepair {
    std::size_t repaired = 0;
    std::size_t dropped = 0;
};

/// Repairs invalid polygon features with GEOS MakeValid, keeping only polygonal parts; a large
/// feature made mostly of vertices it already visited is emptied instead (its row stays).
PolygonRepair repairPolygons(GeometryStore& store);

} // namespace cw::geometry
