// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compliance/violation_overlay.h"

#include <QPainter>
#include <QPainterPath>

namespace cw::widgets {
namespace {

using geometry::GeometryFamily;

QPainterPath pathOf(const HighlightShape& shape, const render::MapSettings& view, bool closed) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill); // holes stay open
    for (const auto& part : shape.parts) {
        if (part.empty())
            continue;
        path.moveTo(view.toPixel(part.front().x, part.front().y));
        for (std::size_t i = 1; i < part.size(); ++i)
            path.lineTo(view.toPixel(part[i].x, part[i].y));
        if (closed)
            path.closeSubpath();
    }
    return path;
}

// A white halo under the red keeps highlights readable over dark and red map symbols alike.
QPen halo(double width) {
    QPen pen(QColor(255, 255, 255, 220), width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QPen red(double width, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(ViolationOverlay::highlightColor(), width, style);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

} // namespace

HighlightShape HighlightShape::fromStore(const geometry::GeometryStore& store, std::size_t feature,
                                         geometry::GeometryFamily family, Role role,
                                         int violation) {
    HighlightShape shape;
    shape.role = role;
    shape.family = family;
    shape.violation = violation;
    if (feature >= store.featureCount())
        return shape;
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        const auto coords = store.part(p);
        if (family == GeometryFamily::Point) {
            for (const auto& c : coords)
                shape.parts.push_back({c});
            continue;
        }
        shape.parts.emplace_back(coords.begin(), coords.end());
    }
    shape.extent = store.envelope(feature);
    return shape;
}

void ViolationOverlay::paint(QPainter& painter, const render::MapSettings& view) {
    if (!m_visible || m_shapes.empty())
        return;
    const geometry::Envelope visible = view.visibleExtent();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Zones first, so the features inside them stay on top; the selection last of all.
    for (auto role : {HighlightShape::Role::Zone, HighlightShape::Role::Feature})
        for (const auto& shape : m_shapes)
            if (shape.role == role && shape.violation != m_selected &&
                visible.intersects(shape.extent))
                paintShape(painter, view, shape, false);
    for (const auto& shape : m_shapes)
        if (m_selected >= 0 && shape.violation == m_selected)
            paintShape(painter, view, shape, true);
}

void ViolationOverlay::paintShape(QPainter& painter, const render::MapSettings& view,
                                  const HighlightShape& shape, bool selected) const {
    const QColor color = highlightColor();
    if (shape.role == HighlightShape::Role::Zone) {
        const QPainterPath path = pathOf(shape, view, true);
        painter.setBrush(selected ? QBrush(QColor(color.red(), color.green(), color.blue(), 35))
                                  : QBrush(Qt::NoBrush));
        painter.setPen(halo(selected ? 7 : 5));
        painter.drawPath(path);
        painter.setBrush(Qt::NoBrush); // filled once: a light tint, the map still readable
        painter.setPen(red(selected ? 4 : 2.5, Qt::DashLine));
        painter.drawPath(path);
        return;
    }
    switch (shape.family) {
    case GeometryFamily::Polygon: {
        const QPainterPath path = pathOf(shape, view, true);
        painter.setPen(halo(selected ? 9 : 6));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(red(selected ? 5 : 3));
        painter.setBrush(QBrush(color, selected ? Qt::DiagCrossPattern : Qt::BDiagPattern));
        painter.drawPath(path);
        break;
    }
    case GeometryFamily::Line: {
        const QPainterPath path = pathOf(shape, view, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(halo(selected ? 10 : 7));
        painter.drawPath(path);
        painter.setPen(red(selected ? 6 : 4));
        painter.drawPath(path);
        break;
    }
    case GeometryFamily::Point:
    case GeometryFamily::Unknown: {
        const double radius = selected ? 12 : 9;
        painter.setBrush(Qt::NoBrush);
        for (const auto& part : shape.parts) {
            for (const auto& c : part) {
                const QPointF at = view.toPixel(c.x, c.y);
                painter.setPen(halo(selected ? 8 : 6));
                painter.drawEllipse(at, radius, radius);
                painter.setPen(red(selected ? 4 : 3));
                painter.drawEllipse(at, radius, radius);
            }
        }
        break;
    }
    }
}

} // namespace cw::widgets
