// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <memory>

namespace cw::plugins::gvalley {

/// "gvalley-firm-density": firms per block and per hectare.
std::unique_ptr<analysis::Analysis> makeFirmDensityAnalysis();

} // namespace cw::plugins::gvalley
