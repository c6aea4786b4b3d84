// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/report_template_store.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/project/project_store.h"
#include "project/sqlite_db.h"

#include <filesystem>

namespace cw::project {
namespace {
constexpr const char* kTable = "cw_report_templates";

Status writeFailed(const std::string& path, const SqliteDb& db) {
    return makeError(ErrorCode::ProjectWriteFailed, {path}, db.lastError());
}
} // namespace

Result<std::map<std::string, std::string>>
ReportTemplateStore::load(const std::string& projectPath) {
    std::error_code ec;
    if (!std::filesystem::exists(pathFromUtf8(projectPath), ec))
        return makeError(ErrorCode::FileNotFound, {projectPath});
    SqliteDb db(projectPath, false);
    if (!db.isOpen())
        return makeError(ErrorCode::FileNotReadable, {projectPath}, db.lastError());
    std::map<std::string, std::string> out;
    if (!db.tableExists(kTable))
        return out;
    auto st = db.prepare(std::string("SELECT name, json FROM ") + kTable);
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

Status ReportTemplateStore::save(const std::string& projectPath, const std::string& name,
                                 const std::string& json) {
    if (auto writable = ProjectStore::checkWritableProject(projectPath); !writable)
        return writable;
    SqliteDb db(projectPath, true);
    if (!db.isOpen() || !db.exec("BEGIN IMMEDIATE"))
        return writeFailed(projectPath, db);
    const bool ok =
        db.exec(std::string("CREATE TABLE IF NOT EXISTS ") + kTable +
                " (fid INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                "json TEXT NOT NULL)") &&
        db.exec(std::string("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, "
                            "identifier, description) VALUES ('") +
                kTable + "', 'attributes', '" + kTable + "', 'CityWeave report templates')");
    auto insert =
        db.prepare(std::string("INSERT OR REPLACE INTO ") + kTable + " (name, json) VALUES (?, ?)");
    if (!ok || !insert.bind(1, name).bind(2, json).run() || !db.exec("COMMIT")) {
        const Status failed = writeFailed(projectPath, db);
        db.exec("ROLLBACK");
        return failed;
    }
    return Ok{};
}

Status ReportTemplateStore::remove(const std::string& projectPath, const std::string& name) {
    if (auto writable = ProjectStore::checkWritableProject(projectPath); !writable)
        return writable;
    SqliteDb db(projectPath, true);
    if (!db.isOpen())
        return writeFailed(projectPath, db);
    if (!db.tableExists(kTable))
        return Ok{};
    auto st = db.prepare(std::string("DELETE FROM ") + kTable + " WHERE name = ?");
    if (!st.bind(1, name).run())
        return writeFailed(projectPath, db);
    return Ok{};
}

} // namespace cw::project
