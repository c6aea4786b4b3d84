// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "cityweave/project/plan_session.h"
#include "cityweave/project/project.h"
#include "render/layer_set.h"
#include "render/plan_filter.h"
#include "widgets/map_canvas.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QUndoStack;

namespace cw::desktop {

class DatabasePlanLink;

/// The part of a project that planning edits change (registry, indicators, roll-out, sandbox
/// zones and their geometry, scenarios). One undo step swaps two of these.
struct PlanState {
    std::vector<project::ProjectInfo> projects;
    std::vector<project::SandboxZone> sandboxZones;
    std::vector<project::Scenario> scenarios;
    std::string activeScenario;
    bool operator==(const PlanState&) const = default;
};

/// The open project: its file, its plan, its layers as loaded, and whether it changed.
/// Layers are loaded and re-projected on worker threads, one job at a time, with progress
/// and cancel; the views only listen to its signals.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    /// `language` ("ko"/"en") picks the project names used in titles and messages.
    explicit ProjectDocument(const QString& language, QObject* parent = nullptr);
    ~ProjectDocument() override;

    const project::Project& project() const { return m_project; }
    /// Layers in drawing order, bottom first; failed ones keep their entry and error.
    const std::vector<render::LoadedLayer>& layers() const { return m_layers; }
    const render::LoadedLayer* findLayer(const QString& id) const;
    const QString& path() const { return m_path; }
    /// Whether the plan was opened from PostgreSQL (its path is a postgresql:// URL).
    bool isInDatabase() const;
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_jobRunning; }
    QString title() const;
    const QString& language() const { return m_language; }
    /// The CRS the layers are (or are being) projected into.
    const crs::Crs& mapCrs() const { return m_targetCrs; }

    widgets::RenderLayerList renderLayers() const;
    geometry::Envelope fullExtent() const;
    geometry::Envelope layerExtent(const QString& layerId) const;
    geometry::Envelope projectExtent(const QString& projectId) const;

    void newProject();
    /// Opens a project file; on failure keeps the current project and fills `error`.
    bool open(const QString& path, QString* error);
    bool save(QString* error);
    bool saveAs(const QString& path, QString* error);
    /// For a plan opened from a database: saves every object changed since it was opened or
    /// last saved, each on its own (PlanSession::saveChanges). What conflicts or is refused is
    /// in `outcome` and stays in the document, unsaved; false (with `error`) when nothing could
    /// be saved (no connection).
    bool saveToDatabase(const std::map<std::string, project::Resolutions>& resolutions,
                        project::ChangesOutcome* outcome, QString* error);
    /// The project as a save would write it (layers in order, view, no result layers).
    project::Project snapshotForSave() const;
    /// Replaces the project by an autosaved copy of `projectPath` (empty: an untitled one),
    /// which stays unsaved until the user saves it; on failure keeps the current project.
    bool recoverFrom(const QString& recoveryFile, const QString& projectPath, QString* error);

    void addLayer(project::LayerEntry entry);
    /// Adds `layers` (their projectId set to `info.id`) and, when the plan has no project of
    /// that id yet, `info` itself, so the layer tree groups them. Loads them in the background.
    void addProjectLayers(const project::ProjectInfo& info,
                          std::vector<project::LayerEntry> layers);
    /// The layer-tree group (a project id) analysis results are shown under. Result layers live
    /// in memory only: neither they nor their group are saved in the project file.
    static std::string resultsGroupId() { return "@analysis-results"; }
    /// Adds loaded, in-memory result layers on top, under the results group named `groupName`,
    /// replacing the layers whose id starts with `replacePrefix` (an earlier run's).
    void addResultLayers(std::vector<render::LoadedLayer> layers,
                         const project::LocalizedText& groupName, const std::string& replacePrefix);
    void removeLayer(const QString& layerId);
    void setLayerVisible(const QString& layerId, bool visible);
    void setLayerOpacity(const QString& layerId, double opacity);
    /// Replaces a loaded layer's features (a feature edit, its undo or redo), re-indexed for
    /// the map at once.
    void replaceLayerData(const QString& layerId, std::shared_ptr<const data::VectorLayer> data);
    /// Reads a layer again from its source (after its edits were written back).
    void reloadLayer(const QString& layerId);
    /// Where a layer's features come from as the active scenario draws it: the file and its
    /// layer name.
    std::pair<std::string, std::string> layerSource(const QString& layerId) const;
    /// Runs first in save and saveAs (feature edits go back to their sources); false stops
    /// the save, with its message in `error`.
    void setBeforeSave(std::function<bool(QString* error)> hook) { m_beforeSave = std::move(hook); }
    /// Restyles a layer (symbols, classes, labels, scale range, opacity) and renames it.
    void setLayerStyle(const QString& layerId, const style::LayerStyle& style,
                       const project::LocalizedText& name);
    /// Replaces the rule table that labels integration zones; saved with the project.
    void setSectorRules(project::SectorRuleTable rules);
    /// Reorders the layers to `order` (ids, bottom first); unknown ids are ignored.
    void setDrawingOrder(const std::vector<std::string>& order);
    /// Re-projects every layer into `crs` in the background; mapCrsChanged() follows.
    void setMapCrs(const crs::Crs& crs);
    /// Remembered for the next save; does not make the project dirty.
    void setViewExtent(const geometry::Envelope& extent) { m_viewExtent = extent; }
    void cancelJobs();

    /// The plan as it is now, to copy, change and hand back to editPlan().
    PlanState planState() const;
    /// Replaces the plan as one undoable step named `text` (translated, shown in the Edit
    /// menu). Nothing happens when `next` equals the current plan. Layers a scenario switch
    /// draws from other tables are reloaded.
    void editPlan(PlanState next, const QString& text);
    /// One stack per open project: cleared when another project replaces it; its clean state
    /// is the last save.
    QUndoStack& undoStack() const { return *m_undo; }

    const render::PlanFilter& planFilter() const { return m_filter; }
    void setPlanFilter(const render::PlanFilter& filter);

signals:
    /// Another project replaced the current one: views rebuild and re-zoom.
    void projectReplaced();
    /// Layers were added, removed, loaded or restyled.
    void layersChanged();
    /// Only what is drawn changed (visibility, order): the tree already shows it.
    void renderLayersChanged();
    void dirtyChanged(bool dirty);
    void busyChanged(bool busy);
    void progressChanged(int done, int total, const QString& what);
    /// A load job ended; `failures` lists translated messages for layers that did not load.
    void layersLoaded(const QStringList& failures);
    void mapCrsChanged(const cw::crs::Crs& oldCrs, const cw::crs::Crs& newCrs);
    /// The registry, zones or scenarios changed: by an edit, an undo or redo, or a new project.
    void planChanged();
    /// The timeline year or stage filter changed (the map was already told to redraw).
    void planFilterChanged();
    /// Other planners committed changes to the plan in the database ("who changed what");
    /// without unsaved edits here, the document already shows them.
    void remoteChanges(const QStringList& changes);

private:
    enum class JobKind { LoadPending, Reproject };
    struct Job {
        JobKind kind;
        crs::Crs crs;
    };
    void replaceProject(project::Project project, const QString& path);
    void setDirty(bool dirty);
    void enqueue(Job job);
    void startNextJob();
    void finishJob(const Job& job, std::vector<render::LoadedLayer> results, bool cancelled);
    render::LoadedLayer* findLayerMutable(const QString& id);
    friend class PlanEditCommand;
    void applyPlan(const PlanState& state);
    void updateDirty();
    bool openFromDatabase(const QString& url, QString* error);
    /// Takes the database plan's registry, zones, settings and layer styles as the session
    /// now has them, keeping this planner's versions of the objects in `keepMine`.
    void takeDatabasePlan(const std::vector<project::ObjectNotSaved>& keepMine);
    void onOthersChanged(const QStringList& changes);

    QString m_language;
    project::Project m_project;
    std::vector<render::LoadedLayer> m_layers;
    QString m_path;
    bool m_dirty = false;
    bool m_layersDirty = false; // layer, style and view changes, which are not undoable
    QUndoStack* m_undo;
    std::function<bool(QString*)> m_beforeSave;
    render::PlanFilter m_filter;
    crs::Crs m_mapCrs;    // what the loaded geometries are in
    crs::Crs m_targetCrs; // what they are being moved to (equal when idle)
    geometry::Envelope m_viewExtent;

    std::deque<Job> m_queue;
    bool m_jobRunning = false;
    CancelToken m_jobCancel;
    quint64 m_serial = 0; // bumped per project, so results for a closed one are dropped
    std::unique_ptr<DatabasePlanLink> m_link; // set while a plan from a database is open
};

} // namespace cw::desktop
