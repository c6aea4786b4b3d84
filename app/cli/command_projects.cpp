// SPDX-License-Identifier: GPL-3.0-or-later
// `projects PROJECT`: the planning registry, optionally as the plan stood in one year.
#include "cityweave/planning/timeline.h"
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "common/planning_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::cli {
namespace {

QJsonObject text(const project::LocalizedText& t) {
    return {{QStringLiteral("ko"), QString::fromStdString(t.ko)},
            {QStringLiteral("en"), QString::fromStdString(t.en)}};
}

QJsonValue optionalNumber(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject projectJson(const project::ProjectInfo& p, int layerCount) {
    QJsonArray partners;
    for (const auto& pa : p.partners)
        partners.append(QJsonObject{{QStringLiteral("kind"), project::partnerKindKey(pa.kind)},
                                    {QStringLiteral("name"), text(pa.name)}});
    QJsonArray exemptions;
    for (auto e : p.requiredExemptions)
        exemptions.append(QString::fromLatin1(project::exemptionKey(e)));
    QJsonArray indicators;
    for (const auto& i : p.indicators)
        indicators.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(i.id)},
                                      {QStringLiteral("name"), text(i.name)},
                                      {QStringLiteral("unit"), QString::fromStdString(i.unit)},
                                      {QStringLiteral("year"), i.year},
                                      {QStringLiteral("baseline"), optionalNumber(i.baseline)},
                                      {QStringLiteral("target"), optionalNumber(i.target)},
                                      {QStringLiteral("measured"), optionalNumber(i.measured)}});
    QJsonArray rollout;
    for (const auto& s : p.rollout) {
        QJsonArray districts;
        for (const auto& d : s.districts)
            districts.append(QString::fromStdString(d));
        rollout.append(QJsonObject{{QStringLiteral("year"), s.year},
                                   {QStringLiteral("districts"), districts}});
    }
    return {{QStringLiteral("id"), QString::fromStdString(p.id)},
            {QStringLiteral("name"), text(p.name)},
            {QStringLiteral("sector"), project::sectorKey(p.sector)},
            {QStringLiteral("task"), QString::fromStdString(p.task)},
            {QStringLiteral("axis"), project::axisKey(p.axis)},
            {QStringLiteral("lead_agency"), text(p.leadAgency)},
            {QStringLiteral("partners"), partners},
            {QStringLiteral("stage"), p.stage},
            {QStringLiteral("start_year"), p.startYear},
            {QStringLiteral("end_year"), p.endYear},
            {QStringLiteral("budget_krw"),
             p.budgetKrw ? QJsonValue(static_cast<double>(*p.budgetKrw)) : QJsonValue()},
            {QStringLiteral("status"), project::projectStatusKey(p.status)},
            {QStringLiteral("required_exemptions"), exemptions},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("rollout"), rollout},
            {QStringLiteral("layers"), layerCount}};
}

QString years(const project::ProjectInfo& p) {
    const QString start = p.startYear ? QString::number(p.startYear) : QStringLiteral("?");
    const QString end = p.endYear ? QString::number(p.endYear) : QString();
    return start + QStringLiteral("–") + end;
}

} // namespace

int runProjects(CliContext& ctx) {
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString stageText = ctx.takeOption(QStringLiteral("--stage"));
    const QString scenario = ctx.takeOption(QStringLiteral("--scenario"));
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("projects needs one project file."));
    bool ok = true;
    const int year = yearText.isEmpty() ? 0 : yearText.toInt(&ok);
    if (!ok)
        return ctx.usage(CliContext::tr("--year needs a year such as 2024."));
    const int stage = stageText.isEmpty() ? 0 : stageText.toInt(&ok);
    if (!ok || stage < 0 || stage > 3)
        return ctx.usage(CliContext::tr("--stage needs 1, 2 or 3."));

    const std::string path = ctx.args.first().toStdString();
    auto project = project::ProjectStore::load(path);
    if (!project)
        return ctx.fail(project.error());
    ctx.warnAboutDamage(project->damagedParts);
    if (int rc = switchToScenario(ctx, scenario, *project); rc != kOk)
        return rc;
    std::vector<const project::ProjectInfo*> shown;
    for (const auto& p : project->projects)
        if ((year == 0 || planning::activeInYear(p, year)) && (stage == 0 || p.stage == stage))
            shown.push_back(&p);
    auto layerCount = [&](const std::string& id) {
        return static_cast<int>(std::count_if(project->layers.begin(), project->layers.end(),
                                              [&](const auto& l) { return l.projectId == id; }));
    };
    if (json) {
        QJsonArray list;
        for (const auto* p : shown)
            list.append(projectJson(*p, layerCount(p->id)));
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("projects"), list}}).toJson();
        return kOk;
    }
    const QString lang = ctx.language;
    ctx.out << CliContext::tr("%n project(s)", nullptr, static_cast<int>(shown.size())) << '\n';
    for (const auto* p : shown) {
        ctx.out << QStringLiteral("\n%1  %2\n")
                       .arg(QString::fromStdString(p->id),
                            QString::fromStdString(p->name.in(lang.toStdString())));
        ctx.out << "  " << CliContext::tr("Task: %1").arg(app::PlanningText::task(p->task, lang))
                << '\n';
        ctx.out << "  "
                << CliContext::tr("Stage: %1 · Years: %2 · Status: %3")
                       .arg(app::PlanningText::stage(p->stage), years(*p),
                            app::PlanningText::status(p->status))
                << '\n';
        ctx.out << "  "
                << CliContext::tr("Lead agency: %1")
                       .arg(QString::fromStdString(p->leadAgency.in(lang.toStdString())))
                << '\n';
        for (const auto& i : p->indicators) {
            const QString target = i.target ? QString::number(*i.target) : QStringLiteral("–");
            const QString measured =
                i.measured ? QString::number(*i.measured) : QStringLiteral("–");
            ctx.out << "  "
                    << CliContext::tr("Indicator %1 (%2, %3): target %4, measured %5")
                           .arg(QString::fromStdString(i.name.in(lang.toStdString())),
                                QString::fromStdString(i.unit))
                           .arg(i.year)
                           .arg(target, measured)
                    << '\n';
        }
    }
    ctx.out.flush();
    return kOk;
}

} // namespace cw::cli
