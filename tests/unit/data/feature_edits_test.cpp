// SPDX-License-Identifier: GPL-3.0-or-later
// Feature edits written back to real GeoJSON and GeoPackage files through GDAL, then read back
// with OGR directly (not our reader): moved, re-attributed, deleted and added features, Korean
// text and codes with leading zeros kept; tables and read-only files refused with a reason.
#include "cityweave/data/feature_edits.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_writer.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

using namespace cw::data;
using namespace cw::test;

namespace {

const char* kPoints = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"마곡역","code":"0101"},"geometry":{"type":"Point","coordinates":[126.8,37.5]}},
{"type":"Feature","properties":{"name":"발산역","code":"0102"},"geometry":{"type":"Point","coordinates":[126.9,37.6]}},
{"type":"Feature","properties":{"name":"우장산역","code":"0103"},"geometry":{"type":"Point","coordinates":[127.0,37.7]}}]})";

struct OgrFeature {
    std::string name, code;
    double x, y;
};

// The file as OGR reads it, by name.
std::map<std::string, OgrFeature> readWithOgr(const std::string& path) {
    std::map<std::string, OgrFeature> out;
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    EXPECT_TRUE(ds);
    if (!ds)
        return out;
    OGRLayer* layer = ds->GetLayer(0);
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        OGRPoint point;
        if (g && wkbFlatten(g->getGeometryType()) == wkbPoint)
            point = *g->toPoint();
        else if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint)
            point = *g->toMultiPoint()->getGeometryRef(0);
        out[feature->GetFieldAsString("name")] = {feature->GetFieldAsString("name"),
                                                  feature->GetFieldAsString("code"), point.getX(),
                                                  point.getY()};
    }
    return out;
}

// Move the first feature, rename the second, delete the third, add one.
void edit(VectorLayer& after) {
    const int name = after.fieldIndex("name");
    auto& store = after.geometries;
    VectorLayer moved = after;
    moved.geometries = {};
    for (std::size_t f = 0; f < after.featureCount(); ++f) {
        if (f == 2)
            continue;
        moved.geometries.beginFeature();
        moved.geometries.beginPart(false);
        const auto c = store.part(store.firstPart(f))[0];
        moved.geometries.addCoord(c.x + (f == 0 ? 0.01 : 0), c.y);
        moved.geometries.endPart();
        moved.geometries.endFeature();
    }
    moved.geometries.beginFeature();
    moved.geometries.beginPart(false);
    moved.geometries.addCoord(126.95, 37.55);
    moved.geometries.endPart();
    moved.geometries.endFeature();
    moved.fids = {after.fids[0], after.fids[1], -1};
    moved.attributes = {after.attributes[0], after.attributes[1], after.attributes[1]};
    moved.attributes[1][std::size_t(name)] = std::string("발산역 (신)");
    moved.attributes[2][std::size_t(name)] = std::string("신설역");
    moved.attributes[2][std::size_t(after.fieldIndex("code"))] = std::string("0199");
    after = std::move(moved);
}

void roundTrip(const std::string& path) {
    auto before = LayerReader::read(path);
    ASSERT_TRUE(before) << cw::errorCodeName(before.error().code);
    ASSERT_EQ(before->featureCount(), 3u);
    VectorLayer after = *before;
    edit(after);
    const FeatureEdits edits = diffFeatures(*before, after);
    ASSERT_EQ(edits.deleted.size(), 1u);
    EXPECT_EQ(edits.deleted[0], before->fids[2]);
    EXPECT_EQ(edits.written.featureCount(), 3u); // moved, renamed, new
    ASSERT_TRUE(checkEditable(path, ""));
    ASSERT_TRUE(writeFeatureEdits(path, "", edits));

    const auto back = readWithOgr(path);
    ASSERT_EQ(back.size(), 3u);
    EXPECT_NEAR(back.at("마곡역").x, 126.81, 1e-9);
    EXPECT_NEAR(back.at("마곡역").y, 37.5, 1e-9);
    EXPECT_EQ(back.at("발산역 (신)").code, "0102");
    EXPECT_NEAR(back.at("신설역").x, 126.95, 1e-9);
    EXPECT_EQ(back.at("신설역").code, "0199"); // a code stays text, leading zero and all
    EXPECT_EQ(back.count("우장산역"), 0u);
    // Nothing changed: nothing to write.
    auto again = LayerReader::read(path);
    ASSERT_TRUE(again);
    EXPECT_TRUE(diffFeatures(*again, *again).empty());
}

} // namespace

TEST(FeatureEdits, GeoJsonRoundTrip) {
    TempDir tmp;
    const std::string path = tmp.file("stations.geojson");
    std::ofstream(cw::pathFromUtf8(path)) << kPoints;
    roundTrip(path);
}

TEST(FeatureEdits, GeoPackageRoundTrip) {
    TempDir tmp;
    const std::string json = tmp.file("stations.geojson");
    std::ofstream(cw::pathFromUtf8(json)) << kPoints;
    const std::string gpkg = tmp.file("stations.gpkg");
    ASSERT_TRUE(copyLayerToGeoPackage(json, gpkg, "stations"));
    roundTrip(gpkg);
}

TEST(FeatureEdits, TablesAndReadOnlyFilesAreRefusedWithAReason) {
    TempDir tmp;
    const std::string csv = tmp.file("stops.csv");
    std::ofstream(cw::pathFromUtf8(csv)) << "name,x,y\n역,126.9,37.5\n";
    auto refused = checkEditable(csv, "");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, cw::ErrorCode::ReadOnlySource);
    EXPECT_EQ(refused.error().args.at(1), "format");
    EXPECT_EQ(checkEditable("/vsicurl/http://example.com/a.geojson", "").error().args.at(1),
              "remote");
    const std::string locked = tmp.file("locked.geojson");
    std::ofstream(cw::pathFromUtf8(locked)) << kPoints;
    fs::permissions(cw::pathFromUtf8(locked), fs::perms::owner_read | fs::perms::group_read);
    auto denied = checkEditable(locked, "");
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().args.at(1), "permission");
}
