// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/indexed_geometries.h"

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/vector_layer.h"

namespace cw::data {

Result<std::shared_ptr<const IndexedGeometries>> buildIndexedGeometries(const VectorLayer& layer,
                                                                        const crs::Crs& target) {
    auto out = std::make_shared<IndexedGeometries>();
    out->crs = target;
    out->family = layer.family;
    out->geometries = layer.geometries;
    if (layer.crs.isValid() && target.isValid() && !(layer.crs == target)) {
        auto transform = crs::CoordinateTransform::create(layer.crs, target);
        if (!transform)
            return transform.error();
        out->transformName = transform->operationName();
        out->geometries.transformInPlace([&](double* xs, double* ys, std::size_t n) {
            out->failedCoordinates = transform->transform(xs, ys, n);
        });
    }
    std::vector<geometry::Envelope> boxes(out->geometries.featureCount());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        boxes[i] = out->geometries.envelope(i);
    out->index = geometry::PackedRTree(boxes);
    return std::shared_ptr<const IndexedGeometries>(std::move(out));
}

} // namespace cw::data
