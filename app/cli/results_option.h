// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_context.h"
#include "report/report_data.h"

namespace cw::cli {

/// Fills `data.results` the way `report` and `export` take them: `--results FILE`, or
/// `--run-analyses`, or else the desktop app's `<project>.results.gpkg` when it exists.
/// Returns kOk, or the exit code of a failure already reported on stderr.
int takeResults(CliContext& ctx, report::ReportData& data);

/// The files `report` and `export` read: the project, its layers' sources and the results file.
std::vector<std::string> filesRead(const report::ReportData& data);

} // namespace cw::cli
