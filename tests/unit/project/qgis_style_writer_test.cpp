// SPDX-License-Identifier: GPL-3.0-or-later
// CityWeave styles written for QGIS: what toQgisQml writes, fromQgisQml (the reader tested on
// QGIS's own QML in qgis_style_test.cpp) reads back the same, for every geometry type and
// style kind; the SLD has one rule per class; and a saved project file carries the styles of
// the layers stored in it, keeping a QGIS user's own style but no longer as the default.
#include "cityweave/project/project_store.h"
#include "cityweave/project/qgis_layer_style.h"
#include "cityweave/style/qgis_style.h"
#include "project/raw_sql.h"
#include "test_support.h"

#include <cpl_minixml.h>
#include <filesystem>
#include <gtest/gtest.h>

using namespace cw;
using geometry::GeometryFamily;
using style::LayerStyle;
using style::StyleKind;

namespace {

LayerStyle categorized() {
    LayerStyle s;
    s.kind = StyleKind::Categorized;
    s.classifyField = "gu";
    s.classes = {{"마포구", 0, 0, {227, 26, 28, 200}, {35, 35, 35, 255}, "마포구 (Mapo)"},
                 {"강서구 & \"x\"", 0, 0, {31, 120, 180, 170}, {0, 0, 0, 255}, "강서구"}};
    s.strokeWidthMm = 0.5;
    s.pointSizeMm = 3.5;
    s.pointSymbol = style::PointSymbol::Square;
    s.opacity = 0.75;
    s.labelField = "name";
    return s;
}

LayerStyle graduated() {
    LayerStyle s;
    s.kind = StyleKind::Graduated;
    s.classifyField = "install_year";
    s.classes = {{"", 2015, 2019, {254, 229, 217, 190}, {64, 64, 64, 255}, "2015 - 2019"},
                 {"", 2019, 2023, {165, 15, 21, 190}, {64, 64, 64, 255}, "2019 - 2023"}};
    s.strokeWidthMm = 0.26;
    return s;
}

// What fromQgisQml can know of a style drawn as `family`: a line has no fill.
void expectSameAsDrawn(const LayerStyle& read, const LayerStyle& written, GeometryFamily family) {
    EXPECT_EQ(read.kind, written.kind);
    EXPECT_EQ(read.classifyField, written.classifyField);
    EXPECT_DOUBLE_EQ(read.strokeWidthMm, written.strokeWidthMm);
    EXPECT_DOUBLE_EQ(read.opacity, written.opacity);
    EXPECT_EQ(read.labelField, written.labelField);
    if (family == GeometryFamily::Point) {
        EXPECT_DOUBLE_EQ(read.pointSizeMm, written.pointSizeMm);
        EXPECT_EQ(read.pointSymbol, written.pointSymbol);
    }
    ASSERT_EQ(read.classes.size(), written.classes.size());
    for (std::size_t i = 0; i < read.classes.size(); ++i) {
        EXPECT_EQ(read.classes[i].value, written.classes[i].value);
        EXPECT_DOUBLE_EQ(read.classes[i].lower, written.classes[i].lower);
        EXPECT_DOUBLE_EQ(read.classes[i].upper, written.classes[i].upper);
        EXPECT_EQ(read.classes[i].label, written.classes[i].label);
        EXPECT_EQ(read.classes[i].stroke, written.classes[i].stroke);
        if (family != GeometryFamily::Line) {
            EXPECT_EQ(read.classes[i].fill, written.classes[i].fill);
        }
    }
    if (written.classes.empty()) {
        EXPECT_EQ(read.stroke, written.stroke);
        if (family != GeometryFamily::Line) {
            EXPECT_EQ(read.fill, written.fill);
        }
    }
}

int countOf(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST(QgisStyleWriter, EveryKindAndGeometryTypeReadsBackTheSame) {
    LayerStyle single;
    single.fill = {0, 158, 115, 110};
    single.stroke = {0, 158, 115, 255};
    single.strokeWidthMm = 0.35;
    for (GeometryFamily family :
         {GeometryFamily::Point, GeometryFamily::Line, GeometryFamily::Polygon})
        for (const LayerStyle& written : {single, categorized(), graduated()}) {
            const std::string qml = style::toQgisQml(written, family);
            const auto read = style::fromQgisQml(qml);
            ASSERT_TRUE(read) << qml;
            expectSameAsDrawn(*read, written, family);
            const char* symbol = family == GeometryFamily::Point  ? "type=\"marker\""
                                 : family == GeometryFamily::Line ? "type=\"line\""
                                                                  : "type=\"fill\"";
            EXPECT_NE(qml.find(symbol), std::string::npos) << qml;
        }
}

// CityWeave draws no outline of width 0, where QGIS would draw a hairline: it is written "no".
TEST(QgisStyleWriter, NoOutlineStaysNoOutlineInQgis) {
    LayerStyle s;
    s.strokeWidthMm = 0;
    for (GeometryFamily family : {GeometryFamily::Point, GeometryFamily::Polygon}) {
        const std::string qml = style::toQgisQml(s, family);
        EXPECT_NE(qml.find(R"(<prop k="outline_style" v="no"/>)"), std::string::npos) << qml;
        const auto read = style::fromQgisQml(qml);
        ASSERT_TRUE(read);
        EXPECT_EQ(read->stroke.a, 0);
    }
}

// SLD sizes are pixels of 0.28 mm (no uom; a uom of metre would mean metres on the ground):
// 0.56 mm is 2 px, 2.8 mm is 10 px.
TEST(QgisStyleWriter, SldSizesArePixelsNotMetres) {
    LayerStyle s;
    s.strokeWidthMm = 0.56;
    s.pointSizeMm = 2.8;
    const std::string sld = style::toSld(s, GeometryFamily::Point, "x");
    EXPECT_EQ(sld.find("uom="), std::string::npos) << sld;
    EXPECT_NE(sld.find(R"(<se:SvgParameter name="stroke-width">2</se:SvgParameter>)"),
              std::string::npos)
        << sld;
    EXPECT_NE(sld.find("<se:Size>10</se:Size>"), std::string::npos) << sld;
}

TEST(QgisStyleWriter, SldIsWellFormedWithARulePerClass) {
    for (const LayerStyle& s : {categorized(), graduated()}) {
        const std::string sld = style::toSld(s, GeometryFamily::Polygon, "마곡 & 상암");
        CPLXMLNode* doc = CPLParseXMLString(sld.c_str());
        ASSERT_NE(doc, nullptr) << sld;
        CPLDestroyXMLNode(doc);
        EXPECT_EQ(countOf(sld, "<se:Rule>"), 2);
        EXPECT_EQ(countOf(sld, "<se:PolygonSymbolizer>"), 2);
    }
    // Ranges take their upper bound and only the first its lower one, so a value on a break
    // matches one rule, the lower class's: 2019 falls in "2015 - 2019", not in "2019 - 2023".
    const std::string sld = style::toSld(graduated(), GeometryFamily::Polygon, "x");
    EXPECT_EQ(countOf(sld, "<ogc:PropertyIsGreaterThanOrEqualTo>"), 1);
    EXPECT_EQ(countOf(sld, "<ogc:PropertyIsGreaterThan>"), 1);
    EXPECT_EQ(countOf(sld, "<ogc:PropertyIsLessThanOrEqualTo>"), 2);
    EXPECT_EQ(countOf(sld, "<ogc:PropertyIsLessThan>"), 0);
}

TEST(QgisStyleWriter, AliasesAndScaleRangeAreWritten) {
    LayerStyle s;
    s.minScale = 50000;
    s.maxScale = 1000;
    const std::string qml =
        style::toQgisQml(s, GeometryFamily::Polygon, {{"area_m2", "면적 (㎡)"}});
    EXPECT_NE(qml.find("<alias field=\"area_m2\" index=\"0\" name=\"면적 (㎡)\"/>"),
              std::string::npos);
    EXPECT_NE(qml.find("hasScaleBasedVisibilityFlag=\"1\" minScale=\"50000\" maxScale=\"1000\""),
              std::string::npos);
}

TEST(QgisStyleWriter, TheProjectFileCarriesItsStoredLayersStyles) {
    const std::string sample = CW_BINARY_DIR "/resources/sample/seoul-smart-city.cwproject.gpkg";
    if (!std::filesystem::exists(sample))
        GTEST_SKIP() << "the sample project is built with the application";
    test::TempDir dir;
    const std::string path = dir.file("plan.cwproject.gpkg");
    std::filesystem::copy_file(sample, path);
    auto plan = project::ProjectStore::load(path);
    ASSERT_TRUE(plan);
    // The first stored polygon layer gets a categorized style; a QGIS user's style sits in the
    // file already.
    project::LayerEntry* stored = nullptr;
    for (auto& layer : plan->layers)
        if (layer.source.empty() && !layer.sourceLayer.empty() &&
            test::sqlScalar(path, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE "
                                  "table_name='" +
                                      layer.sourceLayer + "'")
                    .find("POLYGON") != std::string::npos) {
            stored = &layer;
            break;
        }
    ASSERT_NE(stored, nullptr);
    stored->style = categorized();
    test::sql(path,
              "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
              "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
              "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD "
              "TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
              "update_time DATETIME);"
              "INSERT INTO layer_styles (f_table_name, styleName, styleQML, useAsDefault, "
              "description) VALUES ('" +
                  stored->sourceLayer + "', 'mine', '<qgis/>', 1, 'made in QGIS');");
    ASSERT_TRUE(project::ProjectStore::save(*plan, path).ok());
    ASSERT_TRUE(
        project::ProjectStore::save(*plan, path).ok()); // saved twice: still one row of ours

    std::size_t storedLayers = 0;
    for (const auto& layer : plan->layers)
        storedLayers += layer.source.empty() && !layer.sourceLayer.empty() ? 1 : 0;
    EXPECT_EQ(test::sqlScalar(path, "SELECT count(*) FROM layer_styles WHERE "
                                    "description='CityWeave' AND useAsDefault=1"),
              std::to_string(storedLayers));
    EXPECT_EQ(test::sqlScalar(path, "SELECT useAsDefault FROM layer_styles WHERE styleName="
                                    "'mine'"),
              "0");
    EXPECT_EQ(test::sqlScalar(path, "SELECT styleName FROM layer_styles WHERE f_table_name='" +
                                        stored->sourceLayer + "' AND useAsDefault=1"),
              stored->name.ko);
    // Read back as QGIS would pick it (the default): the style the planner set.
    const auto read = project::qgisStyleInGeoPackage(path, stored->sourceLayer);
    ASSERT_TRUE(read);
    expectSameAsDrawn(*read, categorized(), GeometryFamily::Polygon);
}

TEST(QgisStyleWriter, AStylesTableOfAnotherShapeNeverStopsASave) {
    const std::string sample = CW_BINARY_DIR "/resources/sample/seoul-smart-city.cwproject.gpkg";
    if (!std::filesystem::exists(sample))
        GTEST_SKIP() << "the sample project is built with the application";
    test::TempDir dir;
    const std::string path = dir.file("plan.cwproject.gpkg");
    std::filesystem::copy_file(sample, path);
    test::sql(path, "DROP TABLE IF EXISTS layer_styles; CREATE TABLE layer_styles (note TEXT);"
                    "INSERT INTO layer_styles VALUES ('someone else''s table');");
    auto plan = project::ProjectStore::load(path);
    ASSERT_TRUE(plan);
    plan->title.en = "Saved anyway";
    ASSERT_TRUE(project::ProjectStore::save(*plan, path).ok());
    EXPECT_EQ(test::sqlScalar(path, "SELECT value FROM cw_meta WHERE key='title_en'"),
              "Saved anyway");
    EXPECT_EQ(test::sqlScalar(path, "SELECT note FROM layer_styles"), "someone else's table");
}
