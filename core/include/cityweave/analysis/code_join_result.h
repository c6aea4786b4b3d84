// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/data/code_join.h"

#include <string>

namespace cw::analysis {

/// Where a code join's two sides came from, recorded with the result.
struct CodeJoinProvenance {
    std::string table;      ///< the table's file or layer name
    std::string boundaries; ///< the boundary layer's file or layer name
    data::CodeJoinSpec spec;
};

/// A code join as a one-layer result ("join-by-code"), so that the GeoPackage it is written to
/// records in `cw_analysis_runs` how the joined columns were made, as every result does.
AnalysisResult codeJoinResult(data::CodeJoinResult joined, const CodeJoinProvenance& from,
                              const std::string& layerName);

} // namespace cw::analysis
