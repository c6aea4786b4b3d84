// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/indicators/indicator_table.h"

#include <QWidget>
#include <optional>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cw::widgets {

/// Where a roll-up apportions: the plan's sandbox zones (empty id) or a polygon layer, whose
/// fields can name the areas.
struct RollupAreaSource {
    QString layerId; ///< empty: the sandbox zones
    QString name;
    QStringList fields;
    QString preferredField; ///< the field chosen first
};

/// The "Roll-up" tab: choose the areas (sandbox zones or a polygon layer such as districts, with
/// the field naming them) and an indicator; shows a bar chart per area and a table. The roll-up
/// itself runs elsewhere: the panel asks for it with areasChanged() and shows setRows().
class IndicatorRollupPanel : public QWidget {
    Q_OBJECT

public:
    explicit IndicatorRollupPanel(QWidget* parent = nullptr);

    /// Replaces the choices, keeping the current ones when they are still offered.
    void setAreaSources(const std::vector<RollupAreaSource>& sources);
    void setIndicators(const std::vector<IndicatorChoice>& indicators, const std::string& language,
                       const QLocale& locale);

    QString areaLayerId() const;
    bool areasAreSandboxZones() const { return areaLayerId().isEmpty(); }
    /// The field naming the areas of a layer; empty: the feature id.
    QString areaNameField() const;
    std::optional<IndicatorChoice> indicator() const;
    bool selectAreaSource(const QString& layerId);
    bool selectNameField(const QString& field);
    bool selectIndicator(const QString& id);

    void showRunning(const QString& what);
    /// Shows the rows of the chosen indicator (all rows are kept for another choice).
    void setRows(std::vector<planning::IndicatorRollupRow> rows);
    /// A failure or a cancelled run: the message replaces the chart and table.
    void showMessage(const QString& message);

    /// The value the chart draws for `area` (a category), or none.
    std::optional<double> chartValue(const QString& area, IndicatorValueKind kind) const;
    QTableWidget& table() const { return *m_table; }

signals:
    /// The areas or their name field changed: the roll-up must run again.
    void areasChanged();
    void cancelRequested();

private:
    void fillNameFields();
    void showRows();

    QComboBox* m_areaCombo;
    QComboBox* m_fieldCombo;
    QLabel* m_fieldLabel;
    QComboBox* m_indicatorCombo;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QChartView* m_chart;
    QTableWidget* m_table;
    std::vector<RollupAreaSource> m_sources;
    std::vector<IndicatorChoice> m_indicators;
    std::vector<planning::IndicatorRollupRow> m_rows;
    std::string m_language = "en";
    QLocale m_locale;
};

} // namespace cw::widgets
