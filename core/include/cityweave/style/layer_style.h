// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace cw::style {

/// 8-bit RGBA colour; plain data so core stays free of Qt.
struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
    /// "#rrggbbaa"
    std::string toHex() const;
    static Rgba fromHex(const std::string& hex, Rgba fallback);
};

enum class PointSymbol { Circle, Square, Triangle };

/// How a layer is drawn: what to draw, never how (that is the renderer's job).
struct LayerStyle {
    Rgba fill{128, 128, 128, 160};
    Rgba stroke{64, 64, 64, 255};
    double strokeWidthMm = 0.3;
    double pointSizeMm = 2.2;
    PointSymbol pointSymbol = PointSymbol::Circle;
    double opacity = 1.0;   ///< whole-layer opacity, 0..1
    std::string labelField; ///< empty: no labels
    bool operator==(const LayerStyle&) const = default;
};

} // namespace cw::style
