// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map_tool.h"
#include "widgets/zones/zone_snapper.h"

#include <QObject>
#include <QVector>

namespace cw::widgets {

class MapCanvas;
class ZoneOverlay;

/// Draws a polygon (a new zone) or a polyline (a split line) vertex by vertex: a click adds a
/// vertex, the rubber band follows the mouse, double-click or Enter finishes, Backspace removes
/// the last vertex, Esc cancels. Every position is snapped first.
class ZoneDrawTool : public QObject, public MapTool {
    Q_OBJECT

public:
    enum class Shape { Polygon, Line };
    ZoneDrawTool(MapCanvas& canvas, ZoneOverlay& overlay, QObject* parent = nullptr);

    void setSnap(ZoneSnapFn snap) { m_snap = std::move(snap); }
    /// Starts afresh with the given shape (drops any draft).
    void start(Shape shape);
    Shape shape() const { return m_shape; }
    const QVector<QPointF>& vertices() const { return m_vertices; }
    int minimumVertices() const { return m_shape == Shape::Polygon ? 3 : 2; }

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;
    bool mouseDoubleClick(QMouseEvent* event, QPointF mapPos) override;
    bool keyPress(QKeyEvent* event) override;
    void deactivate() override;

signals:
    /// The draft is complete (map CRS): a polygon's vertices without the closing one, or a line.
    void finished(const QVector<QPointF>& vertices, cw::widgets::ZoneDrawTool::Shape shape);
    /// Esc, or another tool took over.
    void cancelled();
    /// The canvas dropped the tool (another took over, or it was unset).
    void deactivated();
    /// A sentence for the status bar (e.g. why Enter did nothing).
    void message(const QString& text);

private:
    QPointF snapped(QPointF mapPos);
    void finish();
    void refresh();

    MapCanvas& m_canvas;
    ZoneOverlay& m_overlay;
    ZoneSnapFn m_snap;
    Shape m_shape = Shape::Polygon;
    QVector<QPointF> m_vertices;
    std::optional<QPointF> m_hover;
    std::optional<QPointF> m_snapMarker;
};

} // namespace cw::widgets
