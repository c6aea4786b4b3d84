// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's R*Tree keeps its tree in three tables: <name>_node (nodeno, data: a 4-byte header,
// the tree depth in the root and the cell count, then cells of a big-endian 64-bit id and four
// big-endian 32-bit floats minX, maxX, minY, maxY, padded to the node size; node 1 is the root),
// <name>_rowid (entry id -> its leaf) and <name>_parent (node -> its parent, root excluded).
#include "project/sqlite_rtree.h"

#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace cw::project {
namespace {

constexpr std::size_t kHeaderBytes = 4;
constexpr std::size_t kCellBytes = 8 + 4 * 4;

struct Box {
    float minX = std::numeric_limits<float>::infinity();
    float maxX = -std::numeric_limits<float>::infinity();
    float minY = std::numeric_limits<float>::infinity();
    float maxY = -std::numeric_limits<float>::infinity();
    void expand(const Box& o) {
        minX = std::min(minX, o.minX);
        maxX = std::max(maxX, o.maxX);
        minY = std::min(minY, o.minY);
        maxY = std::max(maxY, o.maxY);
    }
};

// A 32-bit float no greater (no less) than d, nudged as SQLite nudges it when a row is
// inserted (by one part in 2^23), so that queries answer as on a tree SQLite filled itself.
constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;
float down(double d) {
    const auto f = static_cast<float>(d);
    return f > d ? static_cast<float>(d * (d < 0 ? kAwayFromZero : kTowardsZero)) : f;
}
float up(double d) {
    const auto f = static_cast<float>(d);
    return f < d ? static_cast<float>(d * (d < 0 ? kTowardsZero : kAwayFromZero)) : f;
}

struct Cell {
    std::int64_t id; // an entry's id in a leaf; the index of a child node one level down
    Box box;
};

void putBigEndian(std::string& out, std::size_t at, std::uint64_t v, int bytes) {
    for (int i = bytes - 1; i >= 0; --i, v >>= 8)
        out[at + static_cast<std::size_t>(i)] = static_cast<char>(v & 0xFF);
}

} // namespace

bool bulkLoadRtree(SqliteDb& db, const std::string& rtree, std::vector<RtreeEntry> entries,
                   std::string& error) {
    auto fail = [&](std::string why) {
        error = why.empty() ? db.lastError() : std::move(why);
        return false;
    };
    std::size_t nodeSize = 0;
    {
        auto root = db.prepare("SELECT length(data) FROM " + sqlIdentifier(rtree + "_node") +
                               " WHERE nodeno = 1");
        if (!root.isValid() || !root.step())
            return fail("");
        nodeSize = static_cast<std::size_t>(root.integer(0));
        auto used = db.prepare("SELECT count(*) FROM " + sqlIdentifier(rtree + "_rowid"));
        if (!used.isValid() || !used.step())
            return fail("");
        if (used.integer(0) != 0)
            return fail(rtree + " is not empty");
    }
    const std::size_t fanout = (nodeSize - kHeaderBytes) / kCellBytes;
    if (nodeSize < kHeaderBytes || fanout < 2)
        return fail(rtree + ": unexpected node size " + std::to_string(nodeSize));
    if (entries.empty())
        return true;

    // Leaves in Hilbert order, so that each node covers a compact area.
    geometry::Envelope extent;
    for (const RtreeEntry& e : entries)
        extent.expand(e.box);
    std::vector<std::pair<std::uint32_t, std::size_t>> order(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        order[i] = {geometry::hilbertKey(extent, entries[i].box), i};
    std::sort(order.begin(), order.end());

    // levels[0]: the entries; each level above: one cell per node of the level below.
    std::vector<std::vector<Cell>> levels(1);
    levels[0].reserve(entries.size());
    for (const auto& [key, i] : order) {
        const geometry::Envelope& e = entries[i].box;
        levels[0].push_back({entries[i].id, {down(e.minX), up(e.maxX), down(e.minY), up(e.maxY)}});
    }
    while (levels.back().size() > fanout) {
        const std::vector<Cell>& below = levels.back();
        std::vector<Cell> above;
        for (std::size_t first = 0; first < below.size(); first += fanout) {
            Cell parent{static_cast<std::int64_t>(above.size()), {}};
            for (std::size_t k = first; k < std::min(below.size(), first + fanout); ++k)
                parent.box.expand(below[k].box);
            above.push_back(parent);
        }
        levels.push_back(std::move(above));
    }

    // Node numbers: the root is 1, then every level from the top down.
    const std::size_t depth = levels.size() - 1; // levels of nodes above the leaves
    std::vector<std::vector<std::int64_t>> nodeNo(levels.size());
    std::int64_t next = 1;
    for (std::size_t l = levels.size(); l-- > 0;) {
        const std::size_t nodes = (levels[l].size() + fanout - 1) / fanout;
        for (std::size_t k = 0; k < nodes; ++k)
            nodeNo[l].push_back(next++);
    }

    if (!db.exec("DELETE FROM " + sqlIdentifier(rtree + "_node")))
        return fail("");
    auto node = db.prepare("INSERT INTO " + sqlIdentifier(rtree + "_node") + " VALUES (?, ?)");
    auto leafOf = db.prepare("INSERT INTO " + sqlIdentifier(rtree + "_rowid") + " VALUES (?, ?)");
    auto parentOf =
        db.prepare("INSERT INTO " + sqlIdentifier(rtree + "_parent") + " VALUES (?, ?)");
    if (!node.isValid() || !leafOf.isValid() || !parentOf.isValid())
        return fail("");
    std::string data;
    // Entry -> leaf rows go in by entry id once the nodes are written: in Hilbert order each
    // would seek a random place in the table (4 million lines: seconds of B-tree seeks).
    std::vector<std::pair<std::int64_t, std::int64_t>> leaves;
    leaves.reserve(levels[0].size());
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const std::vector<Cell>& cells = levels[l];
        for (std::size_t k = 0; k < nodeNo[l].size(); ++k) {
            const std::size_t first = k * fanout, last = std::min(cells.size(), first + fanout);
            data.assign(nodeSize, '\0');
            const bool isRoot = l == depth;
            putBigEndian(data, 0, isRoot ? depth : 0, 2);
            putBigEndian(data, 2, last - first, 2);
            for (std::size_t c = first; c < last; ++c) {
                const Cell& cell = cells[c];
                const std::size_t at = kHeaderBytes + (c - first) * kCellBytes;
                const std::int64_t id =
                    l == 0 ? cell.id : nodeNo[l - 1][static_cast<std::size_t>(cell.id)];
                putBigEndian(data, at, static_cast<std::uint64_t>(id), 8);
                const float coords[] = {cell.box.minX, cell.box.maxX, cell.box.minY, cell.box.maxY};
                for (int i = 0; i < 4; ++i)
                    putBigEndian(data, at + 8 + 4 * static_cast<std::size_t>(i),
                                 std::bit_cast<std::uint32_t>(coords[i]), 4);
                if (l == 0)
                    leaves.emplace_back(cell.id, nodeNo[0][k]);
            }
            if (!node.bind(1, static_cast<long long>(nodeNo[l][k])).bindBlob(2, data).run())
                return fail("");
            if (!isRoot && !parentOf.bind(1, static_cast<long long>(nodeNo[l][k]))
                                .bind(2, static_cast<long long>(nodeNo[l + 1][k / fanout]))
                                .run())
                return fail("");
        }
    }
    std::sort(leaves.begin(), leaves.end());
    for (const auto& [id, leaf] : leaves)
        if (!leafOf.bind(1, static_cast<long long>(id)).bind(2, static_cast<long long>(leaf)).run())
            return fail("");
    return true;
}

} // namespace cw::project
