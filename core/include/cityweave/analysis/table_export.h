// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// Writes tables to a spreadsheet with GDAL's XLSX driver: one sheet per table, integers and
/// reals as numeric cells. Written to a temporary file beside `path` and renamed, so a failure
/// or a cancel leaves nothing under `path`.
Status writeTablesXlsx(const std::vector<const ResultTable*>& tables, const std::string& path,
                       const CancelToken& cancel = {});

/// Writes one table as UTF-8 CSV (`withBom` adds the byte-order mark Excel needs to show
/// Hangul; GDAL quotes text that looks like a number, and 64-bit integers). Same temporary-file
/// rule as the spreadsheet.
Status writeTableCsv(const ResultTable& table, const std::string& path, bool withBom,
                     const CancelToken& cancel = {});

/// Writes tables as CSV, all or nothing: one table to `path`, several to "<stem>_<table>.csv"
/// beside it. Every file is written to a temporary first; only when all are complete do they
/// replace their targets, so a failure (a full disk at the third table) leaves the old files.
/// Returns the paths written.
Result<std::vector<std::string>> writeTablesCsv(const std::vector<const ResultTable*>& tables,
                                                const std::string& path, bool withBom,
                                                const CancelToken& cancel = {});

/// Every table of `results` in run order (layers' attribute rows are not tables).
std::vector<const ResultTable*> allTables(const std::vector<AnalysisResult>& results);

} // namespace cw::analysis
