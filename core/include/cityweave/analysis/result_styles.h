// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"
#include "cityweave/style/layer_style.h"

#include <string>
#include <vector>

namespace cw::analysis {

/// How one result layer is drawn: one default style, plus per-value styles of a text column
/// (e.g. integration zones by `label`).
struct ResultLayerStyle {
    std::string layerKey;
    style::LayerStyle base;
    std::string classifyColumn; ///< empty: the base style for every feature
    std::vector<std::pair<std::string, style::LayerStyle>> classes;
};

/// The colours the map and the report use for a result layer: zones by label (synergy green,
/// duplication red, neutral grey), overlap pieces orange, roll-up zones blue.
ResultLayerStyle defaultResultStyle(const ResultLayer& layer);

/// Writes QGIS's `layer_styles` table (SLD and QML per layer, marked as default) into an
/// existing GeoPackage, so QGIS opens the result layers with the same fill colours.
Status writeLayerStyles(const std::string& gpkgPath, const std::vector<ResultLayerStyle>& styles);

/// writeResultsGeoPackage() plus layer_styles for every result layer, renamed into place only
/// when both succeeded.
Status writeStyledResultsGeoPackage(const std::vector<AnalysisResult>& results,
                                    const std::string& path);

} // namespace cw::analysis
