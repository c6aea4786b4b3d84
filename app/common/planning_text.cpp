// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/planning_text.h"

#include <QLocale>
#include <cmath>
#include <map>

namespace cw::app {
namespace {

QString arg(const std::vector<std::string>& args, std::size_t i) {
    return i < args.size() ? QString::fromStdString(args[i]) : QString();
}

QString nameIn(const project::LocalizedText& text, const QString& lang) {
    return QString::fromStdString(text.in(lang.toStdString()));
}

QString projectName(const project::Project& project, const std::string& id, const QString& lang) {
    const project::ProjectInfo* p = project.findProject(id);
    return p ? nameIn(p->name, lang) : QString::fromStdString(id);
}

QString zoneName(const project::Project& project, const std::string& id, const QString& lang) {
    for (const auto& z : project.sandboxZones)
        if (z.id == id)
            return nameIn(z.name, lang);
    return QString::fromStdString(id);
}

QString number(double v) {
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

/// Years are never digit-grouped ("2025", not "2,025").
QString year(double v) {
    return QString::number(static_cast<int>(v));
}

} // namespace

QString PlanningText::problem(const planning::ValidationProblem& p) {
    using planning::ProblemCode;
    const QString field = QString::fromStdString(p.field);
    switch (p.code) {
    case ProblemCode::MissingId:
        return tr("%1: an identifier is required.").arg(field);
    case ProblemCode::MissingName:
        return tr("%1: a name in Korean or English is required.").arg(field);
    case ProblemCode::UnknownTask:
        return tr("%1: \"%2\" is not one of the 11 core tasks (T1-T3, S1-S3, E1-E2, I1-I3).")
            .arg(field, arg(p.args, 0));
    case ProblemCode::TaskSectorMismatch:
        return tr("%1: task %2 belongs to another sector (%3).")
            .arg(field, arg(p.args, 0), arg(p.args, 1));
    case ProblemCode::YearOutOfRange:
        return tr("%1: the year %2 is outside %3-%4.")
            .arg(field, arg(p.args, 0))
            .arg(planning::kEarliestYear)
            .arg(planning::kLatestYear);
    case ProblemCode::YearsReversed:
        return tr("%1: the end year %3 comes before the start year %2.")
            .arg(field, arg(p.args, 0), arg(p.args, 1));
    case ProblemCode::StageOutOfRange:
        return tr("%1: the stage must be 1, 2 or 3, not %2.").arg(field, arg(p.args, 0));
    case ProblemCode::NegativeBudget:
        return tr("%1: the budget cannot be negative.").arg(field);
    case ProblemCode::RolloutNeedsStage3:
        return tr("%1: only a stage-3 project has a region-wide roll-out plan.").arg(field);
    case ProblemCode::RolloutYearOutsideProject:
        return tr("%1: the roll-out step of %2 lies outside the project's years.")
            .arg(field, arg(p.args, 0));
    case ProblemCode::IndicatorWithoutValue:
        return tr("%1: indicator \"%2\" has no baseline, target or measured value.")
            .arg(field, arg(p.args, 0));
    case ProblemCode::DuplicateIndicator:
        return tr("%1: indicator \"%2\" appears twice for %3.")
            .arg(field, arg(p.args, 0), arg(p.args, 1));
    case ProblemCode::ValidityTooLong:
        return tr("%1: a sandbox special case runs 1 to %2 years, not %3.")
            .arg(field)
            .arg(planning::kMaxValidityYears)
            .arg(arg(p.args, 0));
    case ProblemCode::ExtensionTooLong:
        return tr("%1: the single extension may add at most %2 years, not %3.")
            .arg(field)
            .arg(planning::kMaxExtensionYears)
            .arg(arg(p.args, 0));
    case ProblemCode::ZoneWithoutExemptions:
        return tr("%1: the zone grants no exemption.").arg(field);
    case ProblemCode::ZoneWithoutArea:
        return tr("%1: the zone has no area drawn.").arg(field);
    case ProblemCode::DuplicateId:
        return tr("%1: the identifier \"%2\" is used twice.").arg(field, arg(p.args, 0));
    }
    return field;
}

QString PlanningText::violationKind(planning::ViolationKind kind) {
    using planning::ViolationKind;
    switch (kind) {
    case ViolationKind::NoZoneGrants:
        return tr("No zone grants the exemption");
    case ViolationKind::OutsideGrantingZones:
        return tr("Outside the granting zones");
    case ViolationKind::RunsPastValidity:
        return tr("Runs past the zone's validity");
    case ViolationKind::StartsBeforeZone:
        return tr("Starts before the zone is valid");
    case ViolationKind::CapExceeded:
        return tr("Zone cap exceeded");
    }
    return {};
}

QString PlanningText::violation(const planning::Violation& v, const project::Project& project,
                                const QString& lang) {
    using planning::ViolationKind;
    const QString who = projectName(project, v.projectId, lang);
    const QString zone = zoneName(project, v.zoneId, lang);
    const QString exemption = PlanningText::exemption(v.exemption, lang);
    switch (v.kind) {
    case ViolationKind::NoZoneGrants:
        return tr("%1 needs \"%2\", but no sandbox zone grants it.").arg(who, exemption);
    case ViolationKind::OutsideGrantingZones:
        return tr("%1: feature %2 of layer %3 lies outside every zone granting \"%4\" (%5 "
                  "outside).")
            .arg(who)
            .arg(v.featureId)
            .arg(QString::fromStdString(v.layerId), exemption, number(v.value));
    case ViolationKind::RunsPastValidity:
        if (v.value == 0)
            return tr("%1 has no end year but zone %2 is valid only until %3.")
                .arg(who, zone, year(v.limit));
        return tr("%1 runs until %2 but zone %3 is valid only until %4.")
            .arg(who, year(v.value), zone, year(v.limit));
    case ViolationKind::StartsBeforeZone:
        return tr("%1 starts in %2, before zone %3 becomes valid in %4.")
            .arg(who, year(v.value), zone, year(v.limit));
    case ViolationKind::CapExceeded: {
        QString what;
        switch (v.cap) {
        case project::CapKind::Projects:
            what = tr("projects");
            break;
        case project::CapKind::Features:
            what = tr("features");
            break;
        case project::CapKind::AreaM2:
            what = tr("m² of area");
            break;
        case project::CapKind::LengthM:
            what = tr("m of length");
            break;
        }
        return tr("Zone %1 holds %2 %3 under its exemptions; its cap is %4.")
            .arg(zone, number(v.value), what, number(v.limit));
    }
    }
    return {};
}

QString PlanningText::stage(int stage) {
    switch (stage) {
    case 1:
        return tr("1 unit project");
    case 2:
        return tr("2 integrated pilot (living lab)");
    case 3:
        return tr("3 region-wide roll-out");
    }
    return QString::number(stage);
}

QString PlanningText::status(project::ProjectStatus status) {
    switch (status) {
    case project::ProjectStatus::Planned:
        return tr("planned");
    case project::ProjectStatus::Running:
        return tr("running");
    case project::ProjectStatus::Completed:
        return tr("completed");
    case project::ProjectStatus::Suspended:
        return tr("suspended");
    }
    return {};
}

QString PlanningText::axis(project::Axis axis) {
    switch (axis) {
    case project::Axis::NewIndustry:
        return tr("new industry");
    case project::Axis::GreenEnergy:
        return tr("green energy");
    case project::Axis::Regeneration:
        return tr("urban regeneration");
    case project::Axis::None:
        break;
    }
    return {};
}

QString PlanningText::partnerKind(project::PartnerKind kind) {
    switch (kind) {
    case project::PartnerKind::Company:
        return tr("company");
    case project::PartnerKind::SchoolOrResearch:
        return tr("school or research institute");
    case project::PartnerKind::CitizenGroup:
        return tr("citizen group");
    }
    return {};
}

QString PlanningText::exemption(project::Exemption exemption, const QString& lang) {
    return QStringLiteral("%1. %2")
        .arg(static_cast<int>(exemption))
        .arg(nameIn(project::exemptionName(exemption), lang));
}

QString PlanningText::task(const std::string& code, const QString& lang) {
    const project::CoreTask* t = project::findCoreTask(code);
    if (!t)
        return QString::fromStdString(code);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(t->code), nameIn(t->name, lang));
}

QString PlanningText::sector(project::Sector sector) {
    switch (sector) {
    case project::Sector::Transport:
        return tr("Transport");
    case project::Sector::Safety:
        return tr("Safety");
    case project::Sector::Energy:
        return tr("Energy");
    case project::Sector::IndustrySpace:
        return tr("Industry and space");
    case project::Sector::None:
        break;
    }
    return {};
}

QString PlanningText::field(const std::string& key) {
    static const std::map<std::string, const char*> names{
        {"name", QT_TR_NOOP("Name")},
        {"sector", QT_TR_NOOP("Sector")},
        {"task", QT_TR_NOOP("Core task")},
        {"lead_agency", QT_TR_NOOP("Lead agency")},
        {"stage", QT_TR_NOOP("Stage")},
        {"start_year", QT_TR_NOOP("Start year")},
        {"end_year", QT_TR_NOOP("End year")},
        {"axis", QT_TR_NOOP("Strategic axis")},
        {"partners", QT_TR_NOOP("Partners")},
        {"budget", QT_TR_NOOP("Budget (KRW)")},
        {"budget_krw", QT_TR_NOOP("Budget (KRW)")},
        {"status", QT_TR_NOOP("Status")},
        {"provenance", QT_TR_NOOP("Provenance")},
        {"required_exemptions", QT_TR_NOOP("Required exemptions")},
        {"indicators", QT_TR_NOOP("Indicators")},
        {"rollout", QT_TR_NOOP("Roll-out order")},
        {"area", QT_TR_NOOP("Area")},
        {"rings", QT_TR_NOOP("Boundary")},
        {"exemptions", QT_TR_NOOP("Exemptions")},
        {"validity", QT_TR_NOOP("Validity")},
        {"valid_years", QT_TR_NOOP("Years valid")},
        {"extension_years", QT_TR_NOOP("Extension (years)")},
        {"caps", QT_TR_NOOP("Caps")},
        {"notes", QT_TR_NOOP("Notes")},
        {"style", QT_TR_NOOP("Style")},
        {"visible", QT_TR_NOOP("Visible")},
    };
    const auto it = names.find(key);
    return it == names.end() ? QString::fromStdString(key) : tr(it->second);
}

} // namespace cw::app
