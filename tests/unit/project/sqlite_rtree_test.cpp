// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk-loaded R*Tree against SQLite's own: the same boxes inserted row by row into a second
// R*Tree answer every window query with the same ids, SQLite's rtreecheck() finds the packed tree
// sound, and the tree stays editable (inserts and deletes through SQLite afterwards).
#include "project/sqlite_rtree.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <set>

namespace cw::project {
namespace {

std::set<long long> idsIn(SqliteDb& db, const std::string& rtree, const geometry::Envelope& w) {
    auto q = db.prepare("SELECT id FROM " + rtree +
                        " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?");
    q.bind(1, w.maxX).bind(2, w.minX).bind(3, w.maxY).bind(4, w.minY);
    std::set<long long> ids;
    while (q.step())
        ids.insert(q.integer(0));
    return ids;
}

std::string check(SqliteDb& db, const std::string& rtree) {
    auto q = db.prepare("SELECT rtreecheck('" + rtree + "')");
    return q.step() ? q.text(0) : db.lastError();
}

class SqliteRtree : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(db.isOpen());
        ASSERT_TRUE(db.exec("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy);"
                            "CREATE VIRTUAL TABLE grown USING rtree(id, minx, maxx, miny, maxy)"));
    }
    // Boxes of parcels to roads near TM coordinates (float32 rounding matters there).
    std::vector<RtreeEntry> randomEntries(std::size_t n, unsigned seed) {
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> x(180000, 220000), y(540000, 560000),
            size(0.01, 400);
        std::vector<RtreeEntry> entries;
        for (std::size_t i = 0; i < n; ++i) {
            const double x0 = x(rng), y0 = y(rng);
            entries.push_back({static_cast<std::int64_t>(i * 3 + 1),
                               geometry::Envelope::of(x0, y0, x0 + size(rng), y0 + size(rng))});
        }
        return entries;
    }
    void insertOneByOne(const std::string& rtree, const std::vector<RtreeEntry>& entries) {
        ASSERT_TRUE(db.exec("BEGIN"));
        auto insert = db.prepare("INSERT INTO " + rtree + " VALUES (?, ?, ?, ?, ?)");
        for (const RtreeEntry& e : entries)
            ASSERT_TRUE(insert.bind(1, static_cast<long long>(e.id))
                            .bind(2, e.box.minX)
                            .bind(3, e.box.maxX)
                            .bind(4, e.box.minY)
                            .bind(5, e.box.maxY)
                            .run());
        ASSERT_TRUE(db.exec("COMMIT"));
    }
    void expectSameAnswers(unsigned seed) {
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> x(179000, 221000), y(539000, 561000), size(0, 3000);
        for (int q = 0; q < 200; ++q) {
            const double x0 = x(rng), y0 = y(rng);
            const auto window = geometry::Envelope::of(x0, y0, x0 + size(rng), y0 + size(rng));
            EXPECT_EQ(idsIn(db, "packed", window), idsIn(db, "grown", window)) << q;
        }
    }

    // An empty file is an empty SQLite database; SqliteDb opens, it does not create.
    static std::string emptyFile(const std::string& path) {
        std::ofstream{cw::pathFromUtf8(path)};
        return path;
    }
    test::TempDir tmp;
    SqliteDb db{emptyFile(tmp.file("rtree.sqlite")), true, SqliteDb::Origin::Ours};
};

TEST_F(SqliteRtree, PackedTreeAnswersAsSqlitesOwn) {
    const auto entries = randomEntries(20000, 1); // three levels of 51-cell nodes
    std::string error;
    ASSERT_TRUE(db.exec("BEGIN"));
    ASSERT_TRUE(bulkLoadRtree(db, "packed", entries, error)) << error;
    ASSERT_TRUE(db.exec("COMMIT"));
    insertOneByOne("grown", entries);
    EXPECT_EQ(check(db, "packed"), "ok");
    auto count = db.prepare("SELECT count(*) FROM packed");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.integer(0), 20000);
    expectSameAnswers(2);
    // Every entry is found by its own box, and by the single point at its corner.
    for (std::size_t i = 0; i < entries.size(); i += 997) {
        const auto& b = entries[i].box;
        EXPECT_TRUE(idsIn(db, "packed", b).contains(entries[i].id));
        EXPECT_TRUE(idsIn(db, "packed", geometry::Envelope::of(b.maxX, b.maxY, b.maxX, b.maxY))
                        .contains(entries[i].id));
    }
}

TEST_F(SqliteRtree, PackedTreeStaysEditable) {
    const auto entries = randomEntries(3000, 3);
    std::string error;
    ASSERT_TRUE(bulkLoadRtree(db, "packed", entries, error)) << error;
    insertOneByOne("grown", entries);
    const auto more = randomEntries(500, 4);
    std::vector<RtreeEntry> shifted;
    for (RtreeEntry e : more) {
        e.id += 1000000;
        shifted.push_back(e);
    }
    insertOneByOne("packed", shifted);
    insertOneByOne("grown", shifted);
    ASSERT_TRUE(db.exec("DELETE FROM packed WHERE id % 7 = 0; DELETE FROM grown WHERE id % 7 = 0"));
    EXPECT_EQ(check(db, "packed"), "ok");
    expectSameAnswers(5);
}

TEST_F(SqliteRtree, SmallEmptyAndUsedTrees) {
    std::string error;
    ASSERT_TRUE(bulkLoadRtree(db, "packed", {}, error)) << error;
    EXPECT_EQ(check(db, "packed"), "ok");
    const auto few = randomEntries(40, 6); // one leaf: the root itself
    ASSERT_TRUE(bulkLoadRtree(db, "packed", few, error)) << error;
    insertOneByOne("grown", few);
    EXPECT_EQ(check(db, "packed"), "ok");
    expectSameAnswers(7);
    // A tree that already holds entries is refused, and left as it was.
    EXPECT_FALSE(bulkLoadRtree(db, "packed", randomEntries(10, 8), error));
    EXPECT_NE(error.find("not empty"), std::string::npos) << error;
    EXPECT_EQ(check(db, "packed"), "ok");
    expectSameAnswers(9);
}

} // namespace
} // namespace cw::project
