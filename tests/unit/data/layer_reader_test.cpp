// SPDX-License-Identifier: GPL-3.0-or-later
// LayerReader on every supported format: fixtures with known content written by GDAL's own API
// or by hand, plus the real TopoJSON of Seoul's 25 gu.
#include "cityweave/data/layer_reader.h"
#include "data/fixtures.h"
#include "test_support.h"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>

using cw::ErrorCode;
using cw::data::FieldType;
using cw::data::LayerReader;
using cw::data::ReadOptions;
using cw::data::VectorLayer;
using cw::geometry::Coord;
using cw::geometry::Envelope;
using cw::geometry::GeometryFamily;
using namespace cw::test;

namespace {

// Two gu-like polygons in EPSG:5186 and a feature without geometry.
//  0 "강서구": 1 km square with a 200 m square hole -> 1,000,000 - 40,000 = 960,000 m²
//  1 "중구": 1 km square plus a right triangle of legs 500 m -> 1,000,000 + 125,000 m²
//  2 "미정": null geometry
const std::vector<FieldSpec> kPolygonFields{
    {"name", OFTString}, {"code", OFTInteger}, {"area_km2", OFTReal}};
const std::vector<FeatureSpec> kPolygonFeatures{
    {"MULTIPOLYGON (((185000 550000,186000 550000,186000 551000,185000 551000,185000 550000),"
     "(185400 550400,185400 550600,185600 550600,185600 550400,185400 550400)))",
     {"강서구", "11500", "0.96"}},
    {"MULTIPOLYGON (((197000 551000,198000 551000,198000 552000,197000 552000,197000 551000)),"
     "((199000 551000,199500 551000,199500 551500,199000 551000)))",
     {"중구", "11140", "1.125"}},
    {"", {"미정", "0", "0"}},
};

std::string text(const VectorLayer& layer, std::size_t row, const std::string& field) {
    const int i = layer.fieldIndex(field);
    EXPECT_GE(i, 0) << field;
    if (i < 0)
        return {};
    const auto* s = std::get_if<std::string>(&layer.attributes[row][i]);
    EXPECT_NE(s, nullptr) << field << " is not text";
    return s ? *s : std::string();
}

std::int64_t integer(const VectorLayer& layer, std::size_t row, const std::string& field) {
    const int i = layer.fieldIndex(field);
    EXPECT_GE(i, 0) << field;
    const auto* v = i >= 0 ? std::get_if<std::int64_t>(&layer.attributes[row][i]) : nullptr;
    EXPECT_NE(v, nullptr) << field << " is not an integer";
    return v ? *v : -1;
}

double real(const VectorLayer& layer, std::size_t row, const std::string& field) {
    const int i = layer.fieldIndex(field);
    EXPECT_GE(i, 0) << field;
    const auto* v = i >= 0 ? std::get_if<double>(&layer.attributes[row][i]) : nullptr;
    EXPECT_NE(v, nullptr) << field << " is not a real";
    return v ? *v : -1;
}

// Case-insensitive field lookup (KML drivers differ: "Name" vs "name").
int fieldIndexCi(const VectorLayer& layer, const std::string& name) {
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
        std::string a = layer.fields[i].name;
        std::transform(a.begin(), a.end(), a.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (a == name)
            return static_cast<int>(i);
    }
    return -1;
}

bool containsCoord(std::span<const Coord> ring, Coord c) {
    return std::find(ring.begin(), ring.end(), c) != ring.end();
}

void expectPolygonFixture(const VectorLayer& layer, bool nullRow = true) {
    ASSERT_EQ(layer.featureCount(), nullRow ? 3u : 2u);
    EXPECT_EQ(layer.family, GeometryFamily::Polygon);
    EXPECT_EQ(layer.crs.authId(), "EPSG:5186");
    const auto& g = layer.geometries;

    // Feature 0: one polygon with one hole; order of vertices may change (shapefile rewinds).
    ASSERT_EQ(g.endPart(0) - g.firstPart(0), 2u);
    EXPECT_TRUE(g.partStartsPolygon(g.firstPart(0)));
    EXPECT_FALSE(g.partStartsPolygon(g.firstPart(0) + 1));
    EXPECT_EQ(g.part(g.firstPart(0)).size(), 5u);
    EXPECT_TRUE(containsCoord(g.part(g.firstPart(0)), {186000, 551000}));
    EXPECT_TRUE(containsCoord(g.part(g.firstPart(0) + 1), {185600, 550400}));
    EXPECT_EQ(g.envelope(0), (Envelope{185000, 550000, 186000, 551000}));
    EXPECT_DOUBLE_EQ(featureArea(g, 0), 960000.0);

    // Feature 1: two polygons, no holes.
    ASSERT_EQ(g.endPart(1) - g.firstPart(1), 2u);
    EXPECT_TRUE(g.partStartsPolygon(g.firstPart(1)));
    EXPECT_TRUE(g.partStartsPolygon(g.firstPart(1) + 1));
    EXPECT_EQ(g.envelope(1), (Envelope{197000, 551000, 199500, 552000}));
    EXPECT_DOUBLE_EQ(featureArea(g, 1), 1125000.0);

    EXPECT_EQ(text(layer, 0, "name"), "강서구");
    EXPECT_EQ(text(layer, 1, "name"), "중구");
    EXPECT_EQ(integer(layer, 0, "code"), 11500);
    EXPECT_EQ(integer(layer, 1, "code"), 11140);
    EXPECT_DOUBLE_EQ(real(layer, 0, "area_km2"), 0.96);
    EXPECT_DOUBLE_EQ(real(layer, 1, "area_km2"), 1.125);
    EXPECT_EQ(layer.fields[layer.fieldIndex("code")].type, FieldType::Integer);
    EXPECT_EQ(layer.fields[layer.fieldIndex("area_km2")].type, FieldType::Real);
    if (nullRow) {
        EXPECT_TRUE(g.isEmpty(2));
        EXPECT_EQ(layer.report.nullGeometries, 1u);
        EXPECT_EQ(text(layer, 2, "name"), "미정");
    }
    EXPECT_EQ(g.extent(), (Envelope{185000, 550000, 199500, 552000}));
}

} // namespace

TEST(LayerReaderFormats, GeoPackage) {
    TempDir tmp;
    const std::string path = tmp.file("gu.gpkg");
    ASSERT_TRUE(
        writeLayer("GPKG", path, "gu", 5186, wkbMultiPolygon, kPolygonFields, kPolygonFeatures));
    // A second layer, to check listing and choosing by name.
    ASSERT_TRUE(writeLayer("GPKG", tmp.file("other.gpkg"), "x", 4326, wkbPoint, {}, {}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code) << " " << layer.error().detail;
    EXPECT_EQ(layer->driver, "GPKG");
    EXPECT_EQ(layer->name, "gu");
    expectPolygonFixture(*layer);
    EXPECT_EQ(layer->report.encodingReason, "utf-8");

    auto byName = LayerReader::read(path, readOptions([](ReadOptions& o) { o.layerName = "gu"; }));
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName->featureCount(), 3u);

    auto list = LayerReader::listLayers(path);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ((*list)[0].name, "gu");
    EXPECT_EQ((*list)[0].featureCount, 3);
    EXPECT_TRUE((*list)[0].hasCrs);
    EXPECT_EQ((*list)[0].crsName, "Korea 2000 / Central Belt 2010");
    EXPECT_EQ((*list)[0].geometryType, "Multi Polygon");
}

TEST(LayerReaderFormats, Shapefile) {
    TempDir tmp;
    const std::string path = tmp.file("gu.shp");
    ASSERT_TRUE(writeLayer("ESRI Shapefile", path, "gu", 5186, wkbPolygon, kPolygonFields,
                           kPolygonFeatures, {"ENCODING=UTF-8"}));
    ASSERT_TRUE(fs::exists(tmp.path() / "gu.cpg"));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code) << " " << layer.error().detail;
    EXPECT_EQ(layer->driver, "ESRI Shapefile");
    expectPolygonFixture(*layer);
    EXPECT_EQ(layer->report.encoding, "UTF-8");
    EXPECT_EQ(layer->report.encodingReason, "cpg");
}

TEST(LayerReaderFormats, FlatGeobuf) {
    TempDir tmp;
    const std::string path = tmp.file("gu.fgb");
    // Without the spatial index FlatGeobuf keeps the insertion order. GDAL 3.6's FlatGeobuf
    // writer drops features without geometry, so the fixture leaves out the null row.
    const std::vector<FeatureSpec> twoGu(kPolygonFeatures.begin(), kPolygonFeatures.begin() + 2);
    ASSERT_TRUE(writeLayer("FlatGeobuf", path, "gu", 5186, wkbMultiPolygon, kPolygonFields, twoGu,
                           {"SPATIAL_INDEX=NO"}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code) << " " << layer.error().detail;
    EXPECT_EQ(layer->driver, "FlatGeobuf");
    expectPolygonFixture(*layer, /*nullRow=*/false);
}

TEST(LayerReaderFormats, GeoJsonLinesWithHangul) {
    TempDir tmp;
    const fs::path path = tmp.path() / "bridges.geojson";
    writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"한강대교","lanes":6,"length_km":1.005},
 "geometry":{"type":"LineString","coordinates":[[126.9594,37.5173],[126.9597,37.5262]]}},
{"type":"Feature","properties":{"name":"강서구 자전거길","lanes":2,"length_km":3.5},
 "geometry":{"type":"MultiLineString","coordinates":[[[126.83,37.56],[126.84,37.57]],
                                                     [[126.85,37.57],[126.86,37.58],[126.87,37.58]]]}}
]})");
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->driver, "GeoJSON");
    ASSERT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(layer->family, GeometryFamily::Line);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    const auto& g = layer->geometries;
    EXPECT_EQ(g.endPart(0) - g.firstPart(0), 1u);
    EXPECT_EQ(g.endPart(1) - g.firstPart(1), 2u);
    EXPECT_EQ(g.part(0)[1], (Coord{126.9597, 37.5262})); // x = lon, y = lat
    EXPECT_EQ(g.part(2).size(), 3u);
    EXPECT_EQ(g.part(2)[2], (Coord{126.87, 37.58}));
    EXPECT_EQ(text(*layer, 0, "name"), "한강대교");
    EXPECT_EQ(text(*layer, 1, "name"), "강서구 자전거길");
    EXPECT_EQ(integer(*layer, 0, "lanes"), 6);
    EXPECT_DOUBLE_EQ(real(*layer, 0, "length_km"), 1.005);
}

TEST(LayerReaderFormats, TopoJsonSeoulMunicipalities) {
    const fs::path path = jusoDir() / "json/seoul_municipalities_topo_simple.json";
    CW_REQUIRE_SHARED_FILE(path);
    // GDAL's TopoJSON driver gives the layer no CRS (`ogrinfo -so`: "Layer SRS WKT: (unknown)");
    // the content is checked here with an explicit WGS 84 (see TopoJsonWithoutCrsIsWgs84 below).
    auto layer = LayerReader::read(
        path.string(), readOptions([](ReadOptions& o) { o.crsOverride = "EPSG:4326"; }));
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->driver, "TopoJSON");
    ASSERT_EQ(layer->featureCount(), 25u);
    EXPECT_EQ(layer->family, GeometryFamily::Polygon);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    bool gangseo = false;
    for (std::size_t i = 0; i < layer->featureCount(); ++i) {
        if (text(*layer, i, "SIG_CD") == "11500") {
            EXPECT_EQ(text(*layer, i, "SIG_KOR_NM"), "강서구");
            EXPECT_EQ(text(*layer, i, "SIG_ENG_NM"), "Gangseo-gu");
            gangseo = true;
        }
        EXPECT_FALSE(layer->geometries.isEmpty(i)) << i;
    }
    EXPECT_TRUE(gangseo);
    // Extent printed by `ogrinfo -so` on the file: (126.764581, 37.428348) -
    // (127.183131, 37.701302).
    const Envelope e = layer->geometries.extent();
    EXPECT_NEAR(e.minX, 126.764581, 1e-5);
    EXPECT_NEAR(e.minY, 37.428348, 1e-5);
    EXPECT_NEAR(e.maxX, 127.183131, 1e-5);
    EXPECT_NEAR(e.maxY, 37.701302, 1e-5);
}

// CORE BUG (reported): TopoJSON coordinates are longitude/latitude, but GDAL attaches no CRS to
// TopoJSON layers, so with the default ReadOptions (requireCrs = true) LayerReader refuses the
// file with MissingCrs: TopoJSON, a listed format, cannot be opened without a manual override.
// Expected: like the CSV lon/lat rule in layerCrs(), a TopoJSON layer without CRS whose extent
// lies within [-180, 180] x [-90, 90] is read as EPSG:4326.
TEST(LayerReaderFormats, TopoJsonWithoutCrsIsWgs84) {
    const fs::path path = jusoDir() / "json/seoul_municipalities_topo_simple.json";
    CW_REQUIRE_SHARED_FILE(path);
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(layer->featureCount(), 25u);
}

TEST(LayerReaderFormats, KmlPoints) {
    TempDir tmp;
    const fs::path path = tmp.path() / "offices.kml";
    writeText(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>offices</name>
<Placemark><name>서울시청</name><description>중구 세종대로 110</description>
  <Point><coordinates>126.9779692,37.5662952,0</coordinates></Point></Placemark>
<Placemark><name>강서구청</name><description>강서구 화곡로 302</description>
  <Point><coordinates>126.8495,37.5509,0</coordinates></Point></Placemark>
</Document></kml>)");
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code) << " " << layer.error().detail;
    ASSERT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(layer->family, GeometryFamily::Point);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(layer->geometries.part(0)[0], (Coord{126.9779692, 37.5662952}));
    EXPECT_EQ(layer->geometries.part(1)[0], (Coord{126.8495, 37.5509}));
    const int name = fieldIndexCi(*layer, "name");
    const int description = fieldIndexCi(*layer, "description");
    ASSERT_GE(name, 0);
    ASSERT_GE(description, 0);
    EXPECT_EQ(std::get<std::string>(layer->attributes[0][name]), "서울시청");
    EXPECT_EQ(std::get<std::string>(layer->attributes[1][name]), "강서구청");
    EXPECT_EQ(std::get<std::string>(layer->attributes[1][description]), "강서구 화곡로 302");
}

TEST(LayerReaderFormats, CsvLonLatBecomesWgs84) {
    TempDir tmp;
    const fs::path path = tmp.path() / "cctv.csv";
    writeText(path,
              "id,name,lon,lat\n1,서울시청,126.9779692,37.5662952\n2,강서구청,126.8495,37.5509\n");
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code) << " " << layer.error().detail;
    EXPECT_EQ(layer->driver, "CSV");
    ASSERT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(layer->family, GeometryFamily::Point);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(layer->geometries.part(0)[0], (Coord{126.9779692, 37.5662952}));
    EXPECT_EQ(layer->geometries.part(1)[0], (Coord{126.8495, 37.5509}));
    EXPECT_EQ(text(*layer, 1, "name"), "강서구청");
    // An identifier column stays text (joins on codes must not lose leading zeros); the
    // coordinate columns stay as attributes, so a bad row's values can be seen.
    EXPECT_EQ(text(*layer, 1, "id"), "2");
    EXPECT_EQ(layer->fieldIndex("lon"), 2);
}

TEST(LayerReaderFormats, CsvXyCrsFromTheValues) {
    TempDir tmp;
    const fs::path path = tmp.path() / "points.csv";
    // Seoul City Hall in EPSG:5186 (cs2cs, see crs/reference_points.h).
    writeText(path, "id,name,x,y\n1,시청,198053.6403,551862.3008\n");
    // Of the Korean grids only EPSG:5186 puts these values in the capital region.
    auto detected = LayerReader::read(path.string());
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(detected->crs.authId(), "EPSG:5186");
    EXPECT_EQ(detected->report.table->crsReason, "seoul");

    auto layer = LayerReader::read(
        path.string(), readOptions([](ReadOptions& o) { o.crsOverride = "EPSG:5186"; }));
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5186");
    ASSERT_EQ(layer->featureCount(), 1u);
    EXPECT_EQ(layer->family, GeometryFamily::Point);
    EXPECT_EQ(layer->geometries.part(0)[0], (Coord{198053.6403, 551862.3008}));
    EXPECT_EQ(text(*layer, 0, "name"), "시청");
}

TEST(LayerReaderFormats, CsvWktColumn) {
    TempDir tmp;
    const fs::path path = tmp.path() / "zones.csv";
    writeText(
        path,
        "id,name,wkt\n"
        "1,마곡지구,\"POLYGON ((185000 550000,186000 550000,186000 551000,185000 551000,185000 "
        "550000))\"\n"
        "2,상암지구,\"POLYGON ((189000 553000,189500 553000,189500 553500,189000 553000))\"\n");
    auto detected = LayerReader::read(path.string());
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(detected->crs.authId(), "EPSG:5186");

    auto layer = LayerReader::read(
        path.string(), readOptions([](ReadOptions& o) { o.crsOverride = "EPSG:5186"; }));
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    ASSERT_EQ(layer->featureCount(), 2u);
    EXPECT_EQ(layer->family, GeometryFamily::Polygon);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5186");
    EXPECT_DOUBLE_EQ(featureArea(layer->geometries, 0), 1e6);
    EXPECT_DOUBLE_EQ(featureArea(layer->geometries, 1), 125000.0);
    EXPECT_EQ(text(*layer, 0, "name"), "마곡지구");
    EXPECT_EQ(layer->fieldIndex("wkt"), -1);
}

TEST(LayerReaderFormats, Cp949CsvIsDecoded) {
    // CSV has no encoding option; legacy Korean CSVs are CP949. "강서구" in CP949 (iconv):
    // b0 ad bc ad b1 b8.
    TempDir tmp;
    const fs::path path = tmp.path() / "legacy.csv";
    writeText(path, "id,name,lon,lat\n1,\xb0\xad\xbc\xad\xb1\xb8,126.8495,37.5509\n");
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok());
    EXPECT_EQ(text(*layer, 0, "name"), "강서구");
}
