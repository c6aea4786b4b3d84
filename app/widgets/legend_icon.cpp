// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/legend_icon.h"

#include "render/point_symbol.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <algorithm>

namespace cw::widgets {
namespace {
constexpr int kSize = 16;
}

QColor LegendIcon::toQColor(const style::Rgba& c) {
    return QColor(c.r, c.g, c.b, c.a);
}

QIcon LegendIcon::forStyle(const style::LayerStyle& style, geometry::GeometryFamily family) {
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setOpacity(std::clamp(style.opacity, 0.15, 1.0)); // still visible when nearly transparent
    const QColor fill = toQColor(style.fill), stroke = toQColor(style.stroke);
    switch (family) {
    case geometry::GeometryFamily::Line:
        p.setPen(QPen(stroke, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(2, 12), QPointF(14, 4));
        break;
    case geometry::GeometryFamily::Point:
        p.setPen(QPen(stroke, 1.2));
        p.setBrush(fill);
        render::drawPointSymbol(p, QPointF(8, 8), 10.5, style.pointSymbol);
        break;
    default:
        p.setPen(QPen(stroke, 1.5));
        p.setBrush(fill);
        p.drawRect(QRectF(2, 2, 12, 12));
        break;
    }
    return QIcon(pixmap);
}

QIcon LegendIcon::swatch(const QColor& color) {
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(color.darker(140));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2.5, 2.5);
    return QIcon(pixmap);
}

} // namespace cw::widgets
