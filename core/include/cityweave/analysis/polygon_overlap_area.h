// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/data/attribute.h"
#include "cityweave/geometry/geometry_store.h"
#include "cityweave/geometry/packed_rtree.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace cw::analysis {

/// Feature `a` of the first store overlaps feature `b` of the second by `area` (store units²).
struct OverlapPair {
    std::uint32_t a;
    std::uint32_t b;
    double area;
};

struct OverlapOptions {
    unsigned threads = 0; ///< 0: std::thread::hardware_concurrency()
    /// Pairs are kept when area > 0 and area >= minArea: touching polygons are not overlaps.
    double minArea = 0.0;
    bool geosOnly = false; ///< every pair through GEOS (for comparison and tests)
    CancelToken cancel;
    ProgressFn progress; ///< called from the calling thread only
};

/// How the pairs were computed: the fast path should take nearly all of them.
struct OverlapStats {
    std::uint64_t candidates = 0;   ///< pairs whose envelopes intersect
    std::uint64_t fastPath = 0;     ///< areas by boundary integration
    std::uint64_t geosFallback = 0; ///< degenerate or near-degenerate pairs given to GEOS
    std::uint64_t geosFailed = 0;   ///< GEOS could not intersect them either: pair left out
};

/// Receives the pairs in (a, b) order, batch by batch, one batch at a time; it runs on a thread of
/// its own while the next pairs are computed, so it must not touch what the caller uses meanwhile.
using OverlapSink = std::function<void(std::span<const OverlapPair>)>;

/// Streams all intersecting pairs to `sink` as they are computed, so memory stays bounded by a
/// window of work rather than by the pair count (2 x 1M random polygons over Seoul give ~95M
/// pairs). Same pairs, order and determinism as polygonOverlapAreas.
Status forEachPolygonOverlap(const geometry::GeometryStore& a, const geometry::GeometryStore& b,
                             const geometry::PackedRTree& treeB, const OverlapOptions& options,
                             const OverlapSink& sink, OverlapStats* stats = nullptr);

/// Same, building the index of `b` first.
Status forEachPolygonOverlap(const geometry::GeometryStore& a, const geometry::GeometryStore& b,
                             const OverlapOptions& options, const OverlapSink& sink,
                             OverlapStats* stats = nullptr);

/// Areas of all intersecting pairs of polygon features of `a` and `b` (same CRS), without
/// building intersection geometry. `treeB` indexes `b`'s feature envelopes. The result is sorted
/// by (a, b) and does not depend on the thread count. Returns Cancelled when asked to stop.
Result<std::vector<OverlapPair>> polygonOverlapAreas(const geometry::GeometryStore& a,
                                                     const geometry::GeometryStore& b,
                                                     const geometry::PackedRTree& treeB,
                                                     const OverlapOptions& options = {},
                                                     OverlapStats* stats = nullptr);
/// Same, building the index of `b` first.
Result<std::vector<OverlapPair>> polygonOverlapAreas(const geometry::GeometryStore& a,
                                                     const geometry::GeometryStore& b,
                                                     const OverlapOptions& options = {},
                                                     OverlapStats* stats = nullptr);

/// The fast path alone for one pair: area(a[fa] ∩ b[fb]) by boundary integration, or nullopt when
/// the pair is degenerate (shared vertices, a vertex on or near an edge, collinear edges) and must
/// go to GEOS instead. Rings are taken as valid polygons (exteriors and holes, any number of
/// parts), whatever their stored orientation.
std::optional<double> fastOverlapArea(const geometry::GeometryStore& a, std::size_t fa,
                                      const geometry::GeometryStore& b, std::size_t fb);

/// The columns of a feature-pair table (`overlap_pairs`), as overlap-matrix writes it.
std::vector<data::Field> overlapPairColumns();

} // namespace cw::analysis
