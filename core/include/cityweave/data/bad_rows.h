// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cw::data {

/// Why a row of a table has no usable position.
enum class BadRowReason {
    Empty,        ///< a coordinate cell is empty or not a number
    Zero,         ///< at (0, 0): the usual placeholder for "unknown"
    SameXY,       ///< the same value in X and Y
    Swapped,      ///< latitude in the longitude column and the other way round
    DegreesInTm,  ///< degrees in a column of metre coordinates
    OutsideKorea, ///< a position far outside Korea
    InvalidText,  ///< a WKT/WKB cell that does not parse
};
constexpr std::size_t kBadRowReasonCount = 7;

/// Stable key for JSON and the project file, e.g. "zero", "outside-korea".
const char* badRowReasonKey(BadRowReason reason);

/// One row left without a position.
struct BadRow {
    std::int64_t line = 0;     ///< 1-based row number in the source (header rows count)
    std::int64_t feature = -1; ///< index in the loaded layer; -1 when the row was dropped
    BadRowReason reason = BadRowReason::Empty;
};

/// Every row left without a position, in source order, with counts per reason.
struct BadRows {
    std::vector<BadRow> rows;
    std::array<std::size_t, kBadRowReasonCount> counts{};
    std::size_t dropped = 0; ///< rows left out of the layer (BadRowPolicy::Drop)

    void add(const BadRow& row) {
        rows.push_back(row);
        ++counts[static_cast<std::size_t>(row.reason)];
    }
    std::size_t count(BadRowReason r) const { return counts[static_cast<std::size_t>(r)]; }
    std::size_t total() const { return rows.size(); }
    bool empty() const { return rows.empty(); }
};

} // namespace cw::data
