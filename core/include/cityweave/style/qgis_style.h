// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/style/layer_style.h"

#include <optional>
#include <string>

namespace cw::style {

/// A QGIS layer style (QML, as QGIS keeps it in a GeoPackage's `layer_styles` table) as far as
/// CityWeave draws it: a single symbol, categories of a field or ranges of a number, each a
/// simple fill, line or marker (colour, outline, width, size, circle/square/triangle), the
/// layer's opacity and a simple label's field. Nothing when the QML is not a renderer of these
/// kinds (rule-based, heat map…): the layer then keeps CityWeave's own style.
std::optional<LayerStyle> fromQgisQml(const std::string& qml);

} // namespace cw::style
