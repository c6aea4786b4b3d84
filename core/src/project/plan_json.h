// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cw::project {

/// The planning objects as JSON documents: what a scenario keeps in cw_scenarios.plan_json and
/// what a plan in PostgreSQL keeps per row (where each top-level key is one field that a
/// conflict is shown and resolved by). The readers throw nlohmann::json::exception on a
/// document of the wrong shape.
nlohmann::json projectJson(const ProjectInfo& project);
ProjectInfo projectFrom(const nlohmann::json& document);
nlohmann::json zoneJson(const SandboxZone& zone);
SandboxZone zoneFrom(const nlohmann::json& document);
nlohmann::json layerJson(const LayerEntry& layer);
LayerEntry layerFrom(const nlohmann::json& document);
nlohmann::json rulesJson(const SectorRuleTable& rules);
SectorRuleTable rulesFrom(const nlohmann::json& document);
/// A zone document's rings as a GeoJSON MultiPolygon for PostGIS (nullopt when it has none): an
/// exterior ring starts a polygon, the interior rings after it are its holes.
std::optional<std::string> zoneGeoJson(const nlohmann::json& zone);

} // namespace cw::project
