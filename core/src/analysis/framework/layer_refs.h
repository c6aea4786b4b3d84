// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the analyses: layers named by a parameter.

#include "cityweave/analysis/analysis_input.h"

#include <memory>
#include <string>

namespace cw::analysis {

/// The layer a parameter names: the id of a project layer or a base layer of the input, or a
/// path to a vector file (read and reprojected to the input's CRS). An empty reference gives
/// null; one that names nothing gives InvalidArgument {param, ref}.
Result<std::shared_ptr<const data::VectorLayer>>
resolveLayerRef(const AnalysisInput& input, const std::string& param, const std::string& ref);

/// The same, also requiring a geometry family.
Result<std::shared_ptr<const data::VectorLayer>> resolveLayerRef(const AnalysisInput& input,
                                                                 const std::string& param,
                                                                 const std::string& ref,
                                                                 geometry::GeometryFamily family);

} // namespace cw::analysis
