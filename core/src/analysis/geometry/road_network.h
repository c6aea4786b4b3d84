// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the coverage analyses: a road graph built from line features, and what a point
// reaches along it within a distance.

#include "cityweave/data/vector_layer.h"
#include "cityweave/geometry/packed_rtree.h"

#include <cstdint>
#include <vector>

namespace cw::analysis {

/// A stretch of one road segment: from `a` to `b`, both on the segment.
struct RoadPiece {
    geometry::Coord a;
    geometry::Coord b;
    double length() const;
};

/// Undirected graph: nodes are line vertices (vertices closer than 1 mm are one node, so lines
/// that share an end point connect; lines that only cross do not, as at a bridge), edges are
/// the straight segments between consecutive vertices, weighted by length.
class RoadNetwork {
public:
    /// Every line feature of the layers; other geometry families are skipped.
    explicit RoadNetwork(const std::vector<const data::VectorLayer*>& layers);

    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t edgeCount() const { return m_edges.size(); }

    /// The road reachable from `from` within `distance` along the network, as disjoint pieces.
    /// `from` enters the network at its nearest point on the nearest segment, if that is at most
    /// `maxSnap` away (otherwise nothing is reachable); the snap distance is not charged.
    std::vector<RoadPiece> reachable(const geometry::Coord& from, double distance,
                                     double maxSnap) const;

private:
    struct Edge {
        std::uint32_t u = 0, v = 0;
        double length = 0;
    };

    std::vector<geometry::Coord> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<std::uint32_t>> m_incident; // node -> edges
    geometry::PackedRTree m_index;                      // over edge envelopes
};

} // namespace cw::analysis
