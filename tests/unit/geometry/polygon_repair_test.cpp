// SPDX-License-Identifier: GPL-3.0-or-later
// repairPolygons: invalid polygons are mended by MakeValid, rows are never lost, and a polygon
// that retraces its own outline (a TopoJSON ring of thousands of references to one arc) is
// emptied at once rather than noded for minutes.
#include "geometry/geos_bridge.h"

#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using cw::geometry::Coord;
using cw::geometry::GeometryStore;
using cw::geometry::repairPolygons;

namespace {

void addRing(GeometryStore& s, const std::vector<Coord>& coords) {
    s.beginFeature();
    s.beginPart(true);
    for (const Coord& c : coords)
        s.addCoord(c.x, c.y);
    s.endPart();
    s.endFeature();
}

double shoelaceArea(const GeometryStore& s, std::size_t f) {
    double area = 0;
    for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p) {
        const auto ring = s.part(p);
        double twice = 0;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i)
            twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        area += std::abs(twice) / 2;
    }
    return area;
}

// The square (0,0)-(10,10) walked `laps` times without closing between laps.
std::vector<Coord> squareWalkedTimes(int laps) {
    const std::vector<Coord> corners{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    std::vector<Coord> ring;
    for (int lap = 0; lap < laps; ++lap)
        ring.insert(ring.end(), corners.begin(), corners.end());
    ring.push_back(corners.front());
    return ring;
}

} // namespace

TEST(PolygonRepair, ValidPolygonsAreLeftAlone) {
    GeometryStore s;
    addRing(s, {{0, 0}, {4, 0}, {4, 3}, {0, 3}, {0, 0}});
    const auto repair = repairPolygons(s);
    EXPECT_EQ(repair.repaired, 0u);
    EXPECT_EQ(repair.dropped, 0u);
    EXPECT_DOUBLE_EQ(shoelaceArea(s, 0), 12.0);
}

TEST(PolygonRepair, ABowTieIsSplitIntoItsTwoTriangles) {
    GeometryStore s;
    addRing(s, {{0, 0}, {4, 0}, {4, 3}, {0, 3}, {0, 0}});
    // Crossing at (2,2): two triangles of base 4 and height 2, 4 m² each, by hand.
    addRing(s, {{0, 0}, {4, 4}, {4, 0}, {0, 4}, {0, 0}});
    const auto repair = repairPolygons(s);
    EXPECT_EQ(repair.repaired, 1u);
    EXPECT_EQ(repair.dropped, 0u);
    ASSERT_EQ(s.featureCount(), 2u);
    EXPECT_DOUBLE_EQ(shoelaceArea(s, 0), 12.0);
    EXPECT_NEAR(shoelaceArea(s, 1), 8.0, 1e-9);
}

TEST(PolygonRepair, ASmallRingWalkedTwiceIsStillRepaired) {
    // Below the guard's size: MakeValid is cheap here, and the square it finds is kept.
    GeometryStore s;
    addRing(s, squareWalkedTimes(2));
    const auto repair = repairPolygons(s);
    EXPECT_EQ(repair.dropped, 0u);
    EXPECT_EQ(repair.repaired, 1u);
    EXPECT_NEAR(shoelaceArea(s, 0), 100.0, 1e-9);
}

TEST(PolygonRepair, ARingRetracingItselfThousandsOfTimesIsEmptiedAndItsRowKept) {
    GeometryStore s;
    addRing(s, {{0, 0}, {4, 0}, {4, 3}, {0, 3}, {0, 0}});
    addRing(s, squareWalkedTimes(25'000)); // 100,001 vertices, 4 distinct
    addRing(s, {{20, 20}, {21, 20}, {21, 21}, {20, 21}, {20, 20}});
    // MakeValid on this ring took minutes (the test's time limit catches a regression).
    const auto repair = repairPolygons(s);
    EXPECT_EQ(repair.dropped, 1u);
    EXPECT_EQ(repair.repaired, 0u);
    ASSERT_EQ(s.featureCount(), 3u);
    EXPECT_TRUE(s.isEmpty(1));
    EXPECT_DOUBLE_EQ(shoelaceArea(s, 0), 12.0);
    EXPECT_DOUBLE_EQ(shoelaceArea(s, 2), 1.0);
}
