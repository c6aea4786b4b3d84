// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tools/sketch_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace cw::widgets {

QPointF SketchTool::snapped(QPointF mapPos) const {
    if (m_snap)
        if (const auto s = m_snap(mapPos))
            return *s;
    return mapPos;
}

void SketchTool::addVertex(QPointF mapPos) {
    m_vertices.push_back(snapped(mapPos));
    if (m_family == geometry::GeometryFamily::Point)
        finish();
    else
        emit changed();
}

void SketchTool::finish() {
    const int needed = m_family == geometry::GeometryFamily::Polygon ? 3
                       : m_family == geometry::GeometryFamily::Line  ? 2
                                                                     : 1;
    const QVector<QPointF> vertices = m_vertices;
    m_vertices.clear();
    m_hover.reset();
    emit changed();
    if (vertices.size() >= needed)
        emit sketched(vertices);
}

bool SketchTool::mousePress(QMouseEvent* event, QPointF) {
    return event->button() == Qt::LeftButton;
}

bool SketchTool::mouseRelease(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton)
        return false;
    addVertex(mapPos);
    return true;
}

bool SketchTool::mouseDoubleClick(QMouseEvent* event, QPointF) {
    if (event->button() != Qt::LeftButton || m_family == geometry::GeometryFamily::Point)
        return false;
    // The double click's first release added its vertex; the second press adds nothing.
    finish();
    return true;
}

bool SketchTool::mouseMove(QMouseEvent*, QPointF mapPos) {
    if (m_vertices.isEmpty())
        return false;
    m_hover = snapped(mapPos);
    emit changed();
    return true;
}

bool SketchTool::keyPress(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Escape:
        deactivate();
        return true;
    case Qt::Key_Backspace:
        if (!m_vertices.isEmpty()) {
            m_vertices.pop_back();
            emit changed();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    default:
        return false;
    }
}

void SketchTool::deactivate() {
    m_vertices.clear();
    m_hover.reset();
    emit changed();
}

void SketchTool::paint(QPainter& painter, const render::MapSettings& view) {
    if (m_vertices.isEmpty())
        return;
    QPolygonF line;
    for (const QPointF& v : m_vertices)
        line << view.toPixel(v.x(), v.y());
    if (m_hover)
        line << view.toPixel(m_hover->x(), m_hover->y());
    const QColor colour(0xd8, 0x1b, 0x60);
    painter.setPen(QPen(colour, 2, Qt::DashLine));
    painter.setBrush(m_family == geometry::GeometryFamily::Polygon ? QColor(0xd8, 0x1b, 0x60, 40)
                                                                   : QColor(Qt::transparent));
    if (m_family == geometry::GeometryFamily::Polygon && line.size() >= 3)
        painter.drawPolygon(line);
    else
        painter.drawPolyline(line);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(Qt::white);
    for (const QPointF& p : line)
        painter.drawRect(QRectF(p - QPointF(3, 3), QSizeF(6, 6)));
}

bool MoveTool::mousePress(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton)
        return false;
    m_from = mapPos;
    emit started(mapPos);
    return true;
}

bool MoveTool::mouseMove(QMouseEvent*, QPointF) {
    return m_from.has_value();
}

bool MoveTool::mouseRelease(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton || !m_from)
        return false;
    QPointF to = mapPos;
    if (m_snap)
        if (const auto s = m_snap(mapPos))
            to = *s;
    const QPointF from = *m_from;
    m_from.reset();
    if (to != from)
        emit moved(from, to);
    else
        emit clicked(from);
    return true;
}

} // namespace cw::widgets
