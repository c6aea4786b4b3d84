// SPDX-License-Identifier: GPL-3.0-or-later
// The plan itself: the registry with statuses and budgets, the indicators, and the sandbox
// compliance summary (the plan check every front end runs).
#include "common/error_text.h"
#include "common/planning_text.h"
#include "report/sections.h"
#include "report/table_painter.h"
#include "services/plan_check.h"

namespace cw::report {
namespace {

QString yearsText(const project::ProjectInfo& info) {
    if (info.startYear <= 0)
        return {};
    return QStringLiteral("%1-%2")
        .arg(info.startYear)
        .arg(info.endYear > 0 ? QString::number(info.endYear) : QString());
}

QString optionalNumber(std::optional<double> v) {
    if (!v)
        return QStringLiteral("–");
    const bool whole = *v == static_cast<double>(static_cast<long long>(*v));
    return formatNumber(*v, whole ? 0 : 1);
}

void writeRegistryTable(ReportContext& ctx) {
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Registry")), 2);
    TableBlock t;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Project")), 2.2},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Sector")), 1},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Task")), 0.5, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Stage")), 0.5, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Years")), 0.9, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Status")), 0.9},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Budget (KRW)")), 1.2, Qt::AlignRight}};
    for (const auto& info : ctx.data.project.projects)
        t.rows.push_back(
            {ctx.text.pick(info.name.ko, info.name.en), ctx.sectorName(info.sector),
             QString::fromStdString(info.task), QString::number(info.stage), yearsText(info),
             app::PlanningText::status(info.status),
             info.budgetKrw ? formatNumber(double(*info.budgetKrw), 0) : QStringLiteral("–")});
    TablePainter::draw(ctx.pages, t);
}

void writeIndicatorTable(ReportContext& ctx) {
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Indicators")), 2);
    TableBlock t;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Project")), 1.8},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Indicator")), 1.8},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Baseline")), 0.9, Qt::AlignRight},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Target")), 0.9, Qt::AlignRight},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Measured")), 0.9, Qt::AlignRight},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Unit")), 0.6, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Year")), 0.5, Qt::AlignCenter}};
    for (const auto& info : ctx.data.project.projects)
        for (const auto& i : info.indicators)
            t.rows.push_back({ctx.text.pick(info.name.ko, info.name.en),
                              ctx.text.pick(i.name.ko, i.name.en), optionalNumber(i.baseline),
                              optionalNumber(i.target), optionalNumber(i.measured),
                              QString::fromStdString(i.unit), QString::number(i.year)});
    if (t.rows.empty()) {
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "No project states indicators.")));
        return;
    }
    TablePainter::draw(ctx.pages, t);
}

void writeComplianceSummary(ReportContext& ctx) {
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Sandbox compliance")), 2);
    const auto& project = ctx.data.project;
    if (project.sandboxZones.empty()) {
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "The plan has no sandbox zones.")));
        return;
    }
    auto check =
        services::PlanCheck::run(ctx.data.projectPath.toStdString(), project, {}, ctx.cancel);
    if (!check) {
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "The compliance check failed: %1"))
                                .arg(app::ErrorText::describe(check.error())),
                            9.5, true);
        return;
    }
    const auto& problems = check->problems;
    const auto& violations = check->violations;
    ctx.pages.paragraph(
        ctx.t(QT_TRANSLATE_NOOP("Report",
                                "%1 sandbox zones; %2 violations; %3 problems in the plan."))
            .arg(project.sandboxZones.size())
            .arg(violations.size())
            .arg(problems.size()));
    const QString lang = ctx.text.language();
    for (const auto& v : violations)
        ctx.pages.paragraph(QStringLiteral("• ") + app::PlanningText::violation(v, project, lang));
    for (const auto& p : problems)
        ctx.pages.paragraph(QStringLiteral("• ") + app::PlanningText::problem(p));
}

} // namespace

void writePlanning(ReportContext& ctx) {
    ctx.pages.newPage();
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Planning")));
    const auto& project = ctx.data.project;
    for (const auto& s : project.scenarios)
        if (s.id == project.activeScenario)
            ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "Scenario: %1"))
                                    .arg(ctx.text.pick(s.name.ko, s.name.en)));
    writeRegistryTable(ctx);
    writeIndicatorTable(ctx);
    writeComplianceSummary(ctx);
}

} // namespace cw::report
