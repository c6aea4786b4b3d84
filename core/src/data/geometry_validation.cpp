// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"
#include "geometry/geos_bridge.h"

namespace cw::data {

std::size_t countInvalidGeometries(const VectorLayer& layer, const CancelToken& cancel) {
    if (layer.family != geometry::GeometryFamily::Polygon)
        return 0;
    geometry::GeosContext geos;
    std::size_t invalid = 0;
    const auto& store = layer.geometries;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        if (store.isEmpty(f))
            continue;
        if ((f & 1023) == 0 && cancel.isCancelled())
            break;
        // A ring GEOS refuses (e.g. unclosed) makes the whole feature invalid.
        auto g = geometry::toGeos(geos.handle(), store, f, geometry::GeometryFamily::Polygon);
        if (!g || GEOSisValid_r(geos.handle(), g.get()) != 1)
            ++invalid;
    }
    return invalid;
}

} // namespace cw::data
