// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

using cw::geometry::Envelope;
using cw::geometry::PackedRTree;

namespace {

std::vector<std::uint32_t> bruteForce(const std::vector<Envelope>& items, const Envelope& window) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].isNull() && !window.isNull() && window.intersects(items[i]))
            out.push_back(static_cast<std::uint32_t>(i));
    return out;
}

std::vector<std::uint32_t> sortedQuery(const PackedRTree& tree, const Envelope& window) {
    std::vector<std::uint32_t> out;
    tree.query(window, out);
    std::sort(out.begin(), out.end());
    return out;
}

// Envelopes in Seoul's EPSG:5186 box: many small, some large, some points, some null.
std::vector<Envelope> randomItems(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(179000, 216000), y(537000, 568000);
    std::uniform_real_distribution<double> size(0, 300), big(0, 8000), unit(0, 1);
    std::vector<Envelope> items;
    items.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double r = unit(rng);
        if (r < 0.01) {
            items.push_back(Envelope{}); // null geometry
            continue;
        }
        const double x0 = x(rng), y0 = y(rng);
        if (r < 0.05)
            items.push_back(Envelope::of(x0, y0, x0, y0)); // point
        else if (r < 0.08)
            items.push_back(Envelope::of(x0, y0, x0 + big(rng), y0 + big(rng)));
        else
            items.push_back(Envelope::of(x0, y0, x0 + size(rng), y0 + size(rng)));
    }
    return items;
}

} // namespace

TEST(PackedRTree, MatchesBruteForceOn20kItemsAnd200Windows) {
    const auto items = randomItems(20000, 20240501u);
    for (int nodeSize : {16, 4}) {
        const PackedRTree tree(items, nodeSize);
        EXPECT_EQ(tree.size(), items.size());
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> x(175000, 220000), y(533000, 572000), w(0, 6000);
        std::size_t nonEmpty = 0, total = 0;
        for (int q = 0; q < 200; ++q) {
            const double x0 = x(rng), y0 = y(rng);
            const Envelope window = Envelope::of(x0, y0, x0 + w(rng), y0 + w(rng));
            const auto expected = bruteForce(items, window);
            const auto actual = sortedQuery(tree, window);
            ASSERT_EQ(actual, expected) << "window " << q << " nodeSize " << nodeSize;
            nonEmpty += expected.empty() ? 0 : 1;
            total += expected.size();
        }
        // The windows must really exercise the tree (not 200 empty answers).
        EXPECT_GT(nonEmpty, 150u);
        EXPECT_GT(total, 2000u);
    }
}

TEST(PackedRTree, WholeExtentReturnsEveryNonNullItemOnce) {
    const auto items = randomItems(5000, 99u);
    const PackedRTree tree(items);
    std::vector<std::uint32_t> out;
    tree.query(tree.extent(), out);
    const std::size_t nonNull =
        std::count_if(items.begin(), items.end(), [](const Envelope& e) { return !e.isNull(); });
    EXPECT_EQ(out.size(), nonNull);
    std::sort(out.begin(), out.end());
    EXPECT_EQ(std::adjacent_find(out.begin(), out.end()), out.end()) << "duplicate ids";
    for (std::uint32_t id : out)
        EXPECT_FALSE(items[id].isNull());
}

TEST(PackedRTree, EmptyTreeReturnsNothing) {
    const PackedRTree tree(std::vector<Envelope>{});
    EXPECT_EQ(tree.size(), 0u);
    EXPECT_TRUE(tree.extent().isNull());
    std::vector<std::uint32_t> out;
    tree.query(Envelope::of(-1e9, -1e9, 1e9, 1e9), out);
    EXPECT_TRUE(out.empty());
    const PackedRTree defaulted;
    defaulted.query(Envelope::of(-1e9, -1e9, 1e9, 1e9), out);
    EXPECT_TRUE(out.empty());
}

TEST(PackedRTree, SingleItem) {
    const PackedRTree tree({Envelope::of(10, 10, 20, 20)});
    EXPECT_EQ(tree.size(), 1u);
    EXPECT_EQ(tree.extent(), Envelope::of(10, 10, 20, 20));
    EXPECT_EQ(sortedQuery(tree, Envelope::of(15, 15, 16, 16)), std::vector<std::uint32_t>{0});
    EXPECT_EQ(sortedQuery(tree, Envelope::of(20, 20, 30, 30)), std::vector<std::uint32_t>{0});
    EXPECT_TRUE(sortedQuery(tree, Envelope::of(20.5, 0, 30, 30)).empty());
    EXPECT_TRUE(sortedQuery(tree, Envelope{}).empty());
}

TEST(PackedRTree, NullEnvelopesAreNeverReturned) {
    // Only null items, then nulls mixed with a few real boxes.
    const PackedRTree allNull(std::vector<Envelope>(40));
    EXPECT_TRUE(sortedQuery(allNull, Envelope::of(-1e300, -1e300, 1e300, 1e300)).empty());

    std::vector<Envelope> items(100);
    items[3] = Envelope::of(0, 0, 1, 1);
    items[50] = Envelope::of(5, 5, 6, 6);
    items[99] = Envelope::of(-2, -2, -1, -1);
    const PackedRTree tree(items, 4);
    EXPECT_EQ(tree.extent(), Envelope::of(-2, -2, 6, 6));
    EXPECT_EQ(sortedQuery(tree, Envelope::of(-1e300, -1e300, 1e300, 1e300)),
              (std::vector<std::uint32_t>{3, 50, 99}));
    EXPECT_EQ(sortedQuery(tree, Envelope::of(0.5, 0.5, 5.5, 5.5)),
              (std::vector<std::uint32_t>{3, 50}));
}

TEST(PackedRTree, IdenticalItemsAllFound) {
    // Degenerate extent (all boxes the same point): width and height 0.
    const std::vector<Envelope> items(1000, Envelope::of(3, 4, 3, 4));
    const PackedRTree tree(items);
    EXPECT_EQ(sortedQuery(tree, Envelope::of(3, 4, 3, 4)).size(), 1000u);
    EXPECT_TRUE(sortedQuery(tree, Envelope::of(3.1, 4, 5, 5)).empty());
}
