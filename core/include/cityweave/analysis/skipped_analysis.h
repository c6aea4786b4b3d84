// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

namespace cw::analysis {

/// Whether an analysis failed only because the plan gives it nothing to work on (no point
/// assets for coverage-gaps, no layer a plugin's analysis names). Running every analysis,
/// such a one is skipped with its reason and the others' results kept; asked for by name, it
/// fails the run.
inline bool inputsAbsent(const Error& error) {
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::LayerNotFound:
    case ErrorCode::NothingToAnalyse:
    case ErrorCode::WrongGeometryType:
    case ErrorCode::ParameterRequires:
    case ErrorCode::NoSuchLayerOrFile:
    case ErrorCode::ColumnNotFound:
        return true;
    default:
        return false;
    }
}

} // namespace cw::analysis
