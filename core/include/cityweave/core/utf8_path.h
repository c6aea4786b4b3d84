// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace cw {

/// Paths cross CityWeave's interfaces as UTF-8 `std::string`s (what Qt, GDAL and SQLite use).
/// `std::filesystem::path` made from a plain `std::string` would read it in the system code page
/// on Windows (CP949 on a Korean one), so a folder such as `C:\Users\김민수` would not be found:
/// these two convert through `char8_t`, which every platform reads as UTF-8.
inline std::filesystem::path pathFromUtf8(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

inline std::string pathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace cw
