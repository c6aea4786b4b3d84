// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/style/layer_style.h"

#include <optional>
#include <string>

namespace cw::project {

/// The default QGIS style a GeoPackage holds for `layer` in its `layer_styles` table (the one
/// QGIS opens it with), read with style::fromQgisQml; nothing when the file has none, is not a
/// GeoPackage or cannot be read.
std::optional<style::LayerStyle> qgisStyleInGeoPackage(const std::string& path,
                                                       const std::string& layer);

} // namespace cw::project
