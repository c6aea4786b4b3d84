// SPDX-License-Identifier: GPL-3.0-or-later
// What the indicator roll-up apportions over, gathered from the plan as the desktop holds it:
// sandbox zones as a layer, and footprints from the layers already loaded, all in one CRS.
#include "cityweave/planning/indicator_areas.h"

#include "cityweave/crs/coordinate_transform.h"
#include "geometry/geos_bridge.h"

namespace cw::planning {
Result<data::VectorLayer> sandboxZonesLayer(const std::vector<project::SandboxZone>& zones,
                                            const std::string& language) {
    auto crs = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
    if (!crs)
        return crs.error();
    data::VectorLayer layer;
    layer.name = "sandbox_zones";
    layer.family = geometry::GeometryFamily::Polygon;
    layer.crs = *crs;
    layer.fields = {{kZoneNameField, data::FieldType::String}};
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const auto& zone = zones[z];
        if (zone.area.featureCount() == 0 || zone.area.isEmpty(0))
            continue;
        layer.geometries.appendFeature(zone.area, 0);
        layer.fids.push_back(static_cast<std::int64_t>(z + 1));
        const std::string& name = zone.name.in(language);
        layer.attributes.push_back({name.empty() ? zone.id : name});
    }
    geometry::repairPolygons(layer.geometries);
    return layer;
}

Result<data::VectorLayer> layerForRollup(const data::VectorLayer& layer, const crs::Crs& crs) {
    data::VectorLayer out = layer;
    if (out.crs.isValid() && !(out.crs == crs)) {
        auto transform = crs::CoordinateTransform::create(out.crs, crs);
        if (!transform)
            return transform.error();
        out.geometries.transformInPlace(
            [&](double* xs, double* ys, std::size_t n, std::size_t stride) {
                transform->transform(xs, ys, n, stride);
            });
    }
    out.crs = crs;
    if (out.family == geometry::GeometryFamily::Polygon)
        geometry::repairPolygons(out.geometries);
    return out;
}

Result<std::vector<analysis::AnalysisProject>>
footprintsFromLayers(const std::vector<project::ProjectInfo>& projects,
                     const std::vector<ProjectLayerData>& layers, const crs::Crs& crs,
                     const CancelToken& cancel) {
    std::vector<analysis::AnalysisProject> out;
    for (const auto& info : projects) {
        analysis::AnalysisProject footprint{info.id, info.name, info.sector, info.task, {}};
        for (const auto& layer : layers) {
            if (layer.projectId != info.id || !layer.data)
                continue;
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            auto moved = layerForRollup(*layer.data, crs);
            if (!moved)
                return moved.error();
            footprint.layers.push_back(
                {layer.layerId,
                 {},
                 std::make_shared<const data::VectorLayer>(std::move(*moved)),
                 0});
        }
        out.push_back(std::move(footprint));
    }
    return out;
}

} // namespace cw::planning
