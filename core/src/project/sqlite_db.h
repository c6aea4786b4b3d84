// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace cw::project {

/// `identifier` quoted for SQL ("a""b" for a"b), for table and column names built into a query.
std::string sqlIdentifier(const std::string& identifier);

/// Thin RAII wrapper over one SQLite connection and its prepared statements.
class SqliteDb {
public:
    /// Whose file it is. Any file a user opens is `Untrusted`: its triggers and views never
    /// run. `Ours`: a file this process created and fills alone (a results GeoPackage being
    /// written), where bulk loading needs journal_mode=OFF and direct R-tree table writes.
    enum class Origin { Untrusted, Ours };
    explicit SqliteDb(const std::string& path, bool writable, Origin origin = Origin::Untrusted);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    std::string lastError() const;
    /// The last failure was another connection's lock (SQLITE_BUSY or SQLITE_LOCKED), after
    /// the busy timeout.
    bool lastFailureWasLock() const;
    bool exec(const std::string& sql);
    bool tableExists(const std::string& table);
    std::optional<std::string> metaValue(const std::string& key);

    /// A prepared statement; bind with 1-based indices, step() until it returns false.
    class Statement {
    public:
        Statement(sqlite3* db, const std::string& sql);
        ~Statement();
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;
        bool isValid() const { return m_stmt != nullptr; }
        /// The SQL did not prepare (a table lacks a column, a view is refused) or the last step
        /// failed: a read loop that ended may have ended on an error rather than the last row.
        bool failed() const {
            return !m_stmt ||
                   (m_lastRc != SQLITE_OK && m_lastRc != SQLITE_ROW && m_lastRc != SQLITE_DONE);
        }
        Statement& bind(int i, const std::string& v);
        Statement& bind(int i, long long v);
        Statement& bind(int i, double v);
        Statement& bindNull(int i);
        Statement& bindBlob(int i, const std::string& bytes);
        /// Binds text that stays alive and unchanged until the next step: no copy is made.
        Statement& bindUnowned(int i, const std::string& v);
        /// Steps once for a statement that returns no rows, then resets it (bindings are kept
        /// and overwritten by the next bind calls). True on success.
        bool runKeepingBindings();
        bool step(); ///< true while a row is available
        bool run();  ///< step through, true on success; then resets for reuse
        std::string text(int col) const;
        long long integer(int col) const;
        double real(int col) const;
        std::string blob(int col) const;
        bool isNull(int col) const;

    private:
        sqlite3_stmt* m_stmt = nullptr;
        int m_lastRc = SQLITE_OK;
    };
    Statement prepare(const std::string& sql) { return Statement(m_db, sql); }
    /// The same, for a statement kept beyond the caller's scope.
    std::unique_ptr<Statement> prepareKept(const std::string& sql) {
        return std::make_unique<Statement>(m_db, sql);
    }

private:
    sqlite3* m_db = nullptr;
};

} // namespace cw::project
