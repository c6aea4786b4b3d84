// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/zone_edit_controller.h"

#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "widgets/map_canvas.h"
#include "widgets/zones/zone_draw_tool.h"
#include "widgets/zones/zone_overlay.h"
#include "widgets/zones/zone_properties_dialog.h"
#include "widgets/zones/zone_vertex_tool.h"
#include "widgets/zones/zones_panel.h"

#include <QAction>
#include <QDate>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <cmath>
#include <deque>

namespace cw::desktop {

namespace {

// Snapping reach around the cursor, in screen pixels.
constexpr double kSnapPx = 10;

QString exemptionList(const project::SandboxZone& zone, const QString& lang) {
    QStringList names;
    for (auto e : zone.exemptions)
        names << QString::fromStdString(project::exemptionName(e).in(lang.toStdString()));
    return names.isEmpty() ? ZoneEditController::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

ZoneEditController::ZoneEditController(ProjectDocument& document, MainWindow& window,
                                       QMenu& planMenu)
    : QObject(&window), m_document(document), m_window(window), m_canvas(&window.canvas()),
      m_overlay(std::make_unique<widgets::ZoneOverlay>()),
      m_drawTool(new widgets::ZoneDrawTool(window.canvas(), *m_overlay, this)),
      m_vertexTool(new widgets::ZoneVertexTool(window.canvas(), *m_overlay, this)) {
    buildActions(planMenu);
    m_overlay->setOccupied([canvas = &window.canvas()] { return canvas->placedLabels(); });
    window.canvas().addOverlay(m_overlay.get());

    m_drawTool->setSnap([this](QPointF p) { return snap(p); });
    m_vertexTool->setSnap(
        [this](QPointF p) { return snap(p, zoneIndex(selectedZoneIds().value(0))); });
    connect(m_drawTool, &widgets::ZoneDrawTool::finished, this,
            [this](const QVector<QPointF>& vertices, widgets::ZoneDrawTool::Shape shape) {
                onDrawFinished(vertices, static_cast<int>(shape));
            });
    // When another tool takes the canvas, our actions must not stay checked. The canvas tells
    // the old tool before it switches, so look once the switch is done.
    auto releaseIfReplaced = [this] {
        QTimer::singleShot(0, this, [this] {
            auto* tool = m_window.canvas().mapTool();
            if (tool != m_drawTool && tool != m_vertexTool)
                releaseTools();
        });
    };
    connect(m_drawTool, &widgets::ZoneDrawTool::deactivated, this, releaseIfReplaced);
    connect(m_vertexTool, &widgets::ZoneVertexTool::deactivated, this, releaseIfReplaced);
    connect(m_drawTool, &widgets::ZoneDrawTool::message, this, &ZoneEditController::showMessage);
    connect(m_vertexTool, &widgets::ZoneVertexTool::edited, this,
            &ZoneEditController::onVertexEdited);
    connect(m_vertexTool, &widgets::ZoneVertexTool::message, this,
            &ZoneEditController::showMessage);

    // A click on the map (one no tool consumed) selects the zone under it; Ctrl adds to the
    // selection (merging takes two).
    connect(&window.canvas(), &widgets::MapCanvas::clicked, this,
            &ZoneEditController::selectZoneAt);
    connect(&m_document, &ProjectDocument::planChanged, this, &ZoneEditController::rebuild);
    connect(&m_document, &ProjectDocument::planFilterChanged, this, &ZoneEditController::rebuild);
    connect(&m_document, &ProjectDocument::projectReplaced, this, [this] {
        releaseTools();
        rebuild();
    });
    connect(&m_document, &ProjectDocument::mapCrsChanged, this, &ZoneEditController::rebuild);
    rebuild();
}

ZoneEditController::~ZoneEditController() {
    // The window deletes its children in any order: the canvas may be gone already.
    if (!m_canvas)
        return;
    m_canvas->removeOverlay(m_overlay.get());
    if (m_canvas->mapTool() == m_drawTool || m_canvas->mapTool() == m_vertexTool)
        m_canvas->setMapTool(nullptr);
}

void ZoneEditController::buildActions(QMenu& planMenu) {
    auto make = [this](const QString& text, const char* name, bool checkable) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(checkable);
        return action;
    };
    m_drawAction = make(tr("&Draw Zone"), "actionDrawZone", true);
    m_drawAction->setToolTip(
        tr("Draw a sandbox zone: click the vertices, double-click or Enter to finish, "
           "Backspace removes the last vertex, Esc cancels"));
    m_editAction = make(tr("&Edit Vertices"), "actionEditZone", true);
    m_editAction->setToolTip(tr("Drag a vertex to move it, drag an edge midpoint to add one, "
                                "right-click or Delete removes one"));
    m_propertiesAction = make(tr("Zone &Properties…"), "actionZoneProperties", false);
    m_splitAction = make(tr("&Split Zone"), "actionSplitZone", true);
    m_splitAction->setToolTip(tr("Draw a line across the selected zone to cut it in pieces"));
    m_mergeAction = make(tr("&Merge Zones"), "actionMergeZones", false);
    m_deleteAction = make(tr("De&lete Zone"), "actionDeleteZone", false);
    connect(m_drawAction, &QAction::toggled, this, &ZoneEditController::setDrawing);
    connect(m_editAction, &QAction::toggled, this, &ZoneEditController::setEditing);
    connect(m_splitAction, &QAction::toggled, this, &ZoneEditController::setSplitting);
    connect(m_propertiesAction, &QAction::triggered, this, &ZoneEditController::editProperties);
    connect(m_mergeAction, &QAction::triggered, this, &ZoneEditController::mergeSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ZoneEditController::deleteSelected);

    const QList<QAction*> actions{m_drawAction,       m_editAction,  m_splitAction, nullptr,
                                  m_propertiesAction, m_mergeAction, m_deleteAction};
    m_panel = new widgets::ZonesPanel(actions);
    auto* dock = new QDockWidget(tr("Sandbox zones"), &m_window);
    dock->setObjectName(QStringLiteral("zonesDock"));
    dock->setWidget(m_panel);
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_panel, &widgets::ZonesPanel::selectionChanged, this,
            &ZoneEditController::onSelectionChanged);
    connect(m_panel, &widgets::ZonesPanel::activated, this, [this](const QString& id) {
        selectZones({id});
        editProperties();
    });

    QMenu* menu = planMenu.addMenu(tr("Sandbox &Zones"));
    menu->setObjectName(QStringLiteral("menuZones"));
    for (QAction* action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->addSeparator();
    menu->addAction(dock->toggleViewAction());
}

// ---- Plan → display ------------------------------------------------------------------------

void ZoneEditController::rebuild() {
    const crs::Crs& mapCrs = m_document.mapCrs();
    if (m_transformCrs != mapCrs.wkt()) {
        m_transformCrs = mapCrs.wkt();
        m_storageToMap.reset();
        const auto storage = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
        if (storage && mapCrs.isValid() && !(storage.value() == mapCrs)) {
            auto transform = crs::CoordinateTransform::create(storage.value(), mapCrs);
            if (transform && !transform->isIdentity())
                m_storageToMap.emplace(std::move(transform.value()));
        }
    }
    const auto& zones = m_document.planState().sandboxZones;
    const QString lang = m_document.language();
    m_display.clear();
    m_inForce.clear();
    std::vector<widgets::ZoneShape> shapes;
    QList<widgets::ZonesPanel::Row> rows;
    const std::optional<int> year = m_document.planFilter().year;
    for (const auto& zone : zones) {
        m_display.push_back(toMap(zone.area));
        // The timeline's year shows the zones designated then, as it shows the projects.
        const bool inForce = !year || zone.startYear == 0 ||
                             (*year >= zone.startYear && *year <= zone.lastValidYear());
        m_inForce.push_back(inForce);
        shapes.push_back({zoneName(zone), m_display.back(), inForce});
        rows.push_back({QString::fromStdString(zone.id), zoneName(zone),
                        static_cast<int>(zone.exemptions.size()), zone.startYear,
                        zone.lastValidYear()});
    }
    m_overlay->setZones(std::move(shapes));
    m_panel->setRows(rows); // re-applies the selection, which refreshes the edit handles
    m_window.canvas().update();
}

planning::ZonePolygon ZoneEditController::toMap(const geometry::GeometryStore& area) const {
    planning::ZonePolygon polygon = planning::polygonFromStore(area);
    if (m_storageToMap)
        planning::forEachVertex(
            polygon, [this](geometry::Coord& c) { m_storageToMap->transformPoint(c.x, c.y); });
    return polygon;
}

bool ZoneEditController::toStorage(planning::ZonePolygon& polygon) const {
    bool ok = true;
    if (m_storageToMap)
        planning::forEachVertex(polygon, [&](geometry::Coord& c) {
            ok = m_storageToMap->inversePoint(c.x, c.y) && std::isfinite(c.x) &&
                 std::isfinite(c.y) && ok;
        });
    if (!ok)
        showMessage(tr("The zone could not be converted to EPSG:%1: a vertex lies outside its "
                       "area of use.")
                        .arg(project::kSandboxZoneEpsg));
    return ok;
}

QString ZoneEditController::zoneName(const project::SandboxZone& zone) const {
    const QString name = QString::fromStdString(zone.name.in(m_document.language().toStdString()));
    return name.isEmpty() ? QString::fromStdString(zone.id) : name;
}

int ZoneEditController::zoneIndex(const QString& id) const {
    const auto& zones = m_document.project().sandboxZones;
    for (std::size_t i = 0; i < zones.size(); ++i)
        if (QString::fromStdString(zones[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

planning::ZonePolygon ZoneEditController::displayPolygon(const QString& id) const {
    const int index = zoneIndex(id);
    return index >= 0 && index < static_cast<int>(m_display.size()) ? m_display[index]
                                                                    : planning::ZonePolygon{};
}

QStringList ZoneEditController::selectedZoneIds() const {
    return m_panel->selectedIds();
}

void ZoneEditController::selectZones(const QStringList& ids) {
    m_panel->selectIds(ids);
}

void ZoneEditController::onSelectionChanged() {
    std::vector<int> selected;
    for (const QString& id : selectedZoneIds())
        selected.push_back(zoneIndex(id));
    m_overlay->setSelection(selected);
    if (m_editAction->isChecked()) {
        if (selected.size() == 1 && selected.front() >= 0)
            m_vertexTool->setPolygon(selected.front(), m_display[selected.front()]);
        else
            m_vertexTool->setPolygon(-1, {});
    }
    updateActions();
    m_window.canvas().update();
}

void ZoneEditController::selectZoneAt(double mapX, double mapY) {
    // The last drawn lies on top: look from the end.
    for (int i = static_cast<int>(m_display.size()) - 1; i >= 0; --i) {
        if (!m_inForce[static_cast<std::size_t>(i)])
            continue; // not drawn in the timeline's year
        if (!planning::containsPoint(m_display[static_cast<std::size_t>(i)], {mapX, mapY}))
            continue;
        const QString id = QString::fromStdString(
            m_document.project().sandboxZones[static_cast<std::size_t>(i)].id);
        QStringList ids;
        if (QGuiApplication::keyboardModifiers() & Qt::ControlModifier)
            ids = selectedZoneIds();
        if (!ids.contains(id))
            ids << id;
        selectZones(ids);
        return;
    }
}

void ZoneEditController::updateActions() {
    const auto count = selectedZoneIds().size();
    m_propertiesAction->setEnabled(count == 1);
    m_deleteAction->setEnabled(count >= 1);
    m_mergeAction->setEnabled(count == 2);
    m_editAction->setEnabled(count == 1 || m_editAction->isChecked());
    m_splitAction->setEnabled(count == 1 || m_splitAction->isChecked());
}

void ZoneEditController::showMessage(const QString& text) const {
    m_window.statusBar()->showMessage(text, 8000);
}

// ---- Snapping --------------------------------------------------------------------------------

std::optional<QPointF> ZoneEditController::snap(QPointF mapPos, int excludeZone) const {
    const auto& view = m_window.canvas().settings();
    if (!view.isValid())
        return std::nullopt;
    const double tolerance = kSnapPx * view.mapUnitsPerPixel();
    const auto window =
        geometry::Envelope::of(mapPos.x(), mapPos.y(), mapPos.x(), mapPos.y()).buffered(tolerance);
    std::deque<planning::Ring> closed; // keeps the zone rings alive for the spans
    std::vector<std::span<const geometry::Coord>> candidates;
    for (int i = 0; i < static_cast<int>(m_display.size()); ++i) {
        if (i == excludeZone)
            continue;
        closed.push_back(planning::closedRing(m_display[i].outer));
        candidates.emplace_back(closed.back());
        for (const auto& hole : m_display[i].holes) {
            closed.push_back(planning::closedRing(hole));
            candidates.emplace_back(closed.back());
        }
    }
    // Visible loaded layers: only the features whose envelope is near the cursor.
    std::vector<std::uint32_t> hits;
    for (const auto& layer : m_document.layers()) {
        if (!layer.isLoaded() || !layer.entry.visible)
            continue;
        hits.clear();
        layer.indexed->index.query(window, hits);
        const auto& store = layer.indexed->geometries;
        for (std::uint32_t feature : hits)
            for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p)
                candidates.push_back(store.part(p));
    }
    const auto found = planning::snapPoint({mapPos.x(), mapPos.y()}, candidates, tolerance);
    if (!found)
        return std::nullopt;
    return QPointF(found->point.x, found->point.y);
}

// ---- Tools ---------------------------------------------------------------------------------

void ZoneEditController::releaseTools() {
    for (QAction* action : {m_drawAction, m_editAction, m_splitAction})
        if (action->isChecked())
            action->setChecked(false);
}

void ZoneEditController::setDrawing(bool on) {
    auto& canvas = m_window.canvas();
    if (on) {
        m_editAction->setChecked(false);
        m_splitAction->setChecked(false);
        m_drawTool->start(widgets::ZoneDrawTool::Shape::Polygon);
        canvas.setMapTool(m_drawTool);
        canvas.setToolCursor(QCursor(Qt::CrossCursor));
        canvas.setFocus();
        showMessage(m_drawAction->toolTip());
    } else if (canvas.mapTool() == m_drawTool && !m_splitAction->isChecked()) {
        canvas.setMapTool(nullptr);
        canvas.setToolCursor(QCursor(Qt::ArrowCursor));
    }
}

void ZoneEditController::setSplitting(bool on) {
    auto& canvas = m_window.canvas();
    if (on) {
        if (selectedZoneIds().size() != 1) {
            showMessage(tr("Select the one zone to split first."));
            m_splitAction->setChecked(false);
            return;
        }
        m_drawAction->setChecked(false);
        m_editAction->setChecked(false);
        m_drawTool->start(widgets::ZoneDrawTool::Shape::Line);
        canvas.setMapTool(m_drawTool);
        canvas.setToolCursor(QCursor(Qt::CrossCursor));
        canvas.setFocus();
        showMessage(tr("Draw a line across the zone: click its vertices, double-click or Enter "
                       "to cut."));
    } else if (canvas.mapTool() == m_drawTool && !m_drawAction->isChecked()) {
        canvas.setMapTool(nullptr);
        canvas.setToolCursor(QCursor(Qt::ArrowCursor));
    }
    updateActions();
}

void ZoneEditController::setEditing(bool on) {
    auto& canvas = m_window.canvas();
    if (on) {
        const QStringList ids = selectedZoneIds();
        if (ids.size() != 1) {
            showMessage(tr("Select the one zone to edit first."));
            m_editAction->setChecked(false);
            return;
        }
        m_drawAction->setChecked(false);
        m_splitAction->setChecked(false);
        canvas.setMapTool(m_vertexTool);
        const int index = zoneIndex(ids.front());
        m_vertexTool->setPolygon(index, m_display[index]);
        canvas.setToolCursor(QCursor(Qt::PointingHandCursor));
        canvas.setFocus();
        showMessage(m_editAction->toolTip());
    } else if (canvas.mapTool() == m_vertexTool) {
        canvas.setMapTool(nullptr);
        canvas.setToolCursor(QCursor(Qt::ArrowCursor));
    }
    updateActions();
}

void ZoneEditController::onDrawFinished(const QVector<QPointF>& vertices, int shape) {
    if (shape == static_cast<int>(widgets::ZoneDrawTool::Shape::Line)) {
        m_splitAction->setChecked(false);
        splitSelected(vertices);
        return;
    }
    planning::ZonePolygon polygon;
    for (const QPointF& p : vertices)
        polygon.outer.push_back({p.x(), p.y()});
    if (!acceptPolygon(polygon))
        return; // the tool stays on: draw again
    // After the event that finished the draft has returned, so the dialog does not run inside
    // the canvas' mouse handler.
    QTimer::singleShot(0, this, [this, polygon] { createZone(polygon); });
}

bool ZoneEditController::acceptPolygon(const planning::ZonePolygon& polygon) const {
    const auto validity = planning::checkPolygon(polygon);
    if (validity.valid)
        return true;
    showMessage(tr("Refused: the zone outline is not a valid polygon (%1).")
                    .arg(QString::fromStdString(validity.reason)));
    return false;
}

std::string ZoneEditController::uniqueZoneId(const std::string& base,
                                             const std::vector<project::SandboxZone>& zones) const {
    auto taken = [&](const std::string& id) {
        return std::any_of(zones.begin(), zones.end(), [&](const auto& z) { return z.id == id; });
    };
    for (int n = 1;; ++n) {
        std::string id = base;
        id += "-";
        id += std::to_string(n);
        if (!taken(id))
            return id;
    }
}

bool ZoneEditController::runDialog(widgets::ZonePropertiesDialog& dialog) {
    if (m_dialogHook)
        return m_dialogHook(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool ZoneEditController::confirm(const QString& title, const QString& text) {
    if (m_confirmHook)
        return m_confirmHook(title, text);
    return QMessageBox::question(&m_window, title, text) == QMessageBox::Yes;
}

void ZoneEditController::createZone(const planning::ZonePolygon& mapPolygon) {
    planning::ZonePolygon stored = mapPolygon;
    if (!toStorage(stored))
        return;
    PlanState next = m_document.planState();
    project::SandboxZone zone;
    zone.id = uniqueZoneId("zone", next.sandboxZones);
    const std::string name = tr("Sandbox zone %1").arg(next.sandboxZones.size() + 1).toStdString();
    (m_document.language() == QLatin1String("ko") ? zone.name.ko : zone.name.en) = name;
    zone.area = planning::storeFromPolygon(stored);
    zone.startYear = QDate::currentDate().year();
    zone.validYears = 4;
    widgets::ZonePropertiesDialog dialog(zone, m_document.language(), &m_window);
    if (!runDialog(dialog))
        return;
    zone = dialog.zone();
    const QString id = QString::fromStdString(zone.id);
    const QString title = zoneName(zone);
    next.sandboxZones.push_back(std::move(zone));
    m_drawAction->setChecked(false);
    m_document.editPlan(std::move(next), tr("Draw zone “%1”").arg(title));
    selectZones({id});
    showMessage(tr("Zone “%1” added.").arg(title));
}

void ZoneEditController::onVertexEdited(const planning::ZonePolygon& mapPolygon,
                                        const QString& undoText) {
    const int index = m_vertexTool->zoneIndex();
    auto restore = [&] {
        if (index >= 0 && index < static_cast<int>(m_display.size()))
            m_vertexTool->setPolygon(index, m_display[index]);
    };
    planning::ZonePolygon stored = mapPolygon;
    PlanState next = m_document.planState();
    if (index < 0 || index >= static_cast<int>(next.sandboxZones.size()) ||
        !acceptPolygon(mapPolygon) || !toStorage(stored)) {
        restore();
        return;
    }
    auto& zone = next.sandboxZones[static_cast<std::size_t>(index)];
    zone.area = planning::storeFromPolygon(stored);
    m_document.editPlan(std::move(next), QStringLiteral("%1 (%2)").arg(undoText, zoneName(zone)));
    restore(); // planChanged rebuilt m_display
}

void ZoneEditController::splitSelected(const QVector<QPointF>& line) {
    const int index = zoneIndex(selectedZoneIds().value(0));
    if (index < 0)
        return;
    std::vector<geometry::Coord> cut;
    for (const QPointF& p : line)
        cut.push_back({p.x(), p.y()});
    const auto result = planning::splitPolygon(m_display[index], cut);
    if (result.refusal != planning::ZoneEditRefusal::None) {
        showMessage(result.refusal == planning::ZoneEditRefusal::LineDoesNotSplit
                        ? tr("Refused: the line must cross the zone from one side to the other.")
                        : tr("Refused: the zone's outline is not a valid polygon."));
        return;
    }
    PlanState next = m_document.planState();
    const project::SandboxZone original = next.sandboxZones[static_cast<std::size_t>(index)];
    std::vector<project::SandboxZone> pieces;
    QStringList ids;
    for (std::size_t i = 0; i < result.pieces.size(); ++i) {
        planning::ZonePolygon stored = result.pieces[i];
        if (!toStorage(stored))
            return;
        project::SandboxZone piece = original;
        piece.id = uniqueZoneId(original.id, next.sandboxZones);
        const std::string suffix = " (" + std::to_string(i + 1) + ")";
        if (!piece.name.ko.empty())
            piece.name.ko += suffix;
        if (!piece.name.en.empty())
            piece.name.en += suffix;
        piece.area = planning::storeFromPolygon(stored);
        ids << QString::fromStdString(piece.id);
        next.sandboxZones.push_back(piece); // reserves the id for the next piece
        pieces.push_back(std::move(piece));
    }
    next.sandboxZones.resize(next.sandboxZones.size() - pieces.size());
    next.sandboxZones.erase(next.sandboxZones.begin() + index);
    next.sandboxZones.insert(next.sandboxZones.begin() + index, pieces.begin(), pieces.end());
    m_document.editPlan(std::move(next), tr("Split zone “%1”").arg(zoneName(original)));
    selectZones(ids);
    showMessage(tr("Zone “%1” split into %n zones.", nullptr, static_cast<int>(ids.size()))
                    .arg(zoneName(original)));
}

void ZoneEditController::mergeSelected() {
    const QStringList ids = selectedZoneIds();
    if (ids.size() != 2) {
        showMessage(tr("Select exactly two zones to merge."));
        return;
    }
    PlanState next = m_document.planState();
    const int ia = zoneIndex(ids[0]);
    const int ib = zoneIndex(ids[1]);
    const auto& a = next.sandboxZones[static_cast<std::size_t>(ia)];
    const auto& b = next.sandboxZones[static_cast<std::size_t>(ib)];
    // Merged in the storage CRS: no round trip through the map projection.
    const auto geometryResult = planning::mergePolygons(planning::polygonFromStore(a.area),
                                                        planning::polygonFromStore(b.area));
    if (!geometryResult.merged) {
        showMessage(geometryResult.refusal == planning::ZoneEditRefusal::NotConnected
                        ? tr("Refused: the two zones neither share an edge nor overlap, so they "
                             "would not make one zone.")
                        : tr("Refused: a zone's outline is not a valid polygon."));
        return;
    }
    auto merged = planning::mergedZoneProperties(a, b);
    if (!merged) {
        showMessage(tr("Refused: the two zones are never valid in the same year."));
        return;
    }
    const QString lang = m_document.language();
    merged->id = a.id;
    merged->name = a.name;
    merged->area = planning::storeFromPolygon(*geometryResult.merged);
    const QString text =
        tr("Merge “%1” and “%2” into one zone?\n\n"
           "The merged zone keeps only what both zones allow, so that nothing becomes permitted "
           "that was not permitted before:\n"
           "• exemptions granted by both: %3\n"
           "• valid %4–%5 (the later start and the earlier end)\n"
           "• every cap of either zone, the smaller limit where both set one.\n\n"
           "It keeps the name and id of “%1”.")
            .arg(zoneName(a), zoneName(b), exemptionList(*merged, lang))
            .arg(merged->startYear)
            .arg(merged->lastValidYear());
    if (!confirm(tr("Merge zones"), text))
        return;
    const QString title = zoneName(a);
    const QString other = zoneName(b);
    next.sandboxZones[static_cast<std::size_t>(ia)] = std::move(*merged);
    next.sandboxZones.erase(next.sandboxZones.begin() + ib);
    m_document.editPlan(std::move(next), tr("Merge zones “%1” and “%2”").arg(title, other));
    selectZones({ids[0]});
    showMessage(tr("Zones “%1” and “%2” merged.").arg(title, other));
}

void ZoneEditController::editProperties() {
    const int index = zoneIndex(selectedZoneIds().value(0));
    if (index < 0)
        return;
    PlanState next = m_document.planState();
    widgets::ZonePropertiesDialog dialog(next.sandboxZones[static_cast<std::size_t>(index)],
                                         m_document.language(), &m_window);
    if (!runDialog(dialog))
        return;
    auto& zone = next.sandboxZones[static_cast<std::size_t>(index)];
    zone = dialog.zone();
    m_document.editPlan(std::move(next), tr("Edit zone “%1”").arg(zoneName(zone)));
}

void ZoneEditController::deleteSelected() {
    const QStringList ids = selectedZoneIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString& id : ids)
        names << zoneName(m_document.project().sandboxZones[zoneIndex(id)]);
    if (!confirm(tr("Delete zones"),
                 tr("Delete %n zone(s): %1?", nullptr, static_cast<int>(ids.size()))
                     .arg(names.join(QStringLiteral(", ")))))
        return;
    releaseTools();
    PlanState next = m_document.planState();
    std::erase_if(next.sandboxZones, [&](const project::SandboxZone& z) {
        return ids.contains(QString::fromStdString(z.id));
    });
    m_document.editPlan(std::move(next),
                        tr("Delete zone “%1”").arg(names.join(QStringLiteral(", "))));
}

} // namespace cw::desktop
