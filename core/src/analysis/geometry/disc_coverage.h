// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the coverage analyses: the exact area of a convex polygon covered by a union of
// discs, without turning the discs into polygons.

#include "cityweave/geometry/geometry_store.h"

#include <span>
#include <vector>

namespace cw::analysis {

struct Disc {
    double x = 0;
    double y = 0;
    double r = 0;
};

/// Area of the convex polygon `ring` (either orientation, closed or not) covered by the union
/// of `discs`. Exact up to rounding: the area is integrated along y between the heights where
/// the boundary of the covered part can change (vertices, disc tops and bottoms, disc/edge and
/// disc/disc crossings); between two such heights every boundary is a polygon edge (linear in
/// y) or a disc side (x = cx ± sqrt(r² - (y - cy)²)), whose integrals are closed-form.
/// Cost grows with the square of the number of discs: pass only those near the polygon.
double convexDiscCoverage(std::span<const geometry::Coord> ring, std::span<const Disc> discs);

/// Shoelace area of a ring (absolute value).
double ringArea(std::span<const geometry::Coord> ring);

} // namespace cw::analysis
