// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard's charts. Each chart has one value axis in one unit: indicators with different
// units never share an axis.
#include "widgets/indicators/indicator_table.h"

#include <QColor>

class QChart;
class QBarSet;

namespace cw::widgets {

/// The same colour for a kind of value in every chart.
QColor indicatorKindColor(IndicatorValueKind kind);
QString indicatorKindName(IndicatorValueKind kind);
/// The object name of a kind's bar set ("baseline", "target", "measured"), so tests and the
/// panels find the set of a kind.
QString indicatorKindKey(IndicatorValueKind kind);

/// One indicator of one project: a horizontal bar for each value it has (baseline, target,
/// measured), titled with its name, unit and year; the legend gives each value in full.
QChart* makeProjectIndicatorChart(const project::Indicator& indicator, const std::string& language,
                                  const QLocale& locale);

/// One indicator rolled up: a group of bars per area (target and measured, those the rows
/// have), areas top-down in the rows' order.
QChart* makeRollupChart(const std::vector<planning::IndicatorRollupRow>& rows,
                        const IndicatorChoice& indicator, const std::string& language,
                        const QLocale& locale);

/// The bar set of `kind` in `chart`, or null when the chart shows no such value.
QBarSet* findKindBarSet(const QChart* chart, IndicatorValueKind kind);

} // namespace cw::widgets
