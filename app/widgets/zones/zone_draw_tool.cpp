// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/zones/zone_draw_tool.h"

#include "widgets/map_canvas.h"
#include "widgets/zones/zone_overlay.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace cw::widgets {

ZoneDrawTool::ZoneDrawTool(MapCanvas& canvas, ZoneOverlay& overlay, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_overlay(overlay) {}

void ZoneDrawTool::start(Shape shape) {
    m_shape = shape;
    m_vertices.clear();
    m_hover.reset();
    m_snapMarker.reset();
    refresh();
}

QPointF ZoneDrawTool::snapped(QPointF mapPos) {
    m_snapMarker = m_snap ? m_snap(mapPos) : std::nullopt;
    return m_snapMarker.value_or(mapPos);
}

bool ZoneDrawTool::mousePress(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton)
        return event->button() == Qt::RightButton; // no context pan while drawing
    const QPointF p = snapped(mapPos);
    // A double-click's second press lands on the vertex just added: do not add it twice.
    if (m_vertices.isEmpty() || m_vertices.back() != p)
        m_vertices.push_back(p);
    m_hover = p;
    refresh();
    return true;
}

bool ZoneDrawTool::mouseMove(QMouseEvent*, QPointF mapPos) {
    m_hover = snapped(mapPos);
    refresh();
    // Drawing owns the mouse: no pan while the tool is active (the wheel still zooms).
    return true;
}

bool ZoneDrawTool::mouseRelease(QMouseEvent*, QPointF) {
    return true;
}

bool ZoneDrawTool::mouseDoubleClick(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF p = snapped(mapPos);
    if (m_vertices.isEmpty() || m_vertices.back() != p)
        m_vertices.push_back(p);
    finish();
    return true;
}

bool ZoneDrawTool::keyPress(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
        if (!m_vertices.isEmpty())
            m_vertices.pop_back();
        refresh();
        return true;
    case Qt::Key_Escape:
        start(m_shape);
        emit cancelled();
        return true;
    default:
        return false;
    }
}

void ZoneDrawTool::deactivate() {
    const bool hadDraft = !m_vertices.isEmpty();
    start(m_shape);
    if (hadDraft)
        emit cancelled();
    emit deactivated();
}

void ZoneDrawTool::finish() {
    if (m_vertices.size() < minimumVertices()) {
        emit message(m_shape == Shape::Polygon ? tr("A zone needs at least 3 vertices.")
                                               : tr("A split line needs at least 2 vertices."));
        return;
    }
    const QVector<QPointF> done = m_vertices;
    const Shape shape = m_shape;
    start(m_shape);
    emit finished(done, shape);
}

void ZoneDrawTool::refresh() {
    m_overlay.setDraft(m_vertices, m_vertices.isEmpty() ? std::optional<QPointF>() : m_hover,
                       m_shape == Shape::Polygon);
    m_overlay.setSnapMarker(m_snapMarker);
    m_canvas.update();
}

} // namespace cw::widgets
