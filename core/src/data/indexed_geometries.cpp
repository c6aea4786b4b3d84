// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/indexed_geometries.h"

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/vector_layer.h"

namespace cw::data {
namespace {

// `shared` is the layer's own store when the caller can share it; null means copy.
Result<std::shared_ptr<const IndexedGeometries>>
build(const VectorLayer& layer, std::shared_ptr<const geometry::GeometryStore> shared,
      const crs::Crs& target) {
    const bool reproject = layer.crs.isValid() && target.isValid() && !(layer.crs == target);
    std::shared_ptr<const geometry::GeometryStore> store = shared;
    std::string transformName;
    std::size_t failed = 0;
    if (reproject) {
        auto transform = crs::CoordinateTransform::create(layer.crs, target);
        if (!transform)
            return transform.error();
        transformName = transform->operationName();
        auto copy = std::make_shared<geometry::GeometryStore>(layer.geometries);
        copy->transformInPlace([&](double* xs, double* ys, std::size_t n, std::size_t stride) {
            failed = transform->transform(xs, ys, n, stride);
        });
        store = std::move(copy);
    } else if (!store) {
        store = std::make_shared<const geometry::GeometryStore>(layer.geometries);
    }
    auto out = std::make_shared<IndexedGeometries>(store);
    out->crs = target;
    out->family = layer.family;
    out->transformName = std::move(transformName);
    out->failedCoordinates = failed;
    std::vector<geometry::Envelope> boxes(store->featureCount());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        boxes[i] = store->envelope(i);
    out->index = geometry::PackedRTree(boxes);
    return std::shared_ptr<const IndexedGeometries>(std::move(out));
}

} // namespace

Result<std::shared_ptr<const IndexedGeometries>>
buildIndexedGeometries(const std::shared_ptr<const VectorLayer>& layer, const crs::Crs& target) {
    // Aliasing pointer: shares ownership of the layer, points at its coordinates.
    return build(*layer, std::shared_ptr<const geometry::GeometryStore>(layer, &layer->geometries),
                 target);
}

Result<std::shared_ptr<const IndexedGeometries>> buildIndexedGeometries(const VectorLayer& layer,
                                                                        const crs::Crs& target) {
    return build(layer, nullptr, target);
}

} // namespace cw::data
