// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_decorations.h"
#include "render/map_settings.h"

#include <gtest/gtest.h>

namespace {

cw::crs::Crs epsg(int code) {
    return *cw::crs::Crs::fromEpsg(code);
}

TEST(MapSettings, FitsExtentKeepingAspect) {
    const cw::render::MapSettings s(epsg(5186), {0, 0, 2000, 1000}, QSize(1000, 1000));
    EXPECT_DOUBLE_EQ(s.mapUnitsPerPixel(), 2.0); // width decides: 2000 m over 1000 px
    EXPECT_DOUBLE_EQ(s.visibleExtent().minY, -500.0);
    EXPECT_DOUBLE_EQ(s.visibleExtent().maxY, 1500.0);
    const QPointF centre = s.toPixel(1000, 500);
    EXPECT_DOUBLE_EQ(centre.x(), 500.0);
    EXPECT_DOUBLE_EQ(centre.y(), 500.0);
}

TEST(MapSettings, ZoomAboutKeepsPointUnderCursor) {
    cw::render::MapSettings s(epsg(5186), {190000, 540000, 200000, 550000}, QSize(800, 800));
    const QPointF cursor(123, 456);
    const QPointF before = s.toMap(cursor);
    s.zoomAbout(cursor, 2.5);
    const QPointF after = s.toMap(cursor);
    EXPECT_NEAR(before.x(), after.x(), 1e-6);
    EXPECT_NEAR(before.y(), after.y(), 1e-6);
    EXPECT_NEAR(s.mapUnitsPerPixel(), 12.5 / 2.5, 1e-12);
}

TEST(MapSettings, ScaleDenominatorAt96Dpi) {
    // 1 m per pixel at 96 dpi: a pixel is 0.0254/96 m on screen, so 1:3779.5.
    cw::render::MapSettings s(epsg(5186), {0, 0, 1000, 1000}, QSize(1000, 1000));
    EXPECT_NEAR(s.scaleDenominator(), 96 / 0.0254, 1e-6);
}

TEST(MapDecorations, NiceScaleBarLengths) {
    EXPECT_DOUBLE_EQ(cw::render::MapDecorations::niceLength(7300), 5000);
    EXPECT_DOUBLE_EQ(cw::render::MapDecorations::niceLength(2500), 2000);
    EXPECT_DOUBLE_EQ(cw::render::MapDecorations::niceLength(180), 100);
    EXPECT_DOUBLE_EQ(cw::render::MapDecorations::niceLength(0.7), 0.5);
}

} // namespace
