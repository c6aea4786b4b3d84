// SPDX-License-Identifier: GPL-3.0-or-later
// Vertex edits on small shapes whose results are written out by hand: a 10 m square ring and
// a three-vertex line.
#include "cityweave/geometry/vertex_edit.h"

#include <gtest/gtest.h>
#include <vector>

using namespace cw::geometry;

namespace {

// Feature 0: the line (0,0)-(10,0)-(10,10). Feature 1: the square ring (20,0)-(30,0)-(30,10)-
// (20,10)-(20,0).
GeometryStore lineAndSquare() {
    GeometryStore s;
    s.beginFeature();
    s.beginPart(false);
    for (Coord c : {Coord{0, 0}, Coord{10, 0}, Coord{10, 10}})
        s.addCoord(c.x, c.y);
    s.endPart();
    s.endFeature();
    s.beginFeature();
    s.beginPart(true);
    for (Coord c : {Coord{20, 0}, Coord{30, 0}, Coord{30, 10}, Coord{20, 10}, Coord{20, 0}})
        s.addCoord(c.x, c.y);
    s.endPart();
    s.endFeature();
    return s;
}

std::vector<Coord> coords(const GeometryStore& s, std::size_t part) {
    const auto p = s.part(part);
    return {p.begin(), p.end()};
}

const std::vector<std::uint32_t> kBoth{0, 1};

} // namespace

TEST(VertexEdit, NearestVertexWithinTheToleranceOnly) {
    const auto s = lineAndSquare();
    EXPECT_EQ(nearestVertex(s, kBoth, {29, 1}, 2), (VertexRef{1, 1}));
    EXPECT_EQ(nearestVertex(s, kBoth, {15, 5}, 2), std::nullopt); // 5 m from anything
    // Only the listed features are looked at.
    const std::vector<std::uint32_t> lineOnly{0};
    EXPECT_EQ(nearestVertex(s, lineOnly, {29, 1}, 2), std::nullopt);
}

TEST(VertexEdit, NearestSegmentIsTheFootOfThePerpendicular) {
    const auto s = lineAndSquare();
    const auto hit = nearestSegment(s, kBoth, {4, 1.5}, 2);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->start, (VertexRef{0, 0}));
    EXPECT_DOUBLE_EQ(hit->point.x, 4);
    EXPECT_DOUBLE_EQ(hit->point.y, 0);
    EXPECT_DOUBLE_EQ(hit->distance, 1.5);
    // Beyond a segment's end the foot is the end itself: (−1,−1) is √2 from (0,0).
    const auto end = nearestSegment(s, kBoth, {-1, -1}, 2);
    ASSERT_TRUE(end);
    EXPECT_NEAR(end->distance, 1.41421356, 1e-8);
    EXPECT_FALSE(nearestSegment(s, kBoth, {15, 5}, 2));
    // The square's top edge (30,10)-(20,10) is segment 2 of part 1.
    const auto top = nearestSegment(s, kBoth, {25, 11}, 2);
    ASSERT_TRUE(top);
    EXPECT_EQ(top->start, (VertexRef{1, 2}));
}

TEST(VertexEdit, MovingARingsFirstVertexMovesItsClosingVertex) {
    const auto s = lineAndSquare();
    const VertexEdit edit(s, true);
    const auto moved = edit.moved({1, 4}, {19, -1});
    EXPECT_EQ(coords(moved, 1),
              (std::vector<Coord>{{19, -1}, {30, 0}, {30, 10}, {20, 10}, {19, -1}}));
    EXPECT_EQ(coords(moved, 0), coords(s, 0)); // the other feature untouched
    EXPECT_EQ(moved.featureCount(), 2u);
    EXPECT_DOUBLE_EQ(moved.envelope(1).minX, 19); // envelopes follow the move
}

TEST(VertexEdit, InsertingPutsTheVertexAfterTheSegmentsStart) {
    const auto s = lineAndSquare();
    const VertexEdit edit(s, false);
    const auto inserted = edit.inserted({0, 0}, {5, -2});
    EXPECT_EQ(coords(inserted, 0), (std::vector<Coord>{{0, 0}, {5, -2}, {10, 0}, {10, 10}}));
    EXPECT_EQ(coords(inserted, 1), coords(s, 1));
}

TEST(VertexEdit, RemovingKeepsRingsClosedAndRefusesDegenerateParts) {
    const auto s = lineAndSquare();
    const VertexEdit edit(s, true);
    // Removing the ring's first vertex: (30,0) becomes the first and the closing vertex.
    const auto ring = edit.removed({1, 0});
    ASSERT_TRUE(ring);
    EXPECT_EQ(coords(*ring, 1), (std::vector<Coord>{{30, 0}, {30, 10}, {20, 10}, {30, 0}}));
    // The closing vertex is the same vertex as the first.
    const auto closing = edit.removed({1, 4});
    ASSERT_TRUE(closing);
    EXPECT_EQ(coords(*closing, 1), coords(*ring, 1));
    // A triangle is the smallest ring.
    EXPECT_FALSE(VertexEdit(*ring, true).removed({1, 1}));
    // A line keeps two vertices.
    const auto line = VertexEdit(s, false).removed({0, 1});
    ASSERT_TRUE(line);
    EXPECT_EQ(coords(*line, 0), (std::vector<Coord>{{0, 0}, {10, 10}}));
    EXPECT_FALSE(VertexEdit(*line, false).removed({0, 0}));
}
