// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/plan_location.h"

#include <cctype>

namespace cw::project {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// %XX escapes decoded (a Korean user or database name arrives percent-encoded).
std::string percentDecoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// A libpq keyword value: quoted, with quotes and backslashes escaped.
std::string quoted(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    return out + "'";
}

// The schema name goes into SQL as an identifier: only what needs no quoting is accepted.
bool isPlainIdentifier(const std::string& name) {
    if (name.empty() || name.size() > 63 || std::isdigit(static_cast<unsigned char>(name[0])))
        return false;
    for (char c : name)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

std::string keywords(const DatabaseLocation& l, bool withPassword) {
    // A server that does not answer is reported after 10 s, not after the system's TCP
    // timeout of minutes.
    std::string out = "host=" + quoted(l.host) + " port=" + quoted(l.port) +
                      " dbname=" + quoted(l.database) + " connect_timeout=10";
    if (!l.user.empty())
        out += " user=" + quoted(l.user);
    if (withPassword && !l.password.empty())
        out += " password=" + quoted(l.password);
    return out;
}

} // namespace

std::string DatabaseLocation::connectionInfo() const {
    return keywords(*this, true) + " application_name='CityWeave'";
}

std::string DatabaseLocation::gdalConnection() const {
    return "PG:" + keywords(*this, true) + " schemas=" + schema;
}

std::string DatabaseLocation::displayUrl() const {
    std::string out = "postgresql://";
    if (!user.empty())
        out += user + "@";
    out += host + ":" + port + "/" + database + "?schema=" + schema;
    return asOf.empty() ? out : out + "&as_of=" + asOf;
}

bool isDatabaseLocation(std::string_view text) {
    return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

Result<DatabaseLocation> parseDatabaseLocation(const std::string& url) {
    auto invalid = [&](const char* why) {
        return makeError(ErrorCode::InvalidArgument, {url, why});
    };
    if (!isDatabaseLocation(url))
        return invalid("not a postgresql:// URL");
    std::string_view rest(url);
    rest.remove_prefix(rest.find("://") + 3);
    DatabaseLocation location;
    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos)
        return invalid("no database: postgresql://host/database?schema=NAME");
    location.database = percentDecoded(rest.substr(slash + 1));
    std::string_view authority = rest.substr(0, slash);
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view credentials = authority.substr(0, at);
        const auto colon = credentials.find(':');
        location.user = percentDecoded(credentials.substr(0, colon));
        if (colon != std::string_view::npos)
            location.password = percentDecoded(credentials.substr(colon + 1));
        authority = authority.substr(at + 1);
    }
    if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        location.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
        if (location.port.empty() ||
            location.port.find_first_not_of("0123456789") != std::string::npos)
            return invalid("the port is not a number");
    }
    if (!authority.empty())
        location.host = percentDecoded(authority);
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == "schema" && eq != std::string_view::npos)
            location.schema = percentDecoded(pair.substr(eq + 1));
        if (pair.substr(0, eq) == "as_of" && eq != std::string_view::npos)
            location.asOf = percentDecoded(pair.substr(eq + 1));
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    }
    if (location.database.empty())
        return invalid("no database: postgresql://host/database?schema=NAME");
    if (location.schema.empty())
        return invalid("no schema: add ?schema=NAME (one schema per plan)");
    if (!isPlainIdentifier(location.schema))
        return invalid("the schema must be lower-case letters, digits and _");
    return location;
}

} // namespace cw::project
