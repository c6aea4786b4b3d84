// SPDX-License-Identifier: GPL-3.0-or-later
// SQL run on a file with the SQLite C API, independent of the code under test (which opens
// files defensively, with triggers and views off): builds hand-written and hostile files.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <string>

namespace cw::test {

inline void sql(const std::string& path, const std::string& statements) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

/// The first column of the first row, "<null>" for NULL, "<none>" for no row or an error.
inline std::string sqlScalar(const std::string& path, const std::string& query) {
    sqlite3* db = nullptr;
    std::string out = "<none>";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            out = sqlite3_column_text(st, 0)
                      ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                      : "<null>";
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace cw::test
