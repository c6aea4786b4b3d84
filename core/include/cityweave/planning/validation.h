// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <string>
#include <vector>

namespace cw::planning {

constexpr int kEarliestYear = 1990;
constexpr int kLatestYear = 2100;
constexpr int kMaxValidityYears = 4;  ///< the national sandbox's special cases: up to 4 years
constexpr int kMaxExtensionYears = 2; ///< extendable once, by up to 2 years

/// What is wrong with one field; the application turns the code into a sentence.
enum class ProblemCode {
    MissingId,
    MissingName,
    UnknownTask,        ///< args: the task code
    TaskSectorMismatch, ///< args: task code, the task's sector key
    YearOutOfRange,     ///< args: the year
    YearsReversed,      ///< args: start, end
    StageOutOfRange,    ///< args: the stage
    NegativeBudget,
    RolloutNeedsStage3,
    RolloutYearOutsideProject, ///< args: the step's year
    IndicatorWithoutValue,     ///< args: indicator id
    DuplicateIndicator,        ///< args: indicator id, year
    ValidityTooLong,           ///< args: years
    ExtensionTooLong,          ///< args: years
    ZoneWithoutExemptions,
    ZoneWithoutArea,
    DuplicateId, ///< args: the id
};

struct ValidationProblem {
    std::string field; ///< "end_year", "task", "indicators[2]", ...
    ProblemCode code;
    std::vector<std::string> args;
};

std::vector<ValidationProblem> validateProject(const project::ProjectInfo& project);
std::vector<ValidationProblem> validateZone(const project::SandboxZone& zone);
/// Every project and zone, plus ids that appear twice.
std::vector<ValidationProblem> validatePlan(const std::vector<project::ProjectInfo>& projects,
                                            const std::vector<project::SandboxZone>& zones);

} // namespace cw::planning
