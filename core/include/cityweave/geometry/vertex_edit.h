// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

#include <cstdint>
#include <optional>
#include <span>

namespace cw::geometry {

/// One vertex of a store: the part it belongs to and its index in that part.
struct VertexRef {
    std::size_t part = 0;
    std::size_t index = 0;
    bool operator==(const VertexRef&) const = default;
};

/// The point of a segment nearest to a position: the segment runs from vertex `start` to
/// `start + 1` of its part.
struct SegmentHit {
    VertexRef start;
    Coord point;
    double distance = 0;
};

/// The vertex of `features` nearest to `at`, no farther than `tolerance`.
std::optional<VertexRef> nearestVertex(const GeometryStore& store,
                                       std::span<const std::uint32_t> features, Coord at,
                                       double tolerance);

/// The segment of `features` nearest to `at`, no farther than `tolerance`.
std::optional<SegmentHit> nearestSegment(const GeometryStore& store,
                                         std::span<const std::uint32_t> features, Coord at,
                                         double tolerance);

/// Vertex edits as a digitiser makes them. Each returns a new store with the same features
/// and parts; `rings` says the parts are polygon rings, whose closing vertex repeats the first
/// and stays equal to it.
class VertexEdit {
public:
    VertexEdit(const GeometryStore& store, bool rings) : m_store(store), m_rings(rings) {}

    /// The vertex (a ring's first or closing one moves both) put at `to`.
    GeometryStore moved(VertexRef vertex, Coord to) const;
    /// A new vertex at `at` after vertex `after` of its part.
    GeometryStore inserted(VertexRef after, Coord at) const;
    /// The store without the vertex, or nothing when its part would be left with fewer
    /// vertices than a line (2) or a ring (3 besides the closing one) needs.
    std::optional<GeometryStore> removed(VertexRef vertex) const;

private:
    bool isClosedRing(std::size_t part) const;

    const GeometryStore& m_store;
    bool m_rings;
};

} // namespace cw::geometry
