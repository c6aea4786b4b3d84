// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/small_file.h"

#include "cityweave/core/utf8_path.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#if defined(_WIN32)
#include <share.h>
#endif

namespace cw {
namespace fs = std::filesystem;

Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes) {
    std::error_code ec;
    const fs::path file = pathFromUtf8(path);
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status))
        return makeError(ec && status.type() != fs::file_type::not_found
                             ? ErrorCode::FileNotReadable
                             : ErrorCode::FileNotFound,
                         {path});
    if (!fs::is_regular_file(status))
        return makeError(ErrorCode::NotARegularFile, {path});
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec)
        return makeError(ErrorCode::FileNotReadable, {path}, ec.message());
    if (size > maxBytes)
        return makeError(ErrorCode::CorruptFile, {path},
                         "larger than " + std::to_string(maxBytes) + " bytes");
#if defined(_WIN32)
    // The UTF-8 name as UTF-16: fopen would read it in the ANSI code page. _wfsopen with
    // _SH_DENYNO is what _wfopen does, without MSVC's C4996 deprecation warning.
    std::FILE* opened = _wfsopen(file.c_str(), L"rb", _SH_DENYNO);
#else
    std::FILE* opened = std::fopen(path.c_str(), "rb");
#endif
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(opened, &std::fclose);
    if (!stream)
        return makeError(ErrorCode::FileNotReadable, {path});
    std::string text(static_cast<std::size_t>(size), '\0');
    // The file may have grown or shrunk since: read what is there, up to the bound.
    const std::size_t read = std::fread(text.data(), 1, text.size(), stream.get());
    if (std::ferror(stream.get()))
        return makeError(ErrorCode::FileNotReadable, {path});
    text.resize(read);
    return text;
}

} // namespace cw
