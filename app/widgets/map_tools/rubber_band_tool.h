// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"
#include "widgets/map_tool.h"

#include <QObject>
#include <QPoint>
#include <QPointF>

namespace cw::widgets {

/// A click-or-drag tool: a click reports its point, a drag draws a rectangle and reports it
/// (map CRS). Zoom box, select and identify are this tool with different listeners. It takes
/// every left-button event, so the click never also reaches what lies below (the sandbox
/// zones' own selection).
class RubberBandTool : public QObject, public MapTool, public MapOverlay {
    Q_OBJECT

public:
    explicit RubberBandTool(QObject* parent = nullptr) : QObject(parent) {}

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;
    bool keyPress(QKeyEvent* event) override;
    void deactivate() override;
    void paint(QPainter& painter, const render::MapSettings& view) override;

signals:
    void clicked(QPointF mapPos, Qt::KeyboardModifiers modifiers);
    void dragged(const cw::geometry::Envelope& box, Qt::KeyboardModifiers modifiers);
    /// The band changed: the canvas repaints its overlays.
    void bandChanged();

private:
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPixel;
    QPointF m_start;
    QPointF m_end;
};

} // namespace cw::widgets
