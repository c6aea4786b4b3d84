// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"
#include "services/scenario_comparison.h"

#include <QDialog>
#include <QFuture>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cw::widgets {

/// Two scenarios of a project side by side: registry and zone differences and indicator values
/// at once; overlap figures and changed features of layers drawn from other tables computed on
/// a worker thread (cancellable), since they read the layers from disk.
class ScenarioCompareDialog : public QDialog {
    Q_OBJECT

public:
    /// `project` is the plan as it is now (its working plan is the active scenario's);
    /// `projectPath` where its layers are read from (empty: no overlap figures).
    /// `registry`: the analyses whose figures are compared (overlap-matrix and every plugin
    /// analysis); it must outlive the dialog.
    ScenarioCompareDialog(project::Project project, QString projectPath, QString language,
                          const analysis::AnalysisRegistry& registry, QWidget* parent = nullptr);
    ~ScenarioCompareDialog() override;

    /// Picks the two scenarios (ids) and compares them.
    void compare(const QString& idA, const QString& idB);
    bool isComputing() const { return m_running; }

signals:
    /// The worker's figures are shown (or failed, or were cancelled).
    void figuresFinished();

private:
    void refresh();
    void fillRegistry(const project::Project& a, const project::Project& b);
    void fillIndicators(const project::Project& a, const project::Project& b);
    void fillZones(const project::Project& a, const project::Project& b);
    void startFigures();
    void cancelFigures();
    void showFigures(const Result<services::ScenarioFigures>& figures);
    void addAnalysisFigure(const services::AnalysisFigure& figure);
    QString projectName(const project::Project& p, const std::string& id) const;
    QString scenarioName(const std::string& id) const;

    project::Project m_project;
    QString m_path;
    QString m_language;
    const analysis::AnalysisRegistry& m_analyses;
    QComboBox* m_a;
    QComboBox* m_b;
    QTableWidget* m_registry;
    QTableWidget* m_indicators;
    QTableWidget* m_zones;
    QTableWidget* m_overlap;
    QTableWidget* m_features;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_running = false;
    CancelToken m_token;
    QFuture<void> m_future; // the figures in flight: waited for on destruction (registry)
    quint64 m_serial = 0;   // bumped per comparison: stale results are dropped
};

} // namespace cw::widgets
