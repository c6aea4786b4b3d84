// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

#include <optional>
#include <vector>

namespace cw::geometry {

/// How far apart two features are, and where: `onA` and `onB` are their nearest points (the
/// same point when they meet).
struct NearestPoints {
    double distance = 0;
    Coord onA{};
    Coord onB{};
};

/// Distances between small features measured directly on their stores: every segment of one
/// against every segment of the other, with the same formulas GEOS uses, after an exact test of
/// whether they meet (crossing or touching boundaries, or one inside a polygon of the other).
/// It spares building, cloning and preparing GEOS geometries for the millions of parcel,
/// building and point pairs a city-wide link search measures. Polygons must be valid.
class FeatureDistance {
public:
    /// Above this many segment pairs the caller should use GEOS's indexed distance instead.
    static constexpr std::size_t kMaxSegmentPairs = 4096;

    /// nullopt when either feature is empty or the pair is too large for the direct method.
    std::optional<NearestPoints> measure(const GeometryStore& a, std::size_t fa, bool polygonA,
                                         const GeometryStore& b, std::size_t fb, bool polygonB);

private:
    struct Segment {
        Coord p;
        Coord q; // equal to p for a point
    };
    static void collect(const GeometryStore& s, std::size_t f, bool polygon,
                        std::vector<Segment>& out);
    // Is v inside polygon feature f (v known not to lie on its boundary)?
    static bool inside(const GeometryStore& s, std::size_t f, const Coord& v);

    std::vector<Segment> m_a, m_b;
};

} // namespace cw::geometry
