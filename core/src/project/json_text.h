// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/localized_text.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>

namespace cw::project {

/// {"ko": "...", "en": "..."} as LocalizedText; a plain string serves both languages.
inline LocalizedText localizedTextFromJson(const nlohmann::json& j) {
    if (j.is_string())
        return {j.get<std::string>(), j.get<std::string>()};
    if (!j.is_object())
        return {};
    return {j.value("ko", ""), j.value("en", "")};
}

/// j[key] as a whole number of type T, or `fallback` when the key is absent. A fraction, a value
/// outside T's range or another type throws json::type_error, which the readers turn into an
/// error naming the file; a plain cast of 1e30 to int is undefined behaviour.
template <typename T> T wholeNumber(const nlohmann::json& j, const char* key, T fallback) {
    if (!j.is_object())
        throw nlohmann::json::type_error::create(306, "an object was expected", &j);
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return fallback;
    static_assert(std::is_signed_v<T> && std::is_integral_v<T>);
    // -lowest is a power of two, exact in any floating type (max() may round up to it).
    constexpr auto lo = static_cast<long double>(std::numeric_limits<T>::lowest());
    long double v = 0;
    if (it->is_number_unsigned())
        v = static_cast<long double>(it->template get<std::uint64_t>());
    else if (it->is_number_integer())
        v = static_cast<long double>(it->template get<std::int64_t>());
    else if (it->is_number_float() && std::isfinite(it->template get<double>()))
        v = it->template get<double>();
    else
        throw nlohmann::json::type_error::create(302, std::string(key) + ": a number was expected",
                                                 &*it);
    if (v != std::trunc(v) || v < lo || v >= -lo)
        throw nlohmann::json::type_error::create(
            302, std::string(key) + ": a whole number in range was expected", &*it);
    return static_cast<T>(v);
}

} // namespace cw::project
