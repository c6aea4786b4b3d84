// SPDX-License-Identifier: GPL-3.0-or-later
// One point symbol everywhere: the tile renderer (screen, PNG) and the vector painter (PDF, SVG)
// draw a triangle as a triangle. Checked at pixels where a triangle, a circle and a square differ.
#include "cityweave/data/indexed_geometries.h"
#include "render/map_renderer.h"
#include "report/vector_map_painter.h"
#include "report_test_support.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

namespace cw::test {
namespace {

constexpr double kDpi = 96;
constexpr double kSymbolPx = 80; // the symbol's width, so its half is 40 px

render::RenderLayer triangleLayer(const crs::Crs& crs) {
    auto layer = std::make_shared<data::VectorLayer>();
    layer->family = geometry::GeometryFamily::Point;
    layer->crs = crs;
    layer->geometries.beginFeature();
    layer->geometries.beginPart(false);
    layer->geometries.addCoord(500, 500);
    layer->geometries.endPart();
    layer->geometries.endFeature();
    layer->fids.push_back(1);
    layer->attributes.emplace_back();
    auto indexed = data::buildIndexedGeometries(layer, crs);
    EXPECT_TRUE(indexed);
    render::RenderLayer r;
    r.key = "triangle@1";
    r.geometries = *indexed;
    r.style.fill = {220, 0, 0, 255};
    r.style.stroke = {0, 0, 0, 0};
    r.style.pointSizeMm = kSymbolPx * 25.4 / kDpi;
    r.style.pointSymbol = style::PointSymbol::Triangle;
    return r;
}

bool isRed(const QImage& image, QPointF at) {
    const QColor c = image.pixelColor(at.toPoint());
    return c.red() > 180 && c.green() < 60 && c.blue() < 60 && c.alpha() > 200;
}

// Apex at the top, base at the bottom, both a half-width (r) from the centre c.
void expectTriangle(const QImage& image, QPointF c, const char* what) {
    const double r = kSymbolPx / 2;
    // Inside a circle and a square, outside the triangle (half as wide as r at this height).
    EXPECT_FALSE(isRed(image, c + QPointF(-0.35 * r, -0.5 * r))) << what;
    // Inside the triangle's base corner, outside a circle (1.14 r from the centre).
    EXPECT_TRUE(isRed(image, c + QPointF(-0.7 * r, 0.9 * r))) << what;
    EXPECT_TRUE(isRed(image, c + QPointF(0, 0.5 * r))) << what;
}

class PointSymbols : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ensureOffscreenApp(); }
};

TEST_F(PointSymbols, TriangleOnScreenAndInPdfAndSvgAlike) {
    auto crs = crs::Crs::fromEpsg(5186);
    ASSERT_TRUE(crs);
    const std::vector<render::RenderLayer> layers{triangleLayer(*crs)};
    const render::MapSettings settings(*crs, geometry::Envelope::of(0, 0, 1000, 1000),
                                       QSize(200, 200), kDpi);
    const QPointF centre = settings.toPixel(500, 500);

    render::MapRenderer renderer;
    expectTriangle(renderer.render(settings, layers), centre, "tile renderer");

    QImage vector(200, 200, QImage::Format_ARGB32);
    vector.fill(Qt::white);
    QPainter p(&vector);
    EXPECT_EQ(report::VectorMapPainter::paint(p, settings, layers, {}), 1u);
    p.end();
    expectTriangle(vector, centre, "vector painter");
}

} // namespace
} // namespace cw::test
