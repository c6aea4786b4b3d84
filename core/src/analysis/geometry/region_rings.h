// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

#include <cstddef>
#include <vector>

namespace cw::analysis::overlay {

/// A directed piece of a region's boundary, with the region on its left.
struct Segment {
    geometry::Coord from;
    geometry::Coord to;
};

/// A polygon as rings: the counter-clockwise shell first, then its clockwise holes; each ring
/// closed (last vertex = first).
using PolygonRings = std::vector<std::vector<geometry::Coord>>;

struct RegionPolygons {
    std::vector<PolygonRings> polygons;
    std::size_t unclosedSegments = 0; ///< left over when a chain did not come back to its start
};

/// Adds `rings` to `store` as one polygon feature (shell, then holes).
void appendPolygon(geometry::GeometryStore& store, const PolygonRings& rings);

/// Area of a closed ring (positive, whatever its orientation).
double ringArea(const std::vector<geometry::Coord>& ring);

/// Chains a region's boundary pieces (as the overlay engine reports them, meeting at exactly
/// equal coordinates) into polygons. Where the region touches itself at a vertex the chain takes
/// the sharpest left turn, so polygons meeting at a corner stay separate (as GEOS keeps them).
/// Vertices where the boundary runs straight on are dropped.
RegionPolygons assemblePolygons(std::vector<Segment> segments);

} // namespace cw::analysis::overlay
