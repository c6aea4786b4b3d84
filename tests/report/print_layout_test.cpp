// SPDX-License-Identifier: GPL-3.0-or-later
// Print layouts: the saved form, the printed scale worked out by hand, and the CLI's PDF and
// PNG of a layout saved in a copy of the sample project, read back by poppler and QImage.
#include "cityweave/crs/coordinate_transform.h"
#include "report/print_layout_painter.h"
#include "report/print_layouts.h"
#include "report/report_data.h"
#include "report/report_templates.h"
#include "report/report_text.h"
#include "report_test_support.h"

#include <QImage>
#include <QRegularExpression>
#include <cmath>

namespace cw::test {
namespace {

using report::LayoutItemKind;
using report::PrintLayout;

TEST(PrintLayout, StandardLayoutFitsThePageWithoutOverlaps) {
    for (const auto paper : {report::Paper::A4, report::Paper::A3})
        for (const bool landscape : {true, false}) {
            const PrintLayout layout = PrintLayout::standard(paper, landscape);
            const QRectF page(QPointF(0, 0), layout.pageMm());
            ASSERT_EQ(layout.items.size(), 6u);
            for (std::size_t i = 0; i < layout.items.size(); ++i) {
                EXPECT_TRUE(page.contains(layout.items[i].mm)) << i;
                for (std::size_t j = i + 1; j < layout.items.size(); ++j)
                    EXPECT_FALSE(layout.items[i].mm.intersects(layout.items[j].mm))
                        << report::layoutItemKey(layout.items[i].kind) << " and "
                        << report::layoutItemKey(layout.items[j].kind);
            }
        }
    EXPECT_EQ(PrintLayout::standard(report::Paper::A3, true).pageMm(), QSizeF(420, 297));
}

TEST(PrintLayout, JsonKeepsEverythingAndRepairsDamagedItems) {
    PrintLayout layout = PrintLayout::standard(report::Paper::A3, false);
    layout.name = QStringLiteral("마곡 배치도");
    layout.extent = geometry::Envelope::of(180000, 540000, 190000, 552000);
    layout.items[0].text = QStringLiteral("마곡 스마트 에너지 실증");
    layout.items[5].frame = true;
    PrintLayout back;
    ASSERT_TRUE(PrintLayout::fromJson(layout.toJson(), back));
    EXPECT_EQ(back, layout);

    // An item off the page comes back onto it, one of no size gets 2 mm, an unknown kind is
    // left out, a width of 1e300 is clamped to the page; a report template is not a layout.
    const QByteArray damaged = R"({"format": "cityweave-print-layout", "paper": "A4",
        "landscape": true, "items": [
          {"kind": "map", "x_mm": 290, "y_mm": -5, "width_mm": 100, "height_mm": 0},
          {"kind": "pie_chart", "x_mm": 1, "y_mm": 1, "width_mm": 10, "height_mm": 10},
          {"kind": "text", "x_mm": "x", "y_mm": 1, "width_mm": 10, "height_mm": 10},
          {"kind": "legend", "x_mm": 1, "y_mm": 1, "width_mm": 1e300, "height_mm": 10}]})";
    ASSERT_TRUE(PrintLayout::fromJson(damaged, back));
    ASSERT_EQ(back.items.size(), 3u);
    EXPECT_EQ(back.items[0].mm, QRectF(197, 0, 100, 2)); // 297 - 100 wide, on the top edge
    EXPECT_EQ(back.items[1].mm, QRectF(0, 1, 10, 10));   // a text's x that is no number: 0
    EXPECT_EQ(back.items[2].mm.width(), 297);            // clamped to the page
    EXPECT_FALSE(PrintLayout::fromJson(R"({"format": "cityweave-report-template"})", back));
    EXPECT_FALSE(PrintLayout::fromJson("{not json", back));
}

TEST(PrintLayout, ScaleIsWhatAPrintedRulerReads) {
    ensureOffscreenApp();
    // 10 km of EPSG:5186 across a square map item 100 mm wide: 1:100,000.
    PrintLayout layout;
    layout.extent = geometry::Envelope::of(195000, 545000, 205000, 555000);
    layout.items.push_back({LayoutItemKind::Map, QRectF(10, 10, 100, 100), {}, 9, false});
    report::LayoutContent content;
    content.crs = *crs::Crs::fromEpsg(5186);
    const auto settings = report::PrintLayoutPainter::mapSettings(layout, layout.items[0], content);
    EXPECT_EQ(report::PrintLayoutPainter::scaleText(settings), QStringLiteral("1:100,000"));
    // The same ground on a map twice as wide: 1:50,000.
    layout.items[0].mm = QRectF(10, 10, 200, 200);
    EXPECT_EQ(report::PrintLayoutPainter::scaleText(
                  report::PrintLayoutPainter::mapSettings(layout, layout.items[0], content)),
              QStringLiteral("1:50,000"));
}

class LayoutCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ensureOffscreenApp();
        dir = std::make_unique<QTemporaryDir>();
        project = dir->filePath(QStringLiteral("샘플.cwproject.gpkg"));
        QFile::copy(QStringLiteral(CW_SAMPLE_PROJECT), project);
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    }
    static void TearDownTestSuite() { dir.reset(); }
    void SetUp() override {
        if (!havePoppler())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    }
    static inline std::unique_ptr<QTemporaryDir> dir;
    static inline QString project;
};

TEST_F(LayoutCli, SavedLayoutAsPdfHasItsTextPageAndScale) {
    PrintLayout layout = PrintLayout::standard(report::Paper::A3, true);
    layout.name = QStringLiteral("위원회 A3");
    layout.items[0].text = QStringLiteral("마곡·상암 스마트시티 통합 지도");
    layout.items[5].text = QStringLiteral("자료: 서울특별시, 2026");
    ASSERT_TRUE(report::PrintLayouts::save(project, layout));
    // Kept apart from the report templates.
    auto templates = report::ReportTemplates::load(project);
    ASSERT_TRUE(templates);
    for (const auto& t : *templates)
        EXPECT_NE(t.name, layout.name);

    const QString pdf = dir->filePath(QStringLiteral("layout.pdf"));
    const ProcessOutput o =
        runCli({QStringLiteral("layout"), project, QStringLiteral("--name"), layout.name,
                QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("ko")});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    const QString info = runProgram(QStringLiteral("pdfinfo"), {pdf}).out;
    EXPECT_TRUE(info.contains(QStringLiteral("1191 x 842"))) << info.toStdString(); // A3 across
    const QString text = pdfText(pdf, false);
    EXPECT_TRUE(text.contains(layout.items[0].text)) << text.toStdString();
    EXPECT_TRUE(text.contains(layout.items[5].text));
    EXPECT_TRUE(text.contains(QStringLiteral("범례")));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("1:[0-9]{1,3}(,[0-9]{3})+"))));
    // The scale printed is the one the map item has.
    auto data = report::loadReportData(project, nullptr);
    ASSERT_TRUE(data);
    const report::ReportText ko(QStringLiteral("ko"));
    const auto content = report::LayoutContent::fromReport(*data, ko);
    const QString scale = report::PrintLayoutPainter::scaleText(
        report::PrintLayoutPainter::mapSettings(layout, layout.items[1], content));
    EXPECT_TRUE(text.contains(scale)) << scale.toStdString();
    // Fonts embedded.
    const QString fonts = runProgram(QStringLiteral("pdffonts"), {pdf}).out;
    EXPECT_FALSE(fonts.contains(QStringLiteral(" no  "))) << fonts.toStdString();

    const ProcessOutput missing =
        runCli({QStringLiteral("layout"), project, QStringLiteral("--name"),
                QStringLiteral("없는 배치"), QStringLiteral("--out"), pdf});
    EXPECT_EQ(missing.exitCode, 3); // an input error
    EXPECT_TRUE(missing.err.contains(QStringLiteral("없는 배치"))) << missing.err.toStdString();
}

TEST_F(LayoutCli, StandardLayoutAsPngDrawsTheMapWhereTheItemIs) {
    const QString png = dir->filePath(QStringLiteral("layout.png"));
    const ProcessOutput o = runCli({QStringLiteral("layout"), project, QStringLiteral("--out"), png,
                                    QStringLiteral("--dpi"), QStringLiteral("144")});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1684, 1191)); // A4 landscape at 2 pixels per point
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 144, 0.5);
    // The energy village (resources/sample/README.md): the energy sector's lighter fill,
    // (157,225,207), outside every sandbox zone; where it falls follows from the map item.
    auto data = report::loadReportData(project, nullptr);
    ASSERT_TRUE(data);
    const auto content =
        report::LayoutContent::fromReport(*data, report::ReportText(QStringLiteral("en")));
    const PrintLayout layout = PrintLayout::standard(report::Paper::A4, true);
    const auto& map = layout.items[1];
    ASSERT_EQ(map.kind, LayoutItemKind::Map);
    const auto settings = report::PrintLayoutPainter::mapSettings(layout, map, content);
    auto toMap = crs::CoordinateTransform::create(*crs::Crs::fromEpsg(4326), data->mapCrs);
    double x = 126.94400, y = 37.49900;
    ASSERT_TRUE(toMap && toMap->transformPoint(x, y));
    const QPointF pt =
        map.mm.topLeft() * report::PrintLayoutPainter::kPointsPerMm + settings.toPixel(x, y);
    const QColor got = image.pixelColor((pt * 2).toPoint());
    EXPECT_LE(std::max({std::abs(got.red() - 157), std::abs(got.green() - 225),
                        std::abs(got.blue() - 207)}),
              6)
        << got.name().toStdString();
}

} // namespace
} // namespace cw::test
