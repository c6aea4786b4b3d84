// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/project_document.h"

#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/plan_location.h"
#include "cityweave/project/project_store.h"
#include "common/error_text.h"
#include "desktop/database_plan_link.h"
#include "services/background_job.h"

#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>

namespace cw::desktop {

/// One planning edit: the plan before and after, swapped on undo and redo.
class PlanEditCommand : public QUndoCommand {
public:
    PlanEditCommand(ProjectDocument& document, PlanState before, PlanState after,
                    const QString& text)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)) {}
    void undo() override { m_document.applyPlan(m_before); }
    void redo() override { m_document.applyPlan(m_after); }

private:
    ProjectDocument& m_document;
    PlanState m_before, m_after;
};

namespace {
using LayerList = std::vector<render::LoadedLayer>;

crs::Crs defaultMapCrs() {
    auto crs = crs::Crs::fromEpsg(crs::kPlanEpsg);
    return crs ? *crs : crs::Crs();
}

bool isCancelled(const render::LoadedLayer& layer) {
    return layer.error && layer.error->code == ErrorCode::Cancelled;
}
} // namespace

ProjectDocument::ProjectDocument(const QString& language, QObject* parent)
    : QObject(parent), m_language(language), m_undo(new QUndoStack(this)),
      m_mapCrs(defaultMapCrs()), m_targetCrs(m_mapCrs) {
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateDirty(); });
}

ProjectDocument::~ProjectDocument() {
    m_jobCancel.cancel();
}

const render::LoadedLayer* ProjectDocument::findLayer(const QString& id) const {
    const std::string key = id.toStdString();
    for (const auto& layer : m_layers)
        if (layer.entry.id == key)
            return &layer;
    return nullptr;
}

render::LoadedLayer* ProjectDocument::findLayerMutable(const QString& id) {
    return const_cast<render::LoadedLayer*>(std::as_const(*this).findLayer(id));
}

QString ProjectDocument::title() const {
    const QString projectTitle =
        QString::fromStdString(m_project.title.in(m_language.toStdString()));
    if (!projectTitle.isEmpty())
        return projectTitle;
    return m_path.isEmpty() ? tr("Untitled project") : QFileInfo(m_path).completeBaseName();
}

widgets::RenderLayerList ProjectDocument::renderLayers() const {
    return std::make_shared<const std::vector<render::RenderLayer>>(
        render::filteredRenderLayers(m_layers, m_project, m_filter));
}

PlanState ProjectDocument::planState() const {
    return {m_project.projects, m_project.sandboxZones, m_project.scenarios,
            m_project.activeScenario};
}

void ProjectDocument::editPlan(PlanState next, const QString& text) {
    PlanState current = planState();
    if (next == current)
        return;
    m_undo->push(new PlanEditCommand(*this, std::move(current), std::move(next), text));
}

void ProjectDocument::applyPlan(const PlanState& state) {
    // Which table each layer is drawn from before the change, to reload what a switch moves.
    std::vector<std::string> tablesBefore;
    for (const auto& l : m_layers)
        tablesBefore.push_back(planning::effectiveLayer(m_project, l.entry).sourceLayer);
    m_project.projects = state.projects;
    m_project.sandboxZones = state.sandboxZones;
    m_project.scenarios = state.scenarios;
    m_project.activeScenario = state.activeScenario;
    bool reload = false;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        auto& layer = m_layers[i];
        if (planning::effectiveLayer(m_project, layer.entry).sourceLayer == tablesBefore[i])
            continue;
        layer.data.reset();
        layer.indexed.reset();
        layer.error.reset();
        reload = true;
    }
    emit planChanged();
    emit renderLayersChanged();
    if (reload) {
        emit layersChanged();
        enqueue({JobKind::LoadPending, {}});
    }
}

void ProjectDocument::setPlanFilter(const render::PlanFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit renderLayersChanged();
    emit planFilterChanged();
}

geometry::Envelope ProjectDocument::fullExtent() const {
    geometry::Envelope extent;
    for (const auto& l : m_layers)
        if (l.indexed)
            extent.expand(l.indexed->geometries.extent());
    return extent;
}

geometry::Envelope ProjectDocument::layerExtent(const QString& layerId) const {
    const auto* layer = findLayer(layerId);
    return layer && layer->indexed ? layer->indexed->geometries.extent() : geometry::Envelope{};
}

geometry::Envelope ProjectDocument::projectExtent(const QString& projectId) const {
    geometry::Envelope extent;
    for (const auto& l : m_layers)
        if (l.indexed && l.entry.projectId == projectId.toStdString())
            extent.expand(l.indexed->geometries.extent());
    return extent;
}

void ProjectDocument::newProject() {
    project::Project fresh;
    fresh.view.crs = crs::kPlanCrsText;
    replaceProject(std::move(fresh), {});
}

bool ProjectDocument::open(const QString& path, QString* error) {
    if (project::isDatabaseLocation(path.toStdString()))
        return openFromDatabase(path, error);
    auto loaded = project::ProjectStore::load(path.toStdString());
    if (!loaded) {
        if (error)
            *error = app::ErrorText::describe(loaded.error());
        return false;
    }
    replaceProject(std::move(loaded).value(), QFileInfo(path).absoluteFilePath());
    return true;
}

void ProjectDocument::replaceProject(project::Project project, const QString& path) {
    m_link.reset(); // openFromDatabase sets it again
    cancelJobs();
    ++m_serial;
    m_project = std::move(project);
    m_path = path;
    m_viewExtent = m_project.view.extent;
    auto crs = crs::Crs::fromUserInput(m_project.view.crs);
    m_mapCrs = m_targetCrs = crs ? *crs : defaultMapCrs();
    m_layers.clear();
    for (const auto& entry : m_project.layers) {
        render::LoadedLayer layer;
        layer.entry = entry;
        m_layers.push_back(std::move(layer));
    }
    m_undo->clear();
    setDirty(false);
    emit projectReplaced();
    emit planChanged();
    emit layersChanged();
    enqueue({JobKind::LoadPending, {}});
}

project::Project ProjectDocument::snapshotForSave() const {
    project::Project saved = m_project;
    // Failed layers are saved as they were: nothing the user had is lost.
    saved.layers.clear();
    for (const auto& layer : m_layers)
        if (layer.entry.projectId != resultsGroupId())
            saved.layers.push_back(layer.entry);
    saved.view.crs = m_targetCrs.storageString();
    saved.view.extent = m_viewExtent;
    std::erase_if(saved.projects, [](const auto& p) { return p.id == resultsGroupId(); });
    return saved;
}

bool ProjectDocument::recoverFrom(const QString& recoveryFile, const QString& projectPath,
                                  QString* error) {
    auto loaded = project::ProjectStore::load(recoveryFile.toStdString());
    if (!loaded) {
        if (error)
            *error = app::ErrorText::describe(loaded.error());
        return false;
    }
    // The copy's relative sources point from the recovery folder; point them from the project.
    const QString target =
        projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath();
    for (auto& entry : loaded->layers) {
        if (entry.source.empty())
            continue;
        const auto absolute =
            project::ProjectStore::resolveSource(recoveryFile.toStdString(), entry);
        entry.source = target.isEmpty()
                           ? absolute
                           : project::ProjectStore::relativeSource(target.toStdString(), absolute);
    }
    replaceProject(std::move(loaded).value(), target);
    setDirty(true); // recovered work is not in the project file until it is saved
    return true;
}

bool ProjectDocument::save(QString* error) {
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The project has no file yet: use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

bool ProjectDocument::saveAs(const QString& path, QString* error) {
    if (m_beforeSave && !m_beforeSave(error))
        return false;
    const QString target = QFileInfo(path).absoluteFilePath();
    const project::Project saved = snapshotForSave();
    m_project.layers = saved.layers;
    m_project.view = saved.view;
    const auto status =
        project::ProjectStore::save(saved, target.toStdString(), m_path.toStdString());
    if (!status) {
        if (error)
            *error = app::ErrorText::describe(status.error());
        return false;
    }
    if (target != m_path) {
        // Sources were rebased on the new folder by the store; read them back the same way.
        if (auto reloaded = project::ProjectStore::load(target.toStdString())) {
            for (auto& layer : m_layers)
                for (const auto& entry : reloaded->layers)
                    if (entry.id == layer.entry.id)
                        layer.entry.source = entry.source;
        }
        m_path = target;
        m_link.reset(); // a copy in a file now, no longer the shared plan
    }
    setDirty(false);
    return true;
}

void ProjectDocument::addLayer(project::LayerEntry entry) {
    render::LoadedLayer layer;
    layer.entry = std::move(entry);
    // A layer of no project (a boundary, a base map) goes above the base layers and below
    // the projects, so that its fill never hides them; a project's layer goes on top. The
    // order of the others stays as the user left it.
    auto at = m_layers.end();
    if (layer.entry.projectId.empty())
        at = std::find_if(m_layers.begin(), m_layers.end(),
                          [](const render::LoadedLayer& l) { return !l.entry.projectId.empty(); });
    m_layers.insert(at, std::move(layer));
    setDirty(true);
    emit layersChanged();
    enqueue({JobKind::LoadPending, {}});
}

void ProjectDocument::addProjectLayers(const project::ProjectInfo& info,
                                       std::vector<project::LayerEntry> layers) {
    if (!m_project.findProject(info.id))
        m_project.projects.push_back(info);
    for (auto& entry : layers) {
        render::LoadedLayer layer;
        layer.entry = std::move(entry);
        layer.entry.projectId = info.id;
        m_layers.push_back(std::move(layer));
    }
    setDirty(true);
    emit layersChanged();
    enqueue({JobKind::LoadPending, {}});
}

void ProjectDocument::addResultLayers(std::vector<render::LoadedLayer> layers,
                                      const project::LocalizedText& groupName,
                                      const std::string& replacePrefix) {
    if (!m_project.findProject(resultsGroupId())) {
        project::ProjectInfo group;
        group.id = resultsGroupId();
        group.name = groupName;
        m_project.projects.push_back(std::move(group));
    }
    if (!replacePrefix.empty())
        std::erase_if(m_layers,
                      [&](const auto& l) { return l.entry.id.starts_with(replacePrefix); });
    for (auto& layer : layers) {
        layer.entry.projectId = resultsGroupId();
        // Built for the map CRS of when the run started; the user may have changed it since.
        if (layer.indexed && !(layer.indexed->crs == m_targetCrs))
            if (auto status = render::LayerSet::reindex(layer, m_targetCrs); !status)
                layer.error = status.error();
        m_layers.push_back(std::move(layer));
    }
    emit layersChanged(); // not dirty: results are not part of the saved project
}

void ProjectDocument::removeLayer(const QString& layerId) {
    const auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const auto& l) {
        return l.entry.id == layerId.toStdString();
    });
    if (it == m_layers.end())
        return;
    m_layers.erase(it);
    setDirty(true);
    emit layersChanged();
}

void ProjectDocument::setLayerVisible(const QString& layerId, bool visible) {
    auto* layer = findLayerMutable(layerId);
    if (!layer || layer->entry.visible == visible)
        return;
    layer->entry.visible = visible;
    setDirty(true);
    emit renderLayersChanged();
}

void ProjectDocument::setLayerOpacity(const QString& layerId, double opacity) {
    auto* layer = findLayerMutable(layerId);
    if (!layer)
        return;
    layer->entry.style.opacity = std::clamp(opacity, 0.0, 1.0);
    setDirty(true);
    emit layersChanged();
}

void ProjectDocument::replaceLayerData(const QString& layerId,
                                       std::shared_ptr<const data::VectorLayer> data) {
    auto* layer = findLayerMutable(layerId);
    if (!layer || !data)
        return;
    auto indexed = data::buildIndexedGeometries(data, m_mapCrs);
    if (!indexed)
        return; // the old features stay: an edit never leaves a layer half drawn
    layer->data = std::move(data);
    layer->indexed = std::move(indexed).value();
    layer->generation = render::nextLayerGeneration();
    emit layersChanged();
}

void ProjectDocument::reloadLayer(const QString& layerId) {
    auto* layer = findLayerMutable(layerId);
    if (!layer)
        return;
    layer->data.reset();
    layer->indexed.reset();
    layer->error.reset();
    emit layersChanged();
    enqueue({JobKind::LoadPending, {}});
}

std::pair<std::string, std::string> ProjectDocument::layerSource(const QString& layerId) const {
    const auto* layer = findLayer(layerId);
    if (!layer)
        return {};
    const project::LayerEntry entry = planning::effectiveLayer(m_project, layer->entry);
    return {project::ProjectStore::resolveSource(m_path.toStdString(), entry), entry.sourceLayer};
}

void ProjectDocument::setLayerStyle(const QString& layerId, const style::LayerStyle& style,
                                    const project::LocalizedText& name) {
    auto* layer = findLayerMutable(layerId);
    if (!layer || (layer->entry.style == style && layer->entry.name == name))
        return;
    layer->entry.style = style;
    layer->entry.name = name;
    setDirty(true);
    emit layersChanged();
}

void ProjectDocument::setSectorRules(project::SectorRuleTable rules) {
    if (rules == m_project.rules)
        return;
    m_project.rules = std::move(rules);
    setDirty(true);
}

void ProjectDocument::setDrawingOrder(const std::vector<std::string>& order) {
    std::vector<render::LoadedLayer> reordered;
    for (const auto& id : order) {
        auto it = std::find_if(m_layers.begin(), m_layers.end(),
                               [&](const auto& l) { return l.entry.id == id; });
        if (it != m_layers.end()) {
            reordered.push_back(std::move(*it));
            m_layers.erase(it);
        }
    }
    // Anything the order did not mention stays, on top, rather than vanish.
    for (auto& rest : m_layers)
        reordered.push_back(std::move(rest));
    const bool changed = [&] {
        if (reordered.size() != m_project.layers.size())
            return true;
        for (std::size_t i = 0; i < reordered.size(); ++i)
            if (reordered[i].entry.id != m_project.layers[i].id)
                return true;
        return false;
    }();
    m_layers = std::move(reordered);
    if (changed)
        setDirty(true);
    emit renderLayersChanged();
}

void ProjectDocument::setMapCrs(const crs::Crs& crs) {
    if (!crs.isValid() || crs == m_targetCrs)
        return;
    m_targetCrs = crs;
    setDirty(true);
    enqueue({JobKind::Reproject, crs});
}

void ProjectDocument::setDirty(bool dirty) {
    m_layersDirty = dirty;
    if (!dirty)
        m_undo->setClean();
    updateDirty();
}

void ProjectDocument::updateDirty() {
    const bool dirty = m_layersDirty || !m_undo->isClean();
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void ProjectDocument::cancelJobs() {
    m_queue.clear();
    m_jobCancel.cancel();
}

void ProjectDocument::enqueue(Job job) {
    m_queue.push_back(std::move(job));
    startNextJob();
}

void ProjectDocument::startNextJob() {
    if (m_jobRunning || m_queue.empty())
        return;
    const Job job = m_queue.front();
    m_queue.pop_front();

    // Snapshot the layers the job needs; the UI keeps editing the originals meanwhile.
    LayerList items;
    for (const auto& l : m_layers) {
        if (job.kind == JobKind::LoadPending ? (!l.isLoaded() && !l.error) : l.data != nullptr)
            items.push_back(l);
    }
    if (items.empty()) {
        finishJob(job, {}, false);
        startNextJob();
        return;
    }
    m_jobRunning = true;
    m_jobCancel = CancelToken();
    emit busyChanged(true);
    const QString what =
        job.kind == JobKind::LoadPending ? tr("Loading layers") : tr("Re-projecting layers");
    const int total = int(items.size());
    emit progressChanged(0, total, what);

    if (job.kind == JobKind::LoadPending)
        for (auto& l : items) // the active scenario may draw a layer from another table
            l.entry = planning::effectiveLayer(m_project, l.entry);
    const std::string projectPath = m_path.toStdString();
    const crs::Crs crs = job.kind == JobKind::LoadPending ? m_targetCrs : job.crs;
    const CancelToken cancel = m_jobCancel;
    const quint64 serial = m_serial;
    auto work = [items = std::move(items), kind = job.kind, crs, projectPath,
                 cancel](services::JobProgress& progress) mutable {
        const data::ReuseOpenFiles reuse; // most layers sit in the project file itself
        for (std::size_t i = 0; i < items.size(); ++i) {
            auto& layer = items[i];
            if (cancel.isCancelled())
                layer.error = makeError(ErrorCode::Cancelled);
            else if (kind == JobKind::LoadPending)
                layer = render::LayerSet::load(projectPath, layer.entry, crs, cancel);
            else if (auto status = render::LayerSet::reindex(layer, crs); !status)
                layer.error = status.error();
            progress.report(double(i + 1) / double(items.size()));
        }
        return std::move(items);
    };
    services::startBackgroundJob<LayerList>(
        this, std::move(work),
        [=, this](LayerList results) {
            m_jobRunning = false;
            if (serial == m_serial)
                finishJob(job, std::move(results), cancel.isCancelled());
            emit busyChanged(false);
            startNextJob();
        },
        [this, total, what](double fraction, const QString&) {
            emit progressChanged(int(fraction * total + 0.5), total, what);
        });
}

void ProjectDocument::finishJob(const Job& job, LayerList results, bool cancelled) {
    if (job.kind == JobKind::Reproject && cancelled) {
        m_targetCrs = m_mapCrs; // the layers stay where they were
        return;
    }
    QStringList failures;
    for (auto& result : results) {
        auto* layer = findLayerMutable(QString::fromStdString(result.entry.id));
        if (!layer)
            continue; // removed while loading
        // Keep the entry as the project has it, not the scenario's table the job loaded.
        layer->data = std::move(result.data);
        layer->indexed = result.error ? nullptr : std::move(result.indexed);
        layer->generation = result.generation;
        layer->error = std::move(result.error);
        if (layer->error && !isCancelled(*layer))
            failures << tr("%1: %2").arg(
                QString::fromStdString(layer->entry.name.in(m_language.toStdString())),
                app::ErrorText::describe(*layer->error));
    }
    if (job.kind == JobKind::Reproject) {
        const crs::Crs old = m_mapCrs;
        m_mapCrs = job.crs;
        emit mapCrsChanged(old, m_mapCrs);
    }
    emit layersChanged();
    if (job.kind == JobKind::LoadPending)
        emit layersLoaded(failures);
}

} // namespace cw::desktop
