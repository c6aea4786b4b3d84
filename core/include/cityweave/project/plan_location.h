// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>
#include <string_view>

namespace cw::project {

/// A plan kept in PostgreSQL, one schema per plan:
/// `postgresql://[user[:password]@]host[:port]/database?schema=NAME[&as_of=WHEN]` (also
/// `postgres://`).
/// The password is for this session only: libpq's ~/.pgpass, PGPASSWORD or a service file are
/// the places to keep one, and nothing CityWeave saves ever contains it.
struct DatabaseLocation {
    std::string host = "localhost";
    std::string port = "5432";
    std::string database;
    std::string user;
    std::string password;
    std::string schema;
    /// `&as_of=2026-03-01T09:00:00Z`: the plan as it stood then (read-only), from its history.
    std::string asOf;

    /// libpq's keyword=value form (for PQconnectdb).
    std::string connectionInfo() const;
    /// GDAL's PostgreSQL data source name, limited to the plan's schema ("PG:... schemas=NAME").
    std::string gdalConnection() const;
    /// The URL again, without the password (for messages and window titles).
    std::string displayUrl() const;
};

/// Whether `text` is a database URL rather than a file path.
bool isDatabaseLocation(std::string_view text);

/// Parses a database URL. InvalidArgument (args: the URL, what is wrong) when the host, the
/// database or the schema is missing, or the schema is not a plain lower-case identifier.
Result<DatabaseLocation> parseDatabaseLocation(const std::string& url);

} // namespace cw::project
