// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/scenario_controller.h"

#include "cityweave/planning/scenarios.h"
#include "common/error_text.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "widgets/scenarios/scenario_compare_dialog.h"
#include "widgets/scenarios/scenario_list.h"

#include <QAction>
#include <QDockWidget>
#include <QGridLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::desktop {
namespace {

/// The plan as a temporary project, so the core's scenario functions can work on it.
project::Project asProject(const PlanState& plan) {
    project::Project p;
    p.projects = plan.projects;
    p.sandboxZones = plan.sandboxZones;
    p.scenarios = plan.scenarios;
    p.activeScenario = plan.activeScenario;
    return p;
}

PlanState asPlan(const project::Project& p) {
    return {p.projects, p.sandboxZones, p.scenarios, p.activeScenario};
}

project::Scenario* find(std::vector<project::Scenario>& list, const std::string& id) {
    for (auto& s : list)
        if (s.id == id)
            return &s;
    return nullptr;
}

/// `name` in the document's language; the other language gets it too while it has none.
void setName(project::LocalizedText& text, const QString& name, const QString& language) {
    const std::string n = name.toStdString();
    if (language == QStringLiteral("ko") || text.ko.empty())
        text.ko = n;
    if (language != QStringLiteral("ko") || text.en.empty())
        text.en = n;
}

} // namespace

ScenarioController::ScenarioController(ProjectDocument& document, MainWindow& window,
                                       QMenu& planMenu, const analysis::AnalysisRegistry& analyses)
    : QObject(&window), m_document(document), m_analyses(analyses), m_window(window) {
    m_list = new widgets::ScenarioList;
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* buttons = new QGridLayout; // a narrow dock: two rows of short buttons
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    m_dock = new QDockWidget(tr("Scenarios"), &window);
    m_dock->setObjectName(QStringLiteral("scenariosDock"));
    m_dock->setWidget(panel);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);

    auto action = [this](const QString& text, const char* name) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_new = action(tr("New Scenario from Current Plan…"), "actionNewScenario");
    m_copy = action(tr("Copy Scenario…"), "actionCopyScenario");
    m_rename = action(tr("Rename Scenario…"), "actionRenameScenario");
    m_delete = action(tr("Delete Scenario"), "actionDeleteScenario");
    m_switch = action(tr("Switch to Scenario"), "actionSwitchScenario");
    m_compare = action(tr("Compare Scenarios…"), "actionCompareScenarios");
    connect(m_new, &QAction::triggered, this, &ScenarioController::askNew);
    connect(m_copy, &QAction::triggered, this, &ScenarioController::askCopy);
    connect(m_rename, &QAction::triggered, this, &ScenarioController::askRename);
    connect(m_delete, &QAction::triggered, this, &ScenarioController::askDelete);
    connect(m_switch, &QAction::triggered, this, [this] { switchTo(m_list->selectedId()); });
    connect(m_compare, &QAction::triggered, this, [this] { compare(); });
    connect(m_list, &widgets::ScenarioList::switchRequested, this, &ScenarioController::switchTo);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ScenarioController::updateActions);

    QMenu* menu = planMenu.addMenu(tr("Scenarios"));
    menu->setObjectName(QStringLiteral("menuScenarios"));
    m_new->setIconText(tr("New"));
    m_copy->setIconText(tr("Copy"));
    m_rename->setIconText(tr("Rename"));
    m_delete->setIconText(tr("Delete"));
    m_switch->setIconText(tr("Switch"));
    m_compare->setIconText(tr("Compare"));
    int i = 0;
    for (QAction* a : {m_new, m_copy, m_rename, m_switch, m_delete, m_compare}) {
        menu->addAction(a);
        auto* button = new QToolButton(panel);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button, i / 3, i % 3);
        ++i;
    }
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());

    connect(&m_document, &ProjectDocument::planChanged, this, &ScenarioController::refresh);
    connect(&m_document, &ProjectDocument::projectReplaced, this, &ScenarioController::refresh);
    refresh();
}

void ScenarioController::refresh() {
    const auto& p = m_document.project();
    m_list->setScenarios(p.scenarios, p.activeScenario, m_document.language());
    updateActions();
}

void ScenarioController::updateActions() {
    const bool selected = !m_list->selectedId().isEmpty();
    m_copy->setEnabled(selected);
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected && !m_list->selectedIsActive());
    m_switch->setEnabled(selected && !m_list->selectedIsActive());
    m_compare->setEnabled(m_document.project().scenarios.size() >= 2);
}

std::string ScenarioController::uniqueId(const QString& name,
                                         const std::vector<project::Scenario>& list) {
    // Ids are what `cityweave-cli --scenario` takes: lower-case ASCII, digits and dashes.
    std::string base;
    for (QChar c : name.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            base += char(c.unicode());
        else if (!base.empty() && base.back() != '-')
            base += '-';
    }
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    if (base.empty())
        base = "scenario";
    auto taken = [&](const std::string& id) {
        return std::any_of(list.begin(), list.end(), [&](const auto& s) { return s.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n) {
        id = base;
        id += '-';
        id += std::to_string(n);
    }
    return id;
}

QString ScenarioController::createFromCurrentPlan(const QString& name) {
    if (name.trimmed().isEmpty())
        return {};
    project::Project p = asProject(m_document.planState());
    if (p.scenarios.empty() || p.activeScenario.empty()) {
        // Without a scenario the working plan belongs to none: keep it as the base plan.
        const std::string baseId = uniqueId(QStringLiteral("base"), p.scenarios);
        if (auto s = planning::saveCurrentPlanAs(p, baseId, {"계획 원안", "Base plan"}); !s)
            return {};
    }
    project::LocalizedText text;
    setName(text, name.trimmed(), m_document.language());
    const std::string id = uniqueId(name, p.scenarios);
    if (auto s = planning::saveCurrentPlanAs(p, id, text); !s) {
        QMessageBox::warning(&m_window, tr("Scenarios"), app::ErrorText::describe(s.error()));
        return {};
    }
    m_document.editPlan(asPlan(p), tr("New scenario %1").arg(name.trimmed()));
    return QString::fromStdString(id);
}

QString ScenarioController::copyScenario(const QString& id, const QString& name) {
    if (name.trimmed().isEmpty())
        return {};
    PlanState plan = m_document.planState();
    const project::Project p = asProject(plan);
    project::Scenario copy;
    if (id.toStdString() == p.activeScenario) {
        copy = planning::currentPlan(p); // the working plan, with its unsaved edits
    } else if (const auto* s = find(plan.scenarios, id.toStdString())) {
        copy = *s;
    } else {
        return {};
    }
    copy.id = uniqueId(name, plan.scenarios);
    copy.name = {};
    setName(copy.name, name.trimmed(), m_document.language());
    const QString newId = QString::fromStdString(copy.id);
    plan.scenarios.push_back(std::move(copy));
    m_document.editPlan(std::move(plan), tr("Copy scenario as %1").arg(name.trimmed()));
    return newId;
}

bool ScenarioController::renameScenario(const QString& id, const QString& name) {
    PlanState plan = m_document.planState();
    project::Scenario* s = find(plan.scenarios, id.toStdString());
    if (!s || name.trimmed().isEmpty())
        return false;
    setName(s->name, name.trimmed(), m_document.language());
    m_document.editPlan(std::move(plan), tr("Rename scenario to %1").arg(name.trimmed()));
    return true;
}

bool ScenarioController::deleteScenario(const QString& id) {
    PlanState plan = m_document.planState();
    if (id.toStdString() == plan.activeScenario)
        return false;
    const auto it = std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                                 [&](const auto& s) { return s.id == id.toStdString(); });
    if (it == plan.scenarios.end())
        return false;
    const QString name = QString::fromStdString(it->name.in(m_document.language().toStdString()));
    plan.scenarios.erase(it);
    m_document.editPlan(std::move(plan), tr("Delete scenario %1").arg(name));
    return true;
}

bool ScenarioController::switchTo(const QString& id) {
    project::Project p = asProject(m_document.planState());
    if (id.isEmpty() || id.toStdString() == p.activeScenario)
        return false;
    if (auto s = planning::switchScenario(p, id.toStdString()); !s) {
        QMessageBox::warning(&m_window, tr("Scenarios"), app::ErrorText::describe(s.error()));
        return false;
    }
    QString name;
    for (const auto& s : p.scenarios)
        if (s.id == p.activeScenario)
            name = QString::fromStdString(s.name.in(m_document.language().toStdString()));
    m_document.editPlan(asPlan(p), tr("Switch to scenario %1").arg(name));
    return true;
}

widgets::ScenarioCompareDialog* ScenarioController::compare(const QString& idA,
                                                            const QString& idB) {
    if (m_dialog)
        m_dialog->close();
    // The dialog compares the plan as it is now; it keeps its own copy.
    m_dialog = new widgets::ScenarioCompareDialog(m_document.project(), m_document.path(),
                                                  m_document.language(), m_analyses, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!idA.isEmpty() && !idB.isEmpty())
        m_dialog->compare(idA, idB);
    m_dialog->show();
    return m_dialog;
}

void ScenarioController::askNew() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(&m_window, tr("New Scenario"), tr("Name of the new scenario:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        createFromCurrentPlan(name);
}

void ScenarioController::askCopy() {
    const QString id = m_list->selectedId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("Copy Scenario"), tr("Name of the copy:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        copyScenario(id, name);
}

void ScenarioController::askRename() {
    const QString id = m_list->selectedId();
    const auto& list = m_document.project().scenarios;
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const auto& s) { return s.id == id.toStdString(); });
    if (it == list.end())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("Rename Scenario"), tr("New name:"), QLineEdit::Normal,
        QString::fromStdString(it->name.in(m_document.language().toStdString())), &ok);
    if (ok && !name.trimmed().isEmpty())
        renameScenario(id, name);
}

void ScenarioController::askDelete() {
    const QString id = m_list->selectedId();
    if (id.isEmpty() || m_list->selectedIsActive())
        return;
    if (QMessageBox::question(&m_window, tr("Delete Scenario"),
                              tr("Delete the selected scenario? You can undo this.")) ==
        QMessageBox::Yes)
        deleteScenario(id);
}

} // namespace cw::desktop
