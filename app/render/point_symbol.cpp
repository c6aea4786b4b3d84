// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/point_symbol.h"

#include <QPainter>

namespace cw::render {

void drawPointSymbol(QPainter& p, QPointF c, double size, style::PointSymbol symbol) {
    const double r = size / 2;
    switch (symbol) {
    case style::PointSymbol::Square:
        p.drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case style::PointSymbol::Triangle: {
        const QPointF tri[3] = {{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
        p.drawPolygon(tri, 3);
        break;
    }
    case style::PointSymbol::Circle:
        p.drawEllipse(c, r, r);
        break;
    }
}

} // namespace cw::render
