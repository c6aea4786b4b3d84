// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

namespace cw::analysis {

/// Whether an analysis failed only because the plan gives it nothing to work on (no point
/// assets for coverage-gaps, no layer a plugin's analysis names). Running every analysis,
/// such a one is skipped with its reason and the others' results kept; asked for by name, it
/// fails the run.
inline bool inputsAbsent(const Error& error) {
    return error.code == ErrorCode::InvalidArgument || error.code == ErrorCode::LayerNotFound;
}

} // namespace cw::analysis
