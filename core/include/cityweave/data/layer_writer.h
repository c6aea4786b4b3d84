// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>

namespace cw::data {

/// Copies a source's first layer (or `sourceLayer`) into a GeoPackage (created when missing) as
/// `layerName`, reprojected to `targetCrs` (user input such as "EPSG:5186"; empty keeps the source
/// CRS).
Status copyLayerToGeoPackage(const std::string& sourcePath, const std::string& geoPackagePath,
                             const std::string& layerName, const std::string& targetCrs = {},
                             const std::string& sourceLayer = {});

} // namespace cw::data
