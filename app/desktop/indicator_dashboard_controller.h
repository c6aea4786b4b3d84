// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "cityweave/planning/indicator_areas.h"
#include "cityweave/planning/indicator_rollup.h"

#include <QFuture>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QTimer;

namespace cw::widgets {
class IndicatorRollupPanel;
class ProjectIndicatorsPanel;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The indicators dashboard dock: per-project and rolled-up indicator charts (Qt Charts).
/// Built by the main window, which it outlives neither; it adds its own docks, toolbars and
/// actions to `window` and to the Plan menu. Both tabs follow plan edits (with undo) and the
/// timeline filter; the roll-up runs on a worker thread while the dock is open.
class IndicatorDashboardController : public QObject {
    Q_OBJECT

public:
    IndicatorDashboardController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);
    ~IndicatorDashboardController() override;

    QDockWidget& dock() const { return *m_dock; }
    QAction& action() const { return *m_action; }
    widgets::ProjectIndicatorsPanel& projectPanel() const { return *m_projectPanel; }
    widgets::IndicatorRollupPanel& rollupPanel() const { return *m_rollupPanel; }
    /// Shows the "By project" (0) or "Roll-up" (1) tab.
    void showTab(int index);

    /// The rows of the last finished roll-up (every indicator, ordered by area then indicator).
    const std::vector<planning::IndicatorRollupRow>& rollupRows() const { return m_rows; }
    bool isRollupRunning() const { return m_running; }

public slots:
    /// Rolls up again now (cancelling a run in progress), whatever was shown before.
    void runRollup();
    void cancelRollup();

signals:
    /// A roll-up ended: `ok` false when it failed or was cancelled (rollupRows() then empty).
    void rollupFinished(bool ok);

private:
    /// What one roll-up reads, gathered on the UI thread; equal requests give equal rows.
    struct Request {
        std::vector<project::ProjectInfo> projects; ///< those the timeline shows
        std::vector<planning::ProjectLayerData> layers;
        std::vector<project::SandboxZone> zones; ///< when rolling up by sandbox zone
        std::shared_ptr<const data::VectorLayer> areaLayer;
        std::string nameField;
        std::string language;
        bool operator==(const Request& o) const;
    };
    struct Outcome;

    void refreshProjects();
    void refreshRollupChoices();
    void scheduleRollup();
    /// Starts a roll-up unless the rows shown were computed from the same inputs.
    void rollupIfChanged();
    std::optional<Request> makeRequest(QString* problem) const;
    void start(Request request);
    void onFinished(Outcome outcome, quint64 serial);
    QLocale locale() const;

    ProjectDocument& m_document;
    MainWindow& m_window;
    QDockWidget* m_dock;
    QTabWidget* m_tabs;
    QAction* m_action;
    widgets::ProjectIndicatorsPanel* m_projectPanel;
    widgets::IndicatorRollupPanel* m_rollupPanel;
    QTimer* m_debounce;

    std::vector<planning::IndicatorRollupRow> m_rows;
    std::optional<Request> m_shown;          // what m_rows were computed from
    std::optional<Request> m_runningRequest; // what the run in progress reads
    bool m_sized = false;                    // the dock got its first width
    bool m_running = false;
    bool m_rerun = false; // inputs changed while running
    CancelToken m_cancel;
    quint64 m_serial = 0;
};

} // namespace cw::desktop
