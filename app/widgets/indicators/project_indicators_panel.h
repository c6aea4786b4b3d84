// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/indicators/indicator_table.h"

#include <QWidget>
#include <optional>
#include <set>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace cw::widgets {

/// The "By project" tab: pick a project, see one small chart per indicator (each on its own
/// axis, in its own unit) and a table with the exact figures.
class ProjectIndicatorsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProjectIndicatorsPanel(QWidget* parent = nullptr);

    /// Shows the plan's projects in the combo (`hidden` ones marked as hidden by the timeline)
    /// and redraws the chosen one, which stays chosen when it is still in the plan.
    void setPlan(const std::vector<project::ProjectInfo>& projects,
                 const std::set<std::string>& hidden, const std::string& language,
                 const QLocale& locale);
    QString currentProjectId() const;
    /// Chooses a project by id; false when the combo has no such project.
    bool selectProject(const QString& id);
    /// Whether the combo marks `id` as hidden by the timeline.
    bool isMarkedHidden(const QString& id) const;

    /// How many indicator charts are shown, and a value as its chart draws it (from the bar
    /// set), or none when the chart has no bar of that kind or there is no such chart.
    int chartCount() const { return static_cast<int>(m_charts.size()); }
    std::optional<double> chartValue(const QString& indicatorId, IndicatorValueKind kind) const;
    /// The chart of an indicator, for its title; null when there is none.
    const QChartView* chartView(const QString& indicatorId) const;
    QTableWidget& table() const { return *m_table; }

private:
    void showCurrent();

    QComboBox* m_projectCombo;
    QLabel* m_empty;
    QWidget* m_chartBox;
    QVBoxLayout* m_chartLayout;
    QTableWidget* m_table;
    std::vector<project::ProjectInfo> m_projects;
    std::set<std::string> m_hidden;
    std::string m_language = "en";
    QLocale m_locale;
    std::vector<std::pair<QString, QChartView*>> m_charts; // indicator id → its chart
};

/// Fills a table widget with text rows, numbers aligned right.
void fillIndicatorTableWidget(QTableWidget& widget, const IndicatorTable& table);
/// Makes a table just tall enough for its rows (at most `maxRows`; then it scrolls).
void fitTableHeight(QTableWidget& widget, int maxRows);

} // namespace cw::widgets
