// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <numeric>

namespace cw::geometry {
namespace {

// Hilbert index of (x, y) on a 2^16 grid (Warren, "Hacker's Delight", via Flatbush).
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y) {
    std::uint32_t a = x ^ y;
    std::uint32_t b = 0xFFFF ^ a;
    std::uint32_t c = 0xFFFF ^ (x | y);
    std::uint32_t d = x & (y ^ 0xFFFF);
    std::uint32_t A = a | (b >> 1);
    std::uint32_t B = (a >> 1) ^ a;
    std::uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    std::uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    a = A;
    b = B;
    c = C;
    d = D;
    A = (a & (a >> 2)) ^ (b & (b >> 2));
    B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
    C ^= (a & (c >> 2)) ^ (b & (d >> 2));
    D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));
    a = A;
    b = B;
    c = C;
    d = D;
    A = (a & (a >> 4)) ^ (b & (b >> 4));
    B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
    C ^= (a & (c >> 4)) ^ (b & (d >> 4));
    D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));
    a = A;
    b = B;
    c = C;
    d = D;
    C ^= (a & (c >> 8)) ^ (b & (d >> 8));
    D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
    a = C ^ (C >> 1);
    b = D ^ (D >> 1);
    std::uint32_t i0 = x ^ y;
    std::uint32_t i1 = b | (0xFFFF ^ (i0 | a));
    auto interleave = [](std::uint32_t v) {
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    };
    return (interleave(i1) << 1) | interleave(i0);
}

} // namespace

std::uint32_t hilbertKey(const Envelope& extent, const Envelope& item) {
    if (item.isNull())
        return 0xFFFFFFFF;
    const double w = extent.width() > 0 ? extent.width() : 1.0;
    const double h = extent.height() > 0 ? extent.height() : 1.0;
    auto hx = static_cast<std::uint32_t>(65535.0 * (item.centerX() - extent.minX) / w);
    auto hy = static_cast<std::uint32_t>(65535.0 * (item.centerY() - extent.minY) / h);
    return hilbert(hx, hy);
}

PackedRTree::PackedRTree(const std::vector<Envelope>& items, int nodeSize)
    : m_itemCount(items.size()), m_nodeSize(std::max(2, nodeSize)) {
    for (const Envelope& e : items)
        m_extent.expand(e);
    if (items.empty())
        return;

    // Sort the leaves along the Hilbert curve so that each node covers a compact area.
    std::vector<std::uint32_t> keys(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        keys[i] = hilbertKey(m_extent, items[i]);
    std::vector<std::uint32_t> order(items.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });

    m_boxes.reserve(items.size() * 2);
    m_ids.reserve(items.size() * 2);
    for (std::uint32_t i : order) {
        m_boxes.push_back(items[i]);
        m_ids.push_back(i);
    }
    m_levelEnds.push_back(m_boxes.size());

    // Each upper level groups nodeSize consecutive entries of the level below.
    std::size_t levelStart = 0;
    while (m_levelEnds.back() - levelStart > 1) {
        const std::size_t levelEnd = m_levelEnds.back();
        for (std::size_t i = levelStart; i < levelEnd; i += m_nodeSize) {
            Envelope box;
            const std::size_t end = std::min(levelEnd, i + m_nodeSize);
            for (std::size_t j = i; j < end; ++j)
                box.expand(m_boxes[j]);
            m_boxes.push_back(box);
            m_ids.push_back(static_cast<std::uint32_t>(i));
        }
        levelStart = levelEnd;
        m_levelEnds.push_back(m_boxes.size());
    }
}

void PackedRTree::query(const Envelope& window, std::vector<std::uint32_t>& out) const {
    if (m_boxes.empty() || window.isNull())
        return;
    // Stack of (first entry, level) to visit; the root is the last box.
    struct Todo {
        std::size_t first;
        std::size_t end;
        std::size_t level;
    };
    std::vector<Todo> stack;
    const std::size_t top = m_levelEnds.size() - 1;
    stack.push_back({m_boxes.size() - 1, m_boxes.size(), top});
    while (!stack.empty()) {
        const Todo t = stack.back();
        stack.pop_back();
        for (std::size_t i = t.first; i < t.end; ++i) {
            if (!window.intersects(m_boxes[i]))
                continue;
            if (t.level == 0) {
                out.push_back(m_ids[i]);
            } else {
                const std::size_t childFirst = m_ids[i];
                const std::size_t childLevelEnd = m_levelEnds[t.level - 1];
                const std::size_t childEnd =
                    std::min(childFirst + static_cast<std::size_t>(m_nodeSize), childLevelEnd);
                stack.push_back({childFirst, childEnd, t.level - 1});
            }
        }
    }
}

std::size_t PackedRTree::memoryBytes() const {
    return m_boxes.capacity() * sizeof(Envelope) + m_ids.capacity() * sizeof(std::uint32_t);
}

} // namespace cw::geometry
