// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/localized_text.h"

#include <nlohmann/json.hpp>

namespace cw::project {

/// {"ko": "...", "en": "..."} as LocalizedText; a plain string serves both languages.
inline LocalizedText localizedTextFromJson(const nlohmann::json& j) {
    if (j.is_string())
        return {j.get<std::string>(), j.get<std::string>()};
    if (!j.is_object())
        return {};
    return {j.value("ko", ""), j.value("en", "")};
}

} // namespace cw::project
