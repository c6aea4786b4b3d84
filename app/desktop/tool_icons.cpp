// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/tool_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cw::desktop {
namespace {

constexpr int kSize = 48; // drawn large, scaled down by Qt for the toolbar

void magnifier(QPainter& p, const QString& sign) {
    p.drawEllipse(QRectF(6, 6, 24, 24));
    p.drawLine(QPointF(27, 27), QPointF(42, 42));
    if (sign.isEmpty())
        return;
    p.drawLine(QPointF(12, 18), QPointF(24, 18));
    if (sign == QLatin1String("+"))
        p.drawLine(QPointF(18, 12), QPointF(18, 24));
}

void draw(QPainter& p, const QString& name) {
    if (name == QLatin1String("actionPan")) { // four arrows
        p.drawLine(QPointF(24, 6), QPointF(24, 42));
        p.drawLine(QPointF(6, 24), QPointF(42, 24));
        for (const auto& [a, b, c] :
             {std::tuple{QPointF(18, 12), QPointF(24, 6), QPointF(30, 12)},
              std::tuple{QPointF(18, 36), QPointF(24, 42), QPointF(30, 36)},
              std::tuple{QPointF(12, 18), QPointF(6, 24), QPointF(12, 30)},
              std::tuple{QPointF(36, 18), QPointF(42, 24), QPointF(36, 30)}})
            p.drawPolyline(QPolygonF{a, b, c});
    } else if (name == QLatin1String("actionZoomIn")) {
        magnifier(p, QStringLiteral("+"));
    } else if (name == QLatin1String("actionZoomOut")) {
        magnifier(p, QStringLiteral("-"));
    } else if (name == QLatin1String("actionZoomBox")) {
        p.save();
        p.setPen(QPen(p.pen().color(), 3, Qt::DashLine));
        p.drawRect(QRectF(4, 4, 26, 20));
        p.restore();
        p.drawEllipse(QRectF(18, 18, 16, 16));
        p.drawLine(QPointF(32, 32), QPointF(44, 44));
    } else if (name == QLatin1String("actionZoomFull")) {
        p.drawRect(QRectF(8, 8, 32, 32));
        for (const auto& [a, b] :
             {std::pair{QPointF(8, 8), QPointF(18, 18)}, std::pair{QPointF(40, 8), QPointF(30, 18)},
              std::pair{QPointF(8, 40), QPointF(18, 30)},
              std::pair{QPointF(40, 40), QPointF(30, 30)}})
            p.drawLine(a, b);
    } else if (name == QLatin1String("actionZoomSelection")) {
        p.setBrush(QColor(0xf5, 0xc2, 0x00));
        p.drawRect(QRectF(6, 6, 22, 18));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(18, 18, 16, 16));
        p.drawLine(QPointF(32, 32), QPointF(44, 44));
    } else if (name == QLatin1String("actionIdentify")) {
        p.drawEllipse(QRectF(6, 6, 36, 36));
        p.drawLine(QPointF(24, 21), QPointF(24, 35));
        p.setBrush(p.pen().color());
        p.drawEllipse(QPointF(24, 14), 2.5, 2.5);
    } else if (name == QLatin1String("actionSelect")) {
        p.setBrush(QColor(0xf5, 0xc2, 0x00));
        p.drawPolygon(QPolygonF{QPointF(10, 6), QPointF(10, 38), QPointF(19, 30), QPointF(26, 43),
                                QPointF(31, 40), QPointF(24, 28), QPointF(36, 28)});
    } else if (name == QLatin1String("actionDeselect")) {
        p.drawPolygon(QPolygonF{QPointF(10, 6), QPointF(10, 38), QPointF(19, 30), QPointF(26, 43),
                                QPointF(31, 40), QPointF(24, 28), QPointF(36, 28)});
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 4));
        p.drawLine(QPointF(30, 6), QPointF(44, 20));
        p.drawLine(QPointF(44, 6), QPointF(30, 20));
    } else if (name == QLatin1String("actionMeasureDistance")) {
        p.save();
        p.translate(24, 24);
        p.rotate(-35);
        p.drawRect(QRectF(-20, -6, 40, 12));
        for (int x = -16; x <= 16; x += 6)
            p.drawLine(QPointF(x, -6), QPointF(x, x % 12 == 2 ? 2 : -1));
        p.restore();
    } else if (name == QLatin1String("actionMeasureArea")) {
        p.setBrush(QColor(0xd3, 0x2f, 0x2f, 60));
        p.drawPolygon(QPolygonF{QPointF(6, 30), QPointF(16, 8), QPointF(40, 12), QPointF(42, 36),
                                QPointF(20, 42)});
    }
}

} // namespace

QIcon toolIcon(const QString& actionName) {
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x33, 0x3d, 0x47), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    draw(p, actionName);
    p.end();
    return QIcon(pixmap);
}

} // namespace cw::desktop
