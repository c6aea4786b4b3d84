// SPDX-License-Identifier: GPL-3.0-or-later
// Broken and unexpected input: every case must end in a precise error (or a report), not a crash.
#include "cityweave/data/layer_reader.h"
#include "data/fixtures.h"
#include "test_support.h"

#include <gtest/gtest.h>

using cw::ErrorCode;
using cw::data::LayerReader;
using cw::data::ReadOptions;
using namespace cw::test;

namespace {

std::string codeName(const cw::Error& e) {
    return cw::errorCodeName(e.code);
}

} // namespace

TEST(LayerReaderBadInput, MissingFileIsFileNotFound) {
    TempDir tmp;
    for (const char* name : {"nothing.shp", "nothing.geojson", "nothing.gpkg"}) {
        auto r = LayerReader::read(tmp.file(name));
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_EQ(r.error().code, ErrorCode::FileNotFound) << name;
        ASSERT_FALSE(r.error().args.empty());
        EXPECT_EQ(r.error().args[0], tmp.file(name));
    }
    auto l = LayerReader::listLayers(tmp.file("nothing.gpkg"));
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.error().code, ErrorCode::FileNotFound);
}

TEST(LayerReaderBadInput, EmptyFileIsCorrupt) {
    TempDir tmp;
    for (const char* name : {"empty.shp", "empty.geojson", "empty.gpkg", "empty.csv"}) {
        writeText(tmp.path() / name, "");
        auto r = LayerReader::read(tmp.file(name));
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_EQ(r.error().code, ErrorCode::CorruptFile) << name << ": " << codeName(r.error());
    }
}

TEST(LayerReaderBadInput, TruncatedShapefileIsAnErrorNotACrash) {
    TempDir tmp;
    const std::string path = tmp.file("cut.shp");
    std::vector<FeatureSpec> features;
    for (int i = 0; i < 20; ++i) {
        const int x = 190000 + i * 100;
        features.push_back({"POLYGON ((" + std::to_string(x) + " 550000," + std::to_string(x + 50) +
                                " 550000," + std::to_string(x + 50) + " 550050," +
                                std::to_string(x) + " 550000))",
                            {std::to_string(i)}});
    }
    ASSERT_TRUE(
        writeLayer("ESRI Shapefile", path, "cut", 5186, wkbPolygon, {{"n", OFTInteger}}, features));
    ASSERT_GT(fs::file_size(path), 1000u);
    fs::resize_file(path, 100); // the 100-byte header survives, every record is gone
    auto r = LayerReader::read(path);
    ASSERT_FALSE(r.ok()) << "read " << r->featureCount() << " features, "
                         << r->report.nullGeometries << " null geometries from a cut .shp";
    EXPECT_TRUE(r.error().code == ErrorCode::CorruptFile) << codeName(r.error());
}

TEST(LayerReaderBadInput, GarbageGeoJsonIsCorruptOrUnsupported) {
    TempDir tmp;
    const fs::path path = tmp.path() / "garbage.geojson";
    writeText(path, "this is not { json at all ]] \x01\x02 서울\n");
    auto r = LayerReader::read(path.string());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().code == ErrorCode::CorruptFile ||
                r.error().code == ErrorCode::UnsupportedFormat)
        << codeName(r.error());
}

TEST(LayerReaderBadInput, UnknownLayerName) {
    TempDir tmp;
    const std::string path = tmp.file("one.gpkg");
    ASSERT_TRUE(
        writeLayer("GPKG", path, "roads", 5186, wkbLineString, {}, {{"LINESTRING (0 0,1 1)", {}}}));
    auto r =
        LayerReader::read(path, readOptions([](ReadOptions& o) { o.layerName = "buildings"; }));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::LayerNotFound);
    ASSERT_FALSE(r.error().args.empty());
    EXPECT_EQ(r.error().args[0], "buildings");
    auto p = LayerReader::previewRows(path, "buildings", "UTF-8", 5);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::LayerNotFound);
}

TEST(LayerReaderBadInput, UnknownCrsOverride) {
    TempDir tmp;
    const fs::path path = tmp.path() / "p.csv";
    writeText(path, "id,x,y\n1,198053,551862\n");
    auto r = LayerReader::read(path.string(),
                               readOptions([](ReadOptions& o) { o.crsOverride = "EPSG:999999"; }));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::UnknownCrs);
    auto r2 = LayerReader::read(
        path.string(), readOptions([](ReadOptions& o) { o.crsOverride = "Seoul grid please"; }));
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().code, ErrorCode::UnknownCrs);
}

TEST(LayerReaderBadInput, BowTieCountedInvalidAndKept) {
    TempDir tmp;
    const fs::path path = tmp.path() / "bowtie.geojson";
    // Feature 1 crosses itself at (0.5, 0.5); feature 2 is a plain square.
    writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"나비"},"geometry":{"type":"Polygon",
 "coordinates":[[[126.0,37.0],[126.001,37.001],[126.001,37.0],[126.0,37.001],[126.0,37.0]]]}},
{"type":"Feature","properties":{"name":"정상"},"geometry":{"type":"Polygon",
 "coordinates":[[[127.0,37.0],[127.001,37.0],[127.001,37.001],[127.0,37.001],[127.0,37.0]]]}}
]})");
    auto plain = LayerReader::read(path.string());
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain->report.validated);
    EXPECT_EQ(plain->report.invalidGeometries, 0u);

    auto r =
        LayerReader::read(path.string(), readOptions([](ReadOptions& o) { o.validate = true; }));
    ASSERT_TRUE(r.ok()) << codeName(r.error());
    EXPECT_TRUE(r->report.validated);
    EXPECT_EQ(r->report.invalidGeometries, 1u);
    EXPECT_EQ(r->featureCount(), 2u);
    EXPECT_FALSE(r->geometries.isEmpty(0));
    EXPECT_FALSE(r->geometries.isEmpty(1));
    EXPECT_EQ(cw::data::countInvalidGeometries(*r), 1u);
}

TEST(LayerReaderBadInput, DegenerateRingsAndForeignGeometriesAreReported) {
    TempDir tmp;
    const fs::path path = tmp.path() / "mixed.geojson";
    // A valid polygon decides the family; a polygon with a 3-point ring is degenerate, and a
    // point in a polygon layer is kept as a feature but cannot be drawn.
    writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
 "coordinates":[[[127.0,37.0],[127.001,37.0],[127.001,37.001],[127.0,37.0]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
 "coordinates":[[[127.0,37.0],[127.001,37.0],[127.0,37.0]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[127.0,37.0]}},
{"type":"Feature","properties":{},"geometry":null}
]})");
    auto r = LayerReader::read(path.string());
    ASSERT_TRUE(r.ok()) << codeName(r.error());
    EXPECT_EQ(r->featureCount(), 4u);
    EXPECT_EQ(r->family, cw::geometry::GeometryFamily::Polygon);
    EXPECT_FALSE(r->geometries.isEmpty(0));
    EXPECT_TRUE(r->geometries.isEmpty(1));
    EXPECT_TRUE(r->geometries.isEmpty(2));
    EXPECT_TRUE(r->geometries.isEmpty(3));
    EXPECT_EQ(r->report.degenerateParts, 1u);
    EXPECT_EQ(r->report.unsupportedGeometries, 1u);
    EXPECT_EQ(r->report.nullGeometries, 1u);
}
