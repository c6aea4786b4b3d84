// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/style/layer_style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace cw::style {

const char* pointSymbolKey(PointSymbol symbol) {
    switch (symbol) {
    case PointSymbol::Square:
        return "square";
    case PointSymbol::Triangle:
        return "triangle";
    case PointSymbol::Circle:
        break;
    }
    return "circle";
}

PointSymbol pointSymbolFromKey(const std::string& key) {
    if (key == "square")
        return PointSymbol::Square;
    if (key == "triangle")
        return PointSymbol::Triangle;
    return PointSymbol::Circle;
}

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

namespace cw::style {
namespace {

// Okabe–Ito first (distinct for colour-blind readers), then softer tones for more classes.
constexpr Rgba kQualitative[] = {
    {230, 159, 0, 255},   {86, 180, 233, 255},  {0, 158, 115, 255},   {240, 228, 66, 255},
    {0, 114, 178, 255},   {213, 94, 0, 255},    {204, 121, 167, 255}, {120, 120, 120, 255},
    {141, 211, 199, 255}, {190, 186, 218, 255}, {251, 128, 114, 255}, {128, 177, 211, 255},
    {253, 180, 98, 255},  {179, 222, 105, 255}, {252, 205, 229, 255}, {188, 128, 189, 255},
};

// Beyond the fixed palette: hues a golden angle apart, so neighbours in the list differ.
Rgba goldenHue(std::size_t i) {
    const double h = std::fmod(double(i) * 137.508, 360.0) / 60.0, s = 0.55, v = 0.85;
    const double c = v * s, x = c * (1 - std::abs(std::fmod(h, 2.0) - 1)), m = v - c;
    const double rgb[6][3] = {{c, x, 0}, {x, c, 0}, {0, c, x}, {0, x, c}, {x, 0, c}, {c, 0, x}};
    const auto* k = rgb[std::min(5, int(h))];
    return {std::uint8_t((k[0] + m) * 255), std::uint8_t((k[1] + m) * 255),
            std::uint8_t((k[2] + m) * 255), 255};
}

Rgba darker(Rgba c) {
    return {std::uint8_t(c.r * 0.6), std::uint8_t(c.g * 0.6), std::uint8_t(c.b * 0.6), 255};
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace

bool LayerStyle::visibleAtScale(double scaleDenominator) const {
    if (minScale > 0 && scaleDenominator > minScale)
        return false;
    return !(maxScale > 0 && scaleDenominator < maxScale);
}

int LayerStyle::classOf(const std::string& text, const double* number) const {
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const StyleClass& c = classes[i];
        if (kind == StyleKind::Categorized && c.value == text)
            return static_cast<int>(i);
        if (kind == StyleKind::Graduated && number && *number >= c.lower && *number <= c.upper)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<StyleClass> categorize(std::vector<std::string> values, std::size_t maxClasses,
                                   std::uint8_t alpha) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (values.size() > maxClasses)
        values.resize(maxClasses);
    std::vector<StyleClass> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        Rgba fill = i < std::size(kQualitative) ? kQualitative[i] : goldenHue(i);
        fill.a = alpha;
        out.push_back({values[i], 0, 0, fill, darker(fill), {}});
    }
    return out;
}

std::vector<StyleClass> graduate(std::vector<double> values, int count, bool quantiles, Rgba to,
                                 std::uint8_t alpha) {
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    std::vector<StyleClass> out;
    if (values.empty() || count < 1)
        return out;
    std::sort(values.begin(), values.end());
    std::vector<double> breaks{values.front()};
    for (int i = 1; i < count; ++i) {
        const double t = double(i) / count;
        breaks.push_back(quantiles ? values[std::size_t(t * double(values.size() - 1))]
                                   : values.front() + t * (values.back() - values.front()));
    }
    breaks.push_back(values.back());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    const std::size_t n = breaks.size() > 1 ? breaks.size() - 1 : 1;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = n == 1 ? 1.0 : 0.15 + 0.85 * double(i) / double(n - 1);
        Rgba fill{std::uint8_t(255 - (255 - to.r) * t), std::uint8_t(255 - (255 - to.g) * t),
                  std::uint8_t(255 - (255 - to.b) * t), alpha};
        const double lower = breaks[i], upper = breaks.size() > 1 ? breaks[i + 1] : breaks[0];
        out.push_back(
            {{}, lower, upper, fill, darker(fill), number(lower) + " – " + number(upper)});
    }
    return out;
}

} // namespace cw::style
