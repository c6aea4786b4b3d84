// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/zones/zone_overlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <optional>

namespace cw::widgets {

namespace {

const QColor kZoneFill(0x8e, 0x44, 0xad, 50);
const QColor kZoneLine(0x6c, 0x34, 0x83);
const QColor kSelectedFill(0xf3, 0x9c, 0x12, 80);
const QColor kSelectedLine(0xd3, 0x54, 0x00);
const QColor kDraftLine(0x1f, 0x6f, 0xd1);

QPolygonF toPixels(const planning::Ring& ring, const render::MapSettings& view) {
    QPolygonF out;
    out.reserve(static_cast<int>(ring.size()) + 1);
    for (const auto& c : ring)
        out << view.toPixel(c.x, c.y);
    if (!out.isEmpty())
        out << out.front();
    return out;
}

} // namespace

void ZoneOverlay::setEdited(int index, std::optional<planning::ZonePolygon> polygon) {
    m_edited = index;
    m_editedOverride = std::move(polygon);
}

void ZoneOverlay::setDraft(QVector<QPointF> vertices, std::optional<QPointF> rubberEnd,
                           bool closes) {
    m_draft = std::move(vertices);
    m_rubberEnd = rubberEnd;
    m_draftCloses = closes;
}

void ZoneOverlay::paint(QPainter& painter, const render::MapSettings& view) {
    m_placedLabels = m_occupied ? m_occupied() : std::vector<QRectF>{};
    m_names.clear();
    for (int i = 0; i < static_cast<int>(m_zones.size()); ++i) {
        const bool selected =
            std::find(m_selected.begin(), m_selected.end(), i) != m_selected.end();
        if (!m_zones[i].inForce && !selected && i != m_edited)
            continue;
        const auto& polygon =
            (i == m_edited && m_editedOverride) ? *m_editedOverride : m_zones[i].polygon;
        paintZone(painter, view, polygon, m_zones[i].name, selected || i == m_edited);
    }
    if (m_edited >= 0 && m_edited < static_cast<int>(m_zones.size()))
        paintHandles(painter, view,
                     m_editedOverride ? *m_editedOverride : m_zones[m_edited].polygon);
    paintDraft(painter, view);
    if (m_snap) {
        const QPointF p = view.toPixel(m_snap->x(), m_snap->y());
        painter.setPen(QPen(QColor(0xe7, 0x4c, 0x3c), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(p - QPointF(6, 6), QSizeF(12, 12)));
        painter.drawLine(p - QPointF(6, 6), p + QPointF(6, 6));
        painter.drawLine(p + QPointF(-6, 6), p + QPointF(6, -6));
    }
}

void ZoneOverlay::paintZone(QPainter& painter, const render::MapSettings& view,
                            const planning::ZonePolygon& polygon, const QString& name,
                            bool selected) const {
    if (polygon.outer.size() < 2)
        return;
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const QPolygonF outer = toPixels(polygon.outer, view);
    path.addPolygon(outer);
    for (const auto& hole : polygon.holes)
        path.addPolygon(toPixels(hole, view));
    painter.setBrush(selected ? kSelectedFill : kZoneFill);
    painter.setPen(QPen(selected ? kSelectedLine : kZoneLine, selected ? 2.5 : 1.5));
    painter.drawPath(path);
    if (name.isEmpty())
        return;
    // The name sits at the centre of the outline's bounding box, else just above or below it,
    // wherever it overlaps no other zone's name and stays in view; with a halo to stay readable.
    const QRectF box = outer.boundingRect();
    if (box.width() < 20 || box.height() < 10)
        return;
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(name), height = metrics.height();
    const QRectF viewRect(QPointF(0, 0), QSizeF(view.outputSize()));
    std::optional<QRectF> spot;
    for (const QPointF centre : {box.center(), QPointF(box.center().x(), box.top() - height * 0.7),
                                 QPointF(box.center().x(), box.bottom() + height * 0.7)}) {
        QRectF rect(centre.x() - width / 2, centre.y() - height / 2, width, height);
        // Slide into view sideways rather than lose the start of the name at the edge.
        if (rect.left() < 2)
            rect.moveLeft(2);
        if (rect.right() > viewRect.right() - 2)
            rect.moveRight(viewRect.right() - 2);
        const bool free = std::none_of(m_placedLabels.begin(), m_placedLabels.end(),
                                       [&](const QRectF& r) { return r.intersects(rect); });
        if (free && viewRect.contains(rect)) {
            spot = rect;
            break;
        }
    }
    if (!spot)
        return; // every place is taken: the zone list still names it
    m_placedLabels.push_back(spot->adjusted(-3, -1, 3, 1));
    m_names.push_back(*spot);
    QPainterPath text;
    text.addText(QPointF(spot->left(), spot->top() + metrics.ascent()), font, name);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(selected ? kSelectedLine : kZoneLine);
    painter.drawPath(text);
}

void ZoneOverlay::paintHandles(QPainter& painter, const render::MapSettings& view,
                               const planning::ZonePolygon& polygon) const {
    auto paintRing = [&](const planning::Ring& ring) {
        const QPolygonF px = toPixels(ring, view);
        // Edge midpoints: small hollow circles, dragged to insert a vertex.
        painter.setPen(QPen(kSelectedLine, 1.5));
        painter.setBrush(Qt::white);
        for (int i = 0; i + 1 < px.size(); ++i)
            painter.drawEllipse((px[i] + px[i + 1]) / 2, kHandleRadiusPx - 2, kHandleRadiusPx - 2);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(kSelectedLine);
        for (int i = 0; i + 1 < px.size(); ++i)
            painter.drawRect(QRectF(px[i] - QPointF(kHandleRadiusPx, kHandleRadiusPx),
                                    QSizeF(2 * kHandleRadiusPx, 2 * kHandleRadiusPx)));
    };
    paintRing(polygon.outer);
    for (const auto& hole : polygon.holes)
        paintRing(hole);
}

void ZoneOverlay::paintDraft(QPainter& painter, const render::MapSettings& view) const {
    if (m_draft.isEmpty())
        return;
    QPolygonF px;
    for (const QPointF& p : m_draft)
        px << view.toPixel(p.x(), p.y());
    if (m_rubberEnd)
        px << view.toPixel(m_rubberEnd->x(), m_rubberEnd->y());
    if (m_draftCloses && px.size() >= 3) {
        QColor fill = kDraftLine;
        fill.setAlpha(40);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(px);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kDraftLine, 2));
    painter.drawPolyline(px);
    if (m_draftCloses && px.size() >= 3) {
        painter.setPen(QPen(kDraftLine, 1.5, Qt::DashLine));
        painter.drawLine(px.back(), px.front());
    }
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(kDraftLine);
    for (int i = 0; i < m_draft.size(); ++i)
        painter.drawEllipse(px[i], 4, 4);
}

} // namespace cw::widgets
