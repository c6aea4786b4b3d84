// SPDX-License-Identifier: GPL-3.0-or-later
// Exports read back with GDAL and compared with the results GeoPackage written by `analyze`:
// the spreadsheet, the CSV (with and without BOM), the styled GeoPackage, and map images.
#include "cityweave/project/layer_styler.h"
#include "cityweave/project/report_template_store.h"
#include "gdal_table.h"
#include "report/report_templates.h"
#include "report_test_support.h"

#include <QColor>
#include <QImage>
#include <QRegularExpression>

namespace cw::test {
namespace {

class Exports : public SampleWithResults {
protected:
    void SetUp() override { ASSERT_TRUE(analyzeOk) << analyzeErr.toStdString(); }
};

// Same columns, same rows; numbers stay numbers (integer or real, never text) and agree to
// 1e-9 relative (XLSX keeps 15+ significant digits).
void expectSameTable(const GdalTable& expected, const GdalTable& got, const char* what) {
    ASSERT_TRUE(got.ok) << what;
    ASSERT_EQ(got.rows.size(), expected.rows.size()) << what;
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        const int g = columnOf(got, expected.columns[c]);
        ASSERT_GE(g, 0) << what << ": column " << expected.columns[c];
        const bool numeric = expected.types[c] == OFTReal || expected.types[c] == OFTInteger64 ||
                             expected.types[c] == OFTInteger;
        if (numeric) {
            EXPECT_TRUE(got.types[std::size_t(g)] == OFTReal ||
                        got.types[std::size_t(g)] == OFTInteger ||
                        got.types[std::size_t(g)] == OFTInteger64)
                << what << ": " << expected.columns[c] << " is no longer a number";
        }
        for (std::size_t r = 0; r < expected.rows.size(); ++r) {
            const Cell& e = expected.rows[r][c];
            const Cell& v = got.rows[r][std::size_t(g)];
            if (numeric && !std::holds_alternative<std::monostate>(e)) {
                EXPECT_NEAR(number(v), number(e), std::abs(number(e)) * 1e-9 + 1e-9)
                    << what << " row " << r << " " << expected.columns[c];
            } else if (const auto* s = std::get_if<std::string>(&e)) {
                ASSERT_TRUE(std::holds_alternative<std::string>(v)) << what << " row " << r;
                EXPECT_EQ(std::get<std::string>(v), *s) << what << " row " << r;
            }
        }
    }
}

TEST_F(Exports, SpreadsheetEqualsTheAnalysisTables) {
    const QString out = path(QStringLiteral("표.xlsx"));
    const ProcessOutput o = runCli({QStringLiteral("export"), project, QStringLiteral("--tables"),
                                    out, QStringLiteral("--results"), results});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    for (const char* table :
         {"overlap_matrix", "project_footprints", "zone_members", "rollup_zone_projects"})
        expectSameTable(readGdalTable(results.toStdString(), table),
                        readGdalTable(out.toStdString(), table), table);
}

// A BOM by default, as the desktop writes (Excel needs it for Hangul); --no-bom leaves it out.
TEST_F(Exports, CsvEqualsTheTableWithBomUnlessAskedNot) {
    for (const bool bom : {false, true}) {
        const QString out = path(bom ? QStringLiteral("bom.csv") : QStringLiteral("plain.csv"));
        QStringList args{QStringLiteral("export"),    project,
                         QStringLiteral("--tables"),  out,
                         QStringLiteral("--table"),   QStringLiteral("overlap_matrix"),
                         QStringLiteral("--results"), results};
        if (!bom)
            args << QStringLiteral("--no-bom");
        const ProcessOutput o = runCli(args);
        ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(3);
        EXPECT_EQ(head == QByteArray("\xEF\xBB\xBF"), bom);
        file.close();
        const char* const options[] = {"AUTODETECT_TYPE=YES", nullptr};
        expectSameTable(readGdalTable(results.toStdString(), "overlap_matrix"),
                        readGdalTable(out.toStdString(), "", options), "csv");
    }
}

TEST_F(Exports, GeoPackageHoldsEveryResultWithQgisStyles) {
    const QString out = path(QStringLiteral("all-results.gpkg"));
    const ProcessOutput o = runCli({QStringLiteral("export"), project, QStringLiteral("--gpkg"),
                                    out, QStringLiteral("--results"), results});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    expectSameTable(readGdalTable(results.toStdString(), "overlap_matrix"),
                    readGdalTable(out.toStdString(), "overlap_matrix"), "gpkg table");
    const GdalTable styles = readGdalTable(out.toStdString(), "layer_styles");
    ASSERT_TRUE(styles.ok);
    const int table = columnOf(styles, "f_table_name"), sld = columnOf(styles, "styleSLD");
    bool zones = false;
    for (const auto& row : styles.rows)
        if (std::get<std::string>(row[std::size_t(table)]) == "integration_zones") {
            zones = true;
            // Synergy zones green (26,152,80) as on the map.
            EXPECT_NE(std::get<std::string>(row[std::size_t(sld)]).find("#1a9850"),
                      std::string::npos);
        }
    EXPECT_TRUE(zones);
}

// `analyze --out` writes QGIS styles too, with a symbol of each layer's geometry type (a fill
// on a line layer draws nothing in QGIS) and an ISO 8601 time; `info` does not list the style
// table as data.
TEST_F(Exports, AnalysisResultsCarryQgisStylesByGeometryType) {
    const GdalTable styles = readGdalTable(results.toStdString(), "layer_styles");
    ASSERT_TRUE(styles.ok);
    const int table = columnOf(styles, "f_table_name"), qml = columnOf(styles, "styleQML"),
              sld = columnOf(styles, "styleSLD");
    ASSERT_GE(table, 0);
    bool lines = false, polygons = false;
    for (const auto& row : styles.rows) {
        const std::string name = std::get<std::string>(row[std::size_t(table)]);
        const std::string q = std::get<std::string>(row[std::size_t(qml)]);
        const std::string s = std::get<std::string>(row[std::size_t(sld)]);
        if (name == "proximity_lines") {
            lines = true;
            EXPECT_NE(q.find("<symbol type=\"line\""), std::string::npos) << q;
            EXPECT_NE(s.find("<se:LineSymbolizer>"), std::string::npos);
            EXPECT_EQ(q.find("SimpleFill"), std::string::npos);
        }
        if (name == "integration_zones") {
            polygons = true;
            EXPECT_NE(q.find("<symbol type=\"fill\""), std::string::npos);
        }
    }
    EXPECT_TRUE(lines);
    EXPECT_TRUE(polygons);
    // The times as stored (GDAL would reformat them): ISO 8601, as the GeoPackage wants.
    const QStringList stamps =
        runProgram(QStringLiteral("sqlite3"),
                   {results, QStringLiteral("SELECT update_time FROM layer_styles")})
            .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(stamps.isEmpty());
    const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    for (const QString& stamp : stamps)
        EXPECT_TRUE(iso.match(stamp).hasMatch()) << stamp.toStdString();
    const ProcessOutput info = runCli({QStringLiteral("info"), results});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_FALSE(info.out.contains(QStringLiteral("layer_styles"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("integration_zones")));
}

TEST_F(Exports, UnwritableTargetLeavesNothingAndExits4) {
    const ProcessOutput o =
        runCli({QStringLiteral("export"), project, QStringLiteral("--tables"),
                QStringLiteral("/proc/cityweave/t.xlsx"), QStringLiteral("--results"), results});
    EXPECT_EQ(o.exitCode, 4);
    EXPECT_TRUE(o.err.contains(QStringLiteral("could not be written"))) << o.err.toStdString();
    // A read-only folder: no file, and no temporary left beside it either.
    const QString locked = path(QStringLiteral("locked"));
    QDir().mkpath(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(locked).isWritable())
        GTEST_SKIP() << "running as a user who can write anywhere";
    const ProcessOutput r =
        runCli({QStringLiteral("report"), project, QStringLiteral("--out"),
                locked + QStringLiteral("/r.pdf"), QStringLiteral("--results"), results});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(QDir(locked).entryList(QDir::Files).isEmpty());
}

TEST_F(Exports, MapImagesAsPngWithDpiAndSvg) {
    const QString png = path(QStringLiteral("map.png"));
    ProcessOutput o = runCli({QStringLiteral("render"), project, QStringLiteral("--out"), png,
                              QStringLiteral("--size"), QStringLiteral("400x300"),
                              QStringLiteral("--dpi"), QStringLiteral("192")});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(400, 300));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 192, 1);
    const QString svg = path(QStringLiteral("map.svg"));
    o = runCli({QStringLiteral("render"), project, QStringLiteral("--out"), svg,
                QStringLiteral("--format"), QStringLiteral("svg")});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("<svg"));
    EXPECT_TRUE(content.contains("<path")); // vectors, not an embedded image
    EXPECT_FALSE(content.contains("<image"));
}

// A plain file gets the colour the desktop's Add Layer gives it as a project's first layer.
TEST_F(Exports, PlainFileDrawnInTheDesktopsColour) {
    const QString svg = path(QStringLiteral("plain.svg"));
    const ProcessOutput o =
        runCli({QStringLiteral("render"), QStringLiteral(CW_FIXTURES "/bowtie.geojson"),
                QStringLiteral("--out"), svg});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const style::Rgba fill = project::LayerStyler::forFile(0).fill;
    const QByteArray colour = QColor(fill.r, fill.g, fill.b).name().toLatin1();
    EXPECT_TRUE(file.readAll().contains("fill=\"" + colour + "\"")) << colour.toStdString();
}

TEST_F(Exports, ReportTemplatesAreSavedInTheProjectFile) {
    const QString copy = path(QStringLiteral("templates.gpkg"));
    QFile::copy(project, copy);
    report::ReportTemplate t;
    t.name = QStringLiteral("위원회 보고");
    t.title = QStringLiteral("스마트시티 통합 검토");
    t.language = QStringLiteral("ko");
    t.paper = report::Paper::A3;
    t.set(report::Section::Charts, false);
    ASSERT_TRUE(report::ReportTemplates::save(copy, t));
    auto back = report::ReportTemplates::find(copy, t.name);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->title, t.title);
    EXPECT_EQ(back->paper, report::Paper::A3);
    EXPECT_FALSE(back->has(report::Section::Charts));
    EXPECT_TRUE(back->has(report::Section::Zones));
    // Registered for GeoPackage readers, and the project still opens as a GeoPackage.
    const GdalTable contents = readGdalTable(copy.toStdString(), "cw_report_templates");
    EXPECT_TRUE(contents.ok);
    EXPECT_EQ(contents.rows.size(), 1u);
    const ProcessOutput o =
        runCli({QStringLiteral("report"), copy, QStringLiteral("--template"), t.name,
                QStringLiteral("--out"), path(QStringLiteral("by-template.pdf"))});
    EXPECT_EQ(o.exitCode, 0) << o.err.toStdString();
}

} // namespace
} // namespace cw::test
