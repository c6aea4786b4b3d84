// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/registry_controller.h"

#include "cityweave/planning/timeline.h"
#include "common/planning_text.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "widgets/map_canvas.h"
#include "widgets/registry/project_filter_proxy.h"
#include "widgets/registry/project_form_dialog.h"
#include "widgets/registry/project_table_model.h"
#include "widgets/registry/registry_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

namespace cw::desktop {
namespace {

using project::ProjectInfo;

auto byId(const std::string& id) {
    return [id](const ProjectInfo& p) { return p.id == id; };
}

} // namespace

RegistryController::RegistryController(ProjectDocument& document, MainWindow& window,
                                       QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window),
      m_dock(new QDockWidget(tr("Project registry"), &window)),
      m_panel(new widgets::RegistryPanel(m_dock)) {
    m_dock->setObjectName(QStringLiteral("registryDock"));
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    buildActions(planMenu);

    connect(&m_document, &ProjectDocument::planChanged, this, &RegistryController::refresh);
    connect(&m_document, &ProjectDocument::projectReplaced, this, &RegistryController::refresh);
    connect(&m_document, &ProjectDocument::planFilterChanged, this,
            &RegistryController::refreshTimeline);
    connect(m_panel, &widgets::RegistryPanel::currentProjectChanged, this,
            &RegistryController::updateActions);
    connect(m_panel, &widgets::RegistryPanel::projectActivated, this,
            [this](const QString& id) { openForm(id); });
    refresh();
}

widgets::ProjectFilterProxy& RegistryController::proxyModel() const {
    return m_panel->proxy();
}

void RegistryController::buildActions(QMenu& planMenu) {
    auto make = [this](const QString& text, const char* name) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_new = make(tr("&New Project…"), "actionNewProject");
    m_edit = make(tr("&Edit Project…"), "actionEditProject");
    m_duplicate = make(tr("D&uplicate Project"), "actionDuplicateProject");
    m_delete = make(tr("&Delete Project…"), "actionDeleteProject");
    m_zoom = make(tr("&Zoom to Project"), "actionZoomToProject");
    m_new->setToolTip(tr("Add a project to the plan"));
    m_edit->setToolTip(tr("Edit the selected project (or double-click its row)"));

    connect(m_new, &QAction::triggered, this, [this] { openForm({}); });
    connect(m_edit, &QAction::triggered, this, [this] { openForm(m_panel->currentProjectId()); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const QString id = duplicateProject(m_panel->currentProjectId());
        if (!id.isEmpty())
            m_panel->selectProject(id);
    });
    connect(m_delete, &QAction::triggered, this, &RegistryController::confirmDelete);
    connect(m_zoom, &QAction::triggered, this,
            [this] { zoomToProject(m_panel->currentProjectId()); });

    QMenu* menu = planMenu.addMenu(tr("Project &Registry"));
    menu->setObjectName(QStringLiteral("menuRegistry"));
    menu->addAction(m_dock->toggleViewAction());
    menu->addSeparator();
    for (QAction* a : {m_new, m_edit, m_duplicate, m_delete, m_zoom}) {
        menu->addAction(a);
        m_panel->toolBar().addAction(a);
    }
    updateActions();
}

std::vector<ProjectInfo> RegistryController::registryProjects() const {
    std::vector<ProjectInfo> projects = m_document.project().projects;
    std::erase_if(projects, byId(ProjectDocument::resultsGroupId()));
    return projects;
}

std::vector<QString>
RegistryController::hiddenReasons(const std::vector<ProjectInfo>& projects) const {
    const render::PlanFilter& filter = m_document.planFilter();
    std::vector<QString> reasons;
    reasons.reserve(projects.size());
    for (const auto& p : projects) {
        QString why;
        switch (filter.whyHidden(p)) {
        case render::PlanFilter::Hidden::No:
            break;
        case render::PlanFilter::Hidden::StageFilteredOut:
            why = tr("Hidden by the timeline: stage %1 is not shown.").arg(p.stage);
            break;
        case render::PlanFilter::Hidden::OutsideYear: {
            const QString start =
                p.startYear ? QString::number(p.startYear) : tr("an unknown year");
            const QString end = p.endYear ? QString::number(p.endYear) : tr("open-ended");
            why = tr("Hidden by the timeline: the project runs %1–%2, not in %3.")
                      .arg(start, end)
                      .arg(*filter.year);
            break;
        }
        }
        reasons.push_back(why);
    }
    return reasons;
}

void RegistryController::refresh() {
    std::vector<ProjectInfo> projects = registryProjects();
    std::vector<QString> reasons = hiddenReasons(projects);
    m_panel->setProjects(std::move(projects), m_document.language(), std::move(reasons));
    updateActions();
}

void RegistryController::refreshTimeline() {
    m_panel->setHiddenReasons(hiddenReasons(m_panel->model().projects()));
    updateActions();
}

void RegistryController::updateActions() {
    const bool selected = !m_panel->currentProjectId().isEmpty();
    for (QAction* a : {m_edit, m_duplicate, m_delete, m_zoom})
        a->setEnabled(selected);
}

QStringList RegistryController::takenIds() const {
    QStringList ids;
    for (const auto& p : m_document.project().projects)
        ids << QString::fromStdString(p.id);
    ids << QString::fromStdString(ProjectDocument::resultsGroupId());
    return ids;
}

QString RegistryController::nameOf(const ProjectInfo& info) const {
    const QString name = QString::fromStdString(info.name.in(m_document.language().toStdString()));
    return name.isEmpty() ? QString::fromStdString(info.id) : name;
}

widgets::ProjectFormDialog* RegistryController::openForm(const QString& projectId) {
    const bool isNew = projectId.isEmpty();
    ProjectInfo info;
    if (!isNew) {
        const ProjectInfo* found = m_document.project().findProject(projectId.toStdString());
        if (!found)
            return nullptr;
        info = *found;
    } else {
        info.sector = project::Sector::Transport;
        info.status = project::ProjectStatus::Planned;
    }
    auto* dialog =
        new widgets::ProjectFormDialog(info, isNew, takenIds(), m_document.language(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::string originalId = info.id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, originalId, isNew] { applyForm(dialog->project(), originalId, isNew); });
    dialog->open();
    return dialog;
}

void RegistryController::applyForm(const ProjectInfo& info, const std::string& originalId,
                                   bool isNew) {
    PlanState next = m_document.planState();
    if (isNew) {
        next.projects.push_back(info);
        m_document.editPlan(std::move(next), tr("New project “%1”").arg(nameOf(info)));
    } else {
        auto it = std::find_if(next.projects.begin(), next.projects.end(), byId(originalId));
        if (it == next.projects.end()) {
            QMessageBox::warning(&m_window, tr("Edit project"),
                                 tr("The project “%1” is no longer in the plan; the changes "
                                    "were not applied.")
                                     .arg(nameOf(info)));
            return;
        }
        *it = info;
        m_document.editPlan(std::move(next), tr("Edit project “%1”").arg(nameOf(info)));
    }
    m_panel->selectProject(QString::fromStdString(info.id));
}

QString RegistryController::duplicateProject(const QString& projectId) {
    PlanState next = m_document.planState();
    auto it =
        std::find_if(next.projects.begin(), next.projects.end(), byId(projectId.toStdString()));
    if (projectId.isEmpty() || it == next.projects.end())
        return {};
    ProjectInfo copy = *it;
    const QStringList taken = takenIds();
    std::string id = copy.id + "-copy";
    for (int n = 2; taken.contains(QString::fromStdString(id)); ++n)
        id = copy.id + "-copy" + std::to_string(n);
    copy.id = id;
    // Stored names are data in both languages, not UI text: each gets its own language's mark.
    if (!copy.name.ko.empty())
        copy.name.ko += " (사본)";
    if (!copy.name.en.empty())
        copy.name.en += " (copy)";
    const QString text = tr("Duplicate project “%1”").arg(nameOf(*it));
    next.projects.insert(it + 1, std::move(copy));
    m_document.editPlan(std::move(next), text);
    return QString::fromStdString(id);
}

bool RegistryController::removeProject(const QString& projectId) {
    PlanState next = m_document.planState();
    auto it =
        std::find_if(next.projects.begin(), next.projects.end(), byId(projectId.toStdString()));
    if (projectId.isEmpty() || it == next.projects.end())
        return false;
    const QString text = tr("Delete project “%1”").arg(nameOf(*it));
    next.projects.erase(it);
    m_document.editPlan(std::move(next), text);
    return true;
}

void RegistryController::confirmDelete() {
    const QString id = m_panel->currentProjectId();
    const ProjectInfo* info = m_document.project().findProject(id.toStdString());
    if (!info)
        return;
    const auto answer = QMessageBox::question(
        &m_window, tr("Delete project"),
        tr("Delete the project “%1” from the plan? Its layers stay in the project. You can "
           "undo this.")
            .arg(nameOf(*info)));
    if (answer == QMessageBox::Yes)
        removeProject(id);
}

void RegistryController::zoomToProject(const QString& projectId) {
    const geometry::Envelope extent = m_document.projectExtent(projectId);
    if (extent.isNull()) {
        m_window.statusBar()->showMessage(tr("The project has no loaded layers to zoom to."), 5000);
        return;
    }
    m_window.canvas().zoomToExtent(extent);
}

} // namespace cw::desktop
