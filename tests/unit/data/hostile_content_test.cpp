// SPDX-License-Identifier: GPL-3.0-or-later
// Files whose content is a program or a trap rather than data: views and VRT SQL that never
// end, shapefiles whose parts disagree, polygons of absurd size, text that names other files.
#include "cityweave/core/work_limits.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/data/text_encoding.h"
#include "data/fixtures.h"
#include "project/raw_sql.h"
#include "test_support.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>

using cw::ErrorCode;
using cw::data::LayerReader;
using namespace cw::test;

namespace {

// A GeoPackage of `layers` point layers "points_<n>", layer n holding n % 3 + 1 points.
std::string pointsGpkg(TempDir& tmp, const std::string& name, int layers = 1) {
    const std::string path = tmp.file(name);
    GDALAllRegister();
    GDALDataset* ds = GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.c_str(), 0, 0, 0,
                                                                              GDT_Unknown, nullptr);
    OGRSpatialReference srs;
    srs.importFromEPSG(5186);
    ds->StartTransaction();
    for (int l = 0; l < layers; ++l) {
        OGRLayer* layer =
            ds->CreateLayer(("points_" + std::to_string(l)).c_str(), &srs, wkbPoint, nullptr);
        OGRFieldDefn field("name", OFTString);
        layer->CreateField(&field);
        for (int i = 0; i <= l % 3; ++i) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, "p");
            feature.SetGeometry(std::make_unique<OGRPoint>(200000 + i, 550000).get());
            EXPECT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
        }
    }
    ds->CommitTransaction();
    GDALClose(ds);
    return path;
}

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(cw::pathFromUtf8(path), std::ios::binary | std::ios::trunc) << bytes;
}

std::string squaresShapefile(TempDir& tmp, const std::string& name, int count) {
    const std::string path = tmp.file(name + ".shp");
    EXPECT_TRUE(writeLayer("ESRI Shapefile", path, name, 5186, wkbPolygon, {{"n", OFTInteger}},
                           squareFeatures(count)));
    return path;
}

bool hasWarning(const cw::data::VectorLayer& layer, const std::string& part) {
    for (const std::string& w : layer.report.warnings)
        if (w.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

// A GeoPackage view that never ends (a recursive CTE), as a layer of its own or in place of a
// real layer: refused by the step limit within seconds, with the view named, not run forever.
TEST(HostileContent, EndlessGeoPackageViewIsStoppedAtTheLimit) {
    TempDir tmp;
    const std::string path = pointsGpkg(tmp, "view.gpkg");
    sql(path, "CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
              "FROM n) SELECT i AS fid, 'x' AS name FROM n;"
              "INSERT INTO gpkg_contents (table_name, data_type, identifier) "
              "VALUES ('endless', 'attributes', 'endless');");
    const ScopedEnv limit("CITYWEAVE_MAX_VIEW_STEPS", "1000000");
    const auto start = std::chrono::steady_clock::now();
    auto read = LayerReader::read(path);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::LimitExceeded);
    EXPECT_NE(read.error().detail.find("endless"), std::string::npos) << read.error().detail;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    auto listed = LayerReader::listLayers(path);
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, ErrorCode::LimitExceeded);
}

// A view that ends is read as any layer would be.
TEST(HostileContent, FiniteViewIsRead) {
    TempDir tmp;
    const std::string path = pointsGpkg(tmp, "view.gpkg");
    sql(path, "CREATE VIEW few AS SELECT fid, name FROM points_0;"
              "INSERT INTO gpkg_contents (table_name, data_type, identifier) "
              "VALUES ('few', 'attributes', 'few');");
    cw::data::ReadOptions options;
    options.layerName = "few";
    options.requireCrs = false;
    auto read = LayerReader::read(path, options);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_EQ(read->featureCount(), 1u);
}

// A VRT that runs SQL over its source (here an endless recursive CTE) is refused unrun.
TEST(HostileContent, VrtWithSqlIsRefused) {
    TempDir tmp;
    writeBytes(tmp.file("data.csv"), "id,x,y\n1,200000,550000\n");
    const std::string vrt = tmp.file("endless.vrt");
    writeBytes(vrt, "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource "
                    "relativeToVRT=\"1\">data.csv</SrcDataSource><SrcSQL dialect=\"SQLITE\">WITH "
                    "RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c) SELECT n AS id, "
                    "200000 AS x, 550000 AS y FROM c</SrcSQL><GeometryField "
                    "encoding=\"PointFromColumns\" x=\"x\" y=\"y\"/></OGRVRTLayer>"
                    "</OGRVRTDataSource>");
    auto read = LayerReader::read(vrt);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::UnsupportedFormat);
}

// Reading never rewrites a damaged .shx (GDAL's SHAPE_RESTORE_SHX would): the file stays byte
// for byte; a missing one is still rebuilt so the layer reads.
TEST(HostileContent, DamagedShxIsNeverRewritten) {
    TempDir tmp;
    const std::string shp = squaresShapefile(tmp, "damaged", 5);
    const std::string shx = tmp.file("damaged.shx");
    std::string bytes = bytesOf(shx);
    bytes.resize(bytes.size() - 12); // truncated mid-record
    writeBytes(shx, bytes);
    (void)LayerReader::read(shp);
    (void)LayerReader::listLayers(shp);
    EXPECT_EQ(bytesOf(shx), bytes);

    const std::string lost = squaresShapefile(tmp, "lost", 5);
    fs::remove(tmp.file("lost.shx"));
    auto read = LayerReader::read(lost);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_EQ(read->featureCount(), 5u);
}

// A .dbf with fewer records than the .shp has shapes: what was read, with a warning naming both
// counts; a .dbf that is garbage: the features, and a warning that attributes are unreadable.
TEST(HostileContent, ShapefilePartsThatDisagreeAreWarnedAbout) {
    TempDir tmp;
    const std::string shp = squaresShapefile(tmp, "short", 25);
    const std::string fewer = squaresShapefile(tmp, "five", 5);
    fs::copy_file(tmp.file("five.dbf"), tmp.file("short.dbf"),
                  fs::copy_options::overwrite_existing);
    auto read = LayerReader::read(shp);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_TRUE(hasWarning(*read, "the .shp has 25 shapes and the .dbf 5 records"))
        << (read->report.warnings.empty() ? "" : read->report.warnings.front());

    const std::string garbage = squaresShapefile(tmp, "garbage", 4);
    std::string dbf = bytesOf(tmp.file("garbage.dbf"));
    for (std::size_t i = 8; i < dbf.size(); ++i)
        dbf[i] = static_cast<char>(0xA5 ^ i);
    writeBytes(tmp.file("garbage.dbf"), dbf);
    auto junk = LayerReader::read(garbage);
    if (junk.ok()) { // GDAL may also refuse it outright: either way the user hears of it
        EXPECT_FALSE(junk->report.warnings.empty());
    }
}

// A .shp cut after three of its records: those three, and a warning counting the others.
TEST(HostileContent, PartlyCutShapefileReadsWhatIsThereAndSaysSo) {
    TempDir tmp;
    const std::string shp = squaresShapefile(tmp, "cut", 10);
    // 100-byte header, then records of 8 + 4 + 32 + 4 + 4 + 4 + 5 * 16 = 136 bytes.
    fs::resize_file(shp, 100 + 3 * 136);
    auto read = LayerReader::read(shp);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_EQ(read->report.unreadableFeatures, 7u);
    EXPECT_TRUE(hasWarning(*read, "7 features could not be read"));
}

// A polygon with more holes than the limit: refused with the file and feature named, before
// any analysis stalls on it.
TEST(HostileContent, PolygonWithTooManyHolesIsRefused) {
    TempDir tmp;
    std::string wkt = "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0)";
    for (int i = 0; i < 30; ++i) {
        const std::string x = std::to_string(10 + i * 20), x2 = std::to_string(15 + i * 20);
        wkt += ", (" + x + " 10, " + x2 + " 10, " + x2 + " 15, " + x + " 15, " + x + " 10)";
    }
    wkt += ")";
    const std::string path = tmp.file("holes.gpkg");
    ASSERT_TRUE(writeLayer("GPKG", path, "holes", 5186, wkbPolygon, {}, {{wkt, {}}}));
    {
        const ScopedEnv limit("CITYWEAVE_MAX_HOLES", "20");
        auto read = LayerReader::read(path);
        ASSERT_FALSE(read.ok());
        EXPECT_EQ(read.error().code, ErrorCode::LimitExceeded);
        EXPECT_EQ(read.error().args.at(1), "30");
        EXPECT_NE(read.error().detail.find("holes.gpkg"), std::string::npos);
    }
    EXPECT_TRUE(LayerReader::read(path).ok()); // the default limit is far above 30
}

// Within ReuseOpenFiles, reading every layer of a many-layer GeoPackage gives what separate
// reads give (and opens the file once: 300 layers take seconds without it).
TEST(HostileContent, ReusedOpenFilesReadTheSameLayers) {
    TempDir tmp;
    const std::string path = pointsGpkg(tmp, "many.gpkg", 300);
    std::vector<std::size_t> separate, reused;
    for (int l = 0; l < 300; l += 37) {
        cw::data::ReadOptions options;
        options.layerName = "points_" + std::to_string(l);
        auto read = LayerReader::read(path, options);
        ASSERT_TRUE(read.ok()) << l << ": " << cw::errorCodeName(read.error().code) << " "
                               << read.error().detail;
        separate.push_back(read->featureCount());
    }
    {
        const cw::data::ReuseOpenFiles reuse;
        for (int l = 0; l < 300; ++l) {
            cw::data::ReadOptions options;
            options.layerName = "points_" + std::to_string(l);
            auto read = LayerReader::read(path, options);
            ASSERT_TRUE(read.ok()) << l;
            EXPECT_EQ(read->featureCount(), std::size_t(l % 3 + 1));
            if (l % 37 == 0)
                reused.push_back(read->featureCount());
        }
    }
    EXPECT_EQ(separate, reused);
}

// A .dbf header claiming 4 billion records of 0 bytes: the encoding guess returns at once.
TEST(HostileContent, DbfWithZeroRecordSizeIsNotLoopedOver) {
    TempDir tmp;
    std::string header(32, '\0');
    header[0] = 0x03;
    header[4] = header[5] = header[6] = header[7] = '\xFF'; // 4,294,967,295 records
    header[8] = 65;                                         // header size
    std::string field(32, '\0');
    field.replace(0, 4, "NAME");
    field[11] = 'C';
    field[16] = 10;
    writeBytes(tmp.file("zero.dbf"), header + field + "\r");
    const auto start = std::chrono::steady_clock::now();
    auto guess = cw::data::guessShapefileEncoding(tmp.file("zero.dbf"));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_TRUE(guess.ok());
}

// CRS text from a file is only text: a URL is not fetched, a path is not read.
TEST(HostileContent, CrsTextNeverReadsFilesOrUrls) {
    TempDir tmp;
    const std::string prj = tmp.file("x.prj");
    writeBytes(prj, cw::crs::Crs::fromEpsg(5186)->wkt());
    EXPECT_FALSE(cw::crs::Crs::fromUserInput(prj).ok());
    const auto url = cw::crs::Crs::fromUserInput("http://127.0.0.1:9/crs");
    ASSERT_FALSE(url.ok());
    EXPECT_EQ(url.error().code, ErrorCode::UnknownCrs);
    EXPECT_TRUE(cw::crs::Crs::fromUserInput("EPSG:5186").ok());
}

// An "undefined cartesian" CRS (srs_id -1 in a GeoPackage) has no place on the earth: the
// transform is refused with a message (regression: PROJ's null message threw logic_error).
TEST(HostileContent, TransformFromAnEngineeringCrsIsAnError) {
    auto local =
        cw::crs::Crs::fromSourceWkt("LOCAL_CS[\"Undefined cartesian SRS\",UNIT[\"unknown\",0]]");
    ASSERT_TRUE(local.ok()) << local.error().detail;
    auto transform = cw::crs::CoordinateTransform::create(*local, *cw::crs::Crs::fromEpsg(5186));
    ASSERT_FALSE(transform.ok());
    EXPECT_EQ(transform.error().code, ErrorCode::TransformFailed);
    EXPECT_FALSE(transform.error().detail.empty());
}

// "text=" with nothing after it names no column, so the text form round-trips.
TEST(HostileContent, EmptyTextColumnOptionRoundTrips) {
    auto source = cw::data::layerSourceFromText("a.csv|text=|text=code");
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->table.textColumns, std::vector<std::string>{"code"});
    auto again = cw::data::layerSourceFromText(cw::data::layerSourceToText(*source));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(*again == *source);
}

// A limit's environment variable raises it; garbage or zero there keeps the default.
TEST(HostileContent, WorkLimitsReadTheirVariables) {
    constexpr cw::WorkLimit limit{"things", "CW_TEST_LIMIT_THINGS", 10};
    EXPECT_EQ(limit.value(), 10u);
    {
        const ScopedEnv set("CW_TEST_LIMIT_THINGS", "250");
        EXPECT_EQ(limit.value(), 250u);
        const cw::Error e = limit.exceeded(300);
        EXPECT_EQ(e.code, ErrorCode::LimitExceeded);
        EXPECT_EQ(e.args,
                  (std::vector<std::string>{"things", "300", "250", "CW_TEST_LIMIT_THINGS"}));
    }
    for (const char* bad : {"0", "-5", "12x", ""}) {
        const ScopedEnv set("CW_TEST_LIMIT_THINGS", bad);
        EXPECT_EQ(limit.value(), 10u) << bad;
    }
}
