// SPDX-License-Identifier: GPL-3.0-or-later
// proximity-links on hand-placed points, lines and polygons at distances worked out below.
#include "cityweave/analysis/result_writer.h"
#include "geometry/geos_bridge.h"
#include "link_fixtures.h"

#include <cmath>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <random>
#include <set>
#include <tuple>

namespace {

using namespace cw::test::links;
using cw::analysis::makeProximityLinksAnalysis;
using cw::project::Sector;

// Three clusters 10 km apart (relative coordinates):
//  (0,0):     A point a1 (0,0), B point b1 (300,400): 3-4-5 triangle, exactly 500 m apart.
//             A point a4 (0,-300) is 300 m from a1 (same project: never linked) and
//             sqrt(300² + 700²) = 762 m from b1.
//  (10000,0): A point a2 (10000,0), B point b2 (10000,500.001): just over 500 m.
//  (20000,0): C square [20000,20100]x[0,100]; A point a3 (20050,50) inside it (0 m);
//             D line x = 20350, y -100..200: 250 m from C's east edge, 300 m from a3.
cw::analysis::AnalysisInput clusters() {
    return input({
        project("A", Sector::Energy, "E2",
                {{"a_points", pointLayer({{0, 0}, {10000, 0}, {20050, 50}, {0, -300}})}}),
        project("B", Sector::Transport, "T2",
                {{"b_points", pointLayer({{300, 400}, {10000, 500.001}})}}),
        project("C", Sector::Safety, "S1",
                {{"c_area", polygonLayer({rect(20000, 0, 20100, 100)})}}),
        project("D", Sector::IndustrySpace, "I1",
                {{"d_road", lineLayer({{{20350, -100}, {20350, 200}}})}}),
    });
}

struct Row {
    std::string projectA, layerA;
    std::int64_t fidA;
    std::string projectB, layerB;
    std::int64_t fidB;
    double distance;
};

std::vector<Row> rows(const cw::analysis::AnalysisResult& r) {
    const auto* t = r.table("proximity_links");
    EXPECT_NE(t, nullptr);
    std::vector<Row> out;
    if (!t)
        return out;
    for (const auto& row : t->rows)
        out.push_back({text(row, column(*t, "project_a")), text(row, column(*t, "layer_a")),
                       integer(row, column(*t, "fid_a")), text(row, column(*t, "project_b")),
                       text(row, column(*t, "layer_b")), integer(row, column(*t, "fid_b")),
                       real(row, column(*t, "distance_m"))});
    return out;
}

// Every feature of an input as GEOS, with its project, layer and id: the brute-force side.
struct GeosFeature {
    std::size_t project;
    std::string layer;
    std::int64_t fid;
    cw::geometry::GeosGeometry g;
};

std::vector<GeosFeature> geosFeatures(GEOSContextHandle_t h,
                                      const cw::analysis::AnalysisInput& in) {
    std::vector<GeosFeature> all;
    for (std::size_t p = 0; p < in.projects.size(); ++p)
        for (const auto& l : in.projects[p].layers)
            for (std::size_t f = 0; f < l.data->featureCount(); ++f)
                all.push_back({p, l.id, l.data->fids[f],
                               cw::geometry::toGeos(h, l.data->geometries, f, l.data->family)});
    return all;
}

TEST(ProximityLinks, DistanceAtTheThresholdIsInAndJustAboveIsOut) {
    auto analysis = makeProximityLinksAnalysis();
    auto result = run(*analysis, clusters(), {{"distance", "500"}, {"nearest", "0"}});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->analysisId, "proximity-links");
    EXPECT_EQ(result->parameters.at("distance"), "500");
    EXPECT_FALSE(result->computedAt.empty());
    EXPECT_EQ(result->crs.authId(), "EPSG:5186");

    const std::vector<Row> r = rows(*result);
    // Ordered by the first end (project in input order, layer, fid), then the second.
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].projectA, "A");
    EXPECT_EQ(r[0].layerA, "a_points");
    EXPECT_EQ(r[0].fidA, 1);
    EXPECT_EQ(r[0].projectB, "B");
    EXPECT_EQ(r[0].fidB, 1);
    EXPECT_DOUBLE_EQ(r[0].distance, 500.0);
    EXPECT_EQ(r[1].projectA, "A");
    EXPECT_EQ(r[1].fidA, 3);
    EXPECT_EQ(r[1].projectB, "C");
    EXPECT_DOUBLE_EQ(r[1].distance, 0.0); // inside the square
    EXPECT_EQ(r[2].projectA, "A");
    EXPECT_EQ(r[2].fidA, 3);
    EXPECT_EQ(r[2].projectB, "D");
    EXPECT_NEAR(r[2].distance, 300.0, 1e-9);
    EXPECT_EQ(r[3].projectA, "C");
    EXPECT_EQ(r[3].layerA, "c_area");
    EXPECT_EQ(r[3].projectB, "D");
    EXPECT_EQ(r[3].layerB, "d_road");
    EXPECT_NEAR(r[3].distance, 250.0, 1e-9);
    EXPECT_DOUBLE_EQ(result->summary.at("links"), 4.0);
    EXPECT_DOUBLE_EQ(result->summary.at("links_touching"), 1.0);
    EXPECT_DOUBLE_EQ(result->summary.at("project_pairs_linked"), 4.0);

    // A hair under 500 m drops the 3-4-5 pair.
    auto tighter = run(*analysis, clusters(), {{"distance", "499.999"}, {"nearest", "0"}});
    ASSERT_TRUE(tighter);
    ASSERT_EQ(rows(*tighter).size(), 3u);
    EXPECT_EQ(rows(*tighter)[0].projectB, "C");

    // At 0 only touching features are linked.
    auto touching = run(*analysis, clusters(), {{"distance", "0"}, {"nearest", "0"}});
    ASSERT_TRUE(touching);
    ASSERT_EQ(rows(*touching).size(), 1u);
    EXPECT_EQ(rows(*touching)[0].projectB, "C");
}

TEST(ProximityLinks, LinesAreTheShortestSegments) {
    auto analysis = makeProximityLinksAnalysis();
    auto result = run(*analysis, clusters());
    ASSERT_TRUE(result);
    const auto* lines = result->layer("proximity_lines");
    ASSERT_NE(lines, nullptr);
    EXPECT_EQ(lines->family, GeometryFamily::Line);
    ASSERT_EQ(lines->geometries.featureCount(), 4u);
    ASSERT_EQ(lines->rows.size(), 4u);
    // a1 (0,0) to b1 (300,400).
    auto seg = lines->geometries.part(lines->geometries.firstPart(0));
    ASSERT_EQ(seg.size(), 2u);
    EXPECT_DOUBLE_EQ(seg[0].x, X0);
    EXPECT_DOUBLE_EQ(seg[0].y, Y0);
    EXPECT_DOUBLE_EQ(seg[1].x, X0 + 300);
    EXPECT_DOUBLE_EQ(seg[1].y, Y0 + 400);
    // a3 inside C: both ends at a3.
    seg = lines->geometries.part(lines->geometries.firstPart(1));
    ASSERT_EQ(seg.size(), 2u);
    EXPECT_DOUBLE_EQ(seg[0].x, X0 + 20050);
    EXPECT_DOUBLE_EQ(seg[1].x, X0 + 20050);
    // C's east edge (x = 20100) to the road (x = 20350), horizontally.
    seg = lines->geometries.part(lines->geometries.firstPart(3));
    ASSERT_EQ(seg.size(), 2u);
    EXPECT_NEAR(seg[0].x, X0 + 20100, 1e-9);
    EXPECT_NEAR(seg[1].x, X0 + 20350, 1e-9);
    EXPECT_NEAR(seg[0].y, seg[1].y, 1e-9);
}

TEST(ProximityLinks, PolygonToPolygonTouchingAndNearby) {
    // P [0,100]² touches Q [100,200]x[0,100] along x = 100 (0 m) and R [0,100]x[150,250] is
    // 50 m above P and sqrt(0² + 50²) = 50 m from Q's corner (100,100) to R's corner (100,150).
    auto in = input({
        project("P", Sector::Energy, "E1", {{"p", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("Q", Sector::Energy, "E1", {{"q", polygonLayer({rect(100, 0, 200, 100)})}}),
        project("R", Sector::Safety, "S3", {{"r", polygonLayer({rect(0, 150, 100, 250)})}}),
    });
    auto result = run(*makeProximityLinksAnalysis(), in, {{"distance", "49.9"}, {"nearest", "0"}});
    ASSERT_TRUE(result);
    auto r = rows(*result);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].projectA + r[0].projectB, "PQ");
    EXPECT_DOUBLE_EQ(r[0].distance, 0.0);
    result = run(*makeProximityLinksAnalysis(), in, {{"distance", "50"}, {"nearest", "0"}});
    ASSERT_TRUE(result);
    r = rows(*result);
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[1].projectA + r[1].projectB, "PR");
    EXPECT_DOUBLE_EQ(r[1].distance, 50.0);
    EXPECT_EQ(r[2].projectA + r[2].projectB, "QR");
    EXPECT_DOUBLE_EQ(r[2].distance, 50.0);
}

TEST(ProximityLinks, IndexedSearchMatchesBruteForce) {
    // 400 random points and 40 random squares in four projects over 5 km: every pair the
    // index finds must be the pairs a brute-force GEOS distance finds.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(0, 5000), size(10, 300);
    std::vector<cw::analysis::AnalysisProject> projects;
    for (int p = 0; p < 4; ++p) {
        std::vector<Coord> pts;
        for (int i = 0; i < 100; ++i)
            pts.push_back({pos(rng), pos(rng)});
        std::vector<std::vector<Coord>> squares;
        for (int i = 0; i < 10; ++i) {
            const double x = pos(rng), y = pos(rng), s = size(rng);
            squares.push_back(rect(x, y, x + s, y + s));
        }
        std::string id = "P"; // (not "P" + ...: GCC 12 raises a false -Wrestrict on it)
        id += std::to_string(p);
        projects.push_back(project(id, Sector::Safety, "S1",
                                   {{"pts", pointLayer(pts)}, {"sq", polygonLayer(squares)}}));
    }
    const auto in = input(projects);
    auto result = run(*makeProximityLinksAnalysis(), in, {{"distance", "200"}, {"nearest", "0"}});
    ASSERT_TRUE(result);

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    const std::vector<GeosFeature> all = geosFeatures(h, in);
    std::size_t expected = 0;
    double sum = 0;
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            if (all[i].project == all[j].project)
                continue;
            double d = 0;
            ASSERT_EQ(GEOSDistance_r(h, all[i].g.get(), all[j].g.get(), &d), 1);
            if (d <= 200) {
                ++expected;
                sum += d;
            }
        }
    const auto r = rows(*result);
    ASSERT_GT(expected, 100u); // the test means something
    EXPECT_EQ(r.size(), expected);
    double got = 0;
    for (const Row& row : r)
        got += row.distance;
    EXPECT_NEAR(got, sum, 1e-6);
}

// Given a table sink (as `analyze` gives its results file), the links and their lines go straight
// into the GeoPackage: the same rows, in the same order, as held in memory.
TEST(ProximityLinks, LinksAndLinesStreamIntoTheResultsFile) {
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> pos(0, 3000);
    std::vector<cw::analysis::AnalysisProject> projects;
    for (int p = 0; p < 3; ++p) {
        std::vector<Coord> pts;
        for (int i = 0; i < 150; ++i)
            pts.push_back({pos(rng), pos(rng)});
        std::string id = "P";
        id += std::to_string(p);
        projects.push_back(project(id, Sector::Safety, "S1", {{"pts", pointLayer(pts)}}));
    }
    auto in = input(projects);
    auto held = run(*makeProximityLinksAnalysis(), in, {{"distance", "150"}, {"nearest", "0"}});
    ASSERT_TRUE(held);
    const auto expected = rows(*held);
    ASSERT_GT(expected.size(), 50u);

    cw::test::TempDir tmp;
    const std::string path = tmp.file("links.gpkg");
    auto writer = cw::analysis::ResultsGeoPackageWriter::create(path);
    ASSERT_TRUE(writer);
    in.tableSink = writer->get();
    auto streamed = run(*makeProximityLinksAnalysis(), in, {{"distance", "150"}, {"nearest", "0"}});
    ASSERT_TRUE(streamed);
    EXPECT_TRUE(streamed->table("proximity_links")->streamed);
    EXPECT_TRUE(streamed->layer("proximity_lines")->streamed);
    EXPECT_EQ(streamed->layer("proximity_lines")->streamedFeatures, expected.size());
    EXPECT_EQ(streamed->summary.at("links"), held->summary.at("links"));
    ASSERT_TRUE((*writer)->commit({*streamed}));

    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    for (const char* key : {"proximity_links", "proximity_lines"}) {
        SCOPED_TRACE(key);
        OGRLayer* layer = ds->GetLayerByName(key);
        ASSERT_NE(layer, nullptr);
        ASSERT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(expected.size()));
        std::size_t k = 0;
        for (auto& f : *layer) {
            EXPECT_EQ(f->GetFieldAsInteger64("fid_a"), expected[k].fidA);
            EXPECT_EQ(f->GetFieldAsInteger64("fid_b"), expected[k].fidB);
            EXPECT_DOUBLE_EQ(f->GetFieldAsDouble("distance_m"), expected[k].distance);
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                EXPECT_NEAR(g->toMultiLineString()->get_Length(), expected[k].distance, 1e-6);
            }
            ++k;
        }
    }
}

// A road 2.5 km inside a 5 km square is 0 m from it, whichever project is listed first (GEOS
// 3.11's prepared distance measured a prepared line only to the square's outline: 2,490 m, and
// no link at all within 500 m).
TEST(ProximityLinks, LineInsideAPolygonIsAtZeroInEitherOrder) {
    auto road = [] {
        return project("R", Sector::Transport, "T2",
                       {{"road", lineLayer({{{2500, 10}, {2500, 20}}})}});
    };
    auto square = [] {
        return project("S", Sector::Energy, "E2",
                       {{"site", polygonLayer({rect(0, 0, 5000, 5000)})}});
    };
    auto analysis = makeProximityLinksAnalysis();
    for (bool roadFirst : {true, false}) {
        auto result =
            run(*analysis, roadFirst ? input({road(), square()}) : input({square(), road()}),
                {{"distance", "500"}, {"nearest", "0"}});
        ASSERT_TRUE(result);
        const std::vector<Row> r = rows(*result);
        ASSERT_EQ(r.size(), 1u) << (roadFirst ? "road first" : "square first");
        EXPECT_DOUBLE_EQ(r[0].distance, 0.0) << (roadFirst ? "road first" : "square first");
    }
}

// Nearest mode against brute force: each feature keeps, per other project, the features at its
// smallest distances (k of them, ties at the k-th kept) within the distance; a pair is linked
// when either end keeps the other. Points on a 50 m grid make many ties.
TEST(ProximityLinks, NearestMatchesBruteForceWithTies) {
    std::mt19937 rng(21);
    std::uniform_int_distribution<int> cell(0, 60);
    std::uniform_real_distribution<double> pos(0, 3000), size(10, 200);
    std::vector<cw::analysis::AnalysisProject> projects;
    for (int p = 0; p < 3; ++p) {
        std::vector<Coord> pts;
        for (int i = 0; i < 120; ++i)
            pts.push_back({50.0 * cell(rng), 50.0 * cell(rng)});
        std::vector<std::vector<Coord>> squares;
        for (int i = 0; i < 15; ++i) {
            const double x = pos(rng), y = pos(rng), s = size(rng);
            squares.push_back(rect(x, y, x + s, y + s));
        }
        std::string id = "P";
        id += std::to_string(p);
        projects.push_back(project(id, Sector::Safety, "S1",
                                   {{"pts", pointLayer(pts)}, {"sq", polygonLayer(squares)}}));
    }
    const auto in = input(projects);
    for (const int k : {1, 2}) {
        SCOPED_TRACE(k);
        auto result = run(*makeProximityLinksAnalysis(), in,
                          {{"distance", "400"}, {"nearest", std::to_string(k)}});
        ASSERT_TRUE(result);

        cw::geometry::GeosContext geos;
        const auto h = geos.handle();
        const std::vector<GeosFeature> all = geosFeatures(h, in);
        std::vector<std::vector<double>> dist(all.size(), std::vector<double>(all.size(), 0));
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::size_t j = i + 1; j < all.size(); ++j) {
                ASSERT_EQ(GEOSDistance_r(h, all[i].g.get(), all[j].g.get(), &dist[i][j]), 1);
                dist[j][i] = dist[i][j];
            }
        // kept[i][j]: j is among i's nearest of j's project.
        auto keeps = [&](std::size_t i, std::size_t j) {
            if (dist[i][j] > 400)
                return false;
            std::size_t closer = 0;
            for (std::size_t m = 0; m < all.size(); ++m)
                if (all[m].project == all[j].project && dist[i][m] < dist[i][j])
                    ++closer;
            return closer < std::size_t(k);
        };
        std::set<std::tuple<std::string, std::string, std::int64_t, std::string, std::string,
                            std::int64_t>>
            expected, got;
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::size_t j = i + 1; j < all.size(); ++j)
                if (all[i].project != all[j].project && (keeps(i, j) || keeps(j, i)))
                    expected.insert({in.projects[all[i].project].id, all[i].layer, all[i].fid,
                                     in.projects[all[j].project].id, all[j].layer, all[j].fid});
        for (const Row& r : rows(*result))
            got.insert({r.projectA, r.layerA, r.fidA, r.projectB, r.layerB, r.fidB});
        ASSERT_GT(expected.size(), 300u);
        EXPECT_EQ(got, expected);
    }
}

// The same links whatever the order of the projects (rows name the project listed first first).
TEST(ProximityLinks, NearestLinksDoNotDependOnProjectOrder) {
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> cell(0, 40);
    std::vector<cw::analysis::AnalysisProject> projects;
    for (int p = 0; p < 3; ++p) {
        std::vector<Coord> pts;
        for (int i = 0; i < 100; ++i)
            pts.push_back({25.0 * cell(rng), 25.0 * cell(rng)});
        std::string id = "P";
        id += std::to_string(p);
        projects.push_back(project(id, Sector::Safety, "S1", {{"pts", pointLayer(pts)}}));
    }
    auto linksOf = [&](std::vector<cw::analysis::AnalysisProject> order) {
        auto result = run(*makeProximityLinksAnalysis(), input(order),
                          {{"distance", "300"}, {"nearest", "1"}});
        EXPECT_TRUE(result);
        std::set<std::tuple<std::string, std::int64_t, std::string, std::int64_t, double>> out;
        for (const Row& r : rows(*result)) {
            auto a = std::pair(r.projectA, r.fidA), b = std::pair(r.projectB, r.fidB);
            if (b < a)
                std::swap(a, b);
            out.insert({a.first, a.second, b.first, b.second, r.distance});
        }
        return out;
    };
    const auto forward = linksOf(projects);
    ASSERT_GT(forward.size(), 100u);
    EXPECT_EQ(linksOf({projects[2], projects[0], projects[1]}), forward);
    EXPECT_EQ(linksOf({projects[1], projects[2], projects[0]}), forward);
}

TEST(ProximityLinks, CancelledRunReturnsCancelled) {
    cw::CancelToken cancel;
    cancel.cancel();
    auto result = run(*makeProximityLinksAnalysis(), clusters(), {}, cancel);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::Cancelled);
}

TEST(ProximityLinks, ProgressEndsAtOne) {
    std::vector<double> seen;
    auto result = run(*makeProximityLinksAnalysis(), clusters(), {}, {},
                      [&](double f) { seen.push_back(f); });
    ASSERT_TRUE(result);
    ASSERT_FALSE(seen.empty());
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]);
}

TEST(ProximityLinks, SampleProjectLinksChargersToMagok) {
    cw::test::TempDir tmp;
    auto in = sampleInput(tmp);
    ASSERT_TRUE(in) << cw::errorCodeName(in.error().code) << " " << in.error().detail;
    auto result = run(*makeProximityLinksAnalysis(), *in);
    ASSERT_TRUE(result);
    // EV chargers stand inside the Magok district: linked at 0 m, magok-energy first (input
    // order).
    std::size_t insideMagok = 0;
    for (const Row& r : rows(*result)) {
        EXPECT_LE(r.distance, 500.0);
        EXPECT_NE(r.projectA, r.projectB);
        if (r.projectA == "magok-energy" && r.layerA == "magok_district" &&
            r.projectB == "ev-chargers" && r.distance == 0)
            ++insideMagok;
    }
    EXPECT_GE(insideMagok, 3u);
}

} // namespace
