// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/feature_edit_controller.h"

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/geometry/vertex_edit.h"
#include "common/error_text.h"
#include "desktop/feature_editing.h"
#include "desktop/project_document.h"
#include "widgets/feature_form_dialog.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_selection.h"
#include "widgets/map_tools/sketch_tool.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QToolBar>
#include <algorithm>
#include <cmath>
#include <limits>

namespace cw::desktop {
namespace {
constexpr double kSnapPx = 10;

using Layer = data::VectorLayer;

// A copy of `layer` with feature f's coordinates passed through `move` (or left as they are
// when `move` is empty), and only the features `keep` says.
std::shared_ptr<Layer> rebuilt(const Layer& layer, const std::function<bool(std::size_t)>& keep,
                               const std::function<bool(std::size_t)>& moves, double dx,
                               double dy) {
    auto out = std::make_shared<Layer>();
    out->name = layer.name;
    out->family = layer.family;
    out->crs = layer.crs;
    out->fields = layer.fields;
    out->report = layer.report;
    const auto& store = layer.geometries;
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        if (!keep(f))
            continue;
        const bool shift = moves(f);
        out->geometries.beginFeature();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            out->geometries.beginPart(store.partStartsPolygon(p));
            for (const auto& c : store.part(p))
                out->geometries.addCoord(c.x + (shift ? dx : 0), c.y + (shift ? dy : 0));
            out->geometries.endPart();
        }
        out->geometries.endFeature();
        out->fids.push_back(layer.fids[f]);
        out->attributes.push_back(layer.attributes[f]);
    }
    return out;
}

// Map CRS points into the layer's CRS; false when one does not transform.
bool toLayer(const crs::Crs& map, const crs::Crs& layer, QVector<QPointF>& points) {
    if (!layer.isValid() || layer == map)
        return true;
    auto transform = crs::CoordinateTransform::create(map, layer);
    if (!transform)
        return false;
    for (QPointF& p : points) {
        double x = p.x(), y = p.y();
        if (!transform->transformPoint(x, y))
            return false;
        p = {x, y};
    }
    return true;
}

} // namespace

FeatureEditController::FeatureEditController(QMainWindow& window, widgets::MapCanvas& canvas,
                                             widgets::LayerTreeWidget& tree,
                                             widgets::FeatureSelection& selection,
                                             ProjectDocument& document)
    : QObject(&window), m_canvas(canvas), m_tree(tree), m_selection(selection),
      m_document(document), m_editing(new FeatureEditing(document, this)),
      m_toolbar(new QToolBar(tr("Editing"), &window)), m_sketch(new widgets::SketchTool(this)),
      m_move(new widgets::MoveTool(this)), m_reshape(new widgets::MoveTool(this)),
      m_removeVertexTool(new widgets::MoveTool(this)) {
    m_toolbar->setObjectName(QStringLiteral("editToolbar"));
    window.addToolBar(Qt::TopToolBarArea, m_toolbar);
    const auto snapper = [this](QPointF p) { return snap(p); };
    m_sketch->setSnap(snapper);
    m_move->setSnap(snapper);
    m_canvas.addOverlay(m_sketch);
    connect(m_sketch, &widgets::SketchTool::changed, &m_canvas, qOverload<>(&QWidget::update));
    connect(m_sketch, &widgets::SketchTool::sketched, this, &FeatureEditController::addFeature);
    connect(m_move, &widgets::MoveTool::moved, this, &FeatureEditController::moveSelected);
    m_reshape->setSnap(snapper);
    connect(m_reshape, &widgets::MoveTool::moved, this, [this](QPointF from, QPointF to) {
        if (!moveVertex(from, to))
            emit message(tr("No vertex or segment of the edited layer there: press on a "
                            "vertex and drag to move it, or on a segment to add one."),
                         5000);
    });
    connect(m_removeVertexTool, &widgets::MoveTool::clicked, this, [this](QPointF at) {
        if (!removeVertex(at))
            emit message(tr("No vertex of the edited layer there: click on a vertex."), 5000);
    });
    connect(m_move, &widgets::MoveTool::started, this, [this](QPointF at) {
        // Nothing of the edited layer selected: the feature under the cursor moves.
        if (!m_selection.of(m_layer).empty())
            return;
        const auto* layer = m_document.findLayer(m_layer);
        const double tolerance = 5 * m_canvas.settings().mapUnitsPerPixel();
        if (!layer || !layer->indexed)
            return;
        std::vector<std::uint32_t> hits;
        layer->indexed->index.query(
            geometry::Envelope::of(at.x(), at.y(), at.x(), at.y()).buffered(tolerance), hits);
        if (!hits.empty())
            m_selection.select(m_layer, {hits.back()});
    });
    connect(&m_canvas, &widgets::MapCanvas::mapToolChanged, this, [this] {
        const QSignalBlocker a(m_add), b(m_moveAction), c(m_reshapeAction), d(m_removeVertexAction);
        m_add->setChecked(m_canvas.mapTool() == m_sketch);
        m_moveAction->setChecked(m_canvas.mapTool() == m_move);
        m_reshapeAction->setChecked(m_canvas.mapTool() == m_reshape);
        m_removeVertexAction->setChecked(m_canvas.mapTool() == m_removeVertexTool);
    });
    connect(m_editing, &FeatureEditing::editingChanged, this,
            &FeatureEditController::updateActions);
    connect(&m_selection, &widgets::FeatureSelection::changed, this,
            &FeatureEditController::updateActions);
    connect(&m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_layer.clear();
        updateActions();
    });
    buildToolbar();
}

void FeatureEditController::buildToolbar() {
    auto make = [this](const QString& text, const char* name, bool checkable) {
        auto* action = m_toolbar->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(checkable);
        return action;
    };
    m_toggle = make(tr("Edit Layer"), "actionToggleEditing", true);
    m_toggle->setToolTip(tr("Edit the features of the layer chosen in the layer list"));
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        const QString id = on ? m_tree.currentLayerId() : m_layer;
        if (!setEditing(id, on)) {
            const QSignalBlocker quiet(m_toggle);
            m_toggle->setChecked(!on);
        }
    });
    m_add = make(tr("Add Feature"), "actionAddFeature", true);
    connect(m_add, &QAction::triggered, this, [this](bool on) {
        if (const auto* layer = m_document.findLayer(m_layer); layer && layer->data)
            m_sketch->setFamily(layer->data->family);
        m_canvas.setMapTool(on ? static_cast<widgets::MapTool*>(m_sketch) : nullptr);
        m_canvas.setToolCursor(QCursor(on ? Qt::CrossCursor : Qt::ArrowCursor));
    });
    m_moveAction = make(tr("Move Features"), "actionMoveFeatures", true);
    connect(m_moveAction, &QAction::triggered, this, [this](bool on) {
        m_canvas.setMapTool(on ? static_cast<widgets::MapTool*>(m_move) : nullptr);
        m_canvas.setToolCursor(QCursor(on ? Qt::SizeAllCursor : Qt::ArrowCursor));
    });
    m_reshapeAction = make(tr("Move Vertices"), "actionReshapeFeatures", true);
    m_reshapeAction->setToolTip(tr("Drag a vertex of the edited layer to move it, or drag from "
                                   "a segment to add a vertex there"));
    connect(m_reshapeAction, &QAction::triggered, this, [this](bool on) {
        m_canvas.setMapTool(on ? static_cast<widgets::MapTool*>(m_reshape) : nullptr);
        m_canvas.setToolCursor(QCursor(on ? Qt::CrossCursor : Qt::ArrowCursor));
    });
    m_removeVertexAction = make(tr("Delete Vertices"), "actionDeleteVertices", true);
    m_removeVertexAction->setToolTip(tr("Click a vertex of the edited layer to delete it"));
    connect(m_removeVertexAction, &QAction::triggered, this, [this](bool on) {
        m_canvas.setMapTool(on ? static_cast<widgets::MapTool*>(m_removeVertexTool) : nullptr);
        m_canvas.setToolCursor(QCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor));
    });
    m_delete = make(tr("Delete Selected"), "actionDeleteFeatures", false);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &FeatureEditController::deleteSelected);
    m_attributes = make(tr("Edit Attributes…"), "actionEditAttributes", false);
    connect(m_attributes, &QAction::triggered, this, &FeatureEditController::editAttributes);
    m_save = make(tr("Save Layer Edits"), "actionSaveLayerEdits", false);
    connect(m_save, &QAction::triggered, this, [this] {
        QString error;
        if (!m_editing->save(&error))
            QMessageBox::critical(m_toolbar->window(), tr("Cannot save the edits"), error);
        else
            emit message(tr("The edits were written to the layer's file."), 6000);
    });
    updateActions();
}

void FeatureEditController::updateActions() {
    const bool editing = !m_layer.isEmpty() && m_editing->isEditing(m_layer);
    const bool selected = editing && !m_selection.of(m_layer).empty();
    {
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(editing);
    }
    m_add->setEnabled(editing);
    m_moveAction->setEnabled(editing);
    m_reshapeAction->setEnabled(editing);
    m_removeVertexAction->setEnabled(editing);
    m_delete->setEnabled(selected);
    m_attributes->setEnabled(selected);
    m_save->setEnabled(!m_editing->editedLayers().isEmpty());
    if (!editing && (m_canvas.mapTool() == m_sketch || m_canvas.mapTool() == m_move ||
                     m_canvas.mapTool() == m_reshape || m_canvas.mapTool() == m_removeVertexTool))
        m_canvas.setMapTool(nullptr);
}

bool FeatureEditController::setEditing(const QString& layerId, bool on) {
    if (!on) {
        m_editing->stop(layerId);
        m_layer.clear();
        updateActions();
        return true;
    }
    if (layerId.isEmpty()) {
        emit message(tr("Choose the layer to edit in the layer list first."), 5000);
        return false;
    }
    if (auto started = m_editing->start(layerId); !started) {
        QMessageBox::information(m_toolbar->window(), tr("This layer cannot be edited"),
                                 app::ErrorText::describe(started.error()));
        return false;
    }
    if (!m_layer.isEmpty() && m_layer != layerId)
        m_editing->stop(m_layer);
    m_layer = layerId;
    updateActions();
    return true;
}

std::optional<QPointF> FeatureEditController::snap(QPointF at) const {
    // A vertex within the tolerance wins over a nearer point along a segment.
    const double tolerance = kSnapPx * m_canvas.settings().mapUnitsPerPixel();
    const geometry::Coord here{at.x(), at.y()};
    std::optional<QPointF> vertex, onSegment;
    double vertexDistance = tolerance, segmentDistance = tolerance;
    std::vector<std::uint32_t> hits;
    for (const auto& layer : m_document.layers()) {
        if (!layer.entry.visible || !layer.indexed)
            continue;
        hits.clear();
        layer.indexed->index.query(
            geometry::Envelope::of(at.x(), at.y(), at.x(), at.y()).buffered(tolerance), hits);
        const auto& store = layer.indexed->geometries;
        if (const auto v = geometry::nearestVertex(store, hits, here, vertexDistance)) {
            const auto c = store.part(v->part)[v->index];
            vertexDistance = std::hypot(c.x - at.x(), c.y - at.y());
            vertex = QPointF(c.x, c.y);
        }
        if (const auto s = geometry::nearestSegment(store, hits, here, segmentDistance)) {
            segmentDistance = s->distance;
            onSegment = QPointF(s->point.x, s->point.y);
        }
    }
    return vertex ? vertex : onSegment;
}

void FeatureEditController::addFeature(const QVector<QPointF>& vertices) {
    const auto* layer = m_document.findLayer(m_layer);
    if (!layer || !layer->data || !m_editing->isEditing(m_layer))
        return;
    QVector<QPointF> points = vertices;
    if (!toLayer(m_document.mapCrs(), layer->data->crs, points)) {
        emit message(tr("The new feature lies outside the layer's CRS."), 6000);
        return;
    }
    auto after = rebuilt(
        *layer->data, [](std::size_t) { return true; }, [](std::size_t) { return false; }, 0, 0);
    const auto family = layer->data->family;
    after->geometries.beginFeature();
    if (family == geometry::GeometryFamily::Point) {
        after->geometries.beginPart(false);
        after->geometries.addCoord(points.front().x(), points.front().y());
        after->geometries.endPart();
    } else {
        after->geometries.beginPart(family == geometry::GeometryFamily::Polygon);
        for (const QPointF& p : points)
            after->geometries.addCoord(p.x(), p.y());
        if (family == geometry::GeometryFamily::Polygon) // rings close on their first vertex
            after->geometries.addCoord(points.front().x(), points.front().y());
        after->geometries.endPart();
    }
    after->geometries.endFeature();
    // A new feature has no id until the source gives it one on save: ids below zero.
    std::int64_t fid = -1;
    for (std::int64_t f : after->fids)
        fid = std::min(fid, f - 1);
    after->fids.push_back(fid);
    after->attributes.emplace_back(after->fields.size());
    const std::size_t index = after->featureCount() - 1;
    m_editing->apply(m_layer, std::move(after), tr("Add feature"));
    m_selection.select(m_layer, {index});
}

void FeatureEditController::moveSelected(QPointF from, QPointF to) {
    const auto* layer = m_document.findLayer(m_layer);
    const auto& chosen = m_selection.of(m_layer);
    if (!layer || !layer->data || chosen.empty() || !m_editing->isEditing(m_layer))
        return;
    QVector<QPointF> ends{from, to};
    if (!toLayer(m_document.mapCrs(), layer->data->crs, ends))
        return;
    const double dx = ends[1].x() - ends[0].x(), dy = ends[1].y() - ends[0].y();
    const auto selected = chosen;
    auto after = rebuilt(
        *layer->data, [](std::size_t) { return true; },
        [&](std::size_t f) { return selected.count(f) > 0; }, dx, dy);
    m_editing->apply(m_layer, std::move(after),
                     tr("Move %n feature(s)", nullptr, int(selected.size())));
}

std::vector<std::uint32_t> FeatureEditController::editedFeaturesNear(QPointF at) const {
    std::vector<std::uint32_t> hits;
    const auto* layer = m_document.findLayer(m_layer);
    if (!layer || !layer->data || !layer->indexed || !m_editing->isEditing(m_layer))
        return hits;
    const double tolerance = kSnapPx * m_canvas.settings().mapUnitsPerPixel();
    layer->indexed->index.query(
        geometry::Envelope::of(at.x(), at.y(), at.x(), at.y()).buffered(tolerance), hits);
    return hits;
}

bool FeatureEditController::moveVertex(QPointF from, QPointF to) {
    // Vertices are found in the map CRS (the indexed copy); the layer's own coordinates have
    // the same parts and vertices, so the edit applies to them by index.
    const auto hits = editedFeaturesNear(from);
    if (hits.empty())
        return false;
    const auto* layer = m_document.findLayer(m_layer);
    const double tolerance = kSnapPx * m_canvas.settings().mapUnitsPerPixel();
    const auto& shown = layer->indexed->geometries;
    const geometry::Coord press{from.x(), from.y()};
    QVector<QPointF> target{to};
    if (!toLayer(m_document.mapCrs(), layer->data->crs, target))
        return false;
    const geometry::Coord at{target[0].x(), target[0].y()};
    const geometry::VertexEdit edit(layer->data->geometries,
                                    layer->data->family == geometry::GeometryFamily::Polygon);
    auto after = std::make_shared<Layer>(*layer->data);
    if (const auto vertex = geometry::nearestVertex(shown, hits, press, tolerance)) {
        after->geometries = edit.moved(*vertex, at);
        m_editing->apply(m_layer, std::move(after), tr("Move vertex"));
        return true;
    }
    // Dragged from a segment: a new vertex there, put where the drag ends.
    const auto segment = geometry::nearestSegment(shown, hits, press, tolerance);
    if (!segment || layer->data->family == geometry::GeometryFamily::Point)
        return false;
    after->geometries = edit.inserted(segment->start, at);
    m_editing->apply(m_layer, std::move(after), tr("Add vertex"));
    return true;
}

bool FeatureEditController::removeVertex(QPointF at) {
    const auto hits = editedFeaturesNear(at);
    if (hits.empty())
        return false;
    const auto* layer = m_document.findLayer(m_layer);
    const double tolerance = kSnapPx * m_canvas.settings().mapUnitsPerPixel();
    const auto vertex =
        geometry::nearestVertex(layer->indexed->geometries, hits, {at.x(), at.y()}, tolerance);
    if (!vertex)
        return false;
    const geometry::VertexEdit edit(layer->data->geometries,
                                    layer->data->family == geometry::GeometryFamily::Polygon);
    auto removed = edit.removed(*vertex);
    if (!removed) {
        emit message(tr("A line keeps two vertices and a polygon three: delete the feature "
                        "instead."),
                     6000);
        return true;
    }
    auto after = std::make_shared<Layer>(*layer->data);
    after->geometries = std::move(*removed);
    m_editing->apply(m_layer, std::move(after), tr("Delete vertex"));
    return true;
}

void FeatureEditController::deleteSelected() {
    const auto* layer = m_document.findLayer(m_layer);
    const auto chosen = m_selection.of(m_layer);
    if (!layer || !layer->data || chosen.empty() || !m_editing->isEditing(m_layer))
        return;
    auto after = rebuilt(
        *layer->data, [&](std::size_t f) { return chosen.count(f) == 0; },
        [](std::size_t) { return false; }, 0, 0);
    m_selection.clearLayer(m_layer); // the indexes of the rest move down
    m_editing->apply(m_layer, std::move(after),
                     tr("Delete %n feature(s)", nullptr, int(chosen.size())));
}

void FeatureEditController::editAttributes() {
    const auto* layer = m_document.findLayer(m_layer);
    const auto& chosen = m_selection.of(m_layer);
    if (!layer || !layer->data || chosen.empty() || !m_editing->isEditing(m_layer))
        return;
    const std::size_t f = *chosen.begin();
    widgets::FeatureFormDialog form(layer->data->fields, layer->data->attributes[f],
                                    m_toolbar->window());
    const bool accepted = m_formHook ? m_formHook(form) : form.exec() == QDialog::Accepted;
    data::AttributeRow row;
    QString problem;
    if (!accepted)
        return;
    if (!form.values(row, &problem)) {
        emit message(problem, 8000);
        return;
    }
    if (row == layer->data->attributes[f])
        return;
    auto copy = std::make_shared<Layer>(*layer->data);
    copy->attributes[f] = std::move(row);
    m_editing->apply(m_layer, std::move(copy), tr("Edit attributes"));
}

} // namespace cw::desktop
