// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/table_export.h"

#include "cityweave/analysis/table_export.h"

#include <algorithm>
#include <cctype>

namespace cw::services {
namespace {

bool endsWithNoCase(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

} // namespace

bool TableExport::supports(const std::string& path) {
    return endsWithNoCase(path, ".xlsx") || endsWithNoCase(path, ".csv");
}

Result<std::vector<std::string>>
TableExport::write(const std::vector<const analysis::ResultTable*>& all, const std::string& path,
                   const TableExportOptions& options, const CancelToken& cancel) {
    if (all.empty())
        return makeError(ErrorCode::NoResults);
    std::vector<const analysis::ResultTable*> tables = all;
    if (!options.onlyTable.empty()) {
        std::erase_if(tables, [&](const auto* t) { return t->key != options.onlyTable; });
        if (tables.empty()) {
            std::string keys;
            for (const auto* t : all)
                keys += (keys.empty() ? "" : ", ") + t->key;
            return makeError(ErrorCode::NoSuchTable, {options.onlyTable, keys});
        }
    }
    if (endsWithNoCase(path, ".xlsx")) {
        if (auto s = analysis::writeTablesXlsx(tables, path, cancel); !s)
            return s.error();
        return std::vector<std::string>{path};
    }
    return analysis::writeTablesCsv(tables, path, options.csvBom, cancel);
}

std::vector<const analysis::ResultTable*>
TableExport::tablesOf(const std::vector<analysis::AnalysisResult>& results) {
    return analysis::allTables(results);
}

} // namespace cw::services
