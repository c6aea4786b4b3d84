// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/geometry/envelope.h"

namespace cw::analysis {

/// Most cells a generated grid may have; a finer grid is refused rather than exhausting memory.
inline constexpr std::size_t kMaxGridCells = 1'000'000;

/// A regular grid of square polygon cells of side `cellSize` (CRS units) covering `extent`.
/// The origin snaps to multiples of `cellSize`, so grids over different extents line up. Cells
/// run row by row from the south-west; fields "cell" ("r<row>c<col>"), "row", "col". Empty
/// `extent`, a non-positive size or more than kMaxGridCells cells give InvalidArgument.
Result<data::VectorLayer> makeSquareGrid(const geometry::Envelope& extent, double cellSize,
                                         const crs::Crs& crs);

/// Ok, or the InvalidArgument a grid of `cells` cells of `size` over `extent` gets when it
/// would exceed kMaxGridCells (infinite counts included), the extent named: a stray vertex
/// (at (0,0), or a flipped byte) stretches an extent a thousandfold.
Status checkGridCells(double cells, double size, const geometry::Envelope& extent);

/// The box a layer's features usually lie in: the middle half of the feature centres (their
/// quartiles, which a few strays cannot move), grown by three times its size and at least
/// 10 km. Null for a layer of fewer than 20 located features: too few to tell. A feature
/// reaching outside it is a stray (a vertex at (0,0), a flipped byte).
geometry::Envelope usualArea(const data::VectorLayer& layer);
/// Whether a feature's envelope lies in a layer's usual area (a null area holds everything).
bool inUsualArea(const geometry::Envelope& usual, const geometry::Envelope& feature);

/// The extent of every project layer's features that stay in their usual area: what a grid
/// laid by default covers, so that one stray vertex does not stretch it over half the country.
geometry::Envelope usualExtent(const AnalysisInput& input);

} // namespace cw::analysis
