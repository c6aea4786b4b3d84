// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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
/// "circle", "square" or "triangle": the project file's and QGIS's name of a point symbol.
const char* pointSymbolKey(PointSymbol symbol);
/// The symbol of such a name; anything else is a circle.
PointSymbol pointSymbolFromKey(const std::string& key);

/// Single: every feature alike. Categorized: a class per value of a field. Graduated: a class
/// per range of a numeric field.
enum class StyleKind { Single, Categorized, Graduated };

/// Where a feature's label goes: Auto is above a point and at the centre of a line or polygon.
enum class LabelPlacement { Auto, Centre, Above, Below, Right };

/// One class of a categorized or graduated style, with its legend text.
struct StyleClass {
    std::string value; ///< Categorized: the field's value as text
    /// Graduated: lower <= v <= upper, the first such class taking v, as QGIS classifies (so a
    /// value on a break falls in the lower class, and a style drawn here and in QGIS agrees).
    double lower = 0;
    double upper = 0;
    Rgba fill{128, 128, 128, 160};
    Rgba stroke{64, 64, 64, 255};
    std::string label; ///< the legend's text; empty: the value or the range
    bool operator==(const StyleClass&) const = default;
};

/// How a layer is drawn: what to draw, never how (that is the renderer's job).
struct LayerStyle {
    Rgba fill{128, 128, 128, 160};
    Rgba stroke{64, 64, 64, 255};
    double strokeWidthMm = 0.3;
    double pointSizeMm = 2.2;
    PointSymbol pointSymbol = PointSymbol::Circle;
    double opacity = 1.0;   ///< whole-layer opacity, 0..1
    std::string labelField; ///< empty: no labels
    StyleKind kind = StyleKind::Single;
    std::string classifyField; ///< the field a categorized or graduated style reads
    std::vector<StyleClass> classes;
    LabelPlacement labelPlacement = LabelPlacement::Auto;
    double minScale = 0; ///< not drawn zoomed out beyond 1:minScale (0: no limit)
    double maxScale = 0; ///< not drawn zoomed in beyond 1:maxScale (0: no limit)
    bool operator==(const LayerStyle&) const = default;

    /// Whether the layer is drawn at 1:`scaleDenominator`.
    bool visibleAtScale(double scaleDenominator) const;
    /// The class a feature falls in, from its value as text (Categorized) or number
    /// (Graduated; null when not a number); -1: none (drawn with the base style).
    int classOf(const std::string& text, const double* number) const;
};

/// A class per distinct value (sorted, at most `maxClasses`: Seoul's 25 gu fit), coloured from
/// a qualitative palette readable by colour-blind people, then hues a golden angle apart;
/// fills keep `alpha` so what lies below shows.
std::vector<StyleClass> categorize(std::vector<std::string> values, std::size_t maxClasses = 64,
                                   std::uint8_t alpha = 170);
/// `count` classes of a numeric field: equal intervals, or quantiles (as many values in
/// each), from light to dark `to`.
std::vector<StyleClass> graduate(std::vector<double> values, int count, bool quantiles, Rgba to,
                                 std::uint8_t alpha = 190);

/// The style JSON stored with a layer in the project file: the class lists, label placement
/// and scale range (the simple fields have columns of their own). Empty for a single style
/// with no extras; reading an empty or damaged text leaves `style` as it is.
std::string styleExtrasToJson(const LayerStyle& style);
void styleExtrasFromJson(const std::string& json, LayerStyle& style);

} // namespace cw::style
