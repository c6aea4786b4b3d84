// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/work_limits.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>

namespace cw {

std::size_t WorkLimit::value() const {
    const char* text = std::getenv(variable);
    std::size_t v = 0;
    if (text) {
        const char* end = text + std::strlen(text);
        if (const auto [at, ec] = std::from_chars(text, end, v); ec == std::errc{} && at == end)
            return v > 0 ? v : defaultValue;
    }
    return defaultValue;
}

Error WorkLimit::exceeded(std::size_t count) const {
    return makeError(ErrorCode::LimitExceeded,
                     {what, std::to_string(count), std::to_string(value()), variable});
}

} // namespace cw
