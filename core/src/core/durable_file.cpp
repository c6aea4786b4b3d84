// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/durable_file.h"

#include "cityweave/core/utf8_path.h"
#include "core/process.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#if defined(_WIN32)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cw {
namespace fs = std::filesystem;

namespace {

constexpr const char* kMarker = ".writing-";

#if !defined(_WIN32)
// errno's text, with ENOSPC named plainly: "disk full" is what the user must act on.
std::string systemError(int error) {
    if (error == ENOSPC)
        return "disk full (" + std::string(std::strerror(error)) + ")";
    return std::strerror(error);
}
#endif

// Flushes a file's data (or a folder's entries) to the disk; the error text, or empty.
std::string flushToDisk(const fs::path& path, bool folder) {
#if defined(_WIN32)
    if (folder)
        return {}; // NTFS journals the rename itself
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                              nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return "cannot open to flush";
    const bool flushed = FlushFileBuffers(file);
    const DWORD error = flushed ? 0 : GetLastError();
    CloseHandle(file);
    if (flushed)
        return {};
    return error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL ? "disk full"
                                                                       : "flushing to disk failed";
#else
    const int fd = ::open(path.c_str(), (folder ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
    if (fd < 0)
        return systemError(errno);
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    return synced == 0 || folder ? std::string() : systemError(error);
#endif
}

} // namespace

Status replaceWithTemporary(const std::string& temporary, const std::string& target) {
    std::error_code ec;
    const fs::path from = pathFromUtf8(temporary);
    const fs::path to = pathFromUtf8(target);
    auto fail = [&](std::string why) {
        fs::remove(from, ec);
        return makeError(ErrorCode::OutputWriteFailed, {target}, std::move(why));
    };
    if (std::string why = flushToDisk(from, false); !why.empty())
        return fail(why);
    fs::rename(from, to, ec);
    if (ec)
        return fail(ec.message());
    flushToDisk(fs::absolute(to, ec).parent_path(), true);
    return Ok{};
}

std::string temporaryBeside(const std::string& target) {
    std::random_device random;
    const fs::path path = pathFromUtf8(target);
    return pathToUtf8(path.parent_path() /
                      pathFromUtf8(pathToUtf8(path.stem()) + kMarker +
                                   std::to_string(detail::currentProcessId()) + "-" +
                                   std::to_string(random()) + pathToUtf8(path.extension())));
}

void removeOrphanTemporaries(const std::string& target) {
    std::error_code ec;
    const fs::path path = pathFromUtf8(target);
    const fs::path folder = fs::absolute(path, ec).parent_path();
    const std::string prefix = pathToUtf8(path.stem()) + kMarker;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = pathToUtf8(entry.path().filename());
        if (name.rfind(prefix, 0) != 0 || !entry.is_regular_file(ec))
            continue;
        // The writer's process id follows the marker; a name without one is an orphan too.
        long long pid = 0;
        for (std::size_t i = prefix.size();
             i < name.size() && std::isdigit((unsigned char)name[i]) && pid < (1LL << 40); ++i)
            pid = pid * 10 + (name[i] - '0');
        if (!detail::processAlive(pid))
            fs::remove(entry.path(), ec);
    }
}

} // namespace cw
