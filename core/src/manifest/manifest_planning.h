// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/project.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

namespace cw::manifest {

/// Reads the planning fields of a manifest project entry (axis, partners, budget_krw, status,
/// provenance, required_exemptions, indicators, rollout) into `info`; absent keys are left as
/// they are. InvalidArgument names the first unknown key value.
Status readManifestPlanning(const nlohmann::json& entry, project::ProjectInfo& info);

/// Reads the manifest's "sandbox_zones": each a polygon file (first feature) reprojected to the
/// zones' storage CRS, with its exemptions, validity, caps and notes.
Result<std::vector<project::SandboxZone>> readManifestZones(const nlohmann::json& zones,
                                                            const std::filesystem::path& baseDir);

/// Reads the manifest's "scenarios" (format in docs/scenarios.md) into `project`: each
/// scenario is the manifest's plan with its "projects_patch" applied (per project id, the keys
/// given replace those of the plan); each "layer_variants" file is copied into the project file
/// `geoPackagePath` (in `crs`) as the table "<layer id>__<scenario id>". "active_scenario" (by
/// default the first scenario) becomes the working plan. No "scenarios" key: nothing changes.
Status readManifestScenarios(const nlohmann::json& manifest, const std::filesystem::path& baseDir,
                             const std::string& geoPackagePath, const std::string& crs,
                             project::Project& project);

} // namespace cw::manifest
