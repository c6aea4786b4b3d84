// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/utf8_path.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

namespace cw::data {

/// ".csv" for "정류소.CSV": what the formats are told apart by (Windows data mixes cases).
inline std::string lowerExtension(const std::string& path) {
    std::string ext = pathToUtf8(pathFromUtf8(path).extension());
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace cw::data
