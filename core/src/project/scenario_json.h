// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <optional>
#include <string>

namespace cw::project {

/// A scenario's plan (registry, zones with their areas, layer variants) as JSON text, as the
/// project file keeps it in cw_scenarios.plan_json. Parsing returns nullopt on malformed text.
std::string scenarioPlanToJson(const Scenario& scenario);
std::optional<Scenario> scenarioPlanFromJson(const std::string& text);

} // namespace cw::project
