// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tools/rubber_band_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace cw::widgets {
namespace {
constexpr int kDragSlopPx = 4; // as the canvas: less is a click
}

bool RubberBandTool::mousePress(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton)
        return false; // the right button stays free for panning menus later
    m_pressed = true;
    m_dragging = false;
    m_pressPixel = event->position().toPoint();
    m_start = m_end = mapPos;
    return true;
}

bool RubberBandTool::mouseMove(QMouseEvent* event, QPointF mapPos) {
    if (!m_pressed)
        return false;
    if ((event->position().toPoint() - m_pressPixel).manhattanLength() >= kDragSlopPx)
        m_dragging = true;
    m_end = mapPos;
    if (m_dragging)
        emit bandChanged();
    return true;
}

bool RubberBandTool::mouseRelease(QMouseEvent* event, QPointF mapPos) {
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    m_end = mapPos;
    const bool dragged = m_dragging;
    m_dragging = false;
    emit bandChanged();
    if (dragged)
        emit this->dragged(geometry::Envelope::of(
                               std::min(m_start.x(), m_end.x()), std::min(m_start.y(), m_end.y()),
                               std::max(m_start.x(), m_end.x()), std::max(m_start.y(), m_end.y())),
                           event->modifiers());
    else
        emit clicked(mapPos, event->modifiers());
    return true;
}

bool RubberBandTool::keyPress(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape || !m_pressed)
        return false;
    deactivate();
    return true;
}

void RubberBandTool::deactivate() {
    m_pressed = m_dragging = false;
    emit bandChanged();
}

void RubberBandTool::paint(QPainter& painter, const render::MapSettings& view) {
    if (!m_dragging)
        return;
    const QRectF band(view.toPixel(m_start.x(), m_start.y()), view.toPixel(m_end.x(), m_end.y()));
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0x1f, 0x6f, 0xd1, 40));
    painter.drawRect(band.normalized());
}

} // namespace cw::widgets
