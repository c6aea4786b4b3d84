// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic inputs for the coverage and ranking speed targets (tests/bench and
// `cityweave-cli bench coverage`): deterministic, so every run measures the same work.

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/multi_criteria.h"

#include <cstdint>

namespace cw::analysis {

/// A Seoul-sized study area: an ellipse of 605 km² (the city's area; 16 km by 12.04 km
/// semi-axes) around Seoul City Hall in EPSG:5186, as one polygon (256 vertices).
data::VectorLayer seoulSizedBoundary(const crs::Crs& crs5186);

/// One project "assets" whose point layer "iot_sensors" holds `n` points spread uniformly over
/// the boundary, with a "type" field cycling through iot_sensor, cctv, ev_charger,
/// parking_sensor and roadside_unit; the boundary is the base layer "boundary".
AnalysisInput syntheticCoverageInput(std::size_t n, std::uint64_t seed, const crs::Crs& crs5186);

/// A street grid over the study area's bounding box, one feature per block side (`spacing` m
/// apart; 185 m gives about 45,000 segments, a city district network's size).
data::VectorLayer syntheticRoadGrid(double spacing, const crs::Crs& crs5186);

/// `units` x 7 criteria of uniform random values (the shape of a 100 m-grid pilot ranking).
mcda::CriteriaMatrix syntheticCriteria(std::size_t units, std::uint64_t seed);

} // namespace cw::analysis
