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

/// The default QGIS style a GeoPackage holds for `layer` (the one QGIS opens it with), read
/// with fromQgisQml; nothing when the file has none, is not a GeoPackage or cannot be read.
std::optional<LayerStyle> qgisStyleInGeoPackage(const std::string& path, const std::string& layer);

} // namespace cw::style
