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
std::unique_ptr<Analysis> makeCoverageGapsAnalysis();
std::unique_ptr<Analysis> makePilotRankingAnalysis();

/// An empty result stamped with what produced it: the analysis, its parameters, the time,
/// the CRS and the input's warnings (so a saved result carries them).
AnalysisResult newResult(const std::string& analysisId, const AnalysisInput& input,
                         const ParameterValues& params);

} // namespace cw::analysis
