// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/plan_check.h"

#include "cityweave/planning/scenarios.h"

namespace cw::services {

project::Project PlanCheck::snapshot(const project::Project& plan) {
    project::Project snapshot;
    snapshot.projects = plan.projects;
    snapshot.sandboxZones = plan.sandboxZones;
    snapshot.rules = plan.rules;
    for (const auto& entry : plan.layers)
        if (!entry.projectId.empty() && plan.findProject(entry.projectId))
            snapshot.layers.push_back(planning::effectiveLayer(plan, entry));
    return snapshot;
}

Result<PlanCheckOutcome> PlanCheck::run(const std::string& path, const project::Project& plan,
                                        const PhaseProgressFn& progress, const CancelToken& cancel,
                                        std::shared_ptr<const PlanFootprints> reuse) {
    auto report = [&](Phase phase, double fraction) {
        if (progress)
            progress(phase, fraction);
    };
    PlanCheckOutcome out;
    report(Phase::Validating, 0.0);
    out.problems = planning::validatePlan(plan.projects, plan.sandboxZones);
    if (path.empty())
        return out;
    if (!reuse) {
        report(Phase::Reading, 0.05);
        // Zones are stored in the plan CRS: the footprints are read into it as well.
        auto crs = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
        if (!crs)
            return crs.error();
        auto input = analysis::inputFromProject(path, snapshot(plan), *crs, cancel);
        if (!input)
            return input.error();
        auto read = std::make_shared<PlanFootprints>();
        read->projects = std::move(input->projects);
        reuse = std::move(read);
    }
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    report(Phase::Checking, 0.8);
    auto violations =
        planning::checkCompliance(plan.projects, reuse->projects, plan.sandboxZones, {}, cancel);
    if (!violations)
        return violations.error();
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    out.violations = std::move(violations).value();
    out.footprints = std::move(reuse);
    out.complianceChecked = true;
    report(Phase::Checking, 1.0);
    return out;
}

} // namespace cw::services
