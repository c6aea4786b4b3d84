// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"
#include "cityweave/style/layer_style.h"
#include "cityweave/style/qgis_style.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// How one result layer is drawn: one default style, plus per-value styles of a text column
/// (e.g. integration zones by `label`).
struct ResultLayerStyle {
    std::string layerKey;
    /// Points get markers, lines strokes, polygons fills: QGIS draws a symbol of the wrong type
    /// as nothing.
    geometry::GeometryFamily family = geometry::GeometryFamily::Polygon;
    style::LayerStyle base;
    std::string classifyColumn; ///< empty: the base style for every feature
    std::vector<std::pair<std::string, style::LayerStyle>> classes;
    std::vector<style::FieldAlias> aliases; ///< the columns' display names in QGIS
};

/// The colours the map and the report use for a result layer: zones by label (synergy green,
/// duplication red, neutral grey), overlap pieces orange, roll-up zones blue.
ResultLayerStyle defaultResultStyle(const ResultLayer& layer);

/// Writes QGIS's `layer_styles` table (SLD and QML per layer, marked as default, stamped in
/// ISO 8601) into an existing GeoPackage, so QGIS opens the result layers in the same colours.
/// Every results GeoPackage gets it (ResultsGeoPackageWriter::commit).
Status writeLayerStyles(const std::string& gpkgPath, const std::vector<ResultLayerStyle>& styles);

} // namespace cw::analysis
