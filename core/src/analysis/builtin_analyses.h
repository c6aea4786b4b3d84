// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <memory>

namespace cw::analysis {

// One factory per built-in analysis; each lives in its own file in this folder.
std::unique_ptr<Analysis> makeOverlapMatrixAnalysis();
std::unique_ptr<Analysis> makeOverlapSurfaceAnalysis();
std::unique_ptr<Analysis> makeProximityLinksAnalysis();
std::unique_ptr<Analysis> makeIntegrationZonesAnalysis();
std::unique_ptr<Analysis> makeDistrictRollupAnalysis();

/// "2026-11-25T14:30:00Z": when a result was computed.
std::string utcTimestamp();

} // namespace cw::analysis
