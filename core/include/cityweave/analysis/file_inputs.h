// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// Plain files read as one project (`cityweave-cli analyze --input`, whose "Name=a,b" syntax
/// the CLI parses). Not part of the plugin SDK.
struct InputSpec {
    std::string projectName;
    std::vector<std::string> files;
};

/// Builds the input from plain files, one project per spec (sector unknown: None).
Result<AnalysisInput> inputFromFiles(const std::vector<InputSpec>& specs, const crs::Crs& crs,
                                     const CancelToken& cancel = {});

} // namespace cw::analysis
