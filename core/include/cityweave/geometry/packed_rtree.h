// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"

#include <cstdint>
#include <vector>

namespace cw::geometry {

/// Static R-tree packed along a Hilbert curve (as in Flatbush): built once over a layer's
/// feature envelopes, queried by window many times per frame. Immutable after build, so
/// concurrent queries from render threads are safe.
class PackedRTree {
public:
    PackedRTree() = default;
    explicit PackedRTree(const std::vector<Envelope>& items, int nodeSize = 16);

    /// Indices of the items whose envelope intersects `window`, appended to `out` (unordered).
    void query(const Envelope& window, std::vector<std::uint32_t>& out) const;
    std::size_t size() const { return m_itemCount; }
    const Envelope& extent() const { return m_extent; }
    std::size_t memoryBytes() const;

private:
    std::size_t m_itemCount = 0;
    int m_nodeSize = 16;
    std::vector<Envelope> m_boxes;    // leaves first, then each upper level
    std::vector<std::uint32_t> m_ids; // item index for leaves, child offset for nodes
    std::vector<std::size_t> m_levelEnds;
    Envelope m_extent;
};

/// Position of the centre of `item` along a Hilbert curve over `extent` (2^16 cells a side):
/// sorting by it keeps neighbours together. Null envelopes sort last.
std::uint32_t hilbertKey(const Envelope& extent, const Envelope& item);

} // namespace cw::geometry
