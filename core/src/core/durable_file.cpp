// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/durable_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

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

// errno's text, with ENOSPC named plainly: "disk full" is what the user must act on.
std::string systemError(int error) {
    if (error == ENOSPC)
        return "disk full (" + std::string(std::strerror(error)) + ")";
    return std::strerror(error);
}

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
    CloseHandle(file);
    return flushed ? std::string() : "flushing to disk failed";
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
    auto fail = [&](std::string why) {
        fs::remove(temporary, ec);
        return makeError(ErrorCode::OutputWriteFailed, {target}, std::move(why));
    };
    if (std::string why = flushToDisk(temporary, false); !why.empty())
        return fail(why);
    fs::rename(temporary, target, ec);
    if (ec)
        return fail(ec.message());
    flushToDisk(fs::absolute(target, ec).parent_path(), true);
    return Ok{};
}

} // namespace cw
