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

/// SQLite virtual-machine steps to count the rows of one view: a plain view over a table of a
/// million rows needs about ten million.
constexpr WorkLimit kViewSteps{"SQLite steps to expand a GeoPackage view",
                               "CITYWEAVE_MAX_VIEW_STEPS", 400'000'000};
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
    std::vector<std::string> views;
    sqlite3_stmt* list = nullptr;
    if (sqlite3_prepare_v2(raw, "SELECT name FROM sqlite_master WHERE type='view'", -1, &list,
                           nullptr) == SQLITE_OK)
        while (sqlite3_step(list) == SQLITE_ROW)
            if (const auto* name = sqlite3_column_text(list, 0))
                views.emplace_back(reinterpret_cast<const char*>(name));
    sqlite3_finalize(list);
    const long long steps = static_cast<long long>(kViewSteps.value());
    for (const std::string& view : views) {
        StepBudget budget{steps};
        sqlite3_progress_handler(raw, kStepsPerCall, &spend, &budget);
        sqlite3_stmt* count = nullptr;
        int rc = sqlite3_prepare_v2(raw, ("SELECT count(*) FROM " + quoted(view)).c_str(), -1,
                                    &count, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(count);
        sqlite3_finalize(count);
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        if (rc == SQLITE_INTERRUPT) {
            Error tooLong = kViewSteps.exceeded(kViewSteps.value());
            tooLong.detail = path + ", view " + view;
            return tooLong;
        }
    }
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
