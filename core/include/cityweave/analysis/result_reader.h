// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// Reads back what writeResultsGeoPackage() wrote: one AnalysisResult per row of
/// `cw_analysis_runs`, with its parameters, time, CRS and every table and layer it listed.
/// A file without that table is not a results file (InvalidArgument).
Result<std::vector<AnalysisResult>> readResultsGeoPackage(const std::string& path);

} // namespace cw::analysis
