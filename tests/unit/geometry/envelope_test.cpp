// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/envelope.h"

#include <gtest/gtest.h>

using cw::geometry::Envelope;

TEST(Envelope, DefaultIsNullAndIntersectsNothing) {
    Envelope null;
    EXPECT_TRUE(null.isNull());
    EXPECT_EQ(null.width(), 0.0);
    EXPECT_EQ(null.height(), 0.0);
    const Envelope everything = Envelope::of(-1e300, -1e300, 1e300, 1e300);
    EXPECT_FALSE(null.intersects(everything));
    EXPECT_FALSE(everything.intersects(null));
    EXPECT_FALSE(null.contains(0, 0));
}

TEST(Envelope, OfNormalisesCornersAndExpandIgnoresNull) {
    Envelope e = Envelope::of(10, 20, 0, 5);
    EXPECT_EQ(e, (Envelope{0, 5, 10, 20}));
    EXPECT_DOUBLE_EQ(e.width(), 10);
    EXPECT_DOUBLE_EQ(e.height(), 15);
    EXPECT_DOUBLE_EQ(e.centerX(), 5);
    EXPECT_DOUBLE_EQ(e.centerY(), 12.5);
    e.expand(Envelope{});
    EXPECT_EQ(e, (Envelope{0, 5, 10, 20}));
    e.expand(-3, 30);
    EXPECT_EQ(e, (Envelope{-3, 5, 10, 30}));
    EXPECT_EQ(e.buffered(1), (Envelope{-4, 4, 11, 31}));
}

TEST(Envelope, TouchingEdgesIntersect) {
    const Envelope a{0, 0, 1, 1};
    EXPECT_TRUE(a.intersects(Envelope{1, 1, 2, 2}));         // shares a corner
    EXPECT_FALSE(a.intersects(Envelope{1.000001, 0, 2, 1})); // just apart
    EXPECT_TRUE(a.contains(1, 0));
    EXPECT_FALSE(a.contains(1.0000001, 0));
}
