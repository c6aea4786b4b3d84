// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDocument on a plan kept in PostgreSQL: opening it, saving object by object, and taking
// in what other planners commit.
#include "cityweave/project/plan_location.h"
#include "common/error_text.h"
#include "desktop/database_plan_link.h"
#include "desktop/project_document.h"

#include <QUndoStack>
#include <algorithm>

namespace cw::desktop {
namespace {

// `mine` replaces (or joins) the object of the same id in `list`.
template <typename T>
void putBack(std::vector<T>& list, const std::vector<T>& mine, const std::string& id) {
    const auto own = std::find_if(mine.begin(), mine.end(), [&](const T& o) { return o.id == id; });
    if (own == mine.end())
        return;
    const auto there =
        std::find_if(list.begin(), list.end(), [&](const T& o) { return o.id == id; });
    if (there == list.end())
        list.push_back(*own);
    else
        *there = *own;
}

} // namespace

bool ProjectDocument::isInDatabase() const {
    return m_link != nullptr;
}

bool ProjectDocument::openFromDatabase(const QString& url, QString* error) {
    auto link = DatabasePlanLink::open(url, error);
    if (!link)
        return false;
    replaceProject(link->session().project(), url);
    m_link = std::move(link);
    connect(m_link.get(), &DatabasePlanLink::othersChanged, this,
            &ProjectDocument::onOthersChanged);
    return true;
}

bool ProjectDocument::saveToDatabase(const std::map<std::string, project::Resolutions>& resolutions,
                                     project::ChangesOutcome* outcome, QString* error) {
    if (!m_link) {
        if (error)
            *error = tr("This project is not a plan in a database.");
        return false;
    }
    if (m_beforeSave && !m_beforeSave(error))
        return false;
    auto saved = m_link->save(snapshotForSave(), resolutions);
    if (!saved) {
        if (error)
            *error = app::ErrorText::describe(saved.error());
        return false;
    }
    takeDatabasePlan(saved->notSaved);
    if (saved->notSaved.empty())
        setDirty(false);
    if (outcome)
        *outcome = std::move(*saved);
    return true;
}

void ProjectDocument::takeDatabasePlan(const std::vector<project::ObjectNotSaved>& keepMine) {
    const project::Project mine = m_project;
    const project::Project& shared = m_link->session().project();
    m_project.projects = shared.projects;
    m_project.sandboxZones = shared.sandboxZones;
    m_project.title = shared.title;
    m_project.note = shared.note;
    m_project.rules = shared.rules;
    for (const project::ObjectNotSaved& kept : keepMine) {
        if (kept.kind == project::PlanObjectKind::Project)
            putBack(m_project.projects, mine.projects, kept.id);
        else if (kept.kind == project::PlanObjectKind::SandboxZone)
            putBack(m_project.sandboxZones, mine.sandboxZones, kept.id);
    }
    // Layer styles and names others saved; the features stay as loaded.
    for (render::LoadedLayer& layer : m_layers)
        for (const project::LayerEntry& entry : shared.layers)
            if (entry.id == layer.entry.id &&
                std::none_of(keepMine.begin(), keepMine.end(), [&](const auto& k) {
                    return k.kind == project::PlanObjectKind::Layer && k.id == entry.id;
                })) {
                layer.entry.style = entry.style;
                layer.entry.name = entry.name;
            }
    emit planChanged();
    emit layersChanged();
}

void ProjectDocument::onOthersChanged(const QStringList& changes) {
    // With unsaved edits here, the session keeps the state they were made on, so that Save
    // merges them with what others did; without, the document shows the plan as it is now.
    if (!m_dirty && m_link->session().reload())
        takeDatabasePlan({});
    emit remoteChanges(changes);
}

} // namespace cw::desktop
