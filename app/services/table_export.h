// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"

#include <string>
#include <vector>

namespace cw::services {

struct TableExportOptions {
    /// UTF-8 CSV with the byte-order mark, without which Korean Excel shows Hangul as mojibake.
    bool csvBom = true;
    /// Only this table (by key); empty: every table.
    std::string onlyTable;
};

/// The one table export, for the desktop's File ▸ Export tables and the CLI's export: analysis
/// tables to one XLSX (a sheet each) or to CSV (one file, or one per table beside it), all or
/// nothing.
class TableExport {
public:
    /// Whether `path` names a format this writes (.xlsx, .csv).
    static bool supports(const std::string& path);

    /// Writes `tables` to `path`; returns the files written. NoResults without tables,
    /// NoSuchTable when `onlyTable` names none of them.
    static Result<std::vector<std::string>>
    write(const std::vector<const analysis::ResultTable*>& tables, const std::string& path,
          const TableExportOptions& options = {}, const CancelToken& cancel = {});

    /// The tables of `results`, in run order.
    static std::vector<const analysis::ResultTable*>
    tablesOf(const std::vector<analysis::AnalysisResult>& results);
};

} // namespace cw::services
