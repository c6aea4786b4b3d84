// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The names of the result tables, layers and columns that front ends read, written once: the
/// built-in analyses create their outputs under these names and the app, the report and the
/// exports look them up with ResultTable::columnIndex / ResultLayer::columnIndex.
namespace cw::analysis {

namespace outputs {
inline constexpr const char* kOverlapMatrix = "overlap_matrix";
inline constexpr const char* kOverlapPairs = "overlap_pairs";
inline constexpr const char* kIntegrationZones = "integration_zones";
inline constexpr const char* kZoneMembers = "zone_members";
inline constexpr const char* kRollupZones = "rollup_zones";
} // namespace outputs

namespace columns {
// Project pairs (overlap-matrix, overlap_pairs, proximity links).
inline constexpr const char* kProjectA = "project_a";
inline constexpr const char* kProjectB = "project_b";
inline constexpr const char* kLayerA = "layer_a";
inline constexpr const char* kLayerB = "layer_b";
inline constexpr const char* kFidA = "fid_a";
inline constexpr const char* kFidB = "fid_b";
inline constexpr const char* kAreaM2 = "area_m2";
inline constexpr const char* kShareOfA = "share_of_a";
inline constexpr const char* kShareOfB = "share_of_b";
inline constexpr const char* kPointsAInB = "points_a_in_b";
inline constexpr const char* kPointsBInA = "points_b_in_a";
inline constexpr const char* kLinesAInBM = "lines_a_in_b_m";
inline constexpr const char* kLinesBInAM = "lines_b_in_a_m";
// Zones (integration-zones, district-rollup, coverage-gaps, pilot-ranking).
inline constexpr const char* kZoneId = "zone_id";
inline constexpr const char* kZoneName = "zone_name";
inline constexpr const char* kZoneAreaM2 = "zone_area_m2";
inline constexpr const char* kLabel = "label";
inline constexpr const char* kScore = "score";
inline constexpr const char* kRank = "rank";
inline constexpr const char* kProjectCount = "project_count";
inline constexpr const char* kProjects = "projects";
inline constexpr const char* kProjectNames = "project_names";
inline constexpr const char* kProjectName = "project_name";
inline constexpr const char* kProjectId = "project_id";
inline constexpr const char* kCoveredShare = "covered_share";
} // namespace columns

} // namespace cw::analysis
