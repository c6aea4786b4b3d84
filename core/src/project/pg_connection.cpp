// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg_connection.h"

#include <cstdlib>

namespace cw::project {

bool PgResult::ok() const {
    if (!m_result)
        return false;
    const ExecStatusType status = PQresultStatus(m_result.get());
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

std::string PgResult::sqlState() const {
    if (!m_result || ok())
        return {};
    const char* state = PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE);
    return state ? state : "";
}

std::string PgResult::error() const {
    if (!m_result)
        return "no result (the connection is lost)";
    const char* message = PQresultErrorField(m_result.get(), PG_DIAG_MESSAGE_PRIMARY);
    return message ? message : PQresultErrorMessage(m_result.get());
}

std::string PgResult::text(int row, int column) const {
    return PQgetvalue(m_result.get(), row, column);
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(m_result.get(), row, column) != 0;
}

long long PgResult::integer(int row, int column) const {
    return std::strtoll(PQgetvalue(m_result.get(), row, column), nullptr, 10);
}

long long PgResult::affectedRows() const {
    return m_result ? std::strtoll(PQcmdTuples(m_result.get()), nullptr, 10) : 0;
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const DatabaseLocation& location) {
    PGconn* conn = PQconnectdb(location.connectionInfo().c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string message = PQerrorMessage(conn);
        PQfinish(conn);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        return makeError(ErrorCode::DatabaseUnavailable, {location.displayUrl(), message});
    }
    // Messages from the server (NOTICE: relation exists, skipping) are not the user's business.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn, location));
}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

PgResult PgConnection::exec(const std::string& sql, const PgParams& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    return PgResult(PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0));
}

Status PgConnection::run(const std::string& script) {
    PgResult result(PQexec(m_conn, script.c_str()));
    if (!result.ok())
        return makeError(ErrorCode::ProjectWriteFailed, {m_location.displayUrl()}, result.error());
    return Ok{};
}

bool PgConnection::alive() const {
    return PQstatus(m_conn) == CONNECTION_OK;
}

std::string PgConnection::lastError() const {
    return PQerrorMessage(m_conn);
}

} // namespace cw::project
