// SPDX-License-Identifier: GPL-3.0-or-later
// QGIS styles read back: QML as QGIS 3.28 writes it (Option maps, "r,g,b,a,rgb:…" colours) and
// as QGIS 3.16 did (<prop k= v=/>), and a GeoPackage styled in QGIS added to a project keeps
// that style. Every expected value is read off the QML by hand.
#include "cityweave/project/layer_loading.h"
#include "cityweave/style/qgis_style.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

using namespace cw;

namespace {

const char* kCategorized328 = R"qml(<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.4-Firenze" styleCategories="AllStyleCategories">
  <renderer-v2 type="categorizedSymbol" attr="gu" symbollevels="0" enableorderby="0">
    <categories>
      <category render="true" value="마포구" symbol="0" label="마포구" type="string"/>
      <category render="true" value="강서구" symbol="1" label="강서구 (Gangseo)" type="string"/>
      <category render="false" value="" symbol="2" label="" type="string"/>
    </categories>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <data_defined_properties><Option type="Map"><Option type="QString" name="name" value=""/></Option></data_defined_properties>
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="color" value="227,26,28,255"/>
            <Option type="QString" name="outline_color" value="35,35,35,255"/>
            <Option type="QString" name="outline_width" value="0.26"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="0.5">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="color" value="31,120,180,200,rgb:0.12,0.47,0.71,0.78"/>
            <Option type="QString" name="outline_color" value="0,0,0,255"/>
            <Option type="QString" name="outline_width" value="0.5"/>
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="2" alpha="1"><layer class="SimpleFill"><Option type="Map"/></layer></symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple"><settings calloutType="simple"><text-style fieldName="gu" fontSize="10"/></settings></labeling>
  <layerOpacity>0.8</layerOpacity>
</qgis>)qml";

const char* kGraduated316 = R"qml(<qgis version="3.16.0-Hannover">
  <renderer-v2 type="graduatedSymbol" attr="install_year" graduatedMethod="GraduatedColor">
    <ranges>
      <range render="true" lower="2015.000000" upper="2019.000000" symbol="0" label="2015 - 2019"/>
      <range render="true" lower="2019.000000" upper="2023.000000" symbol="1" label="2019 - 2023"/>
    </ranges>
    <symbols>
      <symbol type="marker" name="0" alpha="1"><layer class="SimpleMarker" pass="0" locked="0">
        <prop k="color" v="255,255,204,255"/><prop k="outline_color" v="50,50,50,255"/>
        <prop k="name" v="square"/><prop k="size" v="3"/><prop k="outline_width" v="0.2"/>
      </layer></symbol>
      <symbol type="marker" name="1" alpha="1"><layer class="SimpleMarker" pass="0" locked="0">
        <prop k="color" v="65,182,196,255"/><prop k="name" v="square"/><prop k="size" v="3"/>
      </layer></symbol>
    </symbols>
  </renderer-v2>
</qgis>)qml";

} // namespace

TEST(QgisStyle, CategorizedFillsOfQgis328) {
    const auto st = style::fromQgisQml(kCategorized328);
    ASSERT_TRUE(st);
    EXPECT_EQ(st->kind, style::StyleKind::Categorized);
    EXPECT_EQ(st->classifyField, "gu");
    ASSERT_EQ(st->classes.size(), 2u); // the category not rendered is left out
    EXPECT_EQ(st->classes[0].value, "마포구");
    EXPECT_EQ(st->classes[0].fill, (style::Rgba{227, 26, 28, 255}));
    EXPECT_EQ(st->classes[0].stroke, (style::Rgba{35, 35, 35, 255}));
    // Symbol alpha 0.5 over a fill of alpha 200: 100.
    EXPECT_EQ(st->classes[1].fill, (style::Rgba{31, 120, 180, 100}));
    EXPECT_EQ(st->classes[1].label, "강서구 (Gangseo)");
    EXPECT_DOUBLE_EQ(st->strokeWidthMm, 0.26);
    EXPECT_DOUBLE_EQ(st->opacity, 0.8);
    EXPECT_EQ(st->labelField, "gu");
}

TEST(QgisStyle, GraduatedMarkersOfQgis316) {
    const auto st = style::fromQgisQml(kGraduated316);
    ASSERT_TRUE(st);
    EXPECT_EQ(st->kind, style::StyleKind::Graduated);
    EXPECT_EQ(st->classifyField, "install_year");
    ASSERT_EQ(st->classes.size(), 2u);
    EXPECT_DOUBLE_EQ(st->classes[0].lower, 2015);
    EXPECT_DOUBLE_EQ(st->classes[1].upper, 2023);
    EXPECT_EQ(st->classes[1].fill, (style::Rgba{65, 182, 196, 255}));
    EXPECT_EQ(st->pointSymbol, style::PointSymbol::Square);
    EXPECT_DOUBLE_EQ(st->pointSizeMm, 3);
    // A value falls in its range as CityWeave classifies it.
    const double y = 2020;
    EXPECT_EQ(st->classOf("2020", &y), 1);
}

TEST(QgisStyle, SingleLinesAndWhatIsNotDrawnAlike) {
    const auto line = style::fromQgisQml(R"qml(<qgis><renderer-v2 type="singleSymbol"><symbols>
        <symbol type="line" name="0" alpha="1"><layer class="SimpleLine"><Option type="Map">
        <Option name="line_color" value="0,128,0,255"/><Option name="line_width" value="1.2"/>
        </Option></layer></symbol></symbols></renderer-v2></qgis>)qml");
    ASSERT_TRUE(line);
    EXPECT_EQ(line->kind, style::StyleKind::Single);
    EXPECT_EQ(line->stroke, (style::Rgba{0, 128, 0, 255}));
    EXPECT_DOUBLE_EQ(line->strokeWidthMm, 1.2);
    // Rule-based renderers, broken XML and empty text keep CityWeave's own style.
    EXPECT_FALSE(style::fromQgisQml(R"qml(<qgis><renderer-v2 type="RuleRenderer"/></qgis>)qml"));
    EXPECT_FALSE(style::fromQgisQml("<qgis><renderer-v2 type="));
    EXPECT_FALSE(style::fromQgisQml(""));
}

// QGIS draws an outline of width 0 as a one-pixel hairline (QGIS's default marker outline) and
// none only when its style is "no"; CityWeave draws the same (found comparing QGIS's pictures).
TEST(QgisStyle, ZeroWidthOutlinesAreHairlinesAndStyleNoIsNone) {
    const auto marker = [](const char* outlineStyle) {
        return style::fromQgisQml(
            std::string(R"qml(<qgis><renderer-v2 type="singleSymbol"><symbols>
            <symbol type="marker" name="0" alpha="1"><layer class="SimpleMarker"><Option type="Map">
            <Option name="color" value="152,78,163,255"/><Option name="outline_color" value="35,35,35,255"/>
            <Option name="outline_width" value="0"/><Option name="outline_style" value=")qml") +
            outlineStyle + R"qml("/></Option></layer></symbol></symbols></renderer-v2></qgis>)qml");
    };
    const auto hairline = marker("solid");
    ASSERT_TRUE(hairline);
    EXPECT_GT(hairline->strokeWidthMm, 0);
    EXPECT_LE(hairline->strokeWidthMm, 0.1); // one pixel at every usual resolution
    EXPECT_EQ(hairline->stroke, (style::Rgba{35, 35, 35, 255}));
    const auto none = marker("no");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->stroke.a, 0);
}

TEST(QgisStyle, AGeoPackageStyledInQgisKeepsItsStyleWhenAdded) {
    test::TempDir dir;
    const std::string path = dir.file("gu.gpkg");
    {
        GDALAllRegister();
        auto* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> ds(
            driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        ASSERT_TRUE(ds);
        OGRSpatialReference srs;
        srs.importFromEPSG(5186);
        OGRLayer* layer = ds->CreateLayer("gu_boundaries", &srs, wkbPolygon, nullptr);
        ASSERT_TRUE(layer);
        OGRFieldDefn gu("gu", OFTString);
        ASSERT_EQ(layer->CreateField(&gu), OGRERR_NONE);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("gu", "마포구");
        OGRPolygon square;
        OGRLinearRing ring;
        for (auto [x, y] : {std::pair{0., 0.}, {10., 0.}, {10., 10.}, {0., 10.}, {0., 0.}})
            ring.addPoint(x, y);
        square.addRing(&ring);
        f.SetGeometry(&square);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
    // The table as QGIS makes it, with one default style for the layer.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "f_table_catalog TEXT(256), f_table_schema TEXT(256), "
                           "f_table_name TEXT(256), f_geometry_column TEXT(256), styleName "
                           "TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, "
                           "description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME)",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_stmt* insert = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "INSERT INTO layer_styles (f_table_name, f_geometry_column, "
                                 "styleName, styleQML, useAsDefault) VALUES ('gu_boundaries', "
                                 "'geom', 'gu_boundaries', ?, 1)",
                                 -1, &insert, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(insert, 1, kCategorized328, -1, SQLITE_STATIC);
    ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
    sqlite3_finalize(insert);
    sqlite3_close(db);

    const auto entry = project::addedLayerEntry({path, "", "", "", {}}, "구 경계", "gu", "", {});
    EXPECT_EQ(entry.style.kind, style::StyleKind::Categorized);
    ASSERT_EQ(entry.style.classes.size(), 2u);
    EXPECT_EQ(entry.style.classes[0].fill, (style::Rgba{227, 26, 28, 255}));
    // A GeoPackage without styles gets CityWeave's palette, as any file does.
    const auto plain =
        project::addedLayerEntry({dir.file("none.gpkg"), "", "", "", {}}, "x", "x", "", {});
    EXPECT_EQ(plain.style.kind, style::StyleKind::Single);
}
