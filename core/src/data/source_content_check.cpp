// SPDX-License-Identifier: GPL-3.0-or-later
#include "source_content_check.h"

#include "cityweave/core/small_file.h"
#include "cityweave/core/work_limits.h"
#include "file_extension.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace cw::data {
namespace {

/// SQLite virtual-machine steps to count the rows of one view (about ten million a second): a
/// view over a table of a million rows needs a few million.
constexpr WorkLimit kViewSteps{"SQLite steps to expand a GeoPackage view",
                               "CITYWEAVE_MAX_VIEW_STEPS", 20'000'000};
constexpr int kStepsPerCall = 10'000; // how often SQLite calls the progress handler

struct StepBudget {
    long long left;
};

int spend(void* budget) {
    auto* b = static_cast<StepBudget*>(budget);
    b->left -= kStepsPerCall;
    return b->left < 0 ? 1 : 0; // nonzero interrupts the statement
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

Status checkGeoPackageViews(const std::string& path) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return Ok{}; // GDAL says what is wrong with the file
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    // Views may call only functions without side effects.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    const long long steps = static_cast<long long>(kViewSteps.value());
    // Runs `sql` within the step budget, giving each row's first column to `row`; false when
    // the budget ran out.
    auto bounded = [&](const std::string& sql, auto&& row) {
        StepBudget budget{steps};
        sqlite3_progress_handler(raw, kStepsPerCall, &spend, &budget);
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(raw, sql.c_str(), -1, &st, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (const auto* text = sqlite3_column_text(st, 0))
                row(std::string(reinterpret_cast<const char*>(text)));
            rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        return rc != SQLITE_INTERRUPT;
    };
    auto tooLong = [&](const std::string& what) {
        Error e = kViewSteps.exceeded(kViewSteps.value());
        e.detail = path + ", " + what;
        return e;
    };
    // The views GDAL reads: the layers, and the GeoPackage's own tables should one be a view.
    std::vector<std::string> views;
    if (!bounded("SELECT name FROM sqlite_master WHERE type='view' AND (name LIKE 'gpkg%' OR "
                 "name IN (SELECT table_name FROM gpkg_contents))",
                 [&](std::string name) { views.push_back(std::move(name)); }))
        return tooLong("gpkg_contents");
    for (const std::string& view : views)
        if (!bounded("SELECT count(*) FROM " + quoted(view), [](const std::string&) {}))
            return tooLong("view " + view);
    return Ok{};
}

Status checkVrtHasNoSql(const std::string& path) {
    auto text = readSmallFile(path, 16u << 20);
    if (!text)
        return text.error();
    std::string lower = *text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.find("<srcsql") != std::string::npos)
        return makeError(ErrorCode::UnsupportedFormat, {path},
                         "a VRT with SQL (SrcSQL) is a program, not data, and is not run");
    return Ok{};
}

} // namespace

Status checkSourceContent(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".gpkg")
        return checkGeoPackageViews(path);
    if (ext == ".vrt")
        return checkVrtHasNoSql(path);
    return Ok{};
}

} // namespace cw::data
