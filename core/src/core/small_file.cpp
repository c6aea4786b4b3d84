// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/small_file.h"

#include <cstdio>
#include <filesystem>
#include <memory>

namespace cw {
namespace fs = std::filesystem;

Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        return makeError(ec && status.type() != fs::file_type::not_found
                             ? ErrorCode::FileNotReadable
                             : ErrorCode::FileNotFound,
                         {path});
    if (!fs::is_regular_file(status))
        return makeError(ErrorCode::NotARegularFile, {path});
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        return makeError(ErrorCode::FileNotReadable, {path}, ec.message());
    if (size > maxBytes)
        return makeError(ErrorCode::CorruptFile, {path},
                         "larger than " + std::to_string(maxBytes) + " bytes");
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                               &std::fclose);
    if (!file)
        return makeError(ErrorCode::FileNotReadable, {path});
    std::string text(static_cast<std::size_t>(size), '\0');
    // The file may have grown or shrunk since: read what is there, up to the bound.
    const std::size_t read = std::fread(text.data(), 1, text.size(), file.get());
    if (std::ferror(file.get()))
        return makeError(ErrorCode::FileNotReadable, {path});
    text.resize(read);
    return text;
}

} // namespace cw
