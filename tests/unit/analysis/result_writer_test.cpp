// SPDX-License-Identifier: GPL-3.0-or-later
// Result tables written to GeoPackage read back as written (regression: short strings of a
// row all came back as the row's last short string).
#include "cityweave/analysis/result_reader.h"
#include "cityweave/analysis/result_writer.h"
#include "project/sqlite_db.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <random>
#include <set>

namespace cw::analysis {
namespace {

TEST(ResultWriter, TableStringsRoundTrip) {
    cw::test::TempDir tmp;
    AnalysisResult r;
    r.analysisId = "test";
    r.tables.push_back(
        {"strings",
         {{"a", data::FieldType::String},
          {"n", data::FieldType::Integer},
          {"b", data::FieldType::String},
          {"c", data::FieldType::String}},
         {{std::string("x"), std::int64_t(1), std::string("yy"),
           std::string("a string longer than the small-string buffer")},
          {std::string("zzz"), std::int64_t(2), std::monostate{}, std::string("w")}}});
    const std::string path = tmp.file("out.gpkg");
    ASSERT_TRUE(writeResultsGeoPackage({r}, path));
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("strings");
    ASSERT_NE(layer, nullptr);
    std::vector<std::vector<std::string>> rows;
    for (auto& f : *layer)
        rows.push_back({f->GetFieldAsString("a"), f->GetFieldAsString("b"),
                        f->IsFieldNull(f->GetFieldIndex("b")) ? "<null>" : "set",
                        f->GetFieldAsString("c")});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"x", "yy", "set",
                                                 "a string longer than the small-string buffer"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"zzz", "", "<null>", "w"}));
}

// Squares (polygons) or horizontal segments (lines) whose envelopes are their geometries, so
// that GDAL's spatial filter must return exactly the features whose envelope meets the window.
geometry::GeometryStore randomShapes(geometry::GeometryFamily family, int n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(190000, 200000), y(540000, 550000), size(1, 200);
    geometry::GeometryStore store;
    for (int i = 0; i < n; ++i) {
        const double x0 = x(rng), y0 = y(rng), s = size(rng);
        store.beginFeature();
        if (i % 500 != 7) { // now and then a feature without geometry
            store.beginPart(family == geometry::GeometryFamily::Polygon);
            if (family == geometry::GeometryFamily::Point)
                store.addCoord(x0, y0);
            else if (family == geometry::GeometryFamily::Polygon)
                for (const auto& [cx, cy] :
                     {std::pair{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}, {x0, y0}})
                    store.addCoord(cx, cy);
            else {
                store.addCoord(x0, y0);
                store.addCoord(x0 + s, y0);
            }
            store.endPart();
        }
        store.endFeature();
    }
    return store;
}

long long single(project::SqliteDb& db, const std::string& sql) {
    auto q = db.prepare(sql);
    return q.step() ? q.integer(0) : -1;
}

// Result layers, held or streamed, get a spatial index that GDAL and QGIS use: the R-tree holds
// every feature with a geometry (SQLite's rtreecheck passes), GDAL's spatial filter finds what a
// brute-force envelope test finds, and the GeoPackage triggers keep it current when edited.
TEST(ResultWriter, LayersHaveAFilledSpatialIndexThatStaysCurrent) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("indexed.gpkg");
    auto crs = crs::Crs::fromEpsg(5186);
    ASSERT_TRUE(crs);
    AnalysisResult r;
    r.analysisId = "test";
    r.crs = *crs;
    ResultLayer held;
    held.key = "held";
    held.family = geometry::GeometryFamily::Polygon;
    held.columns = {{"n", data::FieldType::Integer}};
    held.geometries = randomShapes(held.family, 3000, 1);
    for (std::size_t f = 0; f < held.geometries.featureCount(); ++f)
        held.rows.push_back({static_cast<std::int64_t>(f)});
    r.layers.push_back(held);
    ResultLayer points = held;
    points.key = "points";
    points.family = geometry::GeometryFamily::Point;
    points.geometries = randomShapes(points.family, 3000, 3);
    r.layers.push_back(points);
    const geometry::GeometryStore lines = randomShapes(geometry::GeometryFamily::Line, 3000, 2);
    {
        auto writer = ResultsGeoPackageWriter::create(path);
        ASSERT_TRUE(writer);
        ASSERT_TRUE((*writer)->beginLayer("streamed", geometry::GeometryFamily::Line,
                                          {{"n", data::FieldType::Integer}}, *crs));
        std::vector<data::AttributeRow> rows(lines.featureCount(), {std::int64_t{0}});
        ASSERT_TRUE((*writer)->appendFeatures(lines, rows));
        ASSERT_TRUE((*writer)->endLayer());
        ASSERT_TRUE((*writer)->commit({r}));
    }

    GDALAllRegister();
    for (const auto& [name, store] :
         {std::pair<std::string, const geometry::GeometryStore*>{"held", &held.geometries},
          {"points", &points.geometries},
          {"streamed", &lines}}) {
        std::size_t located = 0;
        for (std::size_t f = 0; f < store->featureCount(); ++f)
            located += store->isEmpty(f) ? 0 : 1;
        {
            project::SqliteDb db(path, false);
            const std::string rtree = "rtree_" + name + "_geom";
            EXPECT_EQ(single(db, "SELECT count(*) FROM " + rtree), static_cast<long long>(located));
            auto check = db.prepare("SELECT rtreecheck('" + rtree + "')");
            ASSERT_TRUE(check.step());
            EXPECT_EQ(check.text(0), "ok");
            EXPECT_EQ(single(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                 "name IN ('" +
                                     rtree + "_insert', '" + rtree + "_delete')"),
                      2);
        }
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRLayer* layer = ds->GetLayerByName(name.c_str());
        ASSERT_NE(layer, nullptr);
        EXPECT_TRUE(layer->TestCapability(OLCFastSpatialFilter)) << name;
        const auto window = geometry::Envelope::of(194000, 544000, 196000, 545500);
        std::set<GIntBig> expected, found;
        for (std::size_t f = 0; f < store->featureCount(); ++f)
            if (!store->isEmpty(f) && store->envelope(f).intersects(window))
                expected.insert(static_cast<GIntBig>(f + 1)); // fids count from 1
        layer->SetSpatialFilterRect(window.minX, window.minY, window.maxX, window.maxY);
        for (auto& f : *layer) {
            found.insert(f->GetFID());
            // The geometry reads back as written: the first part's coordinates.
            const auto part =
                store->part(store->firstPart(static_cast<std::size_t>(f->GetFID() - 1)));
            const OGRGeometry* g = f->GetGeometryRef();
            ASSERT_NE(g, nullptr);
            const OGRGeometry* first = g->toGeometryCollection()->getGeometryRef(0);
            const OGRSimpleCurve* curve =
                first->getGeometryType() == wkbPolygon      ? first->toPolygon()->getExteriorRing()
                : first->getGeometryType() == wkbLineString ? first->toLineString()
                                                            : nullptr;
            if (!curve) {
                EXPECT_EQ(part.size(), 1u);
                EXPECT_EQ(first->toPoint()->getX(), part[0].x);
                EXPECT_EQ(first->toPoint()->getY(), part[0].y);
                continue;
            }
            ASSERT_EQ(static_cast<std::size_t>(curve->getNumPoints()), part.size()) << name;
            for (std::size_t i = 0; i < part.size(); ++i) {
                EXPECT_EQ(curve->getX(static_cast<int>(i)), part[i].x);
                EXPECT_EQ(curve->getY(static_cast<int>(i)), part[i].y);
            }
        }
        EXPECT_EQ(found, expected) << name;
        EXPECT_GT(expected.size(), 10u);

        // Edited afterwards: a feature added far away is found there, a deleted one is gone.
        OGRFeature added(layer->GetLayerDefn());
        OGRLineString far;
        far.addPoint(300000, 600000);
        far.addPoint(300010, 600000);
        OGRPolygon square;
        auto* ring = new OGRLinearRing();
        for (const auto& [cx, cy] : {std::pair{300000.0, 600000.0},
                                     {300010.0, 600000.0},
                                     {300010.0, 600010.0},
                                     {300000.0, 600000.0}})
            ring->addPoint(cx, cy);
        square.addRingDirectly(ring);
        OGRMultiPoint spot;
        spot.addGeometryDirectly(new OGRPoint(300005, 600000));
        added.SetGeometry(name == "held"     ? static_cast<OGRGeometry*>(&square)
                          : name == "points" ? static_cast<OGRGeometry*>(&spot)
                                             : &far);
        ASSERT_EQ(layer->CreateFeature(&added), OGRERR_NONE);
        ASSERT_EQ(layer->DeleteFeature(*expected.begin()), OGRERR_NONE);
        layer->SetSpatialFilterRect(299990, 599990, 300020, 600020);
        std::set<GIntBig> there;
        for (auto& f : *layer)
            there.insert(f->GetFID());
        EXPECT_EQ(there, std::set<GIntBig>{added.GetFID()}) << name;
        ds.reset();
        project::SqliteDb db(path, false);
        EXPECT_EQ(single(db, "SELECT count(*) FROM rtree_" + name + "_geom"),
                  static_cast<long long>(located));
    }
}

// Streamed rows go in several to a statement: batches of any size, whose row buffers the caller
// reuses for the next batch, read back row for row in order, in a table and in a layer.
TEST(ResultWriter, StreamedBatchesOfAnySizeReadBackRowForRow) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("batches.gpkg");
    auto crs = crs::Crs::fromEpsg(5186);
    ASSERT_TRUE(crs);
    const std::vector<data::Field> columns{{"n", data::FieldType::Integer},
                                           {"name", data::FieldType::String},
                                           {"x", data::FieldType::Real}};
    auto fill = [](int n, data::AttributeRow& row) {
        row = {std::int64_t{n}, "row " + std::to_string(n) + (n % 3 ? "" : " with a longer text"),
               n % 7 == 0 ? data::AttributeValue{} : data::AttributeValue{n * 0.5}};
    };
    const std::vector<int> batches{1, 63, 64, 65, 0, 200, 7};
    int total = 0;
    {
        auto writer = ResultsGeoPackageWriter::create(path);
        ASSERT_TRUE(writer);
        std::vector<data::AttributeRow> rows;
        ASSERT_TRUE((*writer)->begin("table", columns));
        for (int size : batches) {
            rows.resize(static_cast<std::size_t>(size));
            for (int i = 0; i < size; ++i)
                fill(total + i, rows[static_cast<std::size_t>(i)]);
            ASSERT_TRUE((*writer)->append(rows));
            total += size;
        }
        ASSERT_TRUE((*writer)->end());
        ASSERT_TRUE((*writer)->beginLayer("layer", geometry::GeometryFamily::Point, columns, *crs));
        for (int done = 0, b = 0; done < total; done += batches[b++]) {
            geometry::GeometryStore points;
            rows.resize(static_cast<std::size_t>(batches[b]));
            for (int i = 0; i < batches[b]; ++i) {
                fill(done + i, rows[static_cast<std::size_t>(i)]);
                points.beginFeature();
                points.beginPart(false);
                points.addCoord(200000 + done + i, 550000);
                points.endPart();
                points.endFeature();
            }
            ASSERT_TRUE((*writer)->appendFeatures(points, rows));
        }
        ASSERT_TRUE((*writer)->endLayer());
        ASSERT_TRUE((*writer)->commit({}));
    }
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    for (const char* name : {"table", "layer"}) {
        OGRLayer* layer = ds->GetLayerByName(name);
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(layer->GetFeatureCount(), total) << name;
        int n = 0;
        for (auto& f : *layer) {
            data::AttributeRow expected;
            fill(n, expected);
            EXPECT_EQ(f->GetFID(), n + 1) << name;
            EXPECT_EQ(f->GetFieldAsInteger64("n"), n) << name;
            EXPECT_EQ(f->GetFieldAsString("name"), std::get<std::string>(expected[1])) << name;
            if (n % 7 == 0)
                EXPECT_TRUE(f->IsFieldNull(f->GetFieldIndex("x"))) << name << " " << n;
            else
                EXPECT_EQ(f->GetFieldAsDouble("x"), n * 0.5) << name;
            if (std::string(name) == "layer") {
                const OGRGeometry* g = f->GetGeometryRef();
                ASSERT_NE(g, nullptr);
                EXPECT_EQ(g->toGeometryCollection()->getGeometryRef(0)->toPoint()->getX(),
                          200000 + n);
            }
            ++n;
        }
        EXPECT_EQ(n, total) << name;
    }
}

} // namespace
} // namespace cw::analysis

namespace cw::analysis {
namespace {

// A run that names one output 10,000 times (a crafted results file) reads it once (regression:
// exporting it read and wrote the table 10,000 times, 96 s).
TEST(ResultReader, AnOutputNamedOverAndOverIsReadOnce) {
    cw::test::TempDir tmp;
    AnalysisResult r;
    r.analysisId = "test";
    r.tables.push_back({"t", {{"n", data::FieldType::Integer}}, {{std::int64_t(7)}}});
    const std::string path = tmp.file("out.gpkg");
    ASSERT_TRUE(writeResultsGeoPackage({r}, path));
    std::string outputs = "[\"t\"";
    for (int i = 0; i < 10000; ++i)
        outputs += ",\"t\"";
    outputs += "]";
    {
        GDALAllRegister();
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL(("UPDATE cw_analysis_runs SET outputs = '" + outputs + "'").c_str(), nullptr,
                       nullptr);
    }
    auto results = readResultsGeoPackage(path);
    ASSERT_TRUE(results.ok()) << results.error().detail;
    ASSERT_EQ(results->size(), 1u);
    ASSERT_EQ(results->front().tables.size(), 1u);
    EXPECT_EQ(results->front().tables.front().rows.size(), 1u);
}

} // namespace
} // namespace cw::analysis
