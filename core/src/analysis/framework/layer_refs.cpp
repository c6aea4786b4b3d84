// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/framework/layer_refs.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/layer_reader.h"
#include "geometry/geos_bridge.h"

#include <filesystem>

namespace cw::analysis {

Result<std::shared_ptr<const data::VectorLayer>>
resolveLayerRef(const AnalysisInput& input, const std::string& param, const std::string& ref) {
    if (ref.empty())
        return std::shared_ptr<const data::VectorLayer>();
    for (const AnalysisProject& p : input.projects)
        for (const AnalysisLayer& l : p.layers)
            if (l.id == ref)
                return l.data;
    for (const AnalysisLayer& l : input.baseLayers)
        if (l.id == ref)
            return l.data;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(pathFromUtf8(ref), ec))
        return makeError(ErrorCode::NoSuchLayerOrFile, {param, ref});
    auto read = data::LayerReader::read(ref);
    if (!read)
        return read.error();
    data::VectorLayer layer = std::move(read).value();
    if (layer.crs.isValid() && !(layer.crs == input.crs)) {
        auto transform = crs::CoordinateTransform::create(layer.crs, input.crs);
        if (!transform)
            return transform.error();
        layer.geometries.transformInPlace(
            [&](double* xs, double* ys, std::size_t n, std::size_t stride) {
                transform->transform(xs, ys, n, stride);
            });
        layer.crs = input.crs;
    }
    if (layer.family == geometry::GeometryFamily::Polygon)
        geometry::repairPolygons(layer.geometries);
    return std::make_shared<const data::VectorLayer>(std::move(layer));
}

Result<std::shared_ptr<const data::VectorLayer>> resolveLayerRef(const AnalysisInput& input,
                                                                 const std::string& param,
                                                                 const std::string& ref,
                                                                 geometry::GeometryFamily family) {
    auto layer = resolveLayerRef(input, param, ref);
    if (layer && *layer && (*layer)->family != family)
        return makeError(ErrorCode::WrongGeometryType,
                         {ref, family == geometry::GeometryFamily::Polygon ? "polygon"
                               : family == geometry::GeometryFamily::Line  ? "line"
                                                                           : "point"});
    return layer;
}

} // namespace cw::analysis
