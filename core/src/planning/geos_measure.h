// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geometry/geos_bridge.h"

#include <memory>

namespace cw::planning {

using geometry::geosArea;
using geometry::geosLength;
using geometry::PreparedDeleter;
using geometry::PreparedPtr;

/// Area (polygons) or length (lines) of `g` inside `area`; points: how many lie inside.
inline double measureInside(GEOSContextHandle_t h, const GEOSGeometry* g, const GEOSGeometry* area,
                            geometry::GeometryFamily family) {
    if (family == geometry::GeometryFamily::Point) {
        double inside = 0;
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            inside += GEOSCovers_r(h, area, GEOSGetGeometryN_r(h, g, i)) == 1 ? 1 : 0;
        return inside;
    }
    geometry::GeosGeometry cut{h, GEOSIntersection_r(h, g, area)};
    return family == geometry::GeometryFamily::Polygon ? geosArea(h, cut.get())
                                                       : geosLength(h, cut.get());
}

/// The same measure for the whole of `g`.
inline double measureWhole(GEOSContextHandle_t h, const GEOSGeometry* g,
                           geometry::GeometryFamily family) {
    if (family == geometry::GeometryFamily::Point)
        return GEOSGetNumGeometries_r(h, g);
    return family == geometry::GeometryFamily::Polygon ? geosArea(h, g) : geosLength(h, g);
}

} // namespace cw::planning
