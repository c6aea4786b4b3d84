// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/progress.h"
#include "cityweave/planning/compliance.h"
#include "cityweave/planning/validation.h"
#include "cityweave/project/project.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;
class QTimer;

namespace cw::widgets {
class CompliancePanel;
class MapCanvas;
class ViolationOverlay;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The sandbox compliance check: runs plan validation and the compliance check off the UI
/// thread on the plan as it is in memory (unsaved edits count) and the project's layers as
/// saved, lists problems and violations with reasons in a dock, and highlights them on the map.
/// While the dock is open it re-checks shortly after every plan edit, undo or redo.
/// Built by the main window, which it outlives neither; it adds its own dock and action.
class ComplianceController : public QObject {
    Q_OBJECT

public:
    ComplianceController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);
    ~ComplianceController() override;

    QAction& checkAction() const { return *m_action; }
    QDockWidget& dock() const { return *m_dock; }
    widgets::CompliancePanel& panel() const { return *m_panel; }
    const widgets::ViolationOverlay& overlay() const { return *m_overlay; }

    /// The last finished check's results (empty before the first).
    const std::vector<planning::Violation>& violations() const { return m_violations; }
    const std::vector<planning::ValidationProblem>& problems() const { return m_problems; }
    /// Whether the last finished check covered the sandbox zones (false: the project has no
    /// file yet, so only the plan was validated).
    bool checkedCompliance() const { return m_checkedCompliance; }
    bool isRunning() const { return m_running; }
    /// How long the re-check waits after an edit, so a burst of edits runs one check.
    static constexpr int kDebounceMs = 500;

public slots:
    /// Checks now; a check already running is abandoned for the new one.
    void runCheck();
    void cancel();
    /// Selects violation `index` in the list (zooming the map to it); -1 clears the selection.
    void selectViolation(int index);

signals:
    /// A check ended and its results are shown; false when it failed or was cancelled. Checks
    /// superseded by a newer one (after an edit) do not report.
    void checkFinished(bool succeeded);

private:
    struct Outcome;
    struct Footprints;
    /// Which violation or problem a list row shows.
    struct RowRef {
        bool problem = false;
        std::size_t index = 0;
    };

    bool isDockOpen() const;
    void scheduleRun();
    void onFinished(Outcome outcome);
    void showResults();
    QString summary() const;
    void rebuildHighlights();
    void onRowSelected(int row);
    void zoomTo(const geometry::Envelope& extent);
    geometry::Envelope zoneExtentInMap(const std::string& zoneId) const;
    QString footprintKey() const;

    ProjectDocument& m_document;
    MainWindow& m_window;
    QAction* m_action;
    QDockWidget* m_dock;
    widgets::CompliancePanel* m_panel;
    std::unique_ptr<widgets::ViolationOverlay> m_overlay;
    QTimer* m_debounce;
    // The canvas may go first when the window tears down its children.
    QPointer<widgets::MapCanvas> m_canvas;

    bool m_running = false;
    bool m_rerunPending = false; // the plan changed while a check ran: check again after it
    bool m_stale = true; // the plan changed (or was never checked) while the dock was closed
    CancelToken m_cancel;
    QFuture<void> m_future; // waited for on destruction
    quint64 m_serial = 0;   // bumped when another project replaces this one

    // The plan the shown results were computed on (names and zones for the rows and the map).
    project::Project m_checked;
    std::vector<planning::ValidationProblem> m_problems;
    std::vector<planning::Violation> m_violations;
    bool m_checkedCompliance = false;
    std::vector<RowRef> m_rows;
    // The layers as read for the last check, reused while the layer list and file stay the
    // same: plan edits then re-check in milliseconds instead of re-reading every layer.
    std::shared_ptr<const Footprints> m_footprints;
};

} // namespace cw::desktop
