// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"
#include "cityweave/style/layer_style.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::style {

/// A QGIS layer style (QML, as QGIS keeps it in a GeoPackage's `layer_styles` table) as far as
/// CityWeave draws it: a single symbol, categories of a field or ranges of a number, each a
/// simple fill, line or marker (colour, outline, width, size, circle/square/triangle), the
/// layer's opacity and a simple label's field. Nothing when the QML is not a renderer of these
/// kinds (rule-based, heat map…): the layer then keeps CityWeave's own style.
std::optional<LayerStyle> fromQgisQml(const std::string& qml);

/// A field's display name (QGIS shows it in the attribute table and forms).
struct FieldAlias {
    std::string field;
    std::string alias;
};

/// The style as QGIS QML: a single symbol, categories or ranges (graduated colours), each a
/// simple marker, line or fill by `family`; opacity, a simple label and the scale range; the
/// fields' aliases. `fromQgisQml` reads back what this writes.
std::string toQgisQml(const LayerStyle& style, geometry::GeometryFamily family,
                      const std::vector<FieldAlias>& aliases = {});
/// The same as an OGC SLD 1.1 document (for readers other than QGIS), one rule per class.
std::string toSld(const LayerStyle& style, geometry::GeometryFamily family,
                  const std::string& layerName);

} // namespace cw::style
