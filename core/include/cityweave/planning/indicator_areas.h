// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::planning {

/// The field of sandboxZonesLayer() that names each zone.
inline constexpr const char* kZoneNameField = "name";

/// The sandbox zones as a polygon layer rollupIndicators() can take: one feature per zone with
/// an area, in the zones' storage CRS (EPSG:5186), named in `language` by kZoneNameField (by
/// its id when the zone has no name).
Result<data::VectorLayer> sandboxZonesLayer(const std::vector<project::SandboxZone>& zones,
                                            const std::string& language);

/// A copy of `layer` moved into `crs`, invalid polygons repaired, so footprints and areas are
/// apportioned in one CRS. A layer without a CRS is taken to be in `crs` already.
Result<data::VectorLayer> layerForRollup(const data::VectorLayer& layer, const crs::Crs& crs);

/// A layer of the plan as loaded: the project it belongs to and its data in its own CRS.
struct ProjectLayerData {
    std::string projectId;
    std::string layerId;
    std::shared_ptr<const data::VectorLayer> data;
};

/// The footprint of each of `projects`: its layers among `layers`, moved into `crs` by
/// layerForRollup(). Layers of other projects and layers without data are ignored.
Result<std::vector<analysis::AnalysisProject>>
footprintsFromLayers(const std::vector<project::ProjectInfo>& projects,
                     const std::vector<ProjectLayerData>& layers, const crs::Crs& crs,
                     const CancelToken& cancel = {});

} // namespace cw::planning
