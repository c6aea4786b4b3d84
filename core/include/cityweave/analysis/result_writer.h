// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// Writes every table and layer of the results into one GeoPackage (layers in the results'
/// CRS, tables as attribute tables) plus a `cw_analysis_runs` table recording each analysis,
/// its parameters and when it ran. Written to a temporary file and renamed: a failure leaves
/// no half-written file under `path`.
Status writeResultsGeoPackage(const std::vector<AnalysisResult>& results, const std::string& path);

/// The summary JSON: per analysis its id, parameters, time, CRS, headline figures, warnings.
std::string resultsSummaryJson(const std::vector<AnalysisResult>& results);

} // namespace cw::analysis
