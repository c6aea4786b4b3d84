// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_db.h"

namespace cw::project {

std::string sqlIdentifier(const std::string& identifier) {
    std::string out;
    out.reserve(identifier.size() + 2);
    out.push_back('"');
    for (char c : identifier) {
        out.push_back(c);
        if (c == '"')
            out.push_back('"'); // SQL doubles quotes inside identifiers
    }
    out.push_back('"');
    return out;
}

SqliteDb::SqliteDb(const std::string& path, bool writable, Origin origin) {
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // A project file comes from anywhere: its triggers and views are code we never run (a
    // trigger could delete a layer on a read, a recursive view loop forever), its schema is not
    // trusted to call functions with side effects, and defensive mode forbids writes that
    // could corrupt the file.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, origin == Origin::Untrusted, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
}

SqliteDb::~SqliteDb() {
    if (m_db)
        sqlite3_close(m_db);
}

std::string SqliteDb::lastError() const {
    return m_db ? sqlite3_errmsg(m_db) : "not open";
}

bool SqliteDb::lastFailureWasLock() const {
    const int code = m_db ? (sqlite3_errcode(m_db) & 0xFF) : SQLITE_OK;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool SqliteDb::exec(const std::string& sql) {
    return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool SqliteDb::tableExists(const std::string& table) {
    auto st = prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    return st.isValid() && st.bind(1, table).step();
}

std::optional<std::string> SqliteDb::metaValue(const std::string& key) {
    if (!tableExists("cw_meta"))
        return std::nullopt;
    auto st = prepare("SELECT value FROM cw_meta WHERE key=?");
    if (st.bind(1, key).step())
        return st.text(0);
    return std::nullopt;
}

SqliteDb::Statement::Statement(sqlite3* db, const std::string& sql) {
    if (db)
        sqlite3_prepare_v2(db, sql.c_str(), -1, &m_stmt, nullptr);
}
SqliteDb::Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

SqliteDb::Statement& SqliteDb::Statement::bind(int i, const std::string& v) {
    sqlite3_bind_text(m_stmt, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
SqliteDb::Statement& SqliteDb::Statement::bindBlob(int i, const std::string& bytes) {
    sqlite3_bind_blob(m_stmt, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}
SqliteDb::Statement& SqliteDb::Statement::bind(int i, long long v) {
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}
SqliteDb::Statement& SqliteDb::Statement::bind(int i, double v) {
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}
SqliteDb::Statement& SqliteDb::Statement::bindNull(int i) {
    sqlite3_bind_null(m_stmt, i);
    return *this;
}
SqliteDb::Statement& SqliteDb::Statement::bindUnowned(int i, const std::string& v) {
    sqlite3_bind_text(m_stmt, i, v.c_str(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
}
bool SqliteDb::Statement::runKeepingBindings() {
    if (!m_stmt)
        return false; // the SQL did not prepare (a table of the file lacks a column we need)
    m_lastRc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return m_lastRc == SQLITE_DONE;
}
bool SqliteDb::Statement::step() {
    if (!m_stmt)
        return false;
    m_lastRc = sqlite3_step(m_stmt);
    return m_lastRc == SQLITE_ROW;
}
bool SqliteDb::Statement::run() {
    if (!m_stmt)
        return false;
    while (step()) {
    }
    const bool ok = m_lastRc == SQLITE_DONE;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}
std::string SqliteDb::Statement::text(int col) const {
    const auto* t = sqlite3_column_text(m_stmt, col);
    return t ? reinterpret_cast<const char*>(t) : "";
}
long long SqliteDb::Statement::integer(int col) const {
    return sqlite3_column_int64(m_stmt, col);
}
double SqliteDb::Statement::real(int col) const {
    return sqlite3_column_double(m_stmt, col);
}
bool SqliteDb::Statement::isNull(int col) const {
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::string SqliteDb::Statement::blob(int col) const {
    const void* data = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(n))
                : std::string();
}

} // namespace cw::project
