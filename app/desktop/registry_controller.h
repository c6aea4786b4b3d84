// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QDockWidget;
class QMenu;

namespace cw::widgets {
class ProjectFilterProxy;
class ProjectFormDialog;
class RegistryPanel;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The project registry dock: a filtered table of the plan's projects and the validated form that
/// edits them. Built by the main window, which it outlives neither; it adds its own docks, toolbars
/// and actions to `window` and to the Plan menu. Every change is one undo step of the document.
class RegistryController : public QObject {
    Q_OBJECT

public:
    RegistryController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);

    QDockWidget& dock() const { return *m_dock; }
    widgets::RegistryPanel& panel() const { return *m_panel; }
    /// The table's filtered, sorted rows.
    widgets::ProjectFilterProxy& proxyModel() const;

    /// Shows the form for `projectId` (empty: a new project) without blocking and returns it;
    /// OK applies it as one undo step. Null when no project has that id. The dialog deletes
    /// itself when closed.
    widgets::ProjectFormDialog* openForm(const QString& projectId);
    /// Copies the project under a fresh id, right after the original; returns the new id.
    QString duplicateProject(const QString& projectId);
    /// Removes the project from the plan without asking (the Delete action asks first).
    /// Its layers stay, as base layers of no project.
    bool removeProject(const QString& projectId);
    void zoomToProject(const QString& projectId);

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* zoomAction() const { return m_zoom; }

private:
    void buildActions(QMenu& planMenu);
    void refresh();
    void refreshTimeline();
    void updateActions();
    void applyForm(const project::ProjectInfo& info, const std::string& originalId, bool isNew);
    void confirmDelete();
    QStringList takenIds() const;
    QString nameOf(const project::ProjectInfo& info) const;
    std::vector<project::ProjectInfo> registryProjects() const;
    std::vector<QString> hiddenReasons(const std::vector<project::ProjectInfo>& projects) const;

    ProjectDocument& m_document;
    MainWindow& m_window;
    QDockWidget* m_dock;
    widgets::RegistryPanel* m_panel;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_zoom = nullptr;
};

} // namespace cw::desktop
