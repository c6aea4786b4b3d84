// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"

#include <memory>
#include <string>

namespace cw::project {

/// Reads the data behind one layer entry of a project stored at `projectPath`, applying the
/// entry's encoding and CRS overrides. A moved file gives LayerSourceMissing with both paths.
Result<std::shared_ptr<const data::VectorLayer>> loadProjectLayer(const std::string& projectPath,
                                                                  const LayerEntry& entry,
                                                                  const CancelToken& cancel = {},
                                                                  const ProgressFn& progress = {});

/// Builds a project file from a manifest (JSON listing projects and their GeoJSON layers):
/// the layers are copied into the GeoPackage in `analysisCrs`, styled by sector.
Result<Project> buildProjectFromManifest(const std::string& manifestPath,
                                         const std::string& outputPath,
                                         const std::string& analysisCrs = "EPSG:5186");

} // namespace cw::project
