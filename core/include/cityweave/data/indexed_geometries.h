// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"
#include "cityweave/geometry/geometry_store.h"
#include "cityweave/geometry/packed_rtree.h"

#include <memory>

namespace cw::data {

struct VectorLayer;

/// A layer's geometries in the map CRS with a spatial index: what the renderer and the identify
/// tool query. Immutable once built; shared between threads.
struct IndexedGeometries {
    crs::Crs crs;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    geometry::GeometryStore geometries;
    geometry::PackedRTree index;
    std::size_t failedCoordinates = 0; ///< points PROJ could not transform (NaN, not drawn)
    std::string transformName;         ///< PROJ's operation, empty when no transform was needed
};

/// Reprojects `layer` to `target` (a copy; the identity transform just copies) and indexes it.
Result<std::shared_ptr<const IndexedGeometries>> buildIndexedGeometries(const VectorLayer& layer,
                                                                        const crs::Crs& target);

} // namespace cw::data
