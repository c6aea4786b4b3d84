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
    explicit IndexedGeometries(std::shared_ptr<const geometry::GeometryStore> store)
        : storage(std::move(store)), geometries(*storage) {}
    IndexedGeometries(const IndexedGeometries&) = delete;
    IndexedGeometries& operator=(const IndexedGeometries&) = delete;

    crs::Crs crs;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    /// Owns the coordinates: the layer's own store when no reprojection was needed, so a
    /// million-feature layer is held in memory once.
    std::shared_ptr<const geometry::GeometryStore> storage;
    const geometry::GeometryStore& geometries;
    geometry::PackedRTree index;
    std::size_t failedCoordinates = 0; ///< points PROJ could not transform (NaN, not drawn)
    std::string transformName;         ///< PROJ's operation, empty when no transform was needed
};

/// Reprojects `layer` to `target` (into a copy) and indexes it. When the CRSs are the same the
/// result shares the layer's coordinates and keeps the layer alive.
Result<std::shared_ptr<const IndexedGeometries>>
buildIndexedGeometries(const std::shared_ptr<const VectorLayer>& layer, const crs::Crs& target);
/// The same for a layer the caller owns: the coordinates are always copied.
Result<std::shared_ptr<const IndexedGeometries>> buildIndexedGeometries(const VectorLayer& layer,
                                                                        const crs::Crs& target);

} // namespace cw::data
