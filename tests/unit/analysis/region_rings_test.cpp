// SPDX-License-Identifier: GPL-3.0-or-later
// Chaining boundary pieces into polygons: every hole goes to the smallest shell around it, also
// when the shell has thousands of vertices (found through an index of its edges) and when an
// island with its own hole sits inside a hole. Layouts and expected rings worked out by hand.
#include "analysis/geometry/region_rings.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

namespace {
using cw::analysis::overlay::assemblePolygons;
using cw::analysis::overlay::ringArea;
using cw::analysis::overlay::Segment;
using cw::geometry::Coord;
using Ring = std::vector<Coord>;

constexpr double X0 = 200000;
constexpr double Y0 = 550000;

// Counter-clockwise square (a shell); reversed, a hole.
Ring square(double x0, double y0, double side) {
    return {{X0 + x0, Y0 + y0},
            {X0 + x0 + side, Y0 + y0},
            {X0 + x0 + side, Y0 + y0 + side},
            {X0 + x0, Y0 + y0 + side},
            {X0 + x0, Y0 + y0}};
}

Ring reversed(Ring r) {
    std::reverse(r.begin(), r.end());
    return r;
}

// A counter-clockwise star-like ring of `n` vertices around the origin, radius 900 to 1000.
Ring jaggedShell(int n) {
    Ring ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * i / n;
        const double r = i % 2 == 0 ? 1000 : 900;
        ring.push_back({X0 + r * std::cos(a), Y0 + r * std::sin(a)});
    }
    ring.push_back(ring.front());
    return ring;
}

void addRing(std::vector<Segment>& segments, const Ring& ring) {
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        segments.push_back({ring[i], ring[i + 1]});
}

TEST(RegionRings, HolesGoToTheSmallestShellAroundThemAlsoInLargeShells) {
    std::vector<Segment> segments;
    const Ring big = jaggedShell(4000); // indexed: far more vertices than a hole test walks
    addRing(segments, big);
    // 36 small holes on a grid inside the big shell, away from the island's hole below.
    int smallHoles = 0;
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j) {
            if (i < 2 && j < 2)
                continue;
            addRing(segments, reversed(square(-600 + i * 200, -600 + j * 200, 20)));
            ++smallHoles;
        }
    // A 300 m hole with an island in it, the island with a hole of its own.
    addRing(segments, reversed(square(-650, -650, 300)));
    addRing(segments, square(-600, -600, 200));
    addRing(segments, reversed(square(-550, -550, 50)));
    // A separate square far away with one hole, and a hole that no shell holds.
    addRing(segments, square(5000, 0, 100));
    addRing(segments, reversed(square(5040, 40, 10)));
    addRing(segments, reversed(square(9000, 0, 10)));

    const auto region = assemblePolygons(segments);
    ASSERT_EQ(region.polygons.size(), 3u);
    EXPECT_EQ(region.unclosedSegments, 4u); // the orphan hole's four edges
    std::vector<std::pair<double, std::size_t>> shellsAndHoles;
    for (const auto& polygon : region.polygons)
        shellsAndHoles.push_back({ringArea(polygon.front()), polygon.size() - 1});
    std::sort(shellsAndHoles.begin(), shellsAndHoles.end());
    EXPECT_DOUBLE_EQ(shellsAndHoles[0].first, 100.0 * 100);
    EXPECT_EQ(shellsAndHoles[0].second, 1u);
    EXPECT_DOUBLE_EQ(shellsAndHoles[1].first, 200.0 * 200);
    EXPECT_EQ(shellsAndHoles[1].second, 1u);
    EXPECT_NEAR(shellsAndHoles[2].first, ringArea(big), 1e-6);
    EXPECT_EQ(shellsAndHoles[2].second, static_cast<std::size_t>(smallHoles + 1));
}

// A hole whose probe (the middle of its first edge, (100,10)) is level with a vertex of an indexed
// shell, (500,10), still finds its shell: the crossing test counts each edge's lower end only.
TEST(RegionRings, HoleLevelWithShellVerticesFindsItsShell) {
    std::vector<Segment> segments;
    // A shell of 605 vertices, zigzagging by 1 m at every 1 m of its right side.
    Ring shell{{X0, Y0 - 500}, {X0 + 500, Y0 - 500}};
    for (int k = -300; k <= 300; ++k)
        shell.push_back({X0 + 500 + (k % 2 == 0 ? 0 : 1), Y0 + k});
    shell.push_back({X0 + 500, Y0 + 500});
    shell.push_back({X0, Y0 + 500});
    shell.push_back(shell.front());
    addRing(segments, shell);
    addRing(segments, reversed({{X0 + 100, Y0},
                                {X0 + 120, Y0},
                                {X0 + 120, Y0 + 20},
                                {X0 + 100, Y0 + 20},
                                {X0 + 100, Y0}}));
    const auto region = assemblePolygons(segments);
    ASSERT_EQ(region.polygons.size(), 1u);
    EXPECT_EQ(region.polygons[0].size(), 2u);
    EXPECT_EQ(region.unclosedSegments, 0u);
}

} // namespace
