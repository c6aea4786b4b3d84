// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/indicators/indicator_charts.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace cw::widgets {
namespace {

constexpr IndicatorValueKind kKinds[] = {IndicatorValueKind::Baseline, IndicatorValueKind::Target,
                                         IndicatorValueKind::Measured};

QBarSet* makeSet(IndicatorValueKind kind, const QString& label) {
    auto* set = new QBarSet(label);
    set->setObjectName(indicatorKindKey(kind));
    set->setColor(indicatorKindColor(kind));
    set->setBorderColor(indicatorKindColor(kind).darker(130));
    return set;
}

QChart* makeChart(const QString& title, const QLocale& locale) {
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A value axis from 0 (or below, for negative values) to the largest value, in round steps.
QValueAxis* makeValueAxis(double lo, double hi) {
    auto* axis = new QValueAxis;
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0)
        hi = lo + 1;
    axis->setRange(lo, hi + (hi - lo) * 0.05);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    // Whole numbers from ten up; the chart's locale adds the group separators.
    const double span = axis->max() - axis->min();
    axis->setLabelFormat(span >= 10  ? QStringLiteral("%.0f")
                         : span >= 1 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.2f"));
    return axis;
}

// Bars grow from the left along the value axis; categories run up the left edge. The legend
// would list the kinds in reverse: list them top-down like the bars.
void attachAxes(QChart* chart, QHorizontalBarSeries* series, QBarCategoryAxis* categories,
                double lo, double hi) {
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis* values = makeValueAxis(lo, hi);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setReverseMarkers(true);
}

} // namespace

QColor indicatorKindColor(IndicatorValueKind kind) {
    switch (kind) {
    case IndicatorValueKind::Baseline:
        return QColor(0x9e, 0x9e, 0x9e);
    case IndicatorValueKind::Target:
        return QColor(0x1f, 0x77, 0xb4);
    case IndicatorValueKind::Measured:
        return QColor(0x2c, 0xa0, 0x2c);
    }
    return Qt::black;
}

QString indicatorKindName(IndicatorValueKind kind) {
    switch (kind) {
    case IndicatorValueKind::Baseline:
        return QCoreApplication::translate("Report", "Baseline");
    case IndicatorValueKind::Target:
        return QCoreApplication::translate("Report", "Target");
    case IndicatorValueKind::Measured:
        return QCoreApplication::translate("Report", "Measured");
    }
    return {};
}

QString indicatorKindKey(IndicatorValueKind kind) {
    switch (kind) {
    case IndicatorValueKind::Baseline:
        return QStringLiteral("baseline");
    case IndicatorValueKind::Target:
        return QStringLiteral("target");
    case IndicatorValueKind::Measured:
        return QStringLiteral("measured");
    }
    return {};
}

QChart* makeProjectIndicatorChart(const project::Indicator& indicator, const std::string& language,
                                  const QLocale& locale) {
    QChart* chart = makeChart(
        indicatorCaption(indicator.name, indicator.unit, indicator.year, language), locale);
    auto* series = new QHorizontalBarSeries;
    double lo = 0, hi = 0;
    // Listed bottom-up by Qt: measured first puts baseline on top, reading down to measured.
    for (auto it = std::rbegin(kKinds); it != std::rend(kKinds); ++it) {
        const auto value = indicatorValue(indicator, *it);
        if (!value)
            continue;
        QBarSet* set =
            makeSet(*it, QStringLiteral("%1 %2").arg(indicatorKindName(*it),
                                                     formatIndicatorValue(value, locale)));
        set->append(*value);
        series->append(set);
        lo = std::min(lo, *value);
        hi = std::max(hi, *value);
    }
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(QStringLiteral(" "));
    categories->setVisible(false);
    attachAxes(chart, series, categories, lo, hi);
    return chart;
}

QChart* makeRollupChart(const std::vector<planning::IndicatorRollupRow>& rows,
                        const IndicatorChoice& indicator, const std::string& language,
                        const QLocale& locale) {
    QChart* chart = makeChart(
        indicatorCaption(indicator.name, indicator.unit, indicator.year, language), locale);
    std::vector<const planning::IndicatorRollupRow*> shown;
    for (const auto& r : rows)
        if (indicator.matches(r))
            shown.push_back(&r);
    std::reverse(shown.begin(), shown.end()); // Qt draws the first category at the bottom
    auto* series = new QHorizontalBarSeries;
    double lo = 0, hi = 0;
    for (IndicatorValueKind kind : {IndicatorValueKind::Measured, IndicatorValueKind::Target}) {
        const bool any = std::any_of(shown.begin(), shown.end(),
                                     [&](const auto* r) { return indicatorValue(*r, kind); });
        if (!any)
            continue;
        QBarSet* set = makeSet(kind, indicatorKindName(kind));
        for (const auto* r : shown) {
            const double v = indicatorValue(*r, kind).value_or(0.0);
            set->append(v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    // A category axis refuses a name twice: two areas of one name are told apart by number.
    QStringList names;
    for (const auto* r : shown) {
        const QString base =
            r->zone.empty() ? QStringLiteral("—") : QString::fromStdString(r->zone);
        QString name = base;
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names << name;
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    attachAxes(chart, series, categories, lo, hi);
    return chart;
}

QBarSet* findKindBarSet(const QChart* chart, IndicatorValueKind kind) {
    if (!chart)
        return nullptr;
    const QString key = indicatorKindKey(kind);
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                if (set->objectName() == key)
                    return set;
    return nullptr;
}

} // namespace cw::widgets
