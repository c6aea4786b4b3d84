// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QVector>
#include <functional>
#include <optional>
#include <vector>

class QAction;
class QMainWindow;
class QToolBar;

namespace cw::widgets {
class FeatureFormDialog;
class FeatureSelection;
class LayerTreeWidget;
class MapCanvas;
class MoveTool;
class SketchTool;
} // namespace cw::widgets

namespace cw::desktop {

class FeatureEditing;
class ProjectDocument;

/// The editing toolbar: toggle editing of the layer chosen in the layer list, add a feature
/// (point, line or polygon, snapping to a vertex or else a segment within 10 pixels), move the
/// selected features, move, add and delete vertices, delete features, edit a feature's attributes
/// in a form, and save the edits to the layer's source. Each edit is one undo step beside the
/// planning edits.
class FeatureEditController : public QObject {
    Q_OBJECT

public:
    FeatureEditController(QMainWindow& window, widgets::MapCanvas& canvas,
                          widgets::LayerTreeWidget& tree, widgets::FeatureSelection& selection,
                          ProjectDocument& document);

    FeatureEditing& editing() const { return *m_editing; }
    QToolBar& toolbar() const { return *m_toolbar; }
    widgets::SketchTool& sketchTool() const { return *m_sketch; }
    /// The layer being edited, or empty.
    const QString& editedLayer() const { return m_layer; }
    /// Starts (true) or stops editing `layerId`; false when it cannot be edited (said why).
    bool setEditing(const QString& layerId, bool on);
    /// Moves the selected features of the edited layer by (to - from), map CRS.
    void moveSelected(QPointF from, QPointF to);
    void deleteSelected();
    /// Moves the vertex of the edited layer nearest to `from` (within 10 pixels) to `to`, map
    /// CRS: a ring's closing vertex moves with its first. With no vertex that near but a
    /// segment, adds a vertex on it at `to`. False when neither is that near.
    bool moveVertex(QPointF from, QPointF to);
    /// Deletes the vertex of the edited layer nearest to `at` (within 10 pixels), unless its
    /// line or ring would be left too short (then says so). False when no vertex is that near.
    bool removeVertex(QPointF at);
    /// Opens the attribute form of the first selected feature; `hook` (tests) fills the form
    /// and returns whether to accept it, instead of showing it.
    void editAttributes();
    using FormHook = std::function<bool(widgets::FeatureFormDialog&)>;
    void setFormHook(FormHook hook) { m_formHook = std::move(hook); }
    /// Adds a feature from vertices in the map CRS, as a finished sketch does.
    void addFeature(const QVector<QPointF>& vertices);

signals:
    void message(const QString& text, int milliseconds);

private:
    void buildToolbar();
    void updateActions();
    std::optional<QPointF> snap(QPointF mapPos) const;
    /// Indexes of the edited layer's features within the snapping tolerance of `at`.
    std::vector<std::uint32_t> editedFeaturesNear(QPointF at) const;

    widgets::MapCanvas& m_canvas;
    widgets::LayerTreeWidget& m_tree;
    widgets::FeatureSelection& m_selection;
    ProjectDocument& m_document;
    FeatureEditing* m_editing;
    QToolBar* m_toolbar;
    widgets::SketchTool* m_sketch;
    widgets::MoveTool* m_move;
    widgets::MoveTool* m_reshape;
    widgets::MoveTool* m_removeVertexTool; ///< a click (a drag of no length) deletes a vertex
    QAction* m_toggle = nullptr;
    QAction* m_add = nullptr;
    QAction* m_moveAction = nullptr;
    QAction* m_reshapeAction = nullptr;
    QAction* m_removeVertexAction = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_attributes = nullptr;
    QAction* m_save = nullptr;
    QString m_layer;
    FormHook m_formHook;
};

} // namespace cw::desktop
