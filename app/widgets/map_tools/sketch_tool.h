// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"
#include "widgets/map_tool.h"

#include <QObject>
#include <QPointF>
#include <QVector>
#include <functional>
#include <optional>

namespace cw::widgets {

/// Draws a new feature: a click places a point; for a line or a polygon each click adds a
/// vertex and a double click or Enter ends it (Backspace drops the last vertex, Esc cancels).
/// Clicks snap to a vertex nearby when `setSnap` gives one. Map CRS throughout.
class SketchTool : public QObject, public MapTool, public MapOverlay {
    Q_OBJECT

public:
    using SnapFn = std::function<std::optional<QPointF>(QPointF mapPos)>;

    explicit SketchTool(QObject* parent = nullptr) : QObject(parent) {}
    void setFamily(geometry::GeometryFamily family) { m_family = family; }
    void setSnap(SnapFn snap) { m_snap = std::move(snap); }
    /// Adds a vertex as a click does (tests and scripts); a point ends the sketch at once.
    void addVertex(QPointF mapPos);
    void finish();

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;
    bool mouseDoubleClick(QMouseEvent* event, QPointF mapPos) override;
    bool keyPress(QKeyEvent* event) override;
    void deactivate() override;
    void paint(QPainter& painter, const render::MapSettings& view) override;

signals:
    /// A finished feature's vertices (one for a point; a polygon's ring not closed).
    void sketched(const QVector<QPointF>& vertices);
    void changed();

private:
    QPointF snapped(QPointF mapPos) const;

    geometry::GeometryFamily m_family = geometry::GeometryFamily::Point;
    SnapFn m_snap;
    QVector<QPointF> m_vertices;
    std::optional<QPointF> m_hover;
};

/// Moves features by dragging: the press says where from, the release where to (map CRS,
/// snapped when `setSnap` gives a vertex), and a listener moves what is selected.
class MoveTool : public QObject, public MapTool {
    Q_OBJECT

public:
    explicit MoveTool(QObject* parent = nullptr) : QObject(parent) {}
    void setSnap(SketchTool::SnapFn snap) { m_snap = std::move(snap); }

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;

signals:
    /// Pressed at `from`: whoever listens picks what to move (the selection or the feature
    /// under the cursor).
    void started(QPointF from);
    void moved(QPointF from, QPointF to);
    /// Released where it was pressed.
    void clicked(QPointF at);

private:
    SketchTool::SnapFn m_snap;
    std::optional<QPointF> m_from;
};

} // namespace cw::widgets
