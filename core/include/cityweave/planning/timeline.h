// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::planning {

/// True when the project runs in `year`: start <= year <= end, an unknown start (0) meaning
/// "since always" and an unknown end (0) "still running".
bool activeInYear(const project::ProjectInfo& project, int year);

/// Per feature of `layer`, whether it exists in `year` by its own `startField` / `endField`
/// (integer or text year; missing field or null value: the feature follows its project, i.e.
/// counts as active). Returns one flag per feature.
std::vector<std::uint8_t> activeFeatures(const data::VectorLayer& layer, int year,
                                         const std::string& startField = "start_year",
                                         const std::string& endField = "end_year");

/// The districts a stage-3 roll-out has reached by the end of `year`, in roll-out order and
/// without repeats.
std::vector<std::string> rolledOutDistricts(const project::ProjectInfo& project, int year);

/// The span of years the plan covers (earliest start, latest end; open ends count as start).
std::pair<int, int> planYears(const std::vector<project::ProjectInfo>& projects);

} // namespace cw::planning
