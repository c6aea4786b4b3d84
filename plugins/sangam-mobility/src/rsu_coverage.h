// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <memory>

namespace cw::plugins::sangam {

/// "sangam-rsu-coverage": per route, the length within range of a V2X roadside unit.
std::unique_ptr<analysis::Analysis> makeRsuCoverageAnalysis();

} // namespace cw::plugins::sangam
