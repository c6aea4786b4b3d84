// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/indicators/indicator_table.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cw::widgets {
namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString yearText(int year) {
    return year > 0 ? QString::number(year) : QString();
}

} // namespace

std::optional<double> indicatorValue(const project::Indicator& indicator, IndicatorValueKind kind) {
    switch (kind) {
    case IndicatorValueKind::Baseline:
        return indicator.baseline;
    case IndicatorValueKind::Target:
        return indicator.target;
    case IndicatorValueKind::Measured:
        return indicator.measured;
    }
    return std::nullopt;
}

std::optional<double> indicatorValue(const planning::IndicatorRollupRow& row,
                                     IndicatorValueKind kind) {
    switch (kind) {
    case IndicatorValueKind::Baseline:
        return row.baseline;
    case IndicatorValueKind::Target:
        return row.target;
    case IndicatorValueKind::Measured:
        return row.measured;
    }
    return std::nullopt;
}

bool IndicatorChoice::matches(const project::Indicator& i) const {
    return i.id == id && i.unit == unit && i.year == year;
}

bool IndicatorChoice::matches(const planning::IndicatorRollupRow& row) const {
    return row.indicatorId == id && row.unit == unit && row.year == year;
}

std::vector<IndicatorChoice> indicatorChoices(const std::vector<project::ProjectInfo>& projects) {
    std::vector<IndicatorChoice> out;
    for (const auto& p : projects)
        for (const auto& i : p.indicators) {
            IndicatorChoice c{i.id, i.unit, i.year, i.name};
            if (std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(std::move(c));
        }
    return out;
}

QString translateWithApplication(const char* source) {
    return QCoreApplication::translate("Report", source);
}

QString formatIndicatorValue(std::optional<double> value, const QLocale& locale) {
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const double v = std::abs(*value) < 0.005 ? 0.0 : *value; // no "-0"
    if (std::abs(v - std::round(v)) < 1e-9)
        return locale.toString(std::round(v), 'f', 0);
    QString s = locale.toString(v, 'f', 2);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString indicatorCaption(const project::LocalizedText& name, const std::string& unit, int year,
                         const std::string& language) {
    QString title = text(name.in(language));
    QStringList details;
    if (!unit.empty())
        details << text(unit);
    if (year > 0)
        details << QString::number(year);
    return details.isEmpty()
               ? title
               : QStringLiteral("%1 (%2)").arg(title, details.join(QStringLiteral(", ")));
}

IndicatorTable projectIndicatorTable(const project::ProjectInfo& project,
                                     const std::string& language, const QLocale& locale,
                                     const IndicatorTranslateFn& say) {
    IndicatorTable t;
    t.headers = {
        say(QT_TRANSLATE_NOOP("Report", "Indicator")), say(QT_TRANSLATE_NOOP("Report", "Baseline")),
        say(QT_TRANSLATE_NOOP("Report", "Target")),    say(QT_TRANSLATE_NOOP("Report", "Measured")),
        say(QT_TRANSLATE_NOOP("Report", "Unit")),      say(QT_TRANSLATE_NOOP("Report", "Year"))};
    t.numeric = {false, true, true, true, false, true};
    for (const auto& i : project.indicators)
        t.rows.push_back({text(i.name.in(language)), formatIndicatorValue(i.baseline, locale),
                          formatIndicatorValue(i.target, locale),
                          formatIndicatorValue(i.measured, locale), text(i.unit),
                          yearText(i.year)});
    return t;
}

IndicatorTable planIndicatorTable(const std::vector<project::ProjectInfo>& projects,
                                  const std::string& language, const QLocale& locale,
                                  const IndicatorTranslateFn& say) {
    IndicatorTable t = projectIndicatorTable(project::ProjectInfo{}, language, locale, say);
    t.headers.prepend(say(QT_TRANSLATE_NOOP("Report", "Project")));
    t.numeric.insert(t.numeric.begin(), false);
    for (const auto& p : projects)
        for (auto& row : projectIndicatorTable(p, language, locale, say).rows)
            t.rows.push_back(QStringList{text(p.name.in(language))} + row);
    return t;
}

IndicatorTable rollupIndicatorTable(const std::vector<planning::IndicatorRollupRow>& rows,
                                    const IndicatorChoice& indicator, const QLocale& locale,
                                    const IndicatorTranslateFn& say) {
    IndicatorTable t;
    t.headers = {
        say(QT_TRANSLATE_NOOP("Report", "Area")), say(QT_TRANSLATE_NOOP("Report", "Projects")),
        say(QT_TRANSLATE_NOOP("Report", "Baseline")), say(QT_TRANSLATE_NOOP("Report", "Target")),
        say(QT_TRANSLATE_NOOP("Report", "Measured"))};
    t.numeric = {false, true, true, true, true};
    for (const auto& r : rows)
        if (indicator.matches(r))
            t.rows.push_back({text(r.zone), QString::number(r.projects),
                              formatIndicatorValue(r.baseline, locale),
                              formatIndicatorValue(r.target, locale),
                              formatIndicatorValue(r.measured, locale)});
    return t;
}

} // namespace cw::widgets
