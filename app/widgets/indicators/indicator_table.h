// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Indicator figures as text rows, for the dashboard's tables and for the report: one place
// that decides how a value, its unit and its year are written.
#include "cityweave/planning/indicator_rollup.h"
#include "cityweave/project/project.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cw::widgets {

enum class IndicatorValueKind { Baseline, Target, Measured };

/// The value of `kind` in an indicator or a roll-up row.
std::optional<double> indicatorValue(const project::Indicator& indicator, IndicatorValueKind kind);
std::optional<double> indicatorValue(const planning::IndicatorRollupRow& row,
                                     IndicatorValueKind kind);

/// One indicator of the plan as roll-ups group them: same id, unit and year.
struct IndicatorChoice {
    std::string id;
    std::string unit;
    int year = 0;
    project::LocalizedText name; ///< from the first project carrying it
    bool matches(const project::Indicator& i) const;
    bool matches(const planning::IndicatorRollupRow& row) const;
    bool operator==(const IndicatorChoice& o) const {
        return id == o.id && unit == o.unit && year == o.year;
    }
};

/// The distinct indicators of `projects`, in order of first appearance.
std::vector<IndicatorChoice> indicatorChoices(const std::vector<project::ProjectInfo>& projects);

/// Translates a QT_TRANSLATE_NOOP("Report", ...) source: the report passes its own translator
/// (its language may differ from the UI's), the dashboard the application's.
using IndicatorTranslateFn = std::function<QString(const char*)>;
QString translateWithApplication(const char* source);

/// A value as people read it: group separators, at most two decimals, no trailing zeros;
/// an em dash when unknown.
QString formatIndicatorValue(std::optional<double> value, const QLocale& locale);

/// Text rows with their header; `numeric` marks the columns to align right.
struct IndicatorTable {
    QStringList headers;
    std::vector<bool> numeric;
    std::vector<QStringList> rows;
};

/// One project's indicators: indicator, baseline, target, measured, unit, year.
IndicatorTable projectIndicatorTable(const project::ProjectInfo& project,
                                     const std::string& language, const QLocale& locale,
                                     const IndicatorTranslateFn& tr = translateWithApplication);

/// Every indicator of the plan: project first, then the columns of projectIndicatorTable().
IndicatorTable planIndicatorTable(const std::vector<project::ProjectInfo>& projects,
                                  const std::string& language, const QLocale& locale,
                                  const IndicatorTranslateFn& tr = translateWithApplication);

/// The roll-up of one indicator: area, projects contributing, baseline, target, measured (in
/// the indicator's unit), one row per area that has it, in the rows' order.
IndicatorTable rollupIndicatorTable(const std::vector<planning::IndicatorRollupRow>& rows,
                                    const IndicatorChoice& indicator, const QLocale& locale,
                                    const IndicatorTranslateFn& tr = translateWithApplication);

/// "Fine dust cut (t/yr, 2022)": the indicator's name with its unit and year.
QString indicatorCaption(const project::LocalizedText& name, const std::string& unit, int year,
                         const std::string& language);

} // namespace cw::widgets
