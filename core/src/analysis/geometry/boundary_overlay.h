// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared overlay engine behind overlap-matrix (and the analyses that measure unions): areas
// of unions, of intersections of unions and of any region defined by which polygons cover it,
// without building the union geometry.
//
// Every polygon carries a label (a project, or a zone). Each edge of every polygon is cut where
// any other polygon's boundary crosses or touches it; each piece then knows which labels cover
// the ground on its left and on its right. By Green's theorem the area of the region where a
// predicate of the covering labels holds is ½ Σ (pred(left) − pred(right)) · (x_u·y_v − x_v·y_u)
// over all pieces u→v, so an analysis only sums what the engine reports. Pieces shared by several
// boundaries (adjacent parcels, identical outlines) are reported once. All predicates are exact
// (orientationSign), so shared vertices, vertices on edges and collinear edges need no fallback.
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/geometry/geometry_store.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace cw::analysis::overlay {

/// Labels covering a place: sorted, without duplicates.
using Labels = std::span<const std::uint32_t>;

/// A polygon layer in the overlay. Its features are labelled `label` (a project), or, with
/// `labelPerFeature`, `label + feature index` (zones, each its own).
struct PolygonInput {
    const geometry::GeometryStore* store = nullptr;
    std::uint32_t label = 0;
    bool labelPerFeature = false;
};

/// Lines or points measured against the polygons (they do not cover anything themselves).
struct ProbeInput {
    const geometry::GeometryStore* store = nullptr;
    std::uint32_t label = 0;
};

/// Receives what the engine finds in one chunk of work. One accumulator per chunk, created and
/// filled on a worker thread, then handed back in chunk order on the calling thread, so sums do
/// not depend on thread timing.
/// A piece of boundary from `from` to `to`, with `left` covering the ground on its left and
/// `right` on its right (they differ). Pieces meet end to end at exactly equal coordinates, so
/// the boundary of any region can be chained into rings (see region_rings.h).
struct BoundaryPiece {
    Labels left;
    Labels right;
    geometry::Coord from;
    geometry::Coord to;
    double twiceArea; ///< x_u·y_v − x_v·y_u, relative to the overlay's origin
};

class Accumulator {
public:
    virtual ~Accumulator() = default;
    virtual void boundary(const BoundaryPiece& piece) = 0;
    /// A piece of a line of `probe` lying in (or on the boundary of) the polygons labelled
    /// `cover`; called for uncovered pieces too, with `cover` empty.
    virtual void line(std::uint32_t probe, Labels cover, double length) = 0;
    /// A point of `probe` in (or on the boundary of) the polygons labelled `cover`.
    virtual void point(std::uint32_t probe, Labels cover) = 0;
};

struct OverlayOptions {
    unsigned threads = 0; ///< 0: all cores
    CancelToken cancel;
    ProgressFn progress; ///< called on the calling thread
};

struct OverlayStats {
    std::uint64_t pieces = 0;
    /// Pieces whose midpoint fell exactly on another boundary without a shared edge (crossings
    /// too close to order in floating point); taken as outside, off by less than a rounding.
    std::uint64_t ambiguous = 0;
};

struct OverlayInputs {
    std::vector<PolygonInput> polygons;
    std::vector<ProbeInput> lines;
    std::vector<ProbeInput> points;
};

using AccumulatorFactory = std::function<std::unique_ptr<Accumulator>()>;
using AccumulatorSink = std::function<void(std::unique_ptr<Accumulator>)>;

/// Runs the overlay; `sink` receives every chunk's accumulator in a fixed order. Returns
/// Cancelled when asked to stop.
Status run(const OverlayInputs& inputs, const OverlayOptions& options,
           const AccumulatorFactory& makeAccumulator, const AccumulatorSink& sink,
           OverlayStats* stats = nullptr);

/// The origin twiceArea is measured from (the centre of all inputs' extent, rounded).
geometry::Coord origin(const OverlayInputs& inputs);

} // namespace cw::analysis::overlay
