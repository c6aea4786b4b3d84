// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::project {

/// Version of the plan schema in PostgreSQL this build writes (independent of the file's).
inline constexpr int kPlanSchemaVersion = 1;

/// The versioned planning objects, one table each: a row per object with its JSON document,
/// a row version for conflict detection, who changed it last, and readable generated columns.
inline constexpr const char* kPlanObjectTables[] = {
    "cw_settings", "cw_projects", "cw_sandbox_zones", "cw_layers", "cw_scenarios"};

/// The statements creating a plan's schema `schema` (a checked plain identifier): the object
/// tables, the audit table, and the trigger that records every change and notifies listeners
/// on the channel planChannel(schema).
std::string planSchemaSql(const std::string& schema);

/// The LISTEN/NOTIFY channel of a plan.
inline std::string planChannel(const std::string& schema) {
    return "cityweave_" + schema;
}

} // namespace cw::project
