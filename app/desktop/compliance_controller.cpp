// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/compliance_controller.h"

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/planning/scenarios.h"
#include "common/error_text.h"
#include "common/planning_text.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "services/background_job.h"
#include "services/plan_check.h"
#include "widgets/compliance/compliance_panel.h"
#include "widgets/compliance/violation_overlay.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QTimer>
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace cw::desktop {
namespace {

using planning::ViolationKind;

bool isZoneViolation(ViolationKind kind) {
    return kind == ViolationKind::RunsPastValidity || kind == ViolationKind::StartsBeforeZone ||
           kind == ViolationKind::CapExceeded;
}

const project::ProjectInfo* findProject(const project::Project& p, const std::string& id) {
    for (const auto& info : p.projects)
        if (info.id == id)
            return &info;
    return nullptr;
}

const project::SandboxZone* findZone(const project::Project& p, const std::string& id) {
    for (const auto& zone : p.sandboxZones)
        if (zone.id == id)
            return &zone;
    return nullptr;
}

/// The project or zone a validation problem's field ("sangam-av.end_year") belongs to.
std::pair<const project::ProjectInfo*, const project::SandboxZone*>
ownerOf(const project::Project& p, const std::string& field) {
    for (const auto& info : p.projects)
        if (!info.id.empty() && field.starts_with(info.id + "."))
            return {&info, nullptr};
    for (const auto& zone : p.sandboxZones)
        if (!zone.id.empty() && field.starts_with(zone.id + "."))
            return {nullptr, &zone};
    return {nullptr, nullptr};
}

} // namespace

struct ComplianceController::Footprints {
    QString key;
    std::shared_ptr<const services::PlanFootprints> read;
};

struct ComplianceController::Outcome {
    services::PlanCheckOutcome check;
    std::shared_ptr<const Footprints> footprints;
    std::optional<Error> error;
    bool cancelled = false;
    project::Project checked;
};

ComplianceController::ComplianceController(ProjectDocument& document, MainWindow& window,
                                           QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window),
      m_action(new QAction(tr("Check Sandbox &Compliance"), this)),
      m_dock(new QDockWidget(tr("Sandbox compliance"), &window)),
      m_panel(new widgets::CompliancePanel(m_dock)),
      m_overlay(std::make_unique<widgets::ViolationOverlay>()), m_debounce(new QTimer(this)) {
    m_action->setObjectName(QStringLiteral("actionCheckCompliance"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_action->setStatusTip(
        tr("List the projects and features that break the rules of their sandbox zones"));
    planMenu.addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        runCheck();
    });

    m_dock->setObjectName(QStringLiteral("complianceDock"));
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    // Highlights belong to the open dock: closing it gives the map back.
    m_overlay->setVisible(false);
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, [this](bool open) {
        m_overlay->setVisible(open);
        m_window.canvas().update();
        if (open && m_stale)
            scheduleRun();
    });
    m_canvas = &window.canvas();
    m_canvas->addOverlay(m_overlay.get());

    connect(m_panel, &widgets::CompliancePanel::runRequested, this,
            &ComplianceController::runCheck);
    connect(m_panel, &widgets::CompliancePanel::cancelRequested, this,
            &ComplianceController::cancel);
    connect(m_panel, &widgets::CompliancePanel::rowSelected, this,
            &ComplianceController::onRowSelected);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ComplianceController::runCheck);
    connect(&document, &ProjectDocument::planChanged, this, &ComplianceController::scheduleRun);
    connect(&document, &ProjectDocument::layersChanged, this, [this] {
        // Loaded (or re-loaded) layers give the highlights their geometry; a changed layer
        // list changes the footprints themselves.
        rebuildHighlights();
        if (m_footprints && m_footprints->key != footprintKey())
            scheduleRun();
    });
    connect(&document, &ProjectDocument::mapCrsChanged, this,
            [this] { QTimer::singleShot(0, this, &ComplianceController::rebuildHighlights); });
    connect(&document, &ProjectDocument::projectReplaced, this, [this] {
        // Results belong to the project they were computed on.
        m_cancel.cancel();
        ++m_serial;
        m_running = false;
        m_rerunPending = false;
        m_footprints.reset();
        m_checked = {};
        m_problems.clear();
        m_violations.clear();
        m_checkedCompliance = false;
        m_rows.clear();
        m_panel->setIdle();
        m_panel->setNote({});
        m_panel->setRows({}, tr("Not checked yet."));
        rebuildHighlights();
        scheduleRun();
    });
}

ComplianceController::~ComplianceController() {
    m_cancel.cancel();
    m_future.waitForFinished();
    if (m_canvas)
        m_canvas->removeOverlay(m_overlay.get());
}

bool ComplianceController::isDockOpen() const {
    return m_dock->toggleViewAction()->isChecked();
}

void ComplianceController::scheduleRun() {
    if (!isDockOpen()) {
        m_stale = true;
        return;
    }
    m_debounce->start();
}

QString ComplianceController::footprintKey() const {
    // The layers the check reads and the file they come from: while these stay the same the
    // layers read for the last check still hold.
    QString key = m_document.path();
    if (!key.isEmpty())
        key += QLatin1Char('@') +
               QString::number(QFileInfo(key).lastModified().toMSecsSinceEpoch()) +
               QLatin1Char('\n');
    const project::Project& p = m_document.project();
    for (const auto& entry : p.layers) {
        if (entry.projectId.empty() || !findProject(p, entry.projectId))
            continue;
        const project::LayerEntry e = planning::effectiveLayer(p, entry);
        for (const std::string* part :
             {&e.projectId, &e.id, &e.source, &e.sourceLayer, &e.encoding, &e.crsOverride})
            key += QString::fromStdString(*part) + QLatin1Char('|');
        key += QLatin1Char('\n');
    }
    return key;
}

void ComplianceController::runCheck() {
    m_debounce->stop();
    m_stale = false;
    if (m_running) {
        // Abandon the running check; the new one starts as soon as it has stopped.
        m_rerunPending = true;
        m_cancel.cancel();
        return;
    }
    const QString key = footprintKey();
    std::shared_ptr<const Footprints> cached =
        m_footprints && m_footprints->key == key ? m_footprints : nullptr;
    const QString validating = tr("Validating the plan…");
    const QString reading = tr("Reading the project layers…");
    const QString checking = tr("Checking the sandbox zones…");

    m_running = true;
    m_cancel = CancelToken();
    m_panel->setRunning(validating);
    const quint64 serial = m_serial;
    // The plan as it is in memory; only the layers of its projects, as the active scenario
    // draws them.
    auto work = [=, snapshot = services::PlanCheck::snapshot(m_document.project()),
                 cancel = m_cancel,
                 path = m_document.path().toStdString()](services::JobProgress& progress) {
        Outcome out;
        out.checked = snapshot;
        out.checked.layers.clear();
        auto phase = [&](services::PlanCheck::Phase p, double fraction) {
            using Phase = services::PlanCheck::Phase;
            progress.report(fraction, p == Phase::Validating ? validating
                                      : p == Phase::Reading  ? reading
                                                             : checking);
        };
        auto check = services::PlanCheck::run(path, snapshot, phase, cancel,
                                              cached ? cached->read : nullptr);
        out.cancelled =
            cancel.isCancelled() || (!check && check.error().code == ErrorCode::Cancelled);
        if (!check) {
            out.error = check.error();
            return out;
        }
        out.check = std::move(check).value();
        if (out.check.footprints)
            out.footprints =
                cached && cached->read == out.check.footprints
                    ? cached
                    : std::make_shared<const Footprints>(Footprints{key, out.check.footprints});
        return out;
    };
    m_future = services::startBackgroundJob<Outcome>(
        this, std::move(work),
        [this, serial](Outcome outcome) {
            if (serial != m_serial)
                return; // another project replaced the one this check ran on
            onFinished(std::move(outcome));
        },
        [this](double fraction, const QString& text) { m_panel->setProgress(fraction, text); });
}

void ComplianceController::cancel() {
    if (!m_running)
        return;
    m_rerunPending = false;
    m_cancel.cancel();
    m_panel->setProgress(0, tr("Cancelling…"));
}

void ComplianceController::onFinished(Outcome outcome) {
    m_running = false;
    if (m_rerunPending) {
        // The plan changed under this check: its results are already out of date.
        m_rerunPending = false;
        runCheck();
        return;
    }
    m_panel->setIdle();
    if (outcome.cancelled) {
        m_panel->setNote(m_rows.empty() ? tr("The check was cancelled.")
                                        : tr("The check was cancelled: the list shows the "
                                             "previous check."));
        emit checkFinished(false);
        return;
    }
    if (outcome.error) {
        m_panel->setNote(tr("The check failed: %1").arg(app::ErrorText::describe(*outcome.error)));
        emit checkFinished(false);
        return;
    }
    if (outcome.footprints)
        m_footprints = outcome.footprints;
    m_checked = std::move(outcome.checked);
    m_problems = std::move(outcome.check.problems);
    m_violations = std::move(outcome.check.violations);
    m_checkedCompliance = outcome.check.complianceChecked;
    m_panel->setNote(m_checkedCompliance
                         ? QString()
                         : tr("The project has not been saved yet: the plan was validated, but "
                              "the sandbox compliance check reads the projects' layers from the "
                              "project file. Save the project to check it."));
    showResults();
    emit checkFinished(true);
}

QString ComplianceController::summary() const {
    std::set<std::string> zones;
    for (const auto& v : m_violations)
        if (!v.zoneId.empty())
            zones.insert(v.zoneId);
    const int violations = int(m_violations.size());
    const int problems = int(m_problems.size());
    const QString plan =
        problems == 0 ? tr("plan valid") : tr("%n plan problem(s)", nullptr, problems);
    if (!m_checkedCompliance)
        return tr("Compliance not checked; %1").arg(plan);
    QString found = violations == 0 ? tr("No violations in %n zone(s)", nullptr,
                                         int(m_checked.sandboxZones.size()))
                                    : tr("%n violation(s)", nullptr, violations);
    if (violations > 0 && !zones.empty())
        found = tr("%1 in %n zone(s)", nullptr, int(zones.size())).arg(found);
    return tr("%1; %2").arg(found, plan);
}

void ComplianceController::showResults() {
    const std::string lang = m_document.language().toStdString();
    const QString qlang = m_document.language();
    auto projectName = [&](const project::ProjectInfo* p) {
        return p ? QString::fromStdString(p->name.in(lang)) : QString();
    };
    auto zoneName = [&](const project::SandboxZone* z) {
        return z ? QString::fromStdString(z->name.in(lang)) : QString();
    };
    std::vector<widgets::ComplianceRow> rows;
    m_rows.clear();
    for (std::size_t i = 0; i < m_problems.size(); ++i) {
        const auto& problem = m_problems[i];
        const auto [project, zone] = ownerOf(m_checked, problem.field);
        rows.push_back({std::nullopt, projectName(project), zoneName(zone),
                        app::PlanningText::problem(problem)});
        m_rows.push_back({true, i});
    }
    for (std::size_t i = 0; i < m_violations.size(); ++i) {
        const auto& v = m_violations[i];
        rows.push_back({v.kind, projectName(findProject(m_checked, v.projectId)),
                        zoneName(findZone(m_checked, v.zoneId)),
                        app::PlanningText::violation(v, m_checked, qlang)});
        m_rows.push_back({false, i});
    }
    m_panel->setRows(std::move(rows), summary());
    // A violation still selected after a re-check stays drawn as selected, where it is now.
    const int row = m_panel->selectedRow();
    const bool violation = row >= 0 && !m_rows[std::size_t(row)].problem;
    m_overlay->setSelectedViolation(violation ? int(m_rows[std::size_t(row)].index) : -1);
    rebuildHighlights();
}

geometry::Envelope ComplianceController::zoneExtentInMap(const std::string& zoneId) const {
    geometry::Envelope extent;
    for (const auto& shape : m_overlay->shapes())
        if (shape.role == widgets::HighlightShape::Role::Zone &&
            std::size_t(shape.violation) < m_violations.size() &&
            m_violations[std::size_t(shape.violation)].zoneId == zoneId)
            extent.expand(shape.extent);
    if (!extent.isNull())
        return extent;
    // A zone no violation highlights (a validation problem's): transform it on demand.
    const project::SandboxZone* zone = findZone(m_checked, zoneId);
    auto source = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
    if (!zone || zone->area.featureCount() == 0 || !source)
        return {};
    auto transform = crs::CoordinateTransform::create(*source, m_document.mapCrs());
    if (!transform)
        return {};
    geometry::GeometryStore area = zone->area;
    area.transformInPlace([&](double* xs, double* ys, std::size_t n, std::size_t stride) {
        transform->transform(xs, ys, n, stride);
    });
    return area.extent();
}

void ComplianceController::rebuildHighlights() {
    using widgets::HighlightShape;
    std::vector<HighlightShape> shapes;
    // Zones: stored in EPSG:5186, drawn in the map CRS.
    std::optional<crs::CoordinateTransform> toMap;
    if (auto source = crs::Crs::fromEpsg(project::kSandboxZoneEpsg))
        if (auto transform = crs::CoordinateTransform::create(*source, m_document.mapCrs()))
            toMap = std::move(transform).value();
    std::map<std::string, geometry::GeometryStore> zonesInMap;
    auto zoneArea = [&](const std::string& id) -> const geometry::GeometryStore* {
        if (auto it = zonesInMap.find(id); it != zonesInMap.end())
            return &it->second;
        const project::SandboxZone* zone = findZone(m_checked, id);
        if (!zone || zone->area.featureCount() == 0 || !toMap)
            return nullptr;
        geometry::GeometryStore area = zone->area;
        area.transformInPlace([&](double* xs, double* ys, std::size_t n, std::size_t stride) {
            toMap->transform(xs, ys, n, stride);
        });
        return &zonesInMap.emplace(id, std::move(area)).first->second;
    };
    std::map<std::string, std::unordered_map<std::int64_t, std::size_t>> featureIndex;
    for (std::size_t i = 0; i < m_violations.size(); ++i) {
        const auto& v = m_violations[i];
        if (isZoneViolation(v.kind)) {
            if (const auto* area = zoneArea(v.zoneId))
                shapes.push_back(HighlightShape::fromStore(*area, 0,
                                                           geometry::GeometryFamily::Polygon,
                                                           HighlightShape::Role::Zone, int(i)));
            continue;
        }
        if (v.kind != ViolationKind::OutsideGrantingZones)
            continue;
        // The feature as the map draws it: the loaded layer's geometry of the same fid.
        const render::LoadedLayer* layer = m_document.findLayer(QString::fromStdString(v.layerId));
        if (!layer || !layer->indexed || !layer->data)
            continue;
        const auto& fids = layer->data->fids;
        std::size_t index = fids.size();
        if (fids.empty() && v.featureId >= 0) {
            index = std::size_t(v.featureId); // layers without fids are numbered by position
        } else {
            // One lookup table per layer: a big layer can have thousands of features at fault.
            auto [it, fresh] = featureIndex.try_emplace(v.layerId);
            if (fresh)
                for (std::size_t f = 0; f < fids.size(); ++f)
                    it->second.emplace(fids[f], f);
            if (auto hit = it->second.find(v.featureId); hit != it->second.end())
                index = hit->second;
        }
        if (index < layer->indexed->geometries.featureCount())
            shapes.push_back(HighlightShape::fromStore(layer->indexed->geometries, index,
                                                       layer->indexed->family,
                                                       HighlightShape::Role::Feature, int(i)));
    }
    m_overlay->setShapes(std::move(shapes));
    m_window.canvas().update();
}

void ComplianceController::selectViolation(int index) {
    if (index < 0 || std::size_t(index) >= m_violations.size()) {
        m_panel->selectRow(-1);
        return;
    }
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (!m_rows[r].problem && m_rows[r].index == std::size_t(index))
            m_panel->selectRow(int(r));
}

void ComplianceController::onRowSelected(int row) {
    if (row < 0 || std::size_t(row) >= m_rows.size()) {
        m_overlay->setSelectedViolation(-1);
        m_window.canvas().update();
        return;
    }
    const RowRef ref = m_rows[std::size_t(row)];
    if (ref.problem) {
        m_overlay->setSelectedViolation(-1);
        m_window.canvas().update();
        const auto [project, zone] = ownerOf(m_checked, m_problems[ref.index].field);
        if (project)
            zoomTo(m_document.projectExtent(QString::fromStdString(project->id)));
        else if (zone)
            zoomTo(zoneExtentInMap(zone->id));
        return;
    }
    m_overlay->setSelectedViolation(int(ref.index));
    geometry::Envelope extent;
    for (const auto& shape : m_overlay->shapes())
        if (shape.violation == int(ref.index))
            extent.expand(shape.extent);
    if (extent.isNull()) // a project no zone grants for: show where it is
        extent =
            m_document.projectExtent(QString::fromStdString(m_violations[ref.index].projectId));
    zoomTo(extent);
    m_window.canvas().update();
}

void ComplianceController::zoomTo(const geometry::Envelope& extent) {
    if (extent.isNull())
        return;
    // A point or a tiny feature still shows its surroundings: at least ~600 m across.
    auto& canvas = m_window.canvas();
    const double metres = canvas.settings().metresPerMapUnit();
    const double minSpan = 600 / (metres > 0 ? metres : 1);
    const double grow = std::max(0.0, minSpan - std::max(extent.width(), extent.height())) / 2;
    canvas.zoomToExtent(extent.buffered(grow), 0.3);
}

} // namespace cw::desktop
