// SPDX-License-Identifier: GPL-3.0-or-later
// Measurements against values worked out by hand: EPSG:5186 is a transverse Mercator with scale
// factor 1 on its central meridian (127°E), so near it the plane and the ellipsoid agree to
// millimetres; one degree of latitude at 37.5°N is the meridian radius of curvature
// a(1-e²)/(1-e²sin²φ)^1.5 = 6,359,088 m times π/180 = 110,986 m on WGS 84.
#include "cityweave/geometry/measure.h"

#include <cmath>
#include <gtest/gtest.h>

using cw::geometry::Coord;
using cw::geometry::measure;

namespace {
cw::crs::Crs epsg(int code) {
    auto crs = cw::crs::Crs::fromEpsg(code);
    EXPECT_TRUE(crs);
    return crs ? *crs : cw::crs::Crs{};
}
} // namespace

TEST(Measure, AKilometreOnTheCentralMeridianIsAKilometreBothWays) {
    const std::vector<Coord> path{{199500, 550000}, {200500, 550000}};
    auto m = measure(epsg(5186), path, false);
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->planar, 1000.0, 1e-9);
    EXPECT_NEAR(m->ellipsoidal, 1000.0, 0.01);
}

TEST(Measure, ASquareKilometreAndItsPerimeter) {
    const std::vector<Coord> ring{
        {199500, 549500}, {200500, 549500}, {200500, 550500}, {199500, 550500}};
    cw::geometry::Measurement perimeter;
    auto m = measure(epsg(5186), ring, true, &perimeter);
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->planar, 1e6, 1e-6);
    EXPECT_NEAR(m->ellipsoidal, 1e6, 1.0);
    EXPECT_NEAR(perimeter.planar, 4000.0, 1e-9);
    EXPECT_NEAR(perimeter.ellipsoidal, 4000.0, 0.05);
}

TEST(Measure, DegreesHaveNoPlanarMeasure) {
    const std::vector<Coord> path{{127.0, 37.0}, {127.0, 38.0}};
    auto m = measure(epsg(4326), path, false);
    ASSERT_TRUE(m);
    EXPECT_TRUE(std::isnan(m->planar));
    EXPECT_NEAR(m->ellipsoidal, 110986.0, 5.0);
}

TEST(Measure, TooFewPointsMeasureNothing) {
    const std::vector<Coord> two{{0, 0}, {1, 1}};
    auto m = measure(epsg(5186), two, true);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->ellipsoidal, 0.0);
    EXPECT_EQ(m->planar, 0.0);
}
