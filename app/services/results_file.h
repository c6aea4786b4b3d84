// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw::services {

/// `<project>.results.gpkg` beside a project file ("x.cwproject.gpkg" -> "x.results.gpkg"):
/// where the desktop saves analysis results and where `report` and `export` look for them.
/// Empty for an empty path (a project not saved yet).
std::string resultsPathBeside(const std::string& projectPath);

} // namespace cw::services
