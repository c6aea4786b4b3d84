// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/style/layer_style.h"

#include <cstdio>

namespace cw::style {

std::string Rgba::toHex() const {
    char buf[10];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", r, g, b, a);
    return buf;
}

Rgba Rgba::fromHex(const std::string& hex, Rgba fallback) {
    unsigned r = 0, g = 0, b = 0, a = 255;
    if (hex.size() == 9 && std::sscanf(hex.c_str(), "#%02x%02x%02x%02x", &r, &g, &b, &a) == 4)
        return Rgba{std::uint8_t(r), std::uint8_t(g), std::uint8_t(b), std::uint8_t(a)};
    if (hex.size() == 7 && std::sscanf(hex.c_str(), "#%02x%02x%02x", &r, &g, &b) == 3)
        return Rgba{std::uint8_t(r), std::uint8_t(g), std::uint8_t(b), 255};
    return fallback;
}

} // namespace cw::style
