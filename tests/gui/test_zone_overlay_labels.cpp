// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox zone's name keeps clear of the map's own labels: with the centre of the zone taken
// by a map label it goes above the zone; with the centre free it stays there. And the canvas
// reports where its labels are, moved with a pan.
#include "render/map_settings.h"
#include "widgets/zones/zone_overlay.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace cw;

class ZoneOverlayLabelsTest : public QObject {
    Q_OBJECT

private slots:
    void nameAvoidsTheMapsLabels();
};

void ZoneOverlayLabelsTest::nameAvoidsTheMapsLabels() {
    // A 1 km square zone around (200000, 550000) in a 400 x 400 pixel view of 2 km: 5 m a pixel,
    // so the zone spans pixels 100..300 and its centre is at (200, 200).
    const auto crs = crs::Crs::fromEpsg(5186);
    QVERIFY(crs);
    const render::MapSettings view(*crs, geometry::Envelope::of(199000, 549000, 201000, 551000),
                                   QSize(400, 400));
    widgets::ZoneShape zone;
    zone.name = QStringLiteral("마곡 규제샌드박스");
    zone.polygon.outer = {
        {199500, 549500}, {200500, 549500}, {200500, 550500}, {199500, 550500}, {199500, 549500}};
    widgets::ZoneOverlay overlay;
    overlay.setZones({zone});
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        overlay.paint(p, view);
    }
    QCOMPARE(overlay.nameRects().size(), std::size_t(1));
    const QRectF free = overlay.nameRects().front();
    QVERIFY2(free.contains(QPointF(200, 200)), "with nothing in the way the name is centred");

    // A map label over the centre: the name moves above the zone (its top edge is at y = 100).
    const QRectF mapLabel(150, 185, 100, 30);
    overlay.setOccupied([&] { return std::vector<QRectF>{mapLabel}; });
    {
        QPainter p(&image);
        overlay.paint(p, view);
    }
    QCOMPARE(overlay.nameRects().size(), std::size_t(1));
    const QRectF moved = overlay.nameRects().front();
    QVERIFY(!moved.intersects(mapLabel));
    QVERIFY2(moved.bottom() <= 100 + 1,
             qPrintable(QStringLiteral("name at y %1").arg(moved.top())));
}

QTEST_MAIN(ZoneOverlayLabelsTest)
#include "test_zone_overlay_labels.moc"
