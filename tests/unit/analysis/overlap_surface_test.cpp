// SPDX-License-Identifier: GPL-3.0-or-later
// overlap-surface on hand-built squares whose pieces and areas are worked out below.
#include "geometry/geos_bridge.h"
#include "link_fixtures.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numbers>
#include <random>

namespace {

using namespace cw::test::links;
using cw::analysis::makeOverlapSurfaceAnalysis;
using cw::project::Sector;

struct Piece {
    std::int64_t count;
    std::string ids;
    std::string names;
    std::string sectors;
    double area;
};

std::vector<Piece> pieces(const cw::analysis::AnalysisResult& r) {
    const auto* l = r.layer("overlap_surface");
    EXPECT_NE(l, nullptr);
    std::vector<Piece> out;
    if (!l)
        return out;
    EXPECT_EQ(l->family, GeometryFamily::Polygon);
    EXPECT_EQ(l->geometries.featureCount(), l->rows.size());
    for (const auto& row : l->rows)
        out.push_back({integer(row, column(*l, "project_count")),
                       text(row, column(*l, "project_ids")), text(row, column(*l, "project_names")),
                       text(row, column(*l, "sectors")), real(row, column(*l, "area_m2"))});
    return out;
}

// A [0,100]x[0,100], B [50,150]x[0,100], C [50,100]x[50,150]:
//   A∩B∩C = [50,100]x[50,100]                   2,500 m²  count 3
//   A∩B only = [50,100]x[0,50]                   2,500 m²  count 2 (A∩C and B∩C lie in A∩B)
//   A only [0,50]x[0,100] 5,000; B only [100,150]x[0,100] 5,000; C only [50,100]x[100,150] 2,500
//   union = 10,000 + 10,000 + 5,000 - 5,000 - 2,500 - 2,500 + 2,500 = 17,500 m²
cw::analysis::AnalysisInput threeSquares() {
    return input({
        project("A", Sector::Energy, "E1", {{"a", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("B", Sector::Transport, "T2", {{"b", polygonLayer({rect(50, 0, 150, 100)})}}),
        project("C", Sector::Energy, "E2", {{"c", polygonLayer({rect(50, 50, 100, 150)})}}),
    });
}

TEST(OverlapSurface, ThreeSquaresGiveCountsOneTwoThreeWithExactAreas) {
    auto analysis = makeOverlapSurfaceAnalysis();
    auto result = run(*analysis, threeSquares());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->analysisId, "overlap-surface");
    EXPECT_EQ(result->crs.authId(), "EPSG:5186");
    EXPECT_FALSE(result->computedAt.empty());
    EXPECT_EQ(result->parameters.at("point_line_buffer"), "0");

    const auto p = pieces(*result);
    // Most-covered first, then by project list (input order), larger first.
    ASSERT_EQ(p.size(), 5u);
    EXPECT_EQ(p[0].count, 3);
    EXPECT_EQ(p[0].ids, "A,B,C");
    EXPECT_EQ(p[0].names, "A 사업, B 사업, C 사업");
    EXPECT_EQ(p[0].sectors, "transport,energy");
    EXPECT_NEAR(p[0].area, 2500, 1e-6);
    EXPECT_EQ(p[1].count, 2);
    EXPECT_EQ(p[1].ids, "A,B");
    EXPECT_NEAR(p[1].area, 2500, 1e-6);
    EXPECT_EQ(p[2].ids, "A");
    EXPECT_NEAR(p[2].area, 5000, 1e-6);
    EXPECT_EQ(p[3].ids, "B");
    EXPECT_NEAR(p[3].area, 5000, 1e-6);
    EXPECT_EQ(p[4].ids, "C");
    EXPECT_EQ(p[4].sectors, "energy");
    EXPECT_NEAR(p[4].area, 2500, 1e-6);

    EXPECT_NEAR(result->summary.at("covered_area_m2"), 17500, 1e-6);
    EXPECT_NEAR(result->summary.at("area_2plus_m2"), 5000, 1e-6);
    EXPECT_DOUBLE_EQ(result->summary.at("max_project_count"), 3);
    EXPECT_DOUBLE_EQ(result->summary.at("pieces"), 5);
}

TEST(OverlapSurface, UnmergedFacesStillAddUp) {
    auto result = run(*makeOverlapSurfaceAnalysis(), threeSquares(), {{"merge_pieces", "false"}});
    ASSERT_TRUE(result);
    double total = 0;
    for (const auto& p : pieces(*result))
        total += p.area;
    EXPECT_NEAR(total, 17500, 1e-6);
    EXPECT_GE(pieces(*result).size(), 5u);
}

TEST(OverlapSurface, NestedSquareLeavesARingAround) {
    // Outer [0,100]² (project O), inner [25,75]² (project I):
    //   inner piece count 2, 2,500 m²; the ring around it count 1, 10,000 - 2,500 = 7,500 m².
    auto in = input({
        project("O", Sector::Safety, "S1", {{"o", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("I", Sector::Safety, "S2", {{"i", polygonLayer({rect(25, 25, 75, 75)})}}),
    });
    auto result = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(result);
    const auto p = pieces(*result);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].count, 2);
    EXPECT_EQ(p[0].ids, "O,I");
    EXPECT_NEAR(p[0].area, 2500, 1e-6);
    EXPECT_EQ(p[1].ids, "O");
    EXPECT_NEAR(p[1].area, 7500, 1e-6);
    // The ring is one polygon with a hole: two rings in the output.
    const auto* l = result->layer("overlap_surface");
    EXPECT_EQ(l->geometries.endPart(1) - l->geometries.firstPart(1), 2u);
}

TEST(OverlapSurface, TouchingSquaresDoNotOverlapAndHolesStayEmpty) {
    // F [0,100]² and G [100,200]x[0,100] share an edge: two count-1 pieces, nothing covered twice.
    // H is a square [300,400]² with a hole [325,375]²; J fills the hole exactly: the hole is
    // covered once (by J), H's ring once, and nothing twice.
    auto in = input({
        project("F", Sector::Energy, "E1", {{"f", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("G", Sector::Energy, "E1", {{"g", polygonLayer({rect(100, 0, 200, 100)})}}),
        project("H", Sector::Safety, "S1",
                {{"h", layer(GeometryFamily::Polygon,
                             {{rect(300, 300, 400, 400), rect(325, 325, 375, 375)}})}}),
        project("J", Sector::Safety, "S2", {{"j", polygonLayer({rect(325, 325, 375, 375)})}}),
    });
    auto result = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(result);
    const auto p = pieces(*result);
    ASSERT_EQ(p.size(), 4u);
    std::map<std::string, double> area;
    for (const auto& piece : p) {
        EXPECT_EQ(piece.count, 1);
        area[piece.ids] += piece.area;
    }
    EXPECT_NEAR(area["F"], 10000, 1e-6);
    EXPECT_NEAR(area["G"], 10000, 1e-6);
    EXPECT_NEAR(area["H"], 7500, 1e-6);
    EXPECT_NEAR(area["J"], 2500, 1e-6);
    EXPECT_DOUBLE_EQ(result->summary.at("area_2plus_m2"), 0);
    EXPECT_DOUBLE_EQ(result->summary.at("max_project_count"), 1);
}

TEST(OverlapSurface, OneProjectOverlappingItselfCountsOnce) {
    // Two features of project K, [0,100]x[0,100] and [50,150]x[0,100], overlap each other; K
    // covers [0,150]x[0,100] and L [75,125]x[0,100] lies inside it:
    //   K,L 50 x 100 = 5,000; K only [0,75] 7,500 and [125,150] 2,500, two separate pieces.
    auto in = input({
        project("K", Sector::Transport, "T1",
                {{"k", polygonLayer({rect(0, 0, 100, 100), rect(50, 0, 150, 100)})}}),
        project("L", Sector::Transport, "T3", {{"l", polygonLayer({rect(75, 0, 125, 100)})}}),
    });
    auto result = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(result);
    const auto p = pieces(*result);
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].ids, "K,L");
    EXPECT_NEAR(p[0].area, 5000, 1e-6);
    EXPECT_EQ(p[1].ids, "K");
    EXPECT_NEAR(p[1].area, 7500, 1e-6);
    EXPECT_EQ(p[2].ids, "K");
    EXPECT_NEAR(p[2].area, 2500, 1e-6);
    EXPECT_DOUBLE_EQ(result->summary.at("max_project_count"), 2);
}

TEST(OverlapSurface, PointsAreIgnoredUnlessBuffered) {
    // A point of P at the centre of Q's square [0,100]²: ignored by default (one piece, with a
    // warning); buffered by 10 m it adds a ~314 m² disc covered twice.
    auto in = input({
        project("P", Sector::Energy, "E2", {{"chargers", pointLayer({{50, 50}})}}),
        project("Q", Sector::Transport, "T2", {{"lots", polygonLayer({rect(0, 0, 100, 100)})}}),
    });
    auto plain = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(plain);
    ASSERT_EQ(pieces(*plain).size(), 1u);
    EXPECT_FALSE(plain->warnings.empty());

    auto buffered = run(*makeOverlapSurfaceAnalysis(), in, {{"point_line_buffer", "10"}});
    ASSERT_TRUE(buffered);
    const auto p = pieces(*buffered);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].ids, "P,Q");
    // A 64-gon of radius 10: 32 * 100 * sin(2π/64) = 313.65 m².
    EXPECT_NEAR(p[0].area, 313.65, 0.01);
    EXPECT_NEAR(p[1].area, 10000 - p[0].area, 1e-6);
}

TEST(OverlapSurface, LargeGroupsMergeIntoOnePiecePerSet) {
    // 300 squares of A [10i,10i+10]x[0,10] touching in a row and 300 of B shifted by (5,5): one
    // group of 600 footprints, cut into many chunks of overlay work.
    //   A covers [0,3000]x[0,10] = 30,000; B [5,3005]x[5,15] = 30,000;
    //   A∩B = [5,3000]x[5,10] = 2,995 x 5 = 14,975; union 45,025.
    // Merged across chunks: exactly one piece per project set, A and B 15,025 each.
    std::vector<std::vector<Coord>> a, b;
    for (int i = 0; i < 300; ++i) {
        a.push_back(rect(10 * i, 0, 10 * i + 10, 10));
        b.push_back(rect(10 * i + 5, 5, 10 * i + 15, 15));
    }
    auto in = input({project("A", Sector::Energy, "E1", {{"a", polygonLayer(a)}}),
                     project("B", Sector::Energy, "E2", {{"b", polygonLayer(b)}})});
    auto result = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(result);
    const auto p = pieces(*result);
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].ids, "A,B");
    EXPECT_NEAR(p[0].area, 14975, 1e-6);
    EXPECT_EQ(p[1].ids, "A");
    EXPECT_NEAR(p[1].area, 15025, 1e-6);
    EXPECT_EQ(p[2].ids, "B");
    EXPECT_NEAR(p[2].area, 15025, 1e-6);
    EXPECT_NEAR(result->summary.at("covered_area_m2"), 45025, 1e-6);
}

// Random star-shaped polygons of three projects (clockwise and counter-clockwise, some with holes,
// some sharing edges exactly with a neighbour). For every project set S, GEOS computes the ground
// covered by exactly S (∩ of S's unions minus the others') on its own; the surface's pieces of S
// must add up to it, and every piece must be a valid polygon.
TEST(OverlapSurface, EveryProjectSetMatchesGeosOnRandomLayers) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> pos(0, 600), radius(20, 90), unit(0, 1);
    std::vector<std::vector<std::vector<Coord>>> features[3];
    for (auto& layerFeatures : features) {
        for (int i = 0; i < 40; ++i) {
            const Coord c{pos(rng), pos(rng)};
            const int n = 3 + static_cast<int>(unit(rng) * 10);
            const double r0 = radius(rng);
            std::vector<Coord> ring;
            for (int k = 0; k < n; ++k) {
                const double angle = 2 * std::numbers::pi * (k + 0.8 * unit(rng)) / n;
                const double r = r0 * (0.5 + 0.5 * unit(rng));
                ring.push_back({c.x + r * std::cos(angle), c.y + r * std::sin(angle)});
            }
            if (unit(rng) < 0.3)
                std::reverse(ring.begin(), ring.end());
            ring.push_back(ring.front());
            std::vector<std::vector<Coord>> rings{ring};
            if (n >= 6 && unit(rng) < 0.3)
                rings.push_back(
                    rect(c.x - r0 * 0.1, c.y - r0 * 0.1, c.x + r0 * 0.1, c.y + r0 * 0.1));
            layerFeatures.push_back(rings);
        }
        // A square and its neighbour sharing an edge exactly.
        layerFeatures.push_back({rect(700, 700, 750, 750)});
        layerFeatures.push_back({rect(750, 700, 800, 750)});
    }
    auto in = input(
        {project("A", Sector::Energy, "E1", {{"a", layer(GeometryFamily::Polygon, features[0])}}),
         project("B", Sector::Safety, "S1", {{"b", layer(GeometryFamily::Polygon, features[1])}}),
         project("C", Sector::Transport, "T1",
                 {{"c", layer(GeometryFamily::Polygon, features[2])}})});
    auto result = run(*makeOverlapSurfaceAnalysis(), in);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->warnings.empty());

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    auto unionOf = [&](const cw::data::VectorLayer& l) {
        std::vector<GEOSGeometry*> parts;
        for (std::size_t f = 0; f < l.featureCount(); ++f)
            parts.push_back(
                cw::geometry::toGeos(h, l.geometries, f, GeometryFamily::Polygon).release());
        cw::geometry::GeosGeometry all(
            h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                           static_cast<unsigned>(parts.size())));
        return cw::geometry::GeosGeometry(h, GEOSUnaryUnion_r(h, all.get()));
    };
    std::vector<cw::geometry::GeosGeometry> unions;
    for (const auto& p : in.projects)
        unions.push_back(unionOf(*p.layers[0].data));
    const char* names[3] = {"A", "B", "C"};
    std::map<std::string, double> expected;
    for (int mask = 1; mask < 8; ++mask) {
        cw::geometry::GeosGeometry region;
        std::string ids;
        for (int p = 0; p < 3; ++p) {
            if (!(mask & (1 << p)))
                continue;
            ids.append(ids.empty() ? "" : ",").append(names[p]);
            region = region ? cw::geometry::GeosGeometry(
                                  h, GEOSIntersection_r(h, region.get(), unions[p].get()))
                            : cw::geometry::GeosGeometry(h, GEOSGeom_clone_r(h, unions[p].get()));
        }
        for (int p = 0; p < 3; ++p)
            if (!(mask & (1 << p)))
                region = cw::geometry::GeosGeometry(
                    h, GEOSDifference_r(h, region.get(), unions[p].get()));
        expected[ids] = cw::geometry::geosArea(h, region.get());
    }
    std::map<std::string, double> got;
    const auto* l = result->layer("overlap_surface");
    ASSERT_NE(l, nullptr);
    for (std::size_t f = 0; f < l->geometries.featureCount(); ++f) {
        const auto& row = l->rows[f];
        got[text(row, column(*l, "project_ids"))] += real(row, column(*l, "area_m2"));
        auto g = cw::geometry::toGeos(h, l->geometries, f, GeometryFamily::Polygon);
        ASSERT_TRUE(g);
        EXPECT_EQ(GEOSisValid_r(h, g.get()), 1) << "piece " << f;
        EXPECT_NEAR(cw::geometry::geosArea(h, g.get()), real(row, column(*l, "area_m2")), 1e-6);
    }
    for (const auto& [ids, area] : expected) {
        SCOPED_TRACE(ids);
        EXPECT_NEAR(got[ids], area, std::max(1e-6, 1e-9 * area));
    }
}

TEST(OverlapSurface, CancelledRunReturnsCancelled) {
    cw::CancelToken cancel;
    cancel.cancel();
    auto result = run(*makeOverlapSurfaceAnalysis(), threeSquares(), {}, cancel);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::Cancelled);

    // Cancelled after the grouping phase (30 %), the noding loop notices too.
    cw::CancelToken later;
    result = run(*makeOverlapSurfaceAnalysis(), threeSquares(), {}, later, [&](double f) {
        if (f >= 0.3)
            later.cancel();
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::Cancelled);
}

TEST(OverlapSurface, SampleProjectHasMultiplyCoveredPiecesInMagok) {
    cw::test::TempDir tmp;
    auto in = sampleInput(tmp);
    ASSERT_TRUE(in) << cw::errorCodeName(in.error().code) << " " << in.error().detail;
    // Chargers and facilities buffered by 50 m become footprints inside the Magok district.
    auto result = run(*makeOverlapSurfaceAnalysis(), *in, {{"point_line_buffer", "50"}});
    ASSERT_TRUE(result);
    bool magokAndChargers = false;
    for (const auto& p : pieces(*result)) {
        EXPECT_GE(p.count, 1);
        EXPECT_GT(p.area, 0);
        if (p.count >= 2 && p.ids.find("magok-energy") != std::string::npos &&
            p.ids.find("ev-chargers") != std::string::npos)
            magokAndChargers = true;
    }
    EXPECT_TRUE(magokAndChargers);
    EXPECT_GE(result->summary.at("max_project_count"), 2);
    EXPECT_GT(result->summary.at("area_2plus_m2"), 0);
    // Magok district alone is ~3.6 km²; the union of everything is far more than that.
    EXPECT_GT(result->summary.at("covered_area_m2"), 3.0e6);
}

} // namespace
