// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"

#include <QHash>
#include <QWidget>
#include <map>
#include <memory>
#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace cw::widgets {

class ParameterForm;

/// The analysis panel: the analyses on offer, the chosen one's description and generated
/// parameter form, Run with progress and Cancel, and the last results (tables, the overlap
/// heat map, the zone list). It only shows state and reports the user's wishes; whoever owns
/// the registry runs the analyses.
class AnalysisPanel : public QWidget {
    Q_OBJECT

public:
    enum class State { Idle, Running, Finished, Failed, Cancelled };

    explicit AnalysisPanel(const QString& language, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {480, 760}; }

    /// The analyses to offer, in order (descriptors are copied).
    void setAnalyses(const std::vector<analysis::AnalysisDescriptor>& analyses);
    int analysisCount() const;
    QString currentAnalysisId() const;
    bool selectAnalysis(const QString& id);
    ParameterForm& form() const { return *m_form; }
    std::map<std::string, std::string> parameterValues() const;

    State state() const { return m_state; }
    QString statusText() const;
    /// The result shown, or null.
    const analysis::AnalysisResult* shownResult() const { return m_result.get(); }
    /// Tab titles of the result views, for tests.
    QStringList resultTabs() const;

public slots:
    void setRunning(const QString& what);
    void setProgress(double fraction, const QString& what);
    /// Shows a finished run; `names` maps project values in the tables to display names;
    /// `note` (e.g. where the results were saved) is shown under the results.
    void showResult(std::shared_ptr<const analysis::AnalysisResult> result,
                    const QHash<QString, QString>& names, const QString& note);
    void showFailure(const QString& message);
    void showCancelled();
    void setNote(const QString& note);

signals:
    void runRequested(const QString& analysisId);
    void cancelRequested();
    void saveResultsRequested();
    void pairActivated(const QString& projectA, const QString& projectB);
    void zoneActivated(const QString& layerKey, int featureIndex);
    /// A pilot ranking was re-ranked from the weights tab (same layers, new scores).
    void resultReranked(std::shared_ptr<const cw::analysis::AnalysisResult> result);

private:
    void onCurrentAnalysisChanged();
    void setState(State state, const QString& text);
    void addTableTab(const analysis::ResultTable& table);
    const analysis::AnalysisDescriptor* descriptorOf(const std::string& id) const;
    void showReranked(std::shared_ptr<const analysis::AnalysisResult> result);

    QString m_language;
    std::vector<analysis::AnalysisDescriptor> m_analyses;
    std::shared_ptr<const analysis::AnalysisResult> m_result;
    QHash<QString, QString> m_names; ///< project ids to names, for the result tables
    State m_state = State::Idle;

    QListWidget* m_list;
    QLabel* m_description;
    ParameterForm* m_form;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTabWidget* m_results;
    QLabel* m_note;
};

} // namespace cw::widgets
