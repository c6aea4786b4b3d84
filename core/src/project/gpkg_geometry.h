// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

#include <optional>
#include <string>

namespace cw::project {

/// One feature of `store` as a GeoPackage geometry blob, written into `out` (reused for speed):
/// little-endian header with an XY envelope (an empty-geometry flag for a feature without
/// parts), then ISO WKB MultiPoint, MultiLineString or MultiPolygon by `family`.
void encodeGpkgGeometry(const geometry::GeometryStore& store, std::size_t feature,
                        geometry::GeometryFamily family, int srsId, std::string& out);

/// One polygon feature of `store` as a GeoPackage geometry blob (little-endian header with an
/// XY envelope, then an ISO WKB MultiPolygon), so QGIS and ogrinfo read the table as features.
std::string encodeGpkgPolygon(const geometry::GeometryStore& store, std::size_t feature, int srsId);

/// Appends the (Multi)Polygon in a GeoPackage blob to `store` as one feature; false when the
/// blob is malformed or holds another geometry type (nothing is appended then).
bool decodeGpkgPolygon(const std::string& blob, geometry::GeometryStore& store);

} // namespace cw::project
