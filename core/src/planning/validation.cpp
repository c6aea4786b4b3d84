// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/validation.h"

#include <set>
#include <utility>

namespace cw::planning {
namespace {

using project::ProjectInfo;
using project::SandboxZone;

void add(std::vector<ValidationProblem>& out, std::string field, ProblemCode code,
         std::vector<std::string> args = {}) {
    out.push_back({std::move(field), code, std::move(args)});
}

bool yearInRange(int year) {
    return year >= kEarliestYear && year <= kLatestYear;
}

void checkYears(std::vector<ValidationProblem>& out, int start, int end) {
    if (start != 0 && !yearInRange(start))
        add(out, "start_year", ProblemCode::YearOutOfRange, {std::to_string(start)});
    if (end != 0 && !yearInRange(end))
        add(out, "end_year", ProblemCode::YearOutOfRange, {std::to_string(end)});
    if (start != 0 && end != 0 && end < start)
        add(out, "end_year", ProblemCode::YearsReversed,
            {std::to_string(start), std::to_string(end)});
}

void checkIndicators(std::vector<ValidationProblem>& out, const ProjectInfo& p) {
    std::set<std::pair<std::string, int>> seen;
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        const auto& ind = p.indicators[i];
        const std::string field = "indicators[" + std::to_string(i) + "]";
        if (ind.id.empty())
            add(out, field, ProblemCode::MissingId);
        if (!ind.baseline && !ind.target && !ind.measured)
            add(out, field, ProblemCode::IndicatorWithoutValue, {ind.id});
        if (ind.year != 0 && !yearInRange(ind.year))
            add(out, field, ProblemCode::YearOutOfRange, {std::to_string(ind.year)});
        if (!seen.insert({ind.id, ind.year}).second)
            add(out, field, ProblemCode::DuplicateIndicator, {ind.id, std::to_string(ind.year)});
    }
}

void checkRollout(std::vector<ValidationProblem>& out, const ProjectInfo& p) {
    if (p.rollout.empty())
        return;
    if (p.stage != 3)
        add(out, "rollout", ProblemCode::RolloutNeedsStage3);
    for (const auto& step : p.rollout) {
        const bool before = p.startYear != 0 && step.year < p.startYear;
        const bool after = p.endYear != 0 && step.year > p.endYear;
        if (before || after)
            add(out, "rollout", ProblemCode::RolloutYearOutsideProject,
                {std::to_string(step.year)});
    }
}

} // namespace

std::vector<ValidationProblem> validateProject(const ProjectInfo& p) {
    std::vector<ValidationProblem> out;
    if (p.id.empty())
        add(out, "id", ProblemCode::MissingId);
    if (p.name.ko.empty() && p.name.en.empty())
        add(out, "name", ProblemCode::MissingName);
    if (!p.task.empty()) {
        const project::CoreTask* task = project::findCoreTask(p.task);
        if (!task)
            add(out, "task", ProblemCode::UnknownTask, {p.task});
        else if (p.sector != project::Sector::None && task->sector != p.sector)
            add(out, "task", ProblemCode::TaskSectorMismatch,
                {p.task, project::sectorKey(task->sector)});
    }
    checkYears(out, p.startYear, p.endYear);
    if (p.stage < 1 || p.stage > 3)
        add(out, "stage", ProblemCode::StageOutOfRange, {std::to_string(p.stage)});
    if (p.budgetKrw && *p.budgetKrw < 0)
        add(out, "budget", ProblemCode::NegativeBudget);
    checkIndicators(out, p);
    checkRollout(out, p);
    return out;
}

std::vector<ValidationProblem> validateZone(const SandboxZone& z) {
    std::vector<ValidationProblem> out;
    if (z.id.empty())
        add(out, "id", ProblemCode::MissingId);
    if (z.name.ko.empty() && z.name.en.empty())
        add(out, "name", ProblemCode::MissingName);
    if (!yearInRange(z.startYear))
        add(out, "start_year", ProblemCode::YearOutOfRange, {std::to_string(z.startYear)});
    if (z.validYears < 1 || z.validYears > kMaxValidityYears)
        add(out, "valid_years", ProblemCode::ValidityTooLong, {std::to_string(z.validYears)});
    if (z.extensionYears < 0 || z.extensionYears > kMaxExtensionYears)
        add(out, "extension_years", ProblemCode::ExtensionTooLong,
            {std::to_string(z.extensionYears)});
    if (z.exemptions.empty())
        add(out, "exemptions", ProblemCode::ZoneWithoutExemptions);
    if (z.area.featureCount() == 0 || z.area.isEmpty(0))
        add(out, "area", ProblemCode::ZoneWithoutArea);
    return out;
}

std::vector<ValidationProblem> validatePlan(const std::vector<ProjectInfo>& projects,
                                            const std::vector<SandboxZone>& zones) {
    std::vector<ValidationProblem> out;
    std::set<std::string> ids;
    for (const auto& p : projects) {
        for (auto& problem : validateProject(p)) {
            problem.field = p.id + "." + problem.field;
            out.push_back(std::move(problem));
        }
        if (!p.id.empty() && !ids.insert(p.id).second)
            add(out, p.id + ".id", ProblemCode::DuplicateId, {p.id});
    }
    std::set<std::string> zoneIds;
    for (const auto& z : zones) {
        for (auto& problem : validateZone(z)) {
            problem.field = z.id + "." + problem.field;
            out.push_back(std::move(problem));
        }
        if (!z.id.empty() && !zoneIds.insert(z.id).second)
            add(out, z.id + ".id", ProblemCode::DuplicateId, {z.id});
    }
    return out;
}

} // namespace cw::planning
