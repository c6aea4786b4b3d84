// SPDX-License-Identifier: GPL-3.0-or-later
// Reprojection + indexing: the legacy Korean .prj rule end to end, and Seoul's real gu boundaries.
#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/layer_reader.h"
#include "data/fixtures.h"
#include "test_support.h"

#include <cmath>
#include <gtest/gtest.h>

using cw::crs::Crs;
using cw::data::buildIndexedGeometries;
using cw::data::LayerReader;
using cw::data::ReadOptions;
using cw::geometry::Envelope;
using namespace cw::test;

namespace {

Crs epsg(int code) {
    auto c = Crs::fromEpsg(code);
    EXPECT_TRUE(c.ok());
    return c.ok() ? *c : Crs{};
}

// Seoul City Hall (126.9779692 E, 37.5662952 N). Reference values from PROJ 9.1.1:
//   echo "37.5662952 126.9779692" | cs2cs -d 4 EPSG:4326 EPSG:5174  -> N 451557.1210 E 197984.0187
//   echo "37.5662952 126.9779692" | cs2cs -d 4 EPSG:4326 EPSG:5186  -> N 551862.3008 E 198053.6403
constexpr double kHall5174E = 197984.0187, kHall5174N = 451557.1210;
constexpr double kHall5186E = 198053.6403, kHall5186N = 551862.3008;
// The same 5174 numbers read as a datum-less Bessel TM (what PROJ does without the legacy rule):
//   echo "197984.0187 451557.1210" | gdaltransform -output_xy -s_srs "+proj=tmerc +lat_0=38
//     +lon_0=127.0028902777778 +k=1 +x_0=200000 +y_0=500000 +ellps=bessel +units=m" -t_srs
//     EPSG:5186
//   -> 198239.1348 551551.8718, i.e. ~362 m from the truth.
constexpr double kNaiveE = 198239.1348, kNaiveN = 551551.8718;

// ESRI .prj of old Korean survey data: Bessel TM, datum named after the ellipsoid, no TOWGS84.
constexpr const char* kLegacyPrj =
    "PROJCS[\"Korean_Bessel_TM_Central\",GEOGCS[\"GCS_Bessel_1841\",DATUM[\"D_Bessel_1841\","
    "SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0.0],"
    "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
    "PARAMETER[\"False_Easting\",200000.0],PARAMETER[\"False_Northing\",500000.0],"
    "PARAMETER[\"Central_Meridian\",127.0028902777778],PARAMETER[\"Scale_Factor\",1.0],"
    "PARAMETER[\"Latitude_Of_Origin\",38.0],UNIT[\"Meter\",1.0]]";

std::string writeLegacyShapefile(const TempDir& tmp) {
    const std::string shp = tmp.file("legacy_hall.shp");
    char wkt[128];
    std::snprintf(wkt, sizeof wkt, "POINT (%.4f %.4f)", kHall5174E, kHall5174N);
    EXPECT_TRUE(writeLayer("ESRI Shapefile", shp, "legacy_hall", 0, wkbPoint, {{"name", OFTString}},
                           {{wkt, {"서울시청"}}}, {"ENCODING=UTF-8"}));
    writeText(tmp.path() / "legacy_hall.prj", kLegacyPrj);
    return shp;
}

} // namespace

TEST(LegacyKoreanPrj, ShapefileIsReadAs5174AndLandsOnTheTruePosition) {
    TempDir tmp;
    const std::string shp = writeLegacyShapefile(tmp);
    auto layer = LayerReader::read(shp);
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->crs.authId(), "EPSG:5174");
    EXPECT_FALSE(layer->crs.interpretationNote().empty());
    ASSERT_EQ(layer->featureCount(), 1u);
    EXPECT_EQ(layer->geometries.part(0)[0].x, kHall5174E);

    auto indexed = buildIndexedGeometries(*layer, epsg(5186));
    ASSERT_TRUE(indexed.ok()) << cw::errorCodeName(indexed.error().code);
    EXPECT_NE((*indexed)->transformName.find("Korean 1985 to Korea 2000"), std::string::npos)
        << (*indexed)->transformName;
    EXPECT_EQ((*indexed)->failedCoordinates, 0u);
    const auto p = (*indexed)->geometries.part(0)[0];
    EXPECT_LT(std::hypot(p.x - kHall5186E, p.y - kHall5186N), 10.0) << p.x << " " << p.y;
}

TEST(LegacyKoreanPrj, NaiveInterpretationIsHundredsOfMetresOff) {
    TempDir tmp;
    const std::string shp = writeLegacyShapefile(tmp);
    // The same file forced to the literal definition (a PROJ string the legacy rule never sees).
    auto naive =
        LayerReader::read(shp, readOptions([](ReadOptions& o) {
                              o.crsOverride =
                                  "+proj=tmerc +lat_0=38 +lon_0=127.0028902777778 +k=1 "
                                  "+x_0=200000 +y_0=500000 +ellps=bessel +units=m +no_defs";
                          }));
    ASSERT_TRUE(naive.ok()) << cw::errorCodeName(naive.error().code);
    EXPECT_NE(naive->crs.authId(), "EPSG:5174");
    EXPECT_TRUE(naive->crs.interpretationNote().empty());
    auto indexed = buildIndexedGeometries(*naive, epsg(5186));
    ASSERT_TRUE(indexed.ok());
    const auto p = (*indexed)->geometries.part(0)[0];
    EXPECT_GT(std::hypot(p.x - kHall5186E, p.y - kHall5186N), 100.0);
    // ... and exactly where GDAL's naive reading puts it.
    EXPECT_NEAR(p.x, kNaiveE, 0.05);
    EXPECT_NEAR(p.y, kNaiveN, 0.05);
}

TEST(IndexedGeometries, SameCrsCopiesAndIndexes) {
    TempDir tmp;
    const std::string path = tmp.file("pts.gpkg");
    ASSERT_TRUE(
        writeLayer("GPKG", path, "pts", 5186, wkbPoint, {},
                   {{"POINT (198053.6403 551862.3008)", {}}, {"POINT (185000 550000)", {}}}));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer.ok());
    auto indexed = buildIndexedGeometries(*layer, epsg(5186));
    ASSERT_TRUE(indexed.ok());
    EXPECT_TRUE((*indexed)->transformName.empty());
    EXPECT_EQ((*indexed)->geometries.part(0)[0], layer->geometries.part(0)[0]);
    EXPECT_EQ((*indexed)->index.size(), 2u);
    std::vector<std::uint32_t> hits;
    (*indexed)->index.query(Envelope::of(184000, 549000, 186000, 551000), hits);
    EXPECT_EQ(hits, std::vector<std::uint32_t>{1});
}

TEST(SeoulGuBoundaries, AreaAndExtentIn5186) {
    const fs::path path = jusoDir() / "json/seoul_municipalities_geo.json";
    CW_REQUIRE_SHARED_FILE(path);
    auto layer = LayerReader::read(path.string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    ASSERT_EQ(layer->featureCount(), 25u);
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");

    auto indexed = buildIndexedGeometries(*layer, epsg(5186));
    ASSERT_TRUE(indexed.ok()) << cw::errorCodeName(indexed.error().code);
    const auto& g = (*indexed)->geometries;
    EXPECT_EQ((*indexed)->failedCoordinates, 0u);
    EXPECT_EQ((*indexed)->crs.authId(), "EPSG:5186");

    double area = 0;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        const double a = featureArea(g, f);
        EXPECT_GT(a, 5e6) << "gu " << f; // the smallest gu (Jung-gu) is ~10 km²
        area += a;
    }
    // Seoul's official area is 605.2 km² (Seoul Metropolitan Government, Seoul Statistics /
    // MOLIT cadastral statistics: 605.21 km²). Independent check on this file:
    //   ogrinfo -dialect sqlite -sql "select sum(st_area(st_transform(geometry,5186)))/1e6
    //     from seoul_municipalities_geo" seoul_municipalities_geo.json  -> 605.697 km²
    EXPECT_NEAR(area / 1e6, 605.2, 6.052);
    EXPECT_NEAR(area / 1e6, 605.697, 0.05);

    // Extent of the same file reprojected by GDAL:
    //   ogr2ogr -f GPKG gu.gpkg seoul_municipalities_geo.json -t_srs EPSG:5186 && ogrinfo -so
    //   gu.gpkg
    //   -> (179191.658796, 536548.255323) - (216243.214632, 566846.479087)
    // (Seoul reaches slightly past the round 179k-216k / 537k-568k box: Gangdong-gu's eastern tip
    // is at x = 216.2 km and Seocho-gu's southern edge at y = 536.5 km.)
    const Envelope e = g.extent();
    EXPECT_NEAR(e.minX, 179191.658796, 0.01);
    EXPECT_NEAR(e.minY, 536548.255323, 0.01);
    EXPECT_NEAR(e.maxX, 216243.214632, 0.01);
    EXPECT_NEAR(e.maxY, 566846.479087, 0.01);
    EXPECT_GT(e.minX, 179000);
    EXPECT_LT(e.maxX, 216500);
    EXPECT_GT(e.minY, 536500);
    EXPECT_LT(e.maxY, 568000);

    // The index finds City Hall's gu (Jung-gu, 11140) at City Hall's 5186 position.
    std::vector<std::uint32_t> hits;
    (*indexed)->index.query(Envelope::of(198053.6403, 551862.3008, 198053.6403, 551862.3008), hits);
    const int code = layer->fieldIndex("SIG_CD");
    ASSERT_GE(code, 0);
    bool jungGu = false;
    for (std::uint32_t h : hits)
        jungGu |= std::get<std::string>(layer->attributes[h][code]) == "11140";
    EXPECT_TRUE(jungGu);
}
