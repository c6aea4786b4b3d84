// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compliance/compliance_row.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cw::widgets {
namespace {

constexpr int kSize = 32; // drawn large, shown at 16 px: crisp on high-DPI screens

QPixmap blank() {
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

// A clock face: a project's years against a zone's validity.
void drawClock(QPainter& p, const QColor& color, bool handPointsBack) {
    p.setPen(QPen(color, 3));
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(4, 4, 24, 24));
    p.drawLine(QPointF(16, 16), QPointF(16, 8));
    p.drawLine(QPointF(16, 16), handPointsBack ? QPointF(9, 19) : QPointF(23, 19));
}

} // namespace

QIcon ComplianceIcons::forRow(const std::optional<planning::ViolationKind>& violation) {
    QPixmap pixmap = blank();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor red(0xd0, 0x1c, 0x1c);
    if (!violation) {
        // A warning triangle: the plan itself has a problem.
        QPainterPath triangle;
        triangle.moveTo(16, 3);
        triangle.lineTo(29, 28);
        triangle.lineTo(3, 28);
        triangle.closeSubpath();
        p.setPen(QPen(QColor(0x8a, 0x6d, 0x00), 2));
        p.setBrush(QColor(0xff, 0xc8, 0x2e));
        p.drawPath(triangle);
        p.setPen(QPen(Qt::black, 3));
        p.drawLine(QPointF(16, 11), QPointF(16, 19));
        p.drawPoint(QPointF(16, 24));
        return QIcon(pixmap);
    }
    switch (*violation) {
    case planning::ViolationKind::NoZoneGrants:
        // No entry: nothing grants the exemption.
        p.setPen(QPen(red, 4));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.drawLine(QPointF(8, 24), QPointF(24, 8));
        break;
    case planning::ViolationKind::OutsideGrantingZones:
        // A hatched feature sticking out of a dashed zone, as on the map.
        p.setPen(QPen(red, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(3, 3, 18, 18));
        p.setPen(QPen(red, 3));
        p.setBrush(QBrush(red, Qt::BDiagPattern));
        p.drawRect(QRectF(12, 12, 17, 17));
        break;
    case planning::ViolationKind::RunsPastValidity:
        drawClock(p, red, false);
        break;
    case planning::ViolationKind::StartsBeforeZone:
        drawClock(p, QColor(0xd8, 0x6a, 0x00), true);
        break;
    case planning::ViolationKind::CapExceeded:
        // A gauge over its mark.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb0, 0xb0, 0xb0));
        p.drawRect(QRectF(6, 4, 8, 24));
        p.setBrush(red);
        p.drawRect(QRectF(18, 4, 8, 24));
        p.setPen(QPen(Qt::black, 2, Qt::DashLine));
        p.drawLine(QPointF(2, 12), QPointF(30, 12));
        break;
    }
    return QIcon(pixmap);
}

} // namespace cw::widgets
