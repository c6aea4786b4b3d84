// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
/// Ok, or the InvalidArgument a grid of `cells` cells of `size` over `extent` gets when it
/// would exceed kMaxGridCells (infinite counts included), the extent named: a stray vertex
/// (at (0,0), or a flipped byte) stretches an extent a thousandfold.
Status checkGridCells(double cells, double size, const geometry::Envelope& extent);
Result<data::VectorLayer> makeSquareGrid(const geometry::Envelope& extent, double cellSize,
                                         const crs::Crs& crs);

} // namespace cw::analysis
