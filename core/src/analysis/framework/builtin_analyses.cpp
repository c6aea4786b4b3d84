// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/framework/builtin_analyses.h"

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/core/utc_time.h"

namespace cw::analysis {

void registerBuiltInAnalyses(AnalysisRegistry& registry) {
    registry.add(makeDistrictRollupAnalysis());
    registry.add(makeOverlapMatrixAnalysis());
    registry.add(makeOverlapSurfaceAnalysis());
    registry.add(makeProximityLinksAnalysis());
    registry.add(makeIntegrationZonesAnalysis());
    registry.add(makeCoverageGapsAnalysis());
    registry.add(makePilotRankingAnalysis());
    (void)registry; // analyses are added here as they land
}

AnalysisResult newResult(const std::string& analysisId, const AnalysisInput& input,
                         const ParameterValues& params) {
    AnalysisResult result;
    result.analysisId = analysisId;
    result.parameters = params.all();
    result.computedAt = utcTimestamp();
    result.crs = input.crs;
    result.warnings = input.warnings;
    return result;
}

} // namespace cw::analysis
