// SPDX-License-Identifier: GPL-3.0-or-later
// The fast validity check may only say "valid" where GEOS says so too; checked on hand-built
// rings and on random ones, most of them self-intersecting.
#include "geometry/geos_bridge.h"
#include "geometry/ring_validity.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <random>
#include <vector>

using cw::geometry::Coord;
using cw::geometry::GeometryFamily;
using cw::geometry::GeometryStore;
using cw::geometry::isSimplePolygon;

namespace {

GeometryStore ringOf(std::initializer_list<Coord> coords) {
    GeometryStore s;
    s.beginFeature();
    s.beginPart(true);
    for (const Coord& c : coords)
        s.addCoord(c.x, c.y);
    s.endPart();
    s.endFeature();
    return s;
}

bool geosValid(const GeometryStore& s) {
    cw::geometry::GeosContext geos;
    auto g = cw::geometry::toGeos(geos.handle(), s, 0, GeometryFamily::Polygon);
    return g && GEOSisValid_r(geos.handle(), g.get()) == 1;
}

TEST(RingValidity, AcceptsSimpleRings) {
    for (const auto& s : {
             ringOf({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}),          // square
             ringOf({{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}),          // clockwise
             ringOf({{0, 0}, {5, 0}, {10, 0}, {10, 10}, {0, 0}}),           // straight vertex
             ringOf({{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}), // repeated point
             ringOf(
                 {{200000, 550000}, {200000.001, 550000}, {200000, 550000.001}, {200000, 550000}}),
         }) {
        EXPECT_TRUE(geosValid(s));
        EXPECT_TRUE(isSimplePolygon(s, 0));
    }
}

TEST(RingValidity, LeavesEveryInvalidOrUnusualRingToGeos) {
    for (const auto& s : {
             ringOf({{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}}),                 // bow tie
             ringOf({{0, 0}, {10, 0}, {10, 10}, {10, 5}, {0, 10}, {0, 0}}),        // spike back
             ringOf({{0, 0}, {10, 0}, {5, 5}, {10, 10}, {0, 10}, {5, 5}, {0, 0}}), // touches self
             ringOf({{0, 0}, {10, 0}, {10, 10}, {5, 0}, {0, 10}, {0, 0}}),         // vertex on edge
             ringOf({{0, 0}, {10, 0}, {20, 0}, {0, 0}}),                           // flat
             ringOf({{0, 0}, {10, 0}, {0, 0}}),                                    // two points
             ringOf({{0, 0}, {10, 0}, {10, 10}}),                                  // left open
             ringOf({{0, 0}, {10, 0}, {10, std::nan("")}, {0, 0}}),                // not finite
         })
        EXPECT_FALSE(isSimplePolygon(s, 0));
    // A valid polygon with a hole is GEOS's to check, too.
    GeometryStore withHole;
    withHole.beginFeature();
    for (bool exterior : {true, false}) {
        withHole.beginPart(exterior);
        const double lo = exterior ? 0 : 4, hi = exterior ? 10 : 6;
        for (const Coord& c :
             {Coord{lo, lo}, Coord{hi, lo}, Coord{hi, hi}, Coord{lo, hi}, Coord{lo, lo}})
            withHole.addCoord(c.x, c.y);
        withHole.endPart();
    }
    withHole.endFeature();
    EXPECT_TRUE(geosValid(withHole));
    EXPECT_FALSE(isSimplePolygon(withHole, 0));
}

// Random rings on a coarse grid (many shared coordinates, collinear runs and crossings) and
// star-shaped ones near Seoul's coordinates: never "simple" where GEOS finds fault, and every
// star-shaped ring, which is valid, accepted.
TEST(RingValidity, AgreesWithGeosOnRandomRings) {
    std::mt19937 rng(13);
    std::uniform_int_distribution<int> grid(0, 6);
    std::uniform_int_distribution<int> count(3, 9);
    int simple = 0, valid = 0;
    for (int k = 0; k < 20000; ++k) {
        GeometryStore s;
        s.beginFeature();
        s.beginPart(true);
        const int n = count(rng);
        Coord first{};
        for (int i = 0; i < n; ++i) {
            const Coord c{double(grid(rng)), double(grid(rng))};
            if (i == 0)
                first = c;
            s.addCoord(c.x, c.y);
        }
        s.addCoord(first.x, first.y);
        s.endPart();
        s.endFeature();
        const bool fast = isSimplePolygon(s, 0);
        const bool geos = geosValid(s);
        ASSERT_TRUE(!fast || geos) << "ring " << k;
        simple += fast;
        valid += geos;
    }
    EXPECT_GT(simple, 0);
    EXPECT_EQ(simple, valid) << "GEOS-valid single rings the fast check left to GEOS";

    std::uniform_real_distribution<double> radius(20, 400);
    for (int k = 0; k < 2000; ++k) {
        const int n = count(rng) * 4;
        GeometryStore s;
        s.beginFeature();
        s.beginPart(true);
        std::vector<double> r(n);
        for (double& v : r)
            v = radius(rng);
        for (int i = 0; i <= n; ++i) {
            const double angle = 2 * std::numbers::pi * (i % n) / n;
            s.addCoord(200000 + r[i % n] * std::cos(angle), 550000 + r[i % n] * std::sin(angle));
        }
        s.endPart();
        s.endFeature();
        EXPECT_TRUE(isSimplePolygon(s, 0)) << "star " << k;
        EXPECT_TRUE(geosValid(s));
    }
}

} // namespace
