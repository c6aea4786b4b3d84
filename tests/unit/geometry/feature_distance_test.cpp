// SPDX-License-Identifier: GPL-3.0-or-later
// Direct feature distances against GEOS: the same meet decision, the same distance, and nearest
// points that lie on their features, on random points, lines and polygons (with holes) and on
// hand-built touching and nested cases.
#include "geometry/feature_distance.h"
#include "geometry/geos_bridge.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <random>
#include <vector>

using cw::geometry::Coord;
using cw::geometry::FeatureDistance;
using cw::geometry::GeometryFamily;
using cw::geometry::GeometryStore;

namespace {

void addFeature(GeometryStore& s, const std::vector<std::vector<Coord>>& parts, bool polygon) {
    s.beginFeature();
    bool first = true;
    for (const auto& part : parts) {
        s.beginPart(polygon && first);
        for (const Coord& c : part)
            s.addCoord(c.x, c.y);
        s.endPart();
        first = false;
    }
    s.endFeature();
}

std::vector<Coord> square(double x, double y, double size) {
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
}

struct Shape {
    GeometryStore store;
    GeometryFamily family;
};

double geosDistance(cw::geometry::GeosContext& geos, const Shape& a, const Shape& b) {
    auto ga = cw::geometry::toGeos(geos.handle(), a.store, 0, a.family);
    auto gb = cw::geometry::toGeos(geos.handle(), b.store, 0, b.family);
    double d = -1;
    EXPECT_EQ(GEOSDistance_r(geos.handle(), ga.get(), gb.get(), &d), 1);
    return d;
}

double geosDistanceToPoint(cw::geometry::GeosContext& geos, const Shape& s, const Coord& p) {
    auto g = cw::geometry::toGeos(geos.handle(), s.store, 0, s.family);
    GEOSGeometry* pt = GEOSGeom_createPointFromXY_r(geos.handle(), p.x, p.y);
    double d = -1;
    GEOSDistance_r(geos.handle(), g.get(), pt, &d);
    GEOSGeom_destroy_r(geos.handle(), pt);
    return d;
}

// Returns GEOS's distance.
double expectSameAsGeos(const Shape& a, const Shape& b, const char* what) {
    SCOPED_TRACE(what);
    cw::geometry::GeosContext geos;
    FeatureDistance direct;
    const auto got = direct.measure(a.store, 0, a.family == GeometryFamily::Polygon, b.store, 0,
                                    b.family == GeometryFamily::Polygon);
    EXPECT_TRUE(got);
    const double expected = geosDistance(geos, a, b);
    if (!got)
        return expected;
    EXPECT_EQ(got->distance == 0, expected == 0);
    EXPECT_NEAR(got->distance, expected, 1e-9 * std::max(1.0, expected));
    const double span = std::hypot(got->onA.x - got->onB.x, got->onA.y - got->onB.y);
    EXPECT_NEAR(span, got->distance, 1e-7);
    EXPECT_LT(geosDistanceToPoint(geos, a, got->onA), 1e-7);
    EXPECT_LT(geosDistanceToPoint(geos, b, got->onB), 1e-7);
    return expected;
}

Shape polygon(std::vector<std::vector<Coord>> rings) {
    Shape s{{}, GeometryFamily::Polygon};
    addFeature(s.store, rings, true);
    return s;
}
Shape line(std::vector<Coord> c) {
    Shape s{{}, GeometryFamily::Line};
    addFeature(s.store, {c}, false);
    return s;
}
Shape point(Coord c) {
    Shape s{{}, GeometryFamily::Point};
    addFeature(s.store, {{c}}, false);
    return s;
}

TEST(FeatureDistance, HandBuiltCases) {
    const double X = 200000, Y = 550000;
    const Shape big = polygon({square(X, Y, 100), square(X + 40, Y + 40, 20)}); // with a hole
    expectSameAsGeos(big, point({X + 10, Y + 10}), "point inside");
    expectSameAsGeos(big, point({X + 50, Y + 50}), "point in the hole");
    expectSameAsGeos(big, point({X + 100, Y + 50}), "point on the edge");
    expectSameAsGeos(big, point({X + 130, Y + 140}), "point outside");
    expectSameAsGeos(big, polygon({square(X + 45, Y + 45, 5)}), "polygon in the hole");
    expectSameAsGeos(big, polygon({square(X + 100, Y + 10, 5)}), "sharing an edge");
    expectSameAsGeos(big, polygon({square(X + 100, Y + 100, 5)}), "touching at a corner");
    expectSameAsGeos(big, polygon({square(X + 10, Y + 10, 5)}), "nested");
    expectSameAsGeos(polygon({square(X + 10, Y + 10, 5)}), big, "nested, other way");
    expectSameAsGeos(big, line({{X + 20, Y + 20}, {X + 30, Y + 25}}), "line inside");
    expectSameAsGeos(big, line({{X + 150, Y - 20}, {X + 150, Y + 200}}), "line beside");
    expectSameAsGeos(line({{X, Y}, {X + 10, Y + 10}}), line({{X, Y + 10}, {X + 10, Y}}), "cross");
    expectSameAsGeos(point({X, Y}), point({X + 300, Y + 400}), "two points");
}

TEST(FeatureDistance, RandomShapesMatchGeos) {
    std::mt19937 rng(17);
    std::uniform_real_distribution<double> pos(0, 150), size(5, 120), unit(0, 1);
    std::uniform_int_distribution<int> kind(0, 3), grid(0, 20);
    auto randomShape = [&]() -> Shape {
        const double x = 200000 + pos(rng), y = 550000 + pos(rng), r = size(rng);
        switch (kind(rng)) {
        case 0:
            return point({x, y});
        case 1:
            return line({{x, y},
                         {x + r * (unit(rng) - 0.5), y + r * (unit(rng) - 0.5)},
                         {x + r * (unit(rng) - 0.5), y + r * (unit(rng) - 0.5)}});
        case 2: { // star-shaped: simple
            std::vector<Coord> ring;
            const int n = 5 + grid(rng) % 8;
            for (int i = 0; i <= n; ++i) {
                const double a = 2 * std::numbers::pi * (i % n) / n,
                             rr = r * (0.5 + 0.5 * unit(rng));
                ring.push_back(i == n ? ring.front()
                                      : Coord{x + rr * std::cos(a), y + rr * std::sin(a)});
            }
            return polygon({ring});
        }
        default: // grid-snapped squares: shared edges and corners
            return polygon({square(200000 + 20.0 * grid(rng), 550000 + 20.0 * grid(rng),
                                   20.0 * (1 + grid(rng) % 3))});
        }
    };
    int meeting = 0, apart = 0;
    for (int k = 0; k < 3000; ++k) {
        const Shape a = randomShape(), b = randomShape();
        (expectSameAsGeos(a, b, "random") == 0 ? meeting : apart) += 1;
        if (HasFatalFailure() || HasNonfatalFailure())
            FAIL() << "case " << k;
    }
    EXPECT_GT(meeting, 300); // both outcomes well represented
    EXPECT_GT(apart, 300);
}

TEST(FeatureDistance, LargeFeaturesAreLeftToGeos) {
    std::vector<Coord> ring;
    for (int i = 0; i <= 200; ++i) {
        const double a = 2 * std::numbers::pi * (i % 200) / 200;
        ring.push_back({1000 * std::cos(a), 1000 * std::sin(a)});
    }
    const Shape circle = polygon({ring});
    FeatureDistance direct;
    EXPECT_FALSE(direct.measure(circle.store, 0, true, circle.store, 0, true));
    EXPECT_TRUE(direct.measure(circle.store, 0, true, point({0, 0}).store, 0, false));
}

} // namespace
