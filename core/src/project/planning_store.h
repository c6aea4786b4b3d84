// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"
#include "sqlite_db.h"

namespace cw::project {

/// Tables of the planning model beside the registry: partners, indicators, roll-out steps,
/// scenarios and
/// the sandbox zones (a GeoPackage feature table, so QGIS shows the zones on a map).
inline constexpr const char* kPlanningAttributeTables[] = {"cw_project_partners", "cw_indicators",
                                                           "cw_rollout", "cw_scenarios"};
inline constexpr const char* kSandboxZoneTable = "cw_sandbox_zones";

/// Writes the planning data of `project` (inside the caller's transaction); cw_projects rows
/// must already exist. False on any SQLite failure.
bool writePlanning(SqliteDb& db, const Project& project);
/// Fills the planning fields of the projects already read, and the sandbox zones.
bool readPlanning(SqliteDb& db, Project& project);
/// Registers cw_sandbox_zones as a features table (and EPSG:5186 when the file lacks it).
bool registerPlanningTables(SqliteDb& db);

} // namespace cw::project
