// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"
#include "cityweave/project/planning_records.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cw::planning {

/// A ring as edited: its vertices in order, WITHOUT the repeated closing vertex.
using Ring = std::vector<geometry::Coord>;

/// One polygon as the zone editor changes it: an outer ring and optional holes.
struct ZonePolygon {
    Ring outer;
    std::vector<Ring> holes;
    bool operator==(const ZonePolygon&) const = default;
};

/// A vertex of a ZonePolygon: ring 0 is the outer ring, 1.. the holes.
struct VertexRef {
    std::size_t ring = 0;
    std::size_t index = 0;
    bool operator==(const VertexRef&) const = default;
};

/// The first polygon of `feature` (rings from the store, closing vertices dropped); empty when
/// the feature has no polygon.
ZonePolygon polygonFromStore(const geometry::GeometryStore& store, std::size_t feature = 0);
/// A store holding `polygon` as its single feature, with closed rings (as GeoPackage writes).
geometry::GeometryStore storeFromPolygon(const ZonePolygon& polygon);
/// `ring` with its first vertex repeated at the end (unchanged when already closed or empty).
Ring closedRing(const Ring& ring);
/// Applies `fn(Coord&)` to every vertex (e.g. to re-project).
template <typename Fn> void forEachVertex(ZonePolygon& polygon, Fn&& fn) {
    for (auto& c : polygon.outer)
        fn(c);
    for (auto& hole : polygon.holes)
        for (auto& c : hole)
            fn(c);
}

/// Vertex edits. Each returns false and leaves `polygon` unchanged when the reference is out of
/// range; deleteVertex also refuses to leave a ring with fewer than 3 vertices.
bool moveVertex(ZonePolygon& polygon, VertexRef vertex, geometry::Coord to);
/// Inserts `at` on the edge from `edgeStart` to the next vertex of its ring.
bool insertVertex(ZonePolygon& polygon, VertexRef edgeStart, geometry::Coord at);
bool deleteVertex(ZonePolygon& polygon, VertexRef vertex);

/// Whether `p` lies inside the polygon (inside the outer ring and outside every hole; even-odd
/// rule, so a point exactly on an edge may fall either way).
bool containsPoint(const ZonePolygon& polygon, geometry::Coord p);

/// Area in square map units (GEOS); 0 for an empty or unbuildable polygon.
double polygonArea(const ZonePolygon& polygon);

/// Whether GEOS accepts the polygon, and if not GEOS's reason ("Self-intersection[3 4]").
struct PolygonValidity {
    bool valid = false;
    std::string reason;
};
PolygonValidity checkPolygon(const ZonePolygon& polygon);

/// Why a split or merge was refused.
enum class ZoneEditRefusal {
    None,
    InvalidInput,     ///< an input polygon is not valid (see checkPolygon)
    LineDoesNotSplit, ///< the line does not cross the polygon from one side to the other
    NotConnected,     ///< the two polygons neither touch along an edge nor overlap
    GeosFailed,
};

/// Cuts `polygon` along the polyline `line` (which must cross it completely): the boundary and
/// the line are noded and polygonized and the faces inside the polygon kept. Two or more pieces
/// on success, ordered as GEOS returns them.
struct SplitResult {
    std::vector<ZonePolygon> pieces;
    ZoneEditRefusal refusal = ZoneEditRefusal::None;
};
SplitResult splitPolygon(const ZonePolygon& polygon, std::span<const geometry::Coord> line);

/// The union of `a` and `b` when it is ONE polygon (they share an edge or overlap).
struct MergeResult {
    std::optional<ZonePolygon> merged;
    ZoneEditRefusal refusal = ZoneEditRefusal::None;
};
MergeResult mergePolygons(const ZonePolygon& a, const ZonePolygon& b);

/// Snapping: the nearest vertex of the candidates within `tolerance` of `p`; failing that the
/// nearest point on one of their edges within `tolerance`. Candidates are polylines (closed rings
/// repeat their first vertex, single points are one-vertex lines).
enum class SnapKind { Vertex, Edge };
struct Snap {
    geometry::Coord point;
    SnapKind kind = SnapKind::Vertex;
    double distance = 0;
};
std::optional<Snap> snapPoint(geometry::Coord p,
                              const std::vector<std::span<const geometry::Coord>>& candidates,
                              double tolerance);

/// The properties two zones keep when merged, conservatively: only the exemptions BOTH grant,
/// validity from the later start to the earlier last year (extension years are the part past the
/// 4-year term), every cap of either with the smaller limit when both set one, notes joined.
/// Null when their validity periods do not overlap. `area`, `id` and `name` are left to the
/// caller.
std::optional<project::SandboxZone> mergedZoneProperties(const project::SandboxZone& a,
                                                         const project::SandboxZone& b);

} // namespace cw::planning
