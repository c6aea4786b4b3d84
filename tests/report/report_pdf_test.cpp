// SPDX-License-Identifier: GPL-3.0-or-later
// The sample's PDF report read as a reader would: text found by pdftotext, fonts by pdffonts,
// pages by pdfinfo, map colours by pdftoppm. Expected figures come from the results GeoPackage
// read with GDAL (not from the report code); expected colours are worked out by hand.
#include "cityweave/crs/coordinate_transform.h"
#include "gdal_table.h"
#include "report/report_data.h"
#include "report/sections.h"
#include "report_test_support.h"

#include <QImage>
#include <QRegularExpression>

namespace cw::test {
namespace {

class ReportPdf : public SampleWithResults {
protected:
    static QString report(const QString& name, QStringList extra) {
        const QString out = path(name);
        QStringList args{QStringLiteral("report"), project, QStringLiteral("--out"), out};
        args << extra;
        const ProcessOutput o = runCli(args);
        EXPECT_EQ(o.exitCode, 0) << o.err.toStdString();
        return out;
    }
    static QString squeezed(QString s) {
        return s.remove(QRegularExpression(QStringLiteral("\\s")));
    }
};

TEST_F(ReportPdf, EnglishReportHasHeadingsAndProjectNames) {
    const QString text =
        pdfText(report(QStringLiteral("en.pdf"), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                  QStringLiteral("--results"), results}));
    for (const char* expected :
         {"Seoul smart-city projects", "Overview map", "Legend", "Project registry",
          "Project overlap matrix", "Integration zones", "District roll-up", "Charts", "Methods",
          "Magok smart energy", "Sangam DMC autonomous driving", "G-Valley industrial innovation",
          "EV charging infrastructure", "Seoul Housing & Communities Corporation"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(ReportPdf, PlanningSectionHasRegistryIndicatorsAndCompliance) {
    const QString text = pdfText(
        report(QStringLiteral("planning.pdf"), {QStringLiteral("--lang"), QStringLiteral("en")}),
        false);
    const int at = text.indexOf(QStringLiteral("Planning"));
    ASSERT_GE(at, 0);
    const QString section = text.mid(at);
    EXPECT_TRUE(section.contains(QStringLiteral("Scenario: Base plan")));
    for (const char* expected : {"Registry", "Indicators", "Sandbox compliance", "Budget (KRW)"})
        EXPECT_TRUE(section.contains(QString::fromUtf8(expected))) << expected;
    // Magok's greenhouse-gas target (resources/sample/projects.json, DOMAIN.md): 180,000 t/yr.
    EXPECT_TRUE(section.contains(QStringLiteral("180,000"))) << "Magok GHG target";
    // The two violations `check` finds on the sample (tests/cli, check_sample): 2 zones, 2
    // violations; Sangam runs until 2025 under a zone valid until 2019 + 4 - 1 = 2022.
    EXPECT_TRUE(section.contains(QStringLiteral("2 sandbox zones; 2 violations")));
    EXPECT_TRUE(section.contains(QStringLiteral("runs until 2025")));
    EXPECT_TRUE(section.contains(QStringLiteral("valid only until 2022")));
}

TEST_F(ReportPdf, ScenarioOptionReportsThatScenario) {
    // An unknown scenario is refused as bad usage (exit 2), naming the ones there are.
    const ProcessOutput bad = runCli({QStringLiteral("report"), project, QStringLiteral("--out"),
                                      path(QStringLiteral("nope.pdf")),
                                      QStringLiteral("--scenario"), QStringLiteral("nope")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("east-first"))) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("nope.pdf"))));
    const QString text = pdfText(report(QStringLiteral("east.pdf"),
                                        {QStringLiteral("--scenario"), QStringLiteral("east-first"),
                                         QStringLiteral("--lang"), QStringLiteral("en")}),
                                 false);
    // The sample's scenarios (resources/sample/projects.json): the base plan is active.
    EXPECT_TRUE(text.contains(QStringLiteral("Scenario: Roll-out east first")));
    const QString base = pdfText(report(QStringLiteral("base.pdf"), {}), false);
    EXPECT_TRUE(base.contains(QStringLiteral("Scenario: Base plan")));
}

TEST_F(ReportPdf, KoreanReportHasSearchableHangul) {
    const QString text = squeezed(
        pdfText(report(QStringLiteral("ko.pdf"), {QStringLiteral("--lang"), QStringLiteral("ko"),
                                                  QStringLiteral("--results"), results})));
    // Headings from the analyses' Korean names, the project's Korean title and project names
    // (resources/sample/projects.json). Spaces are squeezed out: pdftotext spaces Hangul freely.
    for (const char* expected :
         {"서울 스마트시티 사업", "사업 중첩 행렬", "통합 후보 구역", "구역별 집계",
          "마곡 스마트 에너지", "상암 DMC 자율주행", "에너지자립마을", "서울주택도시공사"})
        EXPECT_TRUE(text.contains(squeezed(QString::fromUtf8(expected)))) << expected;
}

TEST_F(ReportPdf, OverlapFiguresAreTheAnalysisFigures) {
    const QString text = pdfText(
        report(QStringLiteral("ko-figures.pdf"), {QStringLiteral("--lang"), QStringLiteral("ko"),
                                                  QStringLiteral("--results"), results}));
    const GdalTable matrix = readGdalTable(results.toStdString(), "overlap_matrix");
    ASSERT_TRUE(matrix.ok);
    const int nameA = columnOf(matrix, "name_a"), nameB = columnOf(matrix, "name_b");
    const int area = columnOf(matrix, "area_m2");
    ASSERT_GE(area, 0);
    int checked = 0;
    for (const auto& row : matrix.rows) {
        const double m2 = number(row[std::size_t(area)]);
        if (m2 <= 0)
            continue;
        // The pair list prints one row per overlapping pair: both names (the results store the
        // Korean ones) and hectares with one decimal. Spaces inside names may vary in extraction.
        const QString a = QString::fromStdString(std::get<std::string>(row[std::size_t(nameA)]));
        const QString b = QString::fromStdString(std::get<std::string>(row[std::size_t(nameB)]));
        const QString ha = QString::number(m2 / 10000.0, 'f', 1);
        auto loose = [](const QString& name) {
            QString re;
            for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                re += (re.isEmpty() ? QString() : QStringLiteral("\\s*")) +
                      QRegularExpression::escape(word);
            return re;
        };
        const QRegularExpression line(loose(a) + QStringLiteral("\\s+") + loose(b) +
                                      QStringLiteral("\\s+") + QRegularExpression::escape(ha) +
                                      QStringLiteral("\\s"));
        EXPECT_TRUE(line.match(text).hasMatch())
            << a.toStdString() << " / " << b.toStdString() << " " << ha.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 1) << "the sample is built so that projects overlap";
}

TEST_F(ReportPdf, HangulFontIsEmbeddedWithUnicodeMap) {
    const QString pdf =
        report(QStringLiteral("fonts.pdf"), {QStringLiteral("--lang"), QStringLiteral("ko"),
                                             QStringLiteral("--results"), results});
    const QString fonts = runProgram(QStringLiteral("pdffonts"), {pdf}).out;
    int korean = 0;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        if (!line.contains(QStringLiteral("Nanum")) && !line.contains(QStringLiteral("CJK")))
            continue;
        // Columns: name type encoding emb sub uni object-id generation.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 8) << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes"))
            << "embedded: " << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 4], QStringLiteral("yes")) << "subset: " << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 3], QStringLiteral("yes"))
            << "ToUnicode: " << line.toStdString();
        ++korean;
    }
    EXPECT_GE(korean, 1) << fonts.toStdString();
    // The subset tags were added after Qt wrote the file: every cross-reference entry must
    // still point at its object ("N 0 obj"), or readers would have to repair the file.
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype start = bytes.lastIndexOf("startxref");
    ASSERT_GT(start, 0);
    const qint64 xref = bytes.mid(start + 9).trimmed().split('\n').first().trimmed().toLongLong();
    const QList<QByteArray> lines = bytes.mid(xref).split('\n');
    ASSERT_TRUE(lines[0].startsWith("xref"));
    const int count = lines[1].split(' ').value(1).toInt();
    ASSERT_GT(count, 1);
    for (int i = 1; i < count; ++i) {
        const qint64 offset = lines[i + 2].left(10).toLongLong();
        EXPECT_TRUE(bytes.mid(offset).startsWith(QByteArray::number(i) + " 0 obj")) << i;
    }
    EXPECT_LT(QFileInfo(pdf).size(), 5 * 1024 * 1024);
}

int pdfPages(const QString& pdf, QString* size) {
    const QString info = runProgram(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    const auto s =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+) pts")).match(info);
    if (size)
        *size = s.captured(1);
    return pages.captured(1).toInt();
}

TEST_F(ReportPdf, PageCountAndSizeFollowTheTemplate) {
    // Registry, matrix, zones intro: one page each, then one page per zone (the cover's
    // data-source list and the map legend grow with the layers, so they are left out here). The
    // zone count comes from the results file, read with GDAL.
    QFile json(path(QStringLiteral("five.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({"sections": {"cover": false, "overview_map": false, "planning": false,
                                 "rollup": false, "other_analyses": false, "charts": false,
                                 "methods": false}})");
    json.close();
    const QString pdf =
        report(QStringLiteral("a4.pdf"), {QStringLiteral("--template"), json.fileName(),
                                          QStringLiteral("--results"), results});
    const GdalTable zones = readGdalTable(results.toStdString(), "integration_zones");
    ASSERT_TRUE(zones.ok);
    ASSERT_GE(zones.rows.size(), 1u);
    QString size;
    EXPECT_EQ(pdfPages(pdf, &size), 3 + int(std::min<std::size_t>(zones.rows.size(), 25)));
    EXPECT_EQ(size, QStringLiteral("595 x 842")); // A4 in points: 210 x 297 mm / 25.4 * 72

    const QString a3 =
        report(QStringLiteral("a3.pdf"),
               {QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape"),
                QStringLiteral("--results"), results});
    pdfPages(a3, &size);
    EXPECT_EQ(size, QStringLiteral("1191 x 842")); // A3 landscape: 420 x 297 mm
}

// Without results the report has no placeholder pages: the sections of the analyses not run
// are left out, and the methods name them once and say how to add them.
TEST_F(ReportPdf, NoResultsLeavesTheSectionsOutAndSaysWhichOnce) {
    const QString text = pdfText(report(QStringLiteral("none.pdf"), {}), false);
    EXPECT_FALSE(text.contains(QStringLiteral("No results of the analysis")));
    EXPECT_EQ(text.count(QStringLiteral("Not in this report")), 1) << text.toStdString();
    const QString simplified = text.simplified();
    for (const char* name : {"overlap", "Integration zones", "roll-up"})
        EXPECT_TRUE(simplified.contains(QString::fromLatin1(name), Qt::CaseInsensitive)) << name;
    EXPECT_TRUE(text.contains(QStringLiteral("No analysis has been run for this report")));
    EXPECT_TRUE(simplified.contains(QStringLiteral("--run-analyses")));
}

TEST_F(ReportPdf, RunAnalysesOnRequest) {
    const QString text =
        pdfText(report(QStringLiteral("run.pdf"), {QStringLiteral("--run-analyses")}));
    EXPECT_FALSE(text.contains(QStringLiteral("No results of the analysis")));
    EXPECT_TRUE(text.contains(QStringLiteral("computed while writing this report")));
    EXPECT_TRUE(text.contains(QStringLiteral("overlap-matrix")));
}

// Sector colours (Okabe-Ito) at fill alpha 110/255 over white: c = 255 (1 - a) + colour a,
// as in tests/render/render_pixels_test.cpp; the PDF keeps the alpha and poppler composes it.
QColor underZone(QColor c) {
    const double a = 40.0 / 255.0;
    return QColor(int(std::lround(c.red() * (1 - a) + 120 * a)),
                  int(std::lround(c.green() * (1 - a) + 60 * a)),
                  int(std::lround(c.blue() * (1 - a) + 160 * a)));
}

TEST_F(ReportPdf, OverviewMapShowsSectorColours) {
    const QString pdf = report(QStringLiteral("map.pdf"), {QStringLiteral("--results"), results});
    // The overview map's page: the cover may run over two pages as the data-source list grows,
    // so find it as a reader would, by its heading (pdftotext ends each page with a form feed).
    const QString text = pdfText(pdf, false);
    const int headingAt = text.indexOf(QStringLiteral("Overview map"));
    ASSERT_GE(headingAt, 0);
    const QString mapPage = QString::number(text.left(headingAt).count(QLatin1Char('\f')) + 1);
    // 288 dpi = 4 pixels per point.
    const QString prefix = path(QStringLiteral("map-page"));
    ASSERT_EQ(runProgram(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("288"), QStringLiteral("-f"),
                          mapPage, QStringLiteral("-l"), mapPage, QStringLiteral("-png"),
                          QStringLiteral("-singlefile"), pdf, prefix})
                  .exitCode,
              0);
    const QImage page(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    auto data = report::loadReportData(project, nullptr);
    ASSERT_TRUE(data);
    const QSizeF a4(595.276, 841.89);
    const QRectF frame = report::overviewFrame(*data, a4);
    const render::MapSettings settings = report::overviewSettings(*data, a4);
    auto toMap = crs::CoordinateTransform::create(*crs::Crs::fromEpsg(4326), data->mapCrs);
    ASSERT_TRUE(toMap);
    struct Probe {
        const char* name;
        double lon, lat;
        QColor expected;
    };
    // Probe points of resources/sample/README.md that stay clear of symbols at this scale
    // (about 75 m per point: a 2.2 mm symbol reaches ~230 m, a stroke ~35 m).
    const Probe probes[] = {
        // Magok and Sangam lie in the plan's sandbox zones, drawn over them at alpha 40 in
        // (120,60,160): c' = c (1 - 40/255) + zone 40/255.
        {"Magok district", 126.83300, 37.57200, underZone(QColor(145, 213, 195))}, // energy
        {"Sangam DMC", 126.88850, 37.58050, underZone(QColor(145, 194, 222))},     // transport
        {"Energy village", 126.94400, 37.49900, QColor(157, 225, 207)}, // energy, lighter
        {"Seoul only", 126.98800, 37.55100, QColor(255, 255, 255)},
    };
    for (const Probe& probe : probes) {
        double x = probe.lon, y = probe.lat;
        ASSERT_TRUE(toMap->transformPoint(x, y));
        const QPointF pt = frame.topLeft() + settings.toPixel(x, y);
        const QPoint px = (pt * 4).toPoint();
        ASSERT_TRUE(page.rect().contains(px)) << probe.name;
        const QColor got = page.pixelColor(px);
        const int distance = std::max({std::abs(got.red() - probe.expected.red()),
                                       std::abs(got.green() - probe.expected.green()),
                                       std::abs(got.blue() - probe.expected.blue())});
        EXPECT_LE(distance, 6) << probe.name << ": got " << got.name().toStdString()
                               << ", expected " << probe.expected.name().toStdString();
    }
}

} // namespace
} // namespace cw::test
