// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"

#include <QObject>
#include <QPointer>
#include <string>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;

namespace cw::project {
struct Scenario;
}
namespace cw::widgets {
class ScenarioCompareDialog;
class ScenarioList;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;
struct PlanState;

/// Scenarios: create, copy, rename, delete, switch, and compare two side by side.
/// Built by the main window, which it outlives neither; it adds its own docks, toolbars and
/// actions to `window` and to the Plan menu. Every change is one undoable plan edit.
class ScenarioController : public QObject {
    Q_OBJECT

public:
    /// `analyses`: what the comparison runs (plugin analyses included); outlives this.
    ScenarioController(ProjectDocument& document, MainWindow& window, QMenu& planMenu,
                       const analysis::AnalysisRegistry& analyses);

    /// The working plan stored as a new scenario named `name` (in the document's language),
    /// made active. The first scenario of a plan also keeps the plan as it was, as "Base plan",
    /// so that nothing is lost by switching. Returns the new id.
    QString createFromCurrentPlan(const QString& name);
    /// A copy of scenario `id` named `name`; the active scenario stays. Returns the new id.
    QString copyScenario(const QString& id, const QString& name);
    bool renameScenario(const QString& id, const QString& name);
    /// Refuses (false) the active scenario.
    bool deleteScenario(const QString& id);
    bool switchTo(const QString& id);
    /// Opens the compare dialog on `idA` and `idB` (empty: its own picks).
    widgets::ScenarioCompareDialog* compare(const QString& idA = {}, const QString& idB = {});

    QDockWidget* dock() const { return m_dock; }
    widgets::ScenarioList* list() const { return m_list; }

private:
    void refresh();
    void updateActions();
    /// An id from `name` that none of `taken` has.
    static std::string uniqueId(const QString& name, const std::vector<project::Scenario>& taken);
    void askNew();
    void askCopy();
    void askRename();
    void askDelete();

    ProjectDocument& m_document;
    const analysis::AnalysisRegistry& m_analyses;
    MainWindow& m_window;
    QDockWidget* m_dock;
    widgets::ScenarioList* m_list;
    QAction* m_new;
    QAction* m_copy;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_switch;
    QAction* m_compare;
    QPointer<widgets::ScenarioCompareDialog> m_dialog;
};

} // namespace cw::desktop
