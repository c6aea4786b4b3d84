// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/error.h"
#include "cityweave/project/project.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::planning {

/// One indicator summed (additive) or weight-averaged (intensive) over the projects present
/// in one zone.
struct IndicatorRollupRow {
    std::string zone; ///< the zone's name field value, or its fid as text
    std::string indicatorId;
    std::string unit;
    int year = 0;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> measured;
    int projects = 0; ///< projects contributing
};

/// Apportions each project's indicators to the zones its footprint falls in, by the share of
/// the footprint in each zone: polygon area if the project has any, else line length, else
/// point count. Indicators are grouped by (id, unit, year). Rows are ordered by zone, then
/// indicator.
Result<std::vector<IndicatorRollupRow>>
rollupIndicators(const std::vector<project::ProjectInfo>& projects,
                 const std::vector<analysis::AnalysisProject>& footprints,
                 const data::VectorLayer& zones, const std::string& zoneNameField);

} // namespace cw::planning
