// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/geometry_store.h"

#include <cmath>
#include <gtest/gtest.h>

using cw::geometry::Coord;
using cw::geometry::Envelope;
using cw::geometry::GeometryStore;

namespace {

void addRing(GeometryStore& s, bool exterior, std::initializer_list<Coord> coords) {
    s.beginPart(exterior);
    for (const Coord& c : coords)
        s.addCoord(c.x, c.y);
    s.endPart();
}

// Two polygons: a 10x10 square with a 2x2 hole, and a separate 1x1 square.
GeometryStore multipolygonWithHole() {
    GeometryStore s;
    s.beginFeature();
    addRing(s, true, {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    addRing(s, false, {{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}});
    addRing(s, true, {{20, 20}, {21, 20}, {21, 21}, {20, 21}, {20, 20}});
    s.endFeature();
    return s;
}

} // namespace

TEST(GeometryStore, EmptyStoreHasNoFeatures) {
    GeometryStore s;
    EXPECT_EQ(s.featureCount(), 0u);
    EXPECT_EQ(s.partCount(), 0u);
    EXPECT_EQ(s.coordCount(), 0u);
    EXPECT_TRUE(s.extent().isNull());
}

TEST(GeometryStore, MultipolygonWithHoleKeepsStructure) {
    const GeometryStore s = multipolygonWithHole();
    ASSERT_EQ(s.featureCount(), 1u);
    EXPECT_EQ(s.firstPart(0), 0u);
    EXPECT_EQ(s.endPart(0), 3u);
    EXPECT_EQ(s.partCount(), 3u);
    EXPECT_EQ(s.coordCount(), 15u);
    EXPECT_TRUE(s.partStartsPolygon(0));
    EXPECT_FALSE(s.partStartsPolygon(1)); // the hole belongs to the first polygon
    EXPECT_TRUE(s.partStartsPolygon(2));
    ASSERT_EQ(s.part(1).size(), 5u);
    EXPECT_EQ(s.part(1)[2], (Coord{6, 6}));
    EXPECT_EQ(s.part(2)[1], (Coord{21, 20}));
    EXPECT_EQ(s.envelope(0), (Envelope{0, 0, 21, 21}));
    EXPECT_EQ(s.extent(), (Envelope{0, 0, 21, 21}));
    EXPECT_FALSE(s.isEmpty(0));
}

TEST(GeometryStore, NullFeatureHasNoPartsAndNullEnvelope) {
    GeometryStore s;
    s.beginFeature();
    addRing(s, false, {{1, 2}});
    s.endFeature();
    s.beginFeature(); // null geometry
    s.endFeature();
    s.beginFeature();
    addRing(s, false, {{-5, 7}});
    s.endFeature();
    ASSERT_EQ(s.featureCount(), 3u);
    EXPECT_TRUE(s.isEmpty(1));
    EXPECT_TRUE(s.envelope(1).isNull());
    EXPECT_EQ(s.firstPart(2), 1u);
    EXPECT_EQ(s.part(s.firstPart(2))[0], (Coord{-5, 7}));
    EXPECT_EQ(s.extent(), (Envelope{-5, 2, 1, 7}));
}

TEST(GeometryStore, DiscardPartDropsOpenPartAndItsEnvelopeContribution) {
    GeometryStore s;
    s.beginFeature();
    addRing(s, true, {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}});
    // A degenerate ring far away, dropped before it is closed.
    s.beginPart(false);
    s.addCoord(100, 100);
    s.addCoord(200, 200);
    s.discardPart();
    s.endFeature();
    s.beginFeature();
    addRing(s, true, {{5, 5}, {6, 5}, {6, 6}, {5, 5}});
    s.endFeature();

    ASSERT_EQ(s.featureCount(), 2u);
    EXPECT_EQ(s.partCount(), 2u);
    EXPECT_EQ(s.coordCount(), 9u);
    EXPECT_EQ(s.endPart(0), 1u);
    EXPECT_EQ(s.envelope(0), (Envelope{0, 0, 1, 1}));
    EXPECT_TRUE(s.partStartsPolygon(1));
    EXPECT_EQ(s.part(1).size(), 4u);
    EXPECT_EQ(s.part(1)[0], (Coord{5, 5}));
    EXPECT_EQ(s.extent(), (Envelope{0, 0, 6, 6}));
}

TEST(GeometryStore, DiscardingTheOnlyPartLeavesAnEmptyFeature) {
    GeometryStore s;
    s.beginFeature();
    s.beginPart(true);
    s.addCoord(3, 3);
    s.discardPart();
    s.endFeature();
    ASSERT_EQ(s.featureCount(), 1u);
    EXPECT_TRUE(s.isEmpty(0));
    EXPECT_EQ(s.coordCount(), 0u);
    EXPECT_TRUE(s.envelope(0).isNull());
    EXPECT_TRUE(s.extent().isNull());
}

// Steps through interleaved coordinates the way PROJ does with a stride.
static double& at(double* base, std::size_t i, std::size_t stride) {
    return *reinterpret_cast<double*>(reinterpret_cast<unsigned char*>(base) + i * stride);
}

TEST(GeometryStore, TransformInPlaceRecomputesEnvelopesSkippingNaN) {
    const GeometryStore s = multipolygonWithHole();
    GeometryStore t = s;
    t.transformInPlace([](double* xs, double* ys, std::size_t n, std::size_t stride) {
        for (std::size_t i = 0; i < n; ++i) {
            at(xs, i, stride) = at(xs, i, stride) * 2 + 100;
            at(ys, i, stride) = at(ys, i, stride) - 1;
        }
    });
    EXPECT_EQ(s.envelope(0), (Envelope{0, 0, 21, 21})); // original untouched
    EXPECT_EQ(t.envelope(0), (Envelope{100, -1, 142, 20}));
    EXPECT_EQ(t.part(1)[2], (Coord{112, 5}));
    EXPECT_EQ(t.partCount(), 3u);
    EXPECT_FALSE(t.partStartsPolygon(1));

    // A failed point (NaN) must not poison the envelope.
    GeometryStore u = s;
    u.transformInPlace([](double* xs, double* ys, std::size_t, std::size_t stride) {
        at(xs, 6, stride) = std::nan("");
        at(ys, 6, stride) = std::nan("");
    });
    EXPECT_EQ(u.envelope(0), (Envelope{0, 0, 21, 21}));
    EXPECT_TRUE(std::isnan(u.part(1)[1].x));
}
