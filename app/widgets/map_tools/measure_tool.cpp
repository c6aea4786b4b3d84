// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tools/measure_tool.h"

#include "cityweave/geometry/measure.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace cw::widgets {
namespace {

QString length(double metres) {
    const QLocale locale;
    return metres >= 10000 ? MeasureTool::tr("%1 km").arg(locale.toString(metres / 1000, 'f', 3))
                           : MeasureTool::tr("%1 m").arg(locale.toString(metres, 'f', 1));
}

QString area(double squareMetres) {
    const QLocale locale;
    return MeasureTool::tr("%1 m² (%2 ha)")
        .arg(locale.toString(squareMetres, 'f', 0), locale.toString(squareMetres / 1e4, 'f', 2));
}

} // namespace

void MeasureTool::addPoint(QPointF mapPos) {
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.push_back({mapPos.x(), mapPos.y()});
    update();
}

void MeasureTool::finish() {
    m_finished = true;
    m_hover.reset();
    update();
}

bool MeasureTool::mousePress(QMouseEvent* event, QPointF) {
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool MeasureTool::mouseRelease(QMouseEvent* event, QPointF mapPos) {
    if (event->button() == Qt::RightButton) {
        finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    addPoint(mapPos);
    return true;
}

bool MeasureTool::mouseDoubleClick(QMouseEvent* event, QPointF) {
    if (event->button() != Qt::LeftButton)
        return false;
    finish(); // the double click's own second press already added its point
    return true;
}

bool MeasureTool::mouseMove(QMouseEvent*, QPointF mapPos) {
    if (m_points.empty() || m_finished)
        return false; // still pans when nothing is being measured
    m_hover = mapPos;
    update();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Escape:
        deactivate();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.empty() && !m_finished) {
            m_points.pop_back();
            update();
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

void MeasureTool::deactivate() {
    m_points.clear();
    m_hover.reset();
    m_finished = false;
    m_text.clear();
    emit measured(m_text);
    emit changed();
}

void MeasureTool::update() {
    std::vector<geometry::Coord> points = m_points;
    if (m_hover && !m_finished)
        points.push_back({m_hover->x(), m_hover->y()});
    m_text = describe(points);
    emit measured(m_text);
    emit changed();
}

QString MeasureTool::describe(const std::vector<geometry::Coord>& points) const {
    if (points.empty() || !m_crs.isValid())
        return {};
    const bool isArea = m_mode == Mode::Area;
    geometry::Measurement perimeter;
    auto m = geometry::measure(m_crs, points, isArea, &perimeter);
    if (!m)
        return tr("Cannot measure here: the points lie outside the map CRS's area.");
    const auto show = [&](double value) { return isArea ? area(value) : length(value); };
    QString text = isArea ? tr("Area: %1 on the WGS 84 ellipsoid (perimeter %2)")
                                .arg(show(m->ellipsoidal), length(perimeter.ellipsoidal))
                          : tr("Distance: %1 on the WGS 84 ellipsoid").arg(show(m->ellipsoidal));
    if (!std::isnan(m->planar)) {
        const QString crsName =
            QString::fromStdString(m_crs.authId().empty() ? m_crs.name() : m_crs.authId());
        text +=
            QStringLiteral("; ") +
            tr("%1 in the plane of %2 (what analyses in it compute)").arg(show(m->planar), crsName);
    }
    return text;
}

void MeasureTool::paint(QPainter& painter, const render::MapSettings& view) {
    if (m_points.empty())
        return;
    QPolygonF line;
    for (const auto& c : m_points)
        line << view.toPixel(c.x, c.y);
    if (m_hover && !m_finished)
        line << view.toPixel(m_hover->x(), m_hover->y());
    const QColor colour(0xd3, 0x2f, 0x2f);
    painter.setPen(QPen(colour, 2));
    if (m_mode == Mode::Area && line.size() >= 3) {
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f, 40));
        painter.drawPolygon(line);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
    }
    painter.setBrush(colour);
    for (const QPointF& p : line)
        painter.drawEllipse(p, 3, 3);
}

} // namespace cw::widgets
