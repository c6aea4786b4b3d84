// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/plan_crs.h"
#include "cityweave/project/project.h"
#include "cityweave/sdk/contributions.h"

#include <functional>
#include <string>
#include <vector>

/// Building a plan from a manifest (the sample project, test fixtures): a module above project,
/// sdk and plugin because a manifest may name plugins' layer sources.
namespace cw::manifest {

using project::ProjectInfo;

/// The registry entry for the project a plugin layer source describes.
ProjectInfo projectInfoFrom(const sdk::ProjectDescription& description);

/// A plugin's layer source as a manifest names it: layer files absolute, with the plugin's
/// version (recorded as the layers' origin) and styles (which the layers' style ids name).
struct PluginLayerSource {
    std::string pluginId;
    std::string pluginVersion;
    sdk::LayerSource source;
    std::vector<sdk::StyleContribution> styles;
};

/// Finds a layer source by plugin id and layer source id; LayerNotFound when there is none.
using PluginLayerSourceLookup = std::function<Result<PluginLayerSource>(
    const std::string& pluginId, const std::string& layerSourceId)>;

/// A lookup reading cityweave-plugin.json files in the plugin sub-folders of `folders`, without
/// loading any code (the layer sources a plugin declares in its JSON).
PluginLayerSourceLookup pluginMetadataLookup(std::vector<std::string> folders);

/// Builds a project file from a manifest (JSON listing projects and their GeoJSON layers):
/// the layers are copied into the GeoPackage in `analysisCrs`, styled by sector. A project may
/// instead name a plugin layer source ("plugin", "layer_source"): its project description,
/// layers, styles and provenance come from `plugins`, and each layer records its origin.
Result<project::Project>
buildProjectFromManifest(const std::string& manifestPath, const std::string& outputPath,
                         const std::string& analysisCrs = crs::kPlanCrsText,
                         const PluginLayerSourceLookup& plugins = {});

} // namespace cw::manifest
