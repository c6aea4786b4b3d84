// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tools/feature_marks_overlay.h"

#include <QPainter>
#include <QPainterPath>

namespace cw::widgets {

void FeatureMarksOverlay::paint(QPainter& painter, const render::MapSettings& view) {
    QColor fill = m_colour;
    fill.setAlpha(70);
    const QPen outline(m_colour, 2.5);
    const geometry::Envelope visible = view.visibleExtent();
    for (const Mark& mark : m_marks) {
        const render::LoadedLayer* layer = m_find(mark.layerId);
        if (!layer || !layer->indexed)
            continue;
        const auto& store = layer->indexed->geometries;
        if (mark.feature >= store.featureCount() || store.isEmpty(mark.feature) ||
            !store.envelope(mark.feature).intersects(visible))
            continue;
        const auto family = layer->indexed->family;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t p = store.firstPart(mark.feature); p < store.endPart(mark.feature); ++p) {
            const auto coords = store.part(p);
            for (std::size_t i = 0; i < coords.size(); ++i) {
                const QPointF at = view.toPixel(coords[i].x, coords[i].y);
                if (family == geometry::GeometryFamily::Point) {
                    painter.setPen(outline);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawEllipse(at, 8, 8);
                    continue;
                }
                if (i == 0)
                    path.moveTo(at);
                else
                    path.lineTo(at);
            }
            if (family == geometry::GeometryFamily::Polygon)
                path.closeSubpath();
        }
        painter.setPen(outline);
        painter.setBrush(family == geometry::GeometryFamily::Polygon ? QBrush(fill) : Qt::NoBrush);
        painter.drawPath(path);
    }
}

} // namespace cw::widgets
