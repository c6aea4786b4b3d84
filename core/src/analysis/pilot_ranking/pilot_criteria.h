// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to pilot-ranking: the criteria it computes from the project, unit by unit.

#include "analysis/coverage_gaps/coverage_engine.h"
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/parameter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::analysis {

/// A number from an attribute (numeric text too); NaN when there is none.
double numericValue(const data::AttributeValue& v);
/// Null for no data (NaN), else the value.
data::AttributeValue realOrNull(double v);
/// Null for 0 (no cluster), else the id.
data::AttributeValue idOrNull(std::int64_t v);

/// A layer's features as one prepared GEOS geometry, unioned when `dissolve`.
struct MergedGeometry {
    geometry::GeosGeometry geom;
    PreparedPtr prepared;
};
MergedGeometry mergeLayer(GEOSContextHandle_t h, const data::VectorLayer& layer, bool dissolve);

/// Distinct projects and distinct sectors with a feature touching each unit.
Result<Ok> countProjects(GEOSContextHandle_t h, const AnalysisInput& input, const ZoneSet& zones,
                         std::vector<double>& projects, std::vector<double>& sectors,
                         const CancelToken& cancel);

/// Best integration-zones score (at `integration_distance`) touching each unit; 0 where none.
Result<Ok> integrationScores(const AnalysisInput& input, const ParameterValues& params,
                             const ZoneSet& zones, std::vector<double>& out,
                             const CancelToken& cancel, const ProgressFn& progress,
                             std::vector<std::string>& warnings);

/// 1 - covered share per unit with the coverage-gaps defaults (radii, type keywords); false
/// (with a warning) when the projects have no point assets of a known type.
bool uncoveredShares(GEOSContextHandle_t h, const AnalysisInput& input, const ZoneSet& zones,
                     std::vector<double>& out, std::vector<std::string>& warnings);

/// Groups of touching eligible units, numbered from 1 in unit order; 0 for ineligible units.
std::vector<std::int64_t> clusters(GEOSContextHandle_t h, const ZoneSet& zones,
                                   const std::vector<bool>& eligible);

} // namespace cw::analysis
