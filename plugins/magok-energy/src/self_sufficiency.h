// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <memory>

namespace cw::plugins::magok {

/// "magok-self-sufficiency": electric self-sufficiency per block against a target.
std::unique_ptr<analysis::Analysis> makeSelfSufficiencyAnalysis();

} // namespace cw::plugins::magok
