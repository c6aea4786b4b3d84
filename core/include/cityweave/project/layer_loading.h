// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"

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
/// and the next colour of the palette that keeps added layers apart (they belong to no project),
/// or the default QGIS style a GeoPackage holds for the layer.
LayerEntry addedLayerEntry(const data::LayerSource& source, const std::string& name,
                           const std::string& idBase, const std::string& projectPath,
                           const std::vector<std::string>& takenIds);

} // namespace cw::project
