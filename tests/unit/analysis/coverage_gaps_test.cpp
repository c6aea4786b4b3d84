// SPDX-License-Identifier: GPL-3.0-or-later
// coverage-gaps: the exact disc coverage against closed forms and GEOS, the road network on a
// tiny graph, the greedy placement against exhaustive search, and the analysis end to end on
// hand-built layers. How each expected value is obtained is said beside it.
#include "analysis/coverage_gaps/coverage_engine.h"
#include "analysis/geometry/disc_coverage.h"
#include "analysis/geometry/road_network.h"
#include "geometry/geos_bridge.h"
#include "link_fixtures.h"

#include <cmath>
#include <numbers>
#include <numeric>
#include <random>

namespace cw::analysis {
namespace {
using geometry::Coord;
using namespace cw::test::links;

// GEOS discs are 128-gons (32 segments a quarter) inscribed in the circle: their area is short
// by 1 - (128 / 2 pi) sin(2 pi / 128) = 4.0e-4 of the disc's.
const double kGeosDeficit = 1 - 64 / std::numbers::pi * std::sin(std::numbers::pi / 64) + 1e-9;

const std::vector<Coord> kSquare = {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}};

// Area of the union of two discs of radius r, centres d apart: 2 pi r² minus the lens
// 2 r² acos(d / 2r) - (d / 2) sqrt(4r² - d²) (the circle-circle intersection formula).
double twoDiscUnion(double r, double d) {
    const double lens = 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
    return 2 * std::numbers::pi * r * r - lens;
}

// The same coverage through GEOS: discs buffered with 64 segments a quarter (area 1e-4 low),
// unioned and intersected with the polygon.
double geosCoverage(const std::vector<Coord>& ring, const std::vector<Disc>& discs) {
    geometry::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, unsigned(ring.size()), 2);
    for (std::size_t i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, unsigned(i), ring[i].x, ring[i].y);
    geometry::GeosGeometry poly{
        h, GEOSGeom_createPolygon_r(h, GEOSGeom_createLinearRing_r(h, seq), nullptr, 0)};
    std::vector<GEOSGeometry*> parts;
    for (const Disc& d : discs) {
        geometry::GeosGeometry pt{h, GEOSGeom_createPointFromXY_r(h, d.x, d.y)};
        parts.push_back(GEOSBuffer_r(h, pt.get(), d.r, 64));
    }
    geometry::GeosGeometry all{h,
                               GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                           unsigned(parts.size()))};
    geometry::GeosGeometry u{h, GEOSUnaryUnion_r(h, all.get())};
    geometry::GeosGeometry in{h, GEOSIntersection_r(h, poly.get(), u.get())};
    double a = 0;
    GEOSArea_r(h, in.get(), &a);
    return a;
}

TEST(DiscCoverage, ClosedFormCases) {
    // One disc fully inside the cell: share = pi r² / cell area.
    EXPECT_NEAR(convexDiscCoverage(kSquare, std::vector<Disc>{{50, 50, 30}}),
                std::numbers::pi * 900, 1e-9);
    // Half and quarter discs at an edge and a corner.
    EXPECT_NEAR(convexDiscCoverage(kSquare, std::vector<Disc>{{0, 50, 30}}), std::numbers::pi * 450,
                1e-9);
    EXPECT_NEAR(convexDiscCoverage(kSquare, std::vector<Disc>{{0, 0, 30}}), std::numbers::pi * 225,
                1e-9);
    // A disc holding the cell covers all of it; one far away covers nothing.
    EXPECT_DOUBLE_EQ(convexDiscCoverage(kSquare, std::vector<Disc>{{50, 50, 80}}), 10000.0);
    EXPECT_EQ(convexDiscCoverage(kSquare, std::vector<Disc>{{500, 50, 30}}), 0.0);
    // Two overlapping discs inside: the union formula.
    EXPECT_NEAR(convexDiscCoverage(kSquare, std::vector<Disc>{{35, 50, 20}, {60, 50, 20}}),
                twoDiscUnion(20, 25), 1e-9);
    // A disc crossing the cell at x = 100 from outside: the circular segment of height h = 10,
    // r² acos((r - h) / r) - (r - h) sqrt(2rh - h²).
    const double r = 30, hgt = 10;
    EXPECT_NEAR(convexDiscCoverage(kSquare, std::vector<Disc>{{120, 50, r}}),
                r * r * std::acos((r - hgt) / r) - (r - hgt) * std::sqrt(2 * r * hgt - hgt * hgt),
                1e-9);
}

TEST(DiscCoverage, MatchesGeosOnRandomDiscs) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(-40, 140), rad(5, 60);
    // A hexagon too (the other generated cell shape).
    std::vector<Coord> hex;
    for (int k = 0; k <= 6; ++k)
        hex.push_back({50 + 50 * std::cos((30 + 60 * (k % 6)) * std::numbers::pi / 180),
                       50 + 50 * std::sin((30 + 60 * (k % 6)) * std::numbers::pi / 180)});
    for (int trial = 0; trial < 40; ++trial) {
        std::vector<Disc> discs;
        for (int i = 0; i < 1 + trial % 9; ++i)
            discs.push_back({pos(rng), pos(rng), rad(rng)});
        for (const std::vector<Coord>* ring :
             {&kSquare, static_cast<const std::vector<Coord>*>(&hex)}) {
            const double exact = convexDiscCoverage(*ring, discs);
            const double viaGeos = geosCoverage(*ring, discs);
            // GEOS's 256-gons are at most 1.0e-4 of each disc's area short, plus its rounding.
            double bound = 1e-6;
            for (const Disc& d : discs)
                bound += 1.01e-4 * std::numbers::pi * d.r * d.r;
            EXPECT_NEAR(exact, viaGeos, bound) << "trial " << trial;
            EXPECT_GE(exact, viaGeos - 1e-6) << "the inscribed polygons can only be smaller";
        }
    }
}

TEST(HexGrid, CellsTileTheExtentWithoutOverlap) {
    // Hexagons 100 m across the flats have area (sqrt 3 / 2) x 100² = 8660.25 m² each; the
    // union of all cells (GEOS) equals their sum when they neither overlap nor leave slivers.
    const auto grid = makeHexGrid(geometry::Envelope::of(0, 0, 1000, 800), 100, crs5186());
    ASSERT_TRUE(grid);
    geometry::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    std::vector<GEOSGeometry*> parts;
    double sum = 0;
    for (std::size_t f = 0; f < grid->featureCount(); ++f) {
        const auto ring = grid->geometries.part(grid->geometries.firstPart(f));
        EXPECT_NEAR(ringArea(ring), std::sqrt(3.0) / 2 * 1e4, 1e-6);
        sum += ringArea(ring);
        parts.push_back(
            geometry::toGeos(h, grid->geometries, f, geometry::GeometryFamily::Polygon).release());
    }
    geometry::GeosGeometry all{h,
                               GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                           unsigned(parts.size()))};
    geometry::GeosGeometry u{h, GEOSUnaryUnion_r(h, all.get())};
    double unionArea = 0;
    GEOSArea_r(h, u.get(), &unionArea);
    EXPECT_NEAR(unionArea, sum, 1e-6 * sum);
    // The cells cover the extent: its corners and centre lie in some cell.
    geometry::GeosGeometry extent{h, GEOSGeom_createRectangle_r(h, 0, 0, 1000, 800)};
    geometry::GeosGeometry rest{h, GEOSDifference_r(h, extent.get(), u.get())};
    double left = 0;
    GEOSArea_r(h, rest.get(), &left);
    EXPECT_LT(left, 1e-6);
}

TEST(RoadNetwork, ReachableLengthOnATinyGraph) {
    // A "T": (0,0)-(100,0)-(200,0) with a branch (100,0)-(100,100), and a line crossing the
    // first segment at x = 60 without sharing a vertex (a bridge: not connected).
    auto roads =
        lineLayer({{{0, 0}, {100, 0}, {200, 0}}, {{100, 0}, {100, 100}}, {{60, -50}, {60, 50}}});
    const RoadNetwork net({roads.get()});
    EXPECT_EQ(net.edgeCount(), 4u);
    // From (50, 5): snaps to (50, 0). Within 120 m: 50 back to (0,0), 50 to the junction, then
    // 70 along each of the two branches: 50 + 50 + 70 + 70 = 240 m.
    double length = 0;
    for (const RoadPiece& p : net.reachable({X0 + 50, Y0 + 5}, 120, 20))
        length += p.length();
    EXPECT_NEAR(length, 240, 1e-9);
    // Too far from every road: nothing.
    EXPECT_TRUE(net.reachable({X0 + 50, Y0 + 500}, 120, 20).empty());

    // A 100 m square loop from a corner with 250 m: 250 each way covers all 400 m once.
    auto loop = lineLayer({{{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}}});
    const RoadNetwork ring({loop.get()});
    length = 0;
    for (const RoadPiece& p : ring.reachable({X0, Y0}, 250, 1))
        length += p.length();
    EXPECT_NEAR(length, 400, 1e-9);
}

// Exhaustive best value of k candidates (all subsets of size k).
double exhaustive(const std::vector<std::vector<std::uint32_t>>& covers,
                  const std::vector<double>& w, std::size_t k) {
    const std::size_t n = covers.size();
    double best = 0;
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
        if (std::size_t(__builtin_popcount(mask)) != k)
            continue;
        std::vector<bool> hit(w.size(), false);
        for (std::size_t c = 0; c < n; ++c)
            if (mask & (1u << c))
                for (auto p : covers[c])
                    hit[p] = true;
        double v = 0;
        for (std::size_t p = 0; p < w.size(); ++p)
            v += hit[p] ? w[p] : 0;
        best = std::max(best, v);
    }
    return best;
}

TEST(GreedyMaxCoverage, AgainstExhaustiveSearch) {
    // A classic trap: greedy takes the big middle set, the optimum two halves.
    // Points 0..5 weight 1; c0 = {1,2,3,4} (4), c1 = {0,1,2} (3), c2 = {3,4,5} (3).
    const std::vector<std::vector<std::uint32_t>> trap = {{1, 2, 3, 4}, {0, 1, 2}, {3, 4, 5}};
    const std::vector<double> ones(6, 1.0);
    const auto picks = greedyMaxCoverage(trap, ones, std::vector<bool>(6, false), 2);
    ASSERT_EQ(picks.size(), 2u);
    EXPECT_EQ(picks[0].candidate, 0u);
    EXPECT_DOUBLE_EQ(picks[0].gain, 4);
    EXPECT_DOUBLE_EQ(picks[1].gain, 1); // c1 (lowest index of the tie) adds point 0 only
    EXPECT_DOUBLE_EQ(exhaustive(trap, ones, 2), 6);

    // Random systems: greedy within 1 - 1/e of the optimum (Nemhauser et al. 1978), exact for
    // k = 1, and the lazy evaluation picks what a plain greedy picks.
    std::mt19937 rng(11);
    for (int trial = 0; trial < 60; ++trial) {
        const std::size_t n = 10, points = 25;
        std::vector<std::vector<std::uint32_t>> covers(n);
        std::vector<double> w(points);
        for (auto& x : w)
            x = 1 + rng() % 5;
        for (auto& c : covers)
            for (std::uint32_t p = 0; p < points; ++p)
                if (rng() % 4 == 0)
                    c.push_back(p);
        std::vector<bool> pre(points, false);
        pre[rng() % points] = true; // one point already covered: worth nothing
        std::vector<double> wEff = w;
        for (std::size_t p = 0; p < points; ++p)
            wEff[p] = pre[p] ? 0 : w[p];
        for (std::size_t k : {1u, 2u, 3u}) {
            const auto g = greedyMaxCoverage(covers, w, pre, k);
            double value = 0;
            for (const auto& p : g)
                value += p.gain;
            const double opt = exhaustive(covers, wEff, k);
            EXPECT_GE(value, (1 - 1 / std::numbers::e) * opt - 1e-9);
            if (k == 1) {
                EXPECT_DOUBLE_EQ(value, opt);
            }
            // Plain greedy: recompute every gain each round, lowest index on ties.
            std::vector<bool> covered = pre;
            for (std::size_t round = 0; round < g.size(); ++round) {
                std::size_t best = 0;
                double bestGain = -1;
                for (std::size_t c = 0; c < n; ++c) {
                    double gain = 0;
                    for (auto p : covers[c])
                        gain += covered[p] ? 0 : w[p];
                    if (gain > bestGain)
                        bestGain = gain, best = c;
                }
                EXPECT_EQ(g[round].candidate, best);
                EXPECT_DOUBLE_EQ(g[round].gain, bestGain);
                for (auto p : covers[best])
                    covered[p] = true;
            }
        }
    }
}

// --- The analysis end to end ------------------------------------------------------------

AnalysisInput sensorsInput(std::vector<Coord> sensors) {
    return input({cw::test::links::project("iot", project::Sector::Safety, "S2",
                                           {{"iot_sensors", pointLayer(sensors)}})});
}

const ResultLayer& layerOf(const AnalysisResult& r, const char* key) {
    const ResultLayer* l = r.layer(key);
    EXPECT_NE(l, nullptr) << key;
    static const ResultLayer empty;
    return l ? *l : empty;
}

TEST(CoverageGapsAnalysis, ZoneSharesGapsAndProjects) {
    const auto analysis = makeCoverageGapsAnalysis();
    // Two 1 km zones side by side; a sensor (r = 200 m) in the middle of the west one and one
    // on the shared edge (half in each). Zone west covered: pi r² + pi r²/2 (the discs do not
    // meet: 500 m apart > 400 m); east: pi r²/2.
    AnalysisInput in = sensorsInput({{500, 500}, {1000, 500}});
    in.zones = polygonLayer({rect(0, 0, 1000, 1000), rect(1000, 0, 2000, 1000)});
    auto r = run(*analysis, in,
                 {{"radius_iot_sensor", "200"}, {"new_sites", "0"}, {"grid_shape", "square"}});
    ASSERT_TRUE(r) << errorCodeName(r.error().code) << " " << r.error().detail;
    const ResultLayer& zones = layerOf(*r, "coverage_zones");
    ASSERT_EQ(zones.rows.size(), 2u);
    const double disc = std::numbers::pi * 200 * 200;
    // Zone layers go through GEOS (128-gons: 0.04 % below the disc area).
    EXPECT_NEAR(real(zones.rows[0], column(zones, "covered_m2")), 1.5 * disc,
                kGeosDeficit * 1.5 * disc);
    EXPECT_NEAR(real(zones.rows[1], column(zones, "covered_m2")), 0.5 * disc,
                kGeosDeficit * 0.5 * disc);
    EXPECT_NEAR(real(zones.rows[0], column(zones, "covered_share")), 1.5 * disc / 1e6, 1e-4);
    EXPECT_EQ(integer(zones.rows[0], column(zones, "asset_count")), 2); // first zone takes the edge
    // Gap polygons: zone area minus covered area (same GEOS discs on both sides).
    const ResultLayer& gaps = layerOf(*r, "coverage_gap_areas");
    ASSERT_EQ(gaps.rows.size(), 2u);
    for (std::size_t z = 0; z < 2; ++z)
        EXPECT_NEAR(real(gaps.rows[z], column(gaps, "gap_m2")),
                    1e6 - real(zones.rows[z], column(zones, "covered_m2")), 1e-3);
    EXPECT_NEAR(r->summary.at("covered_share"), 2 * disc / 2e6, 1e-4);
}

// An L-shaped zone (the square [0,2000]² less its north-east quarter) with sensors (r = 200 m)
// in the notch: one 100 m from the zone reaches into it, one 300 m away does not; one inside.
// Covered area and gap as GEOS finds them with every disc (the far one changes nothing).
TEST(CoverageGapsAnalysis, ConcaveZoneCountsOnlyDiscsThatReachIt) {
    const auto analysis = makeCoverageGapsAnalysis();
    const std::vector<Coord> sensors{{1500, 1100}, {1500, 1300}, {500, 500}};
    AnalysisInput in = sensorsInput(sensors);
    const std::vector<Coord> ell{{0, 0},       {2000, 0}, {2000, 1000}, {1000, 1000},
                                 {1000, 2000}, {0, 2000}, {0, 0}};
    in.zones = polygonLayer({ell});
    auto r = run(*analysis, in, {{"radius_iot_sensor", "200"}, {"new_sites", "0"}});
    ASSERT_TRUE(r) << r.error().detail;
    const ResultLayer& zones = layerOf(*r, "coverage_zones");
    ASSERT_EQ(zones.rows.size(), 1u);

    geometry::GeosContext geos;
    const auto h = geos.handle();
    const geometry::GeosGeometry zone =
        geometry::toGeos(h, in.zones->geometries, 0, geometry::GeometryFamily::Polygon);
    std::vector<GEOSGeometry*> discs;
    for (const Coord& c : sensors) {
        const geometry::GeosGeometry centre{
            h,
            GEOSGeom_createPointFromXY_r(h, cw::test::links::X0 + c.x, cw::test::links::Y0 + c.y)};
        discs.push_back(GEOSBuffer_r(h, centre.get(), 200, 32));
    }
    const geometry::GeosGeometry all{
        h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, discs.data(), 3)};
    const geometry::GeosGeometry cover{h, GEOSUnaryUnion_r(h, all.get())};
    const geometry::GeosGeometry inside{h, GEOSIntersection_r(h, zone.get(), cover.get())};
    const double expected = geometry::geosArea(h, inside.get());
    // The near sensor's disc reaches 100 m into the zone: more than the inner disc alone.
    EXPECT_GT(expected, std::numbers::pi * 200 * 200 * (1 - kGeosDeficit) + 1000);
    EXPECT_NEAR(real(zones.rows[0], column(zones, "covered_m2")), expected, 1e-6 * expected);
    const ResultLayer& gaps = layerOf(*r, "coverage_gap_areas");
    ASSERT_EQ(gaps.rows.size(), 1u);
    EXPECT_NEAR(real(gaps.rows[0], column(gaps, "gap_m2")), 3e6 - expected, 1e-3);
}

TEST(CoverageGapsAnalysis, GridCellsAreExactAndWeightedByDemand) {
    const auto analysis = makeCoverageGapsAnalysis();
    // One sensor (r = 30 m) in the middle of a 100 m cell: share pi 30² / 100² exactly.
    AnalysisInput in = sensorsInput({{50, 50}});
    auto r = run(
        *analysis, in,
        {{"zones", "grid"}, {"grid_size", "100"}, {"radius_iot_sensor", "30"}, {"new_sites", "0"}});
    ASSERT_TRUE(r);
    // The grid spans the sensor's extent grown by 30 m: (20..80) snaps to the single cell 0..100.
    const ResultLayer& zones = layerOf(*r, "coverage_zones");
    ASSERT_EQ(zones.rows.size(), 1u);
    EXPECT_NEAR(real(zones.rows[0], column(zones, "covered_share")), std::numbers::pi * 900 / 1e4,
                1e-12);

    // Demand: the west half of the cell holds 100 people, the east half 300 (densities 0.02 and
    // 0.06 per m²). The disc is split evenly: covered demand = 0.02 x pi 900 / 2 + 0.06 x
    // pi 900 / 2 = 0.04 pi 900 of 400 (GEOS path: 128-gon, 0.04 % low).
    data::VectorLayer demand = *polygonLayer({rect(0, 0, 50, 100), rect(50, 0, 100, 100)});
    demand.fields = {{"pop", data::FieldType::Real}};
    demand.attributes = {{100.0}, {300.0}};
    in.baseLayers.push_back({"population",
                             {"인구", "population"},
                             std::make_shared<const data::VectorLayer>(demand),
                             0});
    r = run(*analysis, in,
            {{"zones", "grid"},
             {"grid_size", "100"},
             {"radius_iot_sensor", "30"},
             {"new_sites", "0"},
             {"demand_layer", "population"},
             {"demand_field", "pop"}});
    ASSERT_TRUE(r) << r.error().detail;
    const ResultLayer& weighted = layerOf(*r, "coverage_zones");
    EXPECT_NEAR(real(weighted.rows[0], column(weighted, "demand")), 400, 1e-9);
    EXPECT_NEAR(real(weighted.rows[0], column(weighted, "covered_demand")),
                0.04 * std::numbers::pi * 900, kGeosDeficit * 0.04 * std::numbers::pi * 900);
}

TEST(CoverageGapsAnalysis, NetworkModeCoversTheReachableRoadOnly) {
    const auto analysis = makeCoverageGapsAnalysis();
    // A straight 1 km road; a sensor at its middle with r = 200 m reaches 400 m of it; buffered
    // by 10 m with round caps: 400 x 20 + pi 10² (two half discs at the ends).
    AnalysisInput in = sensorsInput({{500, 0}});
    in.baseLayers.push_back({"roads", {"도로", "roads"}, lineLayer({{{0, 0}, {1000, 0}}}), 0});
    in.zones = polygonLayer({rect(-100, -100, 1100, 100)});
    auto r = run(*analysis, in,
                 {{"radius_iot_sensor", "200"},
                  {"road_layer", "roads"},
                  {"network_width", "10"},
                  {"new_sites", "0"}});
    ASSERT_TRUE(r) << r.error().detail;
    const ResultLayer& zones = layerOf(*r, "coverage_zones");
    // GEOS buffers the caps with 8 segments a quarter: 0.6 % of the small cap area low at most.
    EXPECT_NEAR(real(zones.rows[0], column(zones, "covered_m2")), 8000 + std::numbers::pi * 100,
                2.5);
}

// Many sensors on a street grid, reaches overlapping, over 3 x 3 zones: every zone's covered
// area equals GEOS's (the union of the same network service areas intersected with the zone).
TEST(CoverageGapsAnalysis, NetworkCoverPerZoneMatchesGeos) {
    std::vector<std::vector<Coord>> streets;
    for (int i = 0; i <= 10; ++i) {
        for (int j = 0; j < 10; ++j) {
            streets.push_back({{i * 100.0, j * 100.0}, {i * 100.0, (j + 1) * 100.0}});
            streets.push_back({{j * 100.0, i * 100.0}, {(j + 1) * 100.0, i * 100.0}});
        }
    }
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> pos(0, 1000);
    std::vector<Coord> sensors;
    for (int i = 0; i < 25; ++i)
        sensors.push_back({pos(rng), pos(rng)});
    AnalysisInput in = sensorsInput(sensors);
    in.baseLayers.push_back({"roads", {"도로", "roads"}, lineLayer(streets), 0});
    std::vector<std::vector<Coord>> cells;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            cells.push_back(rect(i * 350.0 - 25, j * 350.0 - 25, i * 350.0 + 325, j * 350.0 + 325));
    in.zones = polygonLayer(cells);
    const auto analysis = makeCoverageGapsAnalysis();
    auto r = run(*analysis, in,
                 {{"radius_iot_sensor", "180"},
                  {"road_layer", "roads"},
                  {"network_width", "12"},
                  {"network_snap", "80"},
                  {"new_sites", "0"}});
    ASSERT_TRUE(r) << r.error().detail;
    const ResultLayer& zones = layerOf(*r, "coverage_zones");

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    const RoadNetwork network({in.baseLayers.back().data.get()});
    std::vector<Asset> assets;
    for (const Coord& c : sensors)
        assets.push_back({{X0 + c.x, Y0 + c.y}, AssetType::IotSensor, 180, 0});
    auto areas = networkServiceAreas(h, network, assets, 80, 12, nullptr);
    std::vector<GEOSGeometry*> parts;
    for (auto& a : areas)
        if (a)
            parts.push_back(a.release());
    cw::geometry::GeosGeometry all(
        h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                       static_cast<unsigned>(parts.size())));
    cw::geometry::GeosGeometry cover(h, GEOSUnaryUnion_r(h, all.get()));
    ASSERT_EQ(zones.rows.size(), cells.size());
    double total = 0;
    for (std::size_t z = 0; z < cells.size(); ++z) {
        auto zone = cw::geometry::toGeos(h, in.zones->geometries, z, GeometryFamily::Polygon);
        cw::geometry::GeosGeometry inside(h, GEOSIntersection_r(h, zone.get(), cover.get()));
        const double expected = cw::geometry::geosArea(h, inside.get());
        total += expected;
        EXPECT_NEAR(real(zones.rows[z], column(zones, "covered_m2")), expected,
                    std::max(1e-6, 1e-9 * expected))
            << "zone " << z;
    }
    EXPECT_GT(total, 1e5) << "the sensors should cover a good part of the grid";
}

TEST(CoverageGapsAnalysis, NewSitesMatchExhaustiveSearchOnASmallCase) {
    const auto analysis = makeCoverageGapsAnalysis();
    // A 400 x 100 m zone, one existing sensor (r = 50) at its west end, three candidates: the
    // best one fills the east end, then the middle. Gains are counted on a 10 m demand lattice:
    // the number of uncovered lattice centres within 50 m of each pick, x 100 m². Computed by
    // brute force here, over every pair of candidates.
    AnalysisInput in = sensorsInput({{50, 50}});
    in.zones = polygonLayer({rect(0, 0, 400, 100)});
    in.baseLayers.push_back(
        {"cands", {"후보", "candidates"}, pointLayer({{150, 50}, {350, 50}, {100, 50}}), 0});
    auto r = run(*analysis, in,
                 {{"radius_iot_sensor", "50"},
                  {"new_sites", "2"},
                  {"candidates", "cands"},
                  {"site_resolution", "10"},
                  {"gap_polygons", "false"}});
    ASSERT_TRUE(r) << r.error().detail;
    auto covered = [](double x, double y, const std::vector<Coord>& sites) {
        for (const Coord& s : sites)
            if ((x - s.x) * (x - s.x) + (y - s.y) * (y - s.y) <= 2500)
                return true;
        return false;
    };
    const std::vector<Coord> cands = {{150, 50}, {350, 50}, {100, 50}};
    double best = 0;
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = a + 1; b < 3; ++b) {
            double gained = 0;
            for (double x = 5; x < 400; x += 10)
                for (double y = 5; y < 100; y += 10)
                    if (!covered(x, y, {{50, 50}}) && covered(x, y, {cands[a], cands[b]}))
                        gained += 100;
            best = std::max(best, gained);
        }
    const ResultTable* gains = r->table("coverage_site_gains");
    ASSERT_NE(gains, nullptr);
    ASSERT_EQ(gains->rows.size(), 2u);
    // (150, 50) and (350, 50) both add a whole disc (the first only touches the existing one):
    // the tie goes to the lower index.
    EXPECT_EQ(integer(gains->rows[0], column(*gains, "candidate_fid")), 1);
    const double total = real(gains->rows[1], column(*gains, "cumulative_gain"));
    EXPECT_DOUBLE_EQ(total, best);
    EXPECT_EQ(r->layer("coverage_new_sites")->geometries.featureCount(), 2u);
}

TEST(CoverageGapsAnalysis, BadInputIsAClearError) {
    const auto analysis = makeCoverageGapsAnalysis();
    AnalysisInput in = sensorsInput({{0, 0}});
    auto r = run(*analysis, in, {{"road_layer", "no-such-layer"}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NoSuchLayerOrFile);
    EXPECT_EQ(r.error().args, (std::vector<std::string>{"road_layer", "no-such-layer"}));
    r = run(*analysis, in, {{"type_keywords", "cam=camera"}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().args.at(0), "type_keywords");
    // No point asset of a known type.
    AnalysisInput none = input({cw::test::links::project("x", project::Sector::Energy, "E1",
                                                         {{"hubs", pointLayer({{0, 0}})}})});
    r = run(*analysis, none, {});
    ASSERT_FALSE(r);
}

} // namespace
} // namespace cw::analysis
