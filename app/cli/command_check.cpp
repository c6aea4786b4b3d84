// SPDX-License-Identifier: GPL-3.0-or-later
// `check PROJECT`: the plan's validation and the regulatory sandbox compliance check. Exits with
// kViolations when anything is found, so scripts can gate on it.
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "common/planning_text.h"
#include "services/plan_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::cli {
namespace {

const char* kindKey(planning::ViolationKind kind) {
    switch (kind) {
    case planning::ViolationKind::NoZoneGrants:
        return "no_zone_grants";
    case planning::ViolationKind::OutsideGrantingZones:
        return "outside_granting_zones";
    case planning::ViolationKind::RunsPastValidity:
        return "runs_past_validity";
    case planning::ViolationKind::StartsBeforeZone:
        return "starts_before_zone";
    case planning::ViolationKind::CapExceeded:
        return "cap_exceeded";
    }
    return "";
}

QJsonObject violationJson(const planning::Violation& v, const QString& message) {
    return {{QStringLiteral("kind"), kindKey(v.kind)},
            {QStringLiteral("project"), QString::fromStdString(v.projectId)},
            {QStringLiteral("zone"), QString::fromStdString(v.zoneId)},
            {QStringLiteral("layer"), QString::fromStdString(v.layerId)},
            {QStringLiteral("feature"), static_cast<double>(v.featureId)},
            {QStringLiteral("exemption"), project::exemptionKey(v.exemption)},
            {QStringLiteral("value"), v.value},
            {QStringLiteral("limit"), v.limit},
            {QStringLiteral("message"), message}};
}

} // namespace

int runCheck(CliContext& ctx) {
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString scenario = ctx.takeOption(QStringLiteral("--scenario"));
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("check needs one project file."));
    const std::string path = ctx.args.first().toStdString();
    auto project = project::ProjectStore::load(path);
    if (!project)
        return ctx.fail(project.error());
    ctx.warnAboutDamage(project->damagedParts);
    if (int rc = switchToScenario(ctx, scenario, *project); rc != kOk)
        return rc;
    auto check = services::PlanCheck::run(path, *project);
    if (!check)
        return ctx.fail(check.error(),
                        check.error().code == ErrorCode::LimitExceeded ? kFailure : kInputError);
    const auto& problems = check->problems;
    const auto* violations = &check->violations;

    const QString lang = ctx.language;
    if (json) {
        QJsonArray problemList, violationList;
        for (const auto& p : problems)
            problemList.append(
                QJsonObject{{QStringLiteral("field"), QString::fromStdString(p.field)},
                            {QStringLiteral("message"), app::PlanningText::problem(p)}});
        for (const auto& v : *violations)
            violationList.append(violationJson(v, app::PlanningText::violation(v, *project, lang)));
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("problems"), problemList},
                                             {QStringLiteral("violations"), violationList},
                                             {QStringLiteral("zones"),
                                              static_cast<int>(project->sandboxZones.size())}})
                       .toJson();
    } else {
        ctx.out << CliContext::tr("Plan validation: %n problem(s)", nullptr,
                                  static_cast<int>(problems.size()))
                << '\n';
        for (const auto& p : problems)
            ctx.out << "  " << app::PlanningText::problem(p) << '\n';
        ctx.out << CliContext::tr("Sandbox compliance (%n zone(s)):", nullptr,
                                  static_cast<int>(project->sandboxZones.size()))
                << ' '
                << CliContext::tr("%n violation(s)", nullptr, static_cast<int>(violations->size()))
                << '\n';
        for (const auto& v : *violations)
            ctx.out << "  [" << app::PlanningText::violationKind(v.kind) << "] "
                    << app::PlanningText::violation(v, *project, lang) << '\n';
        ctx.out.flush();
    }
    return problems.empty() && violations->empty() ? kOk : kViolations;
}

} // namespace cw::cli
