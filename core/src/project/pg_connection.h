// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/plan_location.h"

#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cw::project {

/// One query's result; rows are read as text (what every CityWeave column round-trips through).
class PgResult {
public:
    explicit PgResult(PGresult* result) : m_result(result, PQclear) {}
    bool ok() const;
    /// SQLSTATE of a failed command ("40001", "42501", ...); empty when it succeeded.
    std::string sqlState() const;
    std::string error() const;
    int rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
    std::string text(int row, int column) const;
    bool isNull(int row, int column) const;
    long long integer(int row, int column) const;
    /// Rows an INSERT, UPDATE or DELETE changed.
    long long affectedRows() const;

private:
    std::unique_ptr<PGresult, void (*)(PGresult*)> m_result;
};

using PgParams = std::vector<std::optional<std::string>>;

/// A libpq connection (closed when destroyed).
class PgConnection {
public:
    /// Connects; DatabaseUnavailable with the server's own message when it cannot.
    static Result<std::unique_ptr<PgConnection>> open(const DatabaseLocation& location);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// A command with $1.. parameters (NULL for nullopt), sent as text.
    PgResult exec(const std::string& sql, const PgParams& params = {});
    /// A script of several commands without parameters; the error text when one fails.
    Status run(const std::string& script);
    /// Whether the connection still answers (false after a server restart or a dropped link).
    bool alive() const;
    std::string lastError() const;
    PGconn* raw() { return m_conn; }
    const DatabaseLocation& location() const { return m_location; }

private:
    PgConnection(PGconn* conn, DatabaseLocation location)
        : m_conn(conn), m_location(std::move(location)) {}
    PGconn* m_conn;
    DatabaseLocation m_location;
};

/// `"schema".name` for SQL (the schema was checked to be a plain identifier).
inline std::string qualified(const DatabaseLocation& location, const std::string& name) {
    return "\"" + location.schema + "\"." + name;
}

} // namespace cw::project
