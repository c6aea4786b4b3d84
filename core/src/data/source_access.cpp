// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/source_access.h"

#include "cityweave/core/utf8_path.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <vector>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool isWindowsDrivePath(const std::string& s) {
    return s.size() >= 3 && std::isalpha(static_cast<unsigned char>(s[0])) && s[1] == ':' &&
           (s[2] == '\\' || s[2] == '/');
}

} // namespace

bool isLocalSource(const std::string& source) {
    // Archives read in place: local when what they wrap is.
    for (const char* archive : {"/vsizip/", "/vsigzip/", "/vsitar/"})
        if (startsWith(source, archive)) {
            const std::string inner = source.substr(std::string(archive).size());
            return !inner.empty() && isLocalSource(inner.front() == '{' ? inner.substr(1) : inner);
        }
    if (startsWith(source, "/vsi"))
        return false;
    if (isWindowsDrivePath(source) || startsWith(source, "\\\\"))
        return true;
    // A URL ("http://", "ftp://") or a driver prefix ("PG:", "WFS:", "CSV:"). A local name that
    // happens to hold a colon still counts as local when the file is there.
    if (source.find(':') == std::string::npos)
        return true;
    std::error_code ec;
    return source.find("://") == std::string::npos && fs::exists(pathFromUtf8(source), ec);
}

bool remoteSourcesAllowed() {
    const char* allowed = std::getenv("CITYWEAVE_ALLOW_REMOTE_SOURCES");
    return allowed && std::string(allowed) == "1";
}

namespace {

std::mutex allowedMutex;
std::vector<std::string>& allowedDatabases() {
    static std::vector<std::string> list;
    return list;
}

bool isAllowedDatabase(const std::string& source) {
    std::lock_guard lock(allowedMutex);
    const auto& allowed = allowedDatabases();
    return std::find(allowed.begin(), allowed.end(), source) != allowed.end();
}

} // namespace

void allowDatabaseSource(const std::string& gdalConnection) {
    std::lock_guard lock(allowedMutex);
    allowedDatabases().push_back(gdalConnection);
}

Status checkSourceReadable(const std::string& source) {
    if (!isLocalSource(source))
        return remoteSourcesAllowed() || isAllowedDatabase(source)
                   ? Status(Ok{})
                   : makeError(ErrorCode::RemoteSourceRefused, {source});
    if (startsWith(source, "/vsi"))
        return Ok{}; // a local archive: GDAL reports what is wrong inside it
    std::error_code ec;
    const fs::path file = pathFromUtf8(source);
    const fs::file_status status = fs::status(file, ec);
    if (ec && status.type() != fs::file_type::not_found)
        return makeError(ErrorCode::FileNotReadable, {source}, ec.message()); // a symlink loop
    if (!fs::exists(status))
        return makeError(ErrorCode::FileNotFound, {source});
    if (fs::is_directory(status))
        return Ok{}; // a folder of shapefiles
    if (!fs::is_regular_file(status))
        return makeError(ErrorCode::NotARegularFile, {source});
    std::ifstream probe(file, std::ios::binary);
    if (!probe)
        return makeError(ErrorCode::FileNotReadable, {source});
    if (fs::file_size(file, ec) == 0)
        return makeError(ErrorCode::CorruptFile, {source}, "empty file");
    return Ok{};
}

} // namespace cw::data
