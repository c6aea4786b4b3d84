// SPDX-License-Identifier: GPL-3.0-or-later
// Zone polygon editing on hand-built squares; every expected area is worked out in the comments.
#include "cityweave/planning/zone_editing.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace cw::planning {
namespace {

using geometry::Coord;
using project::Exemption;

ZonePolygon square(double x0, double y0, double side) {
    return {{{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}}, {}};
}

std::vector<double> sortedAreas(const std::vector<ZonePolygon>& pieces) {
    std::vector<double> areas;
    for (const auto& p : pieces)
        areas.push_back(polygonArea(p));
    std::sort(areas.begin(), areas.end());
    return areas;
}

TEST(ZoneEditing, StoreRoundTripClosesRingsAndDropsTheClosingVertex) {
    const ZonePolygon sq = square(0, 0, 100);
    const auto store = storeFromPolygon(sq);
    ASSERT_EQ(store.featureCount(), 1u);
    ASSERT_EQ(store.part(0).size(), 5u); // 4 vertices + the closing one
    EXPECT_EQ(store.part(0).front(), store.part(0).back());
    EXPECT_EQ(polygonFromStore(store), sq);
    EXPECT_DOUBLE_EQ(polygonArea(sq), 10000.0);
}

TEST(ZoneEditing, MoveInsertDeleteVertices) {
    ZonePolygon p = square(0, 0, 100);
    // Moving (100,100) to (100,200) makes a trapezoid: 100 wide, heights 100 and 200 → 15000.
    ASSERT_TRUE(moveVertex(p, {0, 2}, {100, 200}));
    EXPECT_DOUBLE_EQ(polygonArea(p), 15000.0);
    // A vertex on the bottom edge pulled down to (50,-100) adds a triangle 100 × 100 / 2 = 5000.
    ASSERT_TRUE(insertVertex(p, {0, 0}, {50, -100}));
    ASSERT_EQ(p.outer.size(), 5u);
    EXPECT_EQ(p.outer[1], (Coord{50, -100}));
    EXPECT_DOUBLE_EQ(polygonArea(p), 20000.0);
    ASSERT_TRUE(deleteVertex(p, {0, 1}));
    EXPECT_DOUBLE_EQ(polygonArea(p), 15000.0);
    // A triangle keeps its three vertices; out-of-range references change nothing.
    ZonePolygon tri{{{0, 0}, {10, 0}, {0, 10}}, {}};
    EXPECT_FALSE(deleteVertex(tri, {0, 1}));
    EXPECT_EQ(tri.outer.size(), 3u);
    EXPECT_FALSE(moveVertex(tri, {0, 3}, {1, 1}));
    EXPECT_FALSE(moveVertex(tri, {1, 0}, {1, 1}));
    EXPECT_EQ(closedRing(tri.outer).size(), 4u);
    EXPECT_EQ(closedRing(tri.outer).back(), (Coord{0, 0}));
}

TEST(ZoneEditing, ValidityCheckGivesGeosReason) {
    EXPECT_TRUE(checkPolygon(square(0, 0, 100)).valid);
    // (0,0) (100,100) (100,0) (0,100): the bow-tie crosses itself at (50,50).
    const ZonePolygon bowTie{{{0, 0}, {100, 100}, {100, 0}, {0, 100}}, {}};
    const auto check = checkPolygon(bowTie);
    EXPECT_FALSE(check.valid);
    EXPECT_NE(check.reason.find("Self-intersection"), std::string::npos) << check.reason;
    EXPECT_FALSE(checkPolygon({{{0, 0}, {1, 1}}, {}}).valid);
}

TEST(ZoneEditing, SplitSquareByVerticalLine) {
    // x = 30 across the 100 × 100 square: 30 × 100 = 3000 and 70 × 100 = 7000.
    const std::vector<Coord> line{{30, -10}, {30, 110}};
    const auto result = splitPolygon(square(0, 0, 100), line);
    ASSERT_EQ(result.refusal, ZoneEditRefusal::None);
    ASSERT_EQ(result.pieces.size(), 2u);
    const auto areas = sortedAreas(result.pieces);
    EXPECT_NEAR(areas[0], 3000.0, 1e-9);
    EXPECT_NEAR(areas[1], 7000.0, 1e-9);
}

TEST(ZoneEditing, SplitByPolylineInThreeAndRefusals) {
    // A zig-zag crossing twice: x=30 up, across the top outside, x=60 down → 3000, 3000, 4000.
    const std::vector<Coord> zig{{30, -10}, {30, 110}, {60, 110}, {60, -10}};
    const auto three = splitPolygon(square(0, 0, 100), zig);
    ASSERT_EQ(three.pieces.size(), 3u);
    const auto areas = sortedAreas(three.pieces);
    EXPECT_NEAR(areas[0], 3000.0, 1e-9);
    EXPECT_NEAR(areas[1], 3000.0, 1e-9);
    EXPECT_NEAR(areas[2], 4000.0, 1e-9);
    // A line ending inside the square cuts nothing off.
    const std::vector<Coord> half{{30, -10}, {30, 50}};
    EXPECT_EQ(splitPolygon(square(0, 0, 100), half).refusal, ZoneEditRefusal::LineDoesNotSplit);
    const std::vector<Coord> outside{{200, 0}, {200, 100}};
    EXPECT_EQ(splitPolygon(square(0, 0, 100), outside).refusal, ZoneEditRefusal::LineDoesNotSplit);
}

TEST(ZoneEditing, SplitKeepsHolesOutOfThePieces) {
    // 100 × 100 with a 20 × 20 hole at (40..60): 10000 - 400 = 9600; x = 10 cuts 1000 off the
    // west, leaving 9000 - 400 = 8600 with the hole.
    ZonePolygon withHole = square(0, 0, 100);
    withHole.holes.push_back({{40, 40}, {40, 60}, {60, 60}, {60, 40}});
    EXPECT_NEAR(polygonArea(withHole), 9600.0, 1e-9);
    const std::vector<Coord> line{{10, -1}, {10, 101}};
    const auto result = splitPolygon(withHole, line);
    ASSERT_EQ(result.pieces.size(), 2u);
    const auto areas = sortedAreas(result.pieces);
    EXPECT_NEAR(areas[0], 1000.0, 1e-9);
    EXPECT_NEAR(areas[1], 8600.0, 1e-9);
}

TEST(ZoneEditing, ContainsPointRespectsHoles) {
    ZonePolygon p = square(0, 0, 100);
    p.holes.push_back({{40, 40}, {40, 60}, {60, 60}, {60, 40}});
    EXPECT_TRUE(containsPoint(p, {10, 10}));
    EXPECT_FALSE(containsPoint(p, {50, 50})); // in the hole
    EXPECT_FALSE(containsPoint(p, {150, 50}));
    EXPECT_FALSE(containsPoint(p, {50, -1}));
    EXPECT_FALSE(containsPoint({{{0, 0}, {1, 1}}, {}}, {0.5, 0.5}));
}

TEST(ZoneEditing, MergeAdjacentOverlappingAndDisjoint) {
    // Two 100 × 100 squares sharing the edge x = 100: one polygon of 20000.
    const auto adjacent = mergePolygons(square(0, 0, 100), square(100, 0, 100));
    ASSERT_TRUE(adjacent.merged);
    EXPECT_TRUE(adjacent.merged->holes.empty());
    EXPECT_NEAR(polygonArea(*adjacent.merged), 20000.0, 1e-9);
    // Overlapping by 50 × 100: 10000 + 10000 - 5000 = 15000.
    const auto overlapping = mergePolygons(square(0, 0, 100), square(50, 0, 100));
    ASSERT_TRUE(overlapping.merged);
    EXPECT_NEAR(polygonArea(*overlapping.merged), 15000.0, 1e-9);
    // 50 m apart, or meeting at one corner only: not one polygon.
    EXPECT_EQ(mergePolygons(square(0, 0, 100), square(150, 0, 100)).refusal,
              ZoneEditRefusal::NotConnected);
    EXPECT_EQ(mergePolygons(square(0, 0, 100), square(100, 100, 100)).refusal,
              ZoneEditRefusal::NotConnected);
    const ZonePolygon bowTie{{{0, 0}, {100, 100}, {100, 0}, {0, 100}}, {}};
    EXPECT_EQ(mergePolygons(bowTie, square(0, 0, 100)).refusal, ZoneEditRefusal::InvalidInput);
}

TEST(ZoneEditing, SnapPrefersVertexWithinToleranceThenEdge) {
    const Ring ring = closedRing(square(0, 0, 100).outer);
    const std::vector<std::span<const Coord>> candidates{ring};
    // (103, 104) is 5 from (100,100): snapped with tolerance 6, not with 4.
    const auto near = snapPoint({103, 104}, candidates, 6);
    ASSERT_TRUE(near);
    EXPECT_EQ(near->kind, SnapKind::Vertex);
    EXPECT_EQ(near->point, (Coord{100, 100}));
    EXPECT_DOUBLE_EQ(near->distance, 5.0);
    // With 4: no vertex; x = 103 lies past the ends of both nearby edges, whose nearest point is
    // that same corner, 5 away → nothing.
    EXPECT_FALSE(snapPoint({103, 104}, candidates, 4));
    // (50, 103): vertices are ~70 away; the top edge is 3 away → (50, 100).
    const auto edge = snapPoint({50, 103}, candidates, 4);
    ASSERT_TRUE(edge);
    EXPECT_EQ(edge->kind, SnapKind::Edge);
    EXPECT_EQ(edge->point, (Coord{50, 100}));
    EXPECT_DOUBLE_EQ(edge->distance, 3.0);
    // A vertex within tolerance wins over a nearer edge: from (2, 50.5) the west edge is 2 away,
    // the lone vertex (0, 50) √(4 + 0.25) ≈ 2.06 away.
    const std::vector<Coord> point{{0, 50}};
    const std::vector<std::span<const Coord>> both{ring, point};
    const auto vertex = snapPoint({2, 50.5}, both, 3);
    ASSERT_TRUE(vertex);
    EXPECT_EQ(vertex->kind, SnapKind::Vertex);
    EXPECT_EQ(vertex->point, (Coord{0, 50}));
}

TEST(ZoneEditing, MergedPropertiesAreConservative) {
    project::SandboxZone a;
    a.exemptions = {Exemption::AutonomousDriverDuties, Exemption::PublicInformationUse};
    a.startYear = 2020; // 2020 + 4 + 2 → last 2025
    a.validYears = 4;
    a.extensionYears = 2;
    a.caps = {{project::CapKind::Features, 10}, {project::CapKind::AreaM2, 5000}};
    a.notes = "A";
    project::SandboxZone b;
    b.exemptions = {Exemption::AutonomousDriverDuties};
    b.startYear = 2022; // 2022 + 3 → last 2024
    b.validYears = 3;
    b.caps = {{project::CapKind::Features, 4}, {project::CapKind::Projects, 2}};
    b.notes = "B";
    const auto m = mergedZoneProperties(a, b);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->exemptions, std::vector<Exemption>{Exemption::AutonomousDriverDuties});
    // Later start 2022, earlier last year 2024 → 3 years, no extension.
    EXPECT_EQ(m->startYear, 2022);
    EXPECT_EQ(m->validYears, 3);
    EXPECT_EQ(m->extensionYears, 0);
    EXPECT_EQ(m->lastValidYear(), 2024);
    // Features: min(10, 4) = 4; area 5000 from A; projects 2 from B.
    ASSERT_EQ(m->caps.size(), 3u);
    EXPECT_EQ(m->caps[0], (project::ZoneCap{project::CapKind::Features, 4}));
    EXPECT_EQ(m->caps[1], (project::ZoneCap{project::CapKind::AreaM2, 5000}));
    EXPECT_EQ(m->caps[2], (project::ZoneCap{project::CapKind::Projects, 2}));
    EXPECT_EQ(m->notes, "A\nB");
    // Two 6-year zones 2020–2025 intersecting in full: 4 years + 2 extension.
    b = a;
    const auto same = mergedZoneProperties(a, b);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->validYears, 4);
    EXPECT_EQ(same->extensionYears, 2);
    // 2020–2023 and 2024–2027 never overlap.
    a.extensionYears = 0;
    b.startYear = 2024;
    EXPECT_FALSE(mergedZoneProperties(a, b));
}

} // namespace
} // namespace cw::planning
