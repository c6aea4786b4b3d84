// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"
#include "cityweave/sdk/contributions.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cw::project {

/// Reads the data behind one layer entry of a project stored at `projectPath`, applying the
/// entry's encoding and CRS overrides. A moved file gives LayerSourceMissing with both paths.
Result<std::shared_ptr<const data::VectorLayer>> loadProjectLayer(const std::string& projectPath,
                                                                  const LayerEntry& entry,
                                                                  const CancelToken& cancel = {},
                                                                  const ProgressFn& progress = {});

/// How a layer entry's data is read: its stored source path (relative to the project file, or
/// empty for a table inside it), layer or sheet, encoding, CRS and table options.
data::LayerSource layerSourceOf(const LayerEntry& entry);

/// A layer entry for a file added to a project by hand (the desktop's Add Layer, the CLI's
/// `layers add`): an id from `idBase` not among `takenIds`, the name, the source relative to
/// `projectPath` (absolute while the project is unsaved, `projectPath` empty), the read choices
/// and the next colour of the palette that keeps added layers apart (they belong to no project).
LayerEntry addedLayerEntry(const data::LayerSource& source, const std::string& name,
                           const std::string& idBase, const std::string& projectPath,
                           const std::vector<std::string>& takenIds);

/// A plugin's layer source as a manifest names it: layer files absolute, with the plugin's
/// version (recorded as the layers' origin) and styles (which the layers' style ids name).
/// The registry entry for the project a plugin layer source describes.
ProjectInfo projectInfoFrom(const sdk::ProjectDescription& description);

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
Result<Project> buildProjectFromManifest(const std::string& manifestPath,
                                         const std::string& outputPath,
                                         const std::string& analysisCrs = crs::kPlanCrsText,
                                         const PluginLayerSourceLookup& plugins = {});

} // namespace cw::project
