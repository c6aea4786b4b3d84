// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_decorations.h"

#include "render/label_painter.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace cw::render {

double MapDecorations::niceLength(double maxMetres) {
    if (maxMetres <= 0)
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres)
            return step * magnitude;
    return magnitude;
}

QRectF MapDecorations::drawScaleBar(QPainter& p, const MapSettings& s, QPointF bottomLeft) {
    const double metresPerPixel = s.mapUnitsPerPixel() * s.metresPerMapUnit();
    const double maxPx = s.outputSize().width() / 5.0;
    const double metres = niceLength(maxPx * metresPerPixel);
    if (metres <= 0 || !std::isfinite(metres))
        return {};
    const double px = metres / metresPerPixel;
    const double scale = s.dpi() / 96.0;
    const double h = 5 * scale;
    const QString label = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                         : QStringLiteral("%1 m").arg(metres);
    const QFont font = LabelPainter::mapFont(8 * scale);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF bar(bottomLeft.x(), bottomLeft.y() - h, px, h);
    p.fillRect(bar.adjusted(-4 * scale, -18 * scale, 40 * scale, 4 * scale),
               QColor(255, 255, 255, 200));
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::white);
    p.drawRect(bar);
    p.fillRect(QRectF(bar.left(), bar.top(), px / 2, h), Qt::black);
    p.setFont(font);
    p.drawText(QPointF(bar.left(), bar.top() - 4 * scale), QStringLiteral("0"));
    p.drawText(QPointF(bar.right() - QFontMetricsF(font).horizontalAdvance(label) / 2,
                       bar.top() - 4 * scale),
               label);
    p.restore();
    return bar.adjusted(-4 * scale, -18 * scale, 40 * scale, 4 * scale);
}

void MapDecorations::drawNorthArrow(QPainter& p, QPointF c, double size) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath left, right;
    left.moveTo(c.x(), c.y() - size / 2);
    left.lineTo(c.x() - size / 4, c.y() + size / 2);
    left.lineTo(c.x(), c.y() + size / 4);
    left.closeSubpath();
    right.moveTo(c.x(), c.y() - size / 2);
    right.lineTo(c.x() + size / 4, c.y() + size / 2);
    right.lineTo(c.x(), c.y() + size / 4);
    right.closeSubpath();
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::black);
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    p.setFont(LabelPainter::mapFont(size / 4));
    p.drawText(QRectF(c.x() - size / 2, c.y() - size, size, size / 2), Qt::AlignCenter,
               QStringLiteral("N"));
    p.restore();
}

} // namespace cw::render
