// SPDX-License-Identifier: GPL-3.0-or-later
// The fast pair-area engine: exact hand-computed cases, then random data against GEOS pair by
// pair (GEOSIntersection + GEOSArea, computed here without the engine).
#include "cityweave/analysis/polygon_overlap_area.h"
#include "geometry/geos_bridge.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numbers>
#include <random>

namespace {
using namespace cw::analysis;
using cw::geometry::Coord;
using cw::geometry::GeometryFamily;
using cw::geometry::GeometryStore;

using Ring = std::vector<Coord>;

Ring rect(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

// One feature; rings after the first of each polygon are holes. `polygons` = list of
// (exterior, holes...). Rings are closed here, as GDAL delivers them.
void addFeature(GeometryStore& s, const std::vector<std::vector<Ring>>& polygons) {
    s.beginFeature();
    for (const auto& poly : polygons) {
        for (std::size_t r = 0; r < poly.size(); ++r) {
            s.beginPart(r == 0);
            for (const Coord& c : poly[r])
                s.addCoord(c.x, c.y);
            s.addCoord(poly[r][0].x, poly[r][0].y);
            s.endPart();
        }
    }
    s.endFeature();
}

GeometryStore one(const std::vector<std::vector<Ring>>& polygons) {
    GeometryStore s;
    addFeature(s, polygons);
    return s;
}

// Engine result for a single pair: the area, or 0 when the pair is not reported.
double engineArea(const GeometryStore& a, const GeometryStore& b, std::size_t* pairs = nullptr) {
    auto r = polygonOverlapAreas(a, b, OverlapOptions{});
    EXPECT_TRUE(r);
    if (pairs)
        *pairs = r->size();
    return r->empty() ? 0.0 : r->front().area;
}

TEST(OverlapArea, SquaresOverlappingByAKnownRectangle) {
    for (const double off : {0.0, 200000.0}) {
        const auto a = one({{rect(off, off, off + 10, off + 10)}});
        const auto b = one({{rect(off + 5, off + 2, off + 15, off + 8)}});
        const auto fast = fastOverlapArea(a, 0, b, 0);
        ASSERT_TRUE(fast.has_value()) << "proper crossings only: the fast path must take it";
        EXPECT_NEAR(*fast, 30.0, 1e-9);
        EXPECT_NEAR(engineArea(a, b), 30.0, 1e-9);
        EXPECT_NEAR(engineArea(b, a), 30.0, 1e-9);
    }
}

TEST(OverlapArea, ClockwiseInputGivesTheSameArea) {
    Ring cw = rect(0, 0, 10, 10);
    std::reverse(cw.begin(), cw.end());
    const auto a = one({{cw}});
    const auto b = one({{rect(5, 2, 15, 8)}});
    ASSERT_TRUE(fastOverlapArea(a, 0, b, 0));
    EXPECT_NEAR(*fastOverlapArea(a, 0, b, 0), 30.0, 1e-9);
}

TEST(OverlapArea, TouchingEdgesAreNotOverlaps) {
    const auto a = one({{rect(0, 0, 10, 10)}});
    const auto b = one({{rect(10, 0, 20, 10)}});
    // Collinear shared edge: degenerate, so the fast path must decline rather than guess.
    EXPECT_FALSE(fastOverlapArea(a, 0, b, 0).has_value());
    std::size_t pairs = 99;
    EXPECT_EQ(engineArea(a, b, &pairs), 0.0);
    EXPECT_EQ(pairs, 0u) << "area 0 is not an overlap";
    // Touching at one corner only.
    const auto c = one({{rect(10, 10, 20, 20)}});
    EXPECT_EQ(engineArea(a, c, &pairs), 0.0);
    EXPECT_EQ(pairs, 0u);
}

// The same polygon in two projects (a copied layer): the overlap is the polygon, holes and
// several parts included, without the GEOS fallback every collinear edge would need
// (regression: 4 million pairs of identical squares took 27 s).
TEST(OverlapArea, IdenticalPolygonsOverlapByTheirWholeArea) {
    const std::vector<std::vector<Ring>> shape{{rect(0, 0, 100, 100), rect(20, 20, 80, 80)},
                                               {rect(200, 0, 210, 5)}};
    const auto a = one(shape);
    const auto b = one(shape);
    const auto fast = fastOverlapArea(a, 0, b, 0);
    ASSERT_TRUE(fast.has_value());
    EXPECT_NEAR(*fast, 100.0 * 100 - 60.0 * 60 + 10.0 * 5, 1e-9);
    // The same ring listed clockwise: still the same polygon once oriented.
    Ring cw = rect(0, 0, 10, 10);
    std::reverse(cw.begin(), cw.end());
    ASSERT_TRUE(fastOverlapArea(one({{cw}}), 0, one({{rect(0, 0, 10, 10)}}), 0).has_value());
    EXPECT_NEAR(engineArea(one({{cw}}), one({{rect(0, 0, 10, 10)}})), 100.0, 1e-9);
}

TEST(OverlapArea, NestedPolygonCountsItsWholeArea) {
    const auto big = one({{rect(0, 0, 100, 100)}});
    const auto small = one({{rect(10, 20, 13, 27)}});
    ASSERT_TRUE(fastOverlapArea(big, 0, small, 0));
    EXPECT_NEAR(*fastOverlapArea(big, 0, small, 0), 21.0, 1e-9);
    EXPECT_NEAR(*fastOverlapArea(small, 0, big, 0), 21.0, 1e-9);
}

TEST(OverlapArea, Holes) {
    const auto donut = one({{rect(0, 0, 100, 100), rect(20, 20, 80, 80)}});
    const auto inHole = one({{rect(30, 30, 70, 70)}});
    std::size_t pairs = 99;
    EXPECT_EQ(engineArea(donut, inHole, &pairs), 0.0);
    EXPECT_EQ(pairs, 0u);
    // Straddles the hole's left edge: only x in [10, 20] lies on solid ground.
    const auto straddle = one({{rect(10, 40, 30, 60)}});
    EXPECT_NEAR(engineArea(donut, straddle), 10.0 * 20.0, 1e-9);
    EXPECT_NEAR(engineArea(straddle, donut), 10.0 * 20.0, 1e-9);
    // Covers the whole hole and some ring around it: 50x50 minus the 60x60 hole's part inside.
    const auto cover = one({{rect(15, 15, 85, 85)}});
    EXPECT_NEAR(engineArea(donut, cover), 70.0 * 70.0 - 60.0 * 60.0, 1e-9);
}

TEST(OverlapArea, Multipart) {
    const auto two = one({{rect(0, 0, 10, 10)}, {rect(20, 0, 30, 10)}});
    const auto bar = one({{rect(5, 2, 25, 8)}});
    EXPECT_NEAR(engineArea(two, bar), 2 * 5.0 * 6.0, 1e-9);
    EXPECT_NEAR(engineArea(bar, two), 2 * 5.0 * 6.0, 1e-9);
}

TEST(OverlapArea, IdenticalDuplicatesOverlapFully) {
    const Ring star{{200000, 550000}, {200050, 550010}, {200100, 550000}, {200080, 550060},
                    {200100, 550120}, {200050, 550090}, {200000, 550120}, {200020, 550060}};
    const auto a = one({{star}});
    double twice = 0;
    for (std::size_t i = 0; i < star.size(); ++i) {
        const Coord& p = star[i];
        const Coord& q = star[(i + 1) % star.size()];
        twice += (p.x - 200000) * (q.y - 550000) - (q.x - 200000) * (p.y - 550000);
    }
    EXPECT_NEAR(engineArea(a, a), std::abs(twice) / 2, 1e-6);
}

TEST(OverlapArea, SliverAtKoreanTmCoordinates) {
    // A 1 mm wide overlap 80 m long near (200 000, 550 000): 0.08 m² (up to the rounding of
    // 200099.999 itself, ~1.5e-11 m).
    const auto a = one({{rect(200000, 550000, 200100, 550100)}});
    const auto b = one({{rect(200099.999, 550010, 200199.999, 550090)}});
    ASSERT_TRUE(fastOverlapArea(a, 0, b, 0));
    EXPECT_NEAR(*fastOverlapArea(a, 0, b, 0), 0.08, 1e-8);
    EXPECT_NEAR(engineArea(a, b), 0.08, 1e-8);
    // Same sliver with collinear top and bottom edges: degenerate, so GEOS computes it.
    const auto c = one({{rect(200099.999, 550000, 200199.999, 550100)}});
    EXPECT_FALSE(fastOverlapArea(a, 0, c, 0).has_value());
    EXPECT_NEAR(engineArea(a, c), 0.1, 1e-7);
}

TEST(OverlapArea, EmptyFeaturesAndCancellation) {
    GeometryStore a;
    a.beginFeature();
    a.endFeature();
    addFeature(a, {{rect(0, 0, 10, 10)}});
    const auto b = one({{rect(5, 5, 15, 15)}});
    auto r = polygonOverlapAreas(a, b);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->size(), 1u);
    EXPECT_EQ(r->front().a, 1u);
    EXPECT_NEAR(r->front().area, 25.0, 1e-9);
    OverlapOptions cancelled;
    cancelled.cancel.cancel();
    auto c = polygonOverlapAreas(a, b, cancelled);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, cw::ErrorCode::Cancelled);
}

// Random star-shaped polygons (mostly concave; angular gaps < π keep them simple). With
// `grid` > 0 they are axis-aligned rectangles on that grid instead, so shared vertices, vertices
// on edges and collinear edges (the degenerate cases) occur often.
GeometryStore randomPolygons(std::size_t n, std::uint64_t seed, double grid, bool holes) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> cx(200000, 203000), cy(550000, 553000);
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> verts(holes ? 8 : 4, 40);
    GeometryStore s;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = cx(rng), y = cy(rng), r = 10 + 190 * unit(rng);
        if (grid > 0) {
            auto snap = [&](double v) { return std::round(v / grid) * grid; };
            const double x0 = snap(x), y0 = snap(y);
            addFeature(s, {{rect(x0, y0, x0 + grid + snap(r), y0 + grid + snap(r * unit(rng)))}});
            continue;
        }
        const int k = verts(rng);
        Ring ring;
        for (int j = 0; j < k; ++j) {
            const double t = 2 * std::numbers::pi * (j + 0.8 * unit(rng)) / k;
            const double rr = r * (0.3 + 0.7 * unit(rng));
            ring.push_back({x + rr * std::cos(t), y + rr * std::sin(t)});
        }
        std::vector<Ring> poly{ring};
        // A small square hole well inside the inner radius (edges stay beyond 0.22 r).
        if (holes && i % 5 == 0)
            poly.push_back(rect(x - 0.1 * r, y - 0.1 * r, x + 0.1 * r, y + 0.1 * r));
        addFeature(s, {poly});
    }
    return s;
}

std::map<std::pair<std::uint32_t, std::uint32_t>, double> geosPairs(const GeometryStore& a,
                                                                    const GeometryStore& b) {
    cw::geometry::GeosContext ctx;
    const auto h = ctx.handle();
    std::vector<cw::geometry::GeosGeometry> gb;
    for (std::size_t f = 0; f < b.featureCount(); ++f)
        gb.push_back(cw::geometry::toGeos(h, b, f, GeometryFamily::Polygon));
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> out;
    for (std::size_t fa = 0; fa < a.featureCount(); ++fa) {
        auto ga = cw::geometry::toGeos(h, a, fa, GeometryFamily::Polygon);
        for (std::size_t fb = 0; fb < b.featureCount(); ++fb) {
            if (!a.envelope(fa).intersects(b.envelope(fb)))
                continue;
            cw::geometry::GeosGeometry i(h, GEOSIntersection_r(h, ga.get(), gb[fb].get()));
            EXPECT_TRUE(i) << fa << " x " << fb;
            double area = 0;
            if (i)
                GEOSArea_r(h, i.get(), &area);
            if (area > 0)
                out[{std::uint32_t(fa), std::uint32_t(fb)}] = area;
        }
    }
    return out;
}

void compareWithGeos(const GeometryStore& a, const GeometryStore& b, bool expectFallbacks) {
    const auto expected = geosPairs(a, b);
    OverlapStats stats;
    auto got = polygonOverlapAreas(a, b, OverlapOptions{}, &stats);
    ASSERT_TRUE(got);
    EXPECT_EQ(stats.geosFailed, 0u);
    if (expectFallbacks)
        EXPECT_GT(stats.geosFallback, 0u);
    else
        EXPECT_GT(stats.fastPath, stats.candidates * 9 / 10);
    std::size_t matched = 0;
    for (const OverlapPair& p : *got) {
        auto it = expected.find({p.a, p.b});
        if (it == expected.end()) {
            EXPECT_LT(p.area, 1e-9) << "pair " << p.a << " x " << p.b << " not in GEOS";
            continue;
        }
        ++matched;
        EXPECT_NEAR(p.area, it->second, std::max(1e-4, 1e-6 * it->second))
            << "pair " << p.a << " x " << p.b;
    }
    std::size_t significant = 0;
    for (const auto& [key, area] : expected)
        significant += area >= 1e-9 ? 1 : 0;
    EXPECT_GE(matched, significant) << "every GEOS pair with area >= 1e-9 is reported";
    EXPECT_GT(matched, a.featureCount()) << "the data should have plenty of overlaps";
    // Sorted by (a, b), and the same whatever the thread count.
    EXPECT_TRUE(std::is_sorted(got->begin(), got->end(), [](const auto& l, const auto& r) {
        return l.a != r.a ? l.a < r.a : l.b < r.b;
    }));
    OverlapOptions single;
    single.threads = 1;
    auto one = polygonOverlapAreas(a, b, single);
    ASSERT_TRUE(one);
    ASSERT_EQ(one->size(), got->size());
    for (std::size_t i = 0; i < got->size(); ++i) {
        EXPECT_EQ((*one)[i].a, (*got)[i].a);
        EXPECT_EQ((*one)[i].b, (*got)[i].b);
        EXPECT_EQ((*one)[i].area, (*got)[i].area);
    }
}

TEST(OverlapArea, RandomConcavePolygonsMatchGeosPairByPair) {
    compareWithGeos(randomPolygons(3000, 1, 0, false), randomPolygons(3000, 2, 0, false), false);
}

TEST(OverlapArea, RandomPolygonsWithHolesMatchGeos) {
    compareWithGeos(randomPolygons(1500, 3, 0, true), randomPolygons(1500, 4, 0, true), false);
}

TEST(OverlapArea, SnappedPolygonsWithDegeneraciesMatchGeos) {
    // Rectangles on a 10 m grid against each other and against concave polygons.
    const auto grid = randomPolygons(1500, 5, 10, false);
    compareWithGeos(grid, randomPolygons(1500, 6, 10, false), true);
    compareWithGeos(grid, randomPolygons(1500, 7, 0, false), false);
}

} // namespace
