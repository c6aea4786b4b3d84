// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"
#include "cityweave/geometry/geometry_store.h"

#include <span>

namespace cw::geometry {

/// A length or an area measured two ways, as a GIS states it: on the WGS 84 ellipsoid
/// (geodesic, the true size on the ground) and in the plane of a projected CRS (what an
/// analysis in that CRS computes). Areas in m², lengths in m.
struct Measurement {
    double ellipsoidal = 0;
    /// In the CRS's own plane; NaN when the CRS is geographic (degrees are no measure).
    double planar = 0;
};

/// The length of the path `points` (in `crs`), or the area of the ring they close when
/// `area` (the perimeter goes in `perimeter` if given). Fails when the points cannot be
/// transformed to longitude and latitude.
Result<Measurement> measure(const crs::Crs& crs, std::span<const Coord> points, bool area,
                            Measurement* perimeter = nullptr);

} // namespace cw::geometry
