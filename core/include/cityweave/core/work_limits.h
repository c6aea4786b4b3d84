// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <cstddef>

namespace cw {

/// A bound on the work a file can ask for. The defaults sit far above real data (Seoul's whole
/// programme has under a hundred projects, the largest agency layer about a million features),
/// so only a broken or crafted file meets one; a genuine dataset that does can raise it with the
/// environment variable.
struct WorkLimit {
    const char* what;     ///< English, for the message: "projects in an overlap matrix"
    const char* variable; ///< the environment variable that raises it
    std::size_t defaultValue;

    /// The variable's value when it holds a positive whole number, else the default.
    std::size_t value() const;
    /// The LimitExceeded error for `count` (which may be a lower bound of the real count).
    Error exceeded(std::size_t count) const;
};

namespace limits {
/// Every project pair is a row of the matrix: 2,000 projects make 2 million rows.
inline constexpr WorkLimit kMatrixProjects{"projects in an overlap matrix",
                                           "CITYWEAVE_MAX_MATRIX_PROJECTS", 2000};
/// Links or overlapping pairs one analysis may find (a 1M-feature plan finds about 4.4 million).
inline constexpr WorkLimit kFeaturePairs{"pairs of features", "CITYWEAVE_MAX_FEATURE_PAIRS",
                                         50'000'000};
/// Features within the search distance of one feature (in Seoul, 500 m around a CCTV camera
/// hold about a hundred others; thousands at one spot mean a broken file).
inline constexpr WorkLimit kNeighbours{"features within reach of one feature",
                                       "CITYWEAVE_MAX_NEIGHBOURS", 50'000};
/// Holes in one polygon (a city-wide land-use polygon has a few thousand).
inline constexpr WorkLimit kHolesPerPolygon{"holes in one polygon", "CITYWEAVE_MAX_HOLES", 20'000};
} // namespace limits

} // namespace cw
