// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"
#include "project/sqlite_db.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::project {

struct RtreeEntry {
    std::int64_t id;
    geometry::Envelope box;
};

/// Fills the empty two-dimensional SQLite R*Tree `rtree` (a GeoPackage's
/// "rtree_<table>_<column>") with every entry at once: packed in Hilbert order and written
/// straight into its node, rowid and parent tables, as SQLite's own reader expects them.
/// Inserting millions of rows one by one rebalances the tree at every step (about a minute for
/// 4 million lines); this takes seconds. Coordinates are rounded outwards to 32-bit floats as
/// SQLite rounds them. False, with the SQLite error in `error`, on failure.
bool bulkLoadRtree(SqliteDb& db, const std::string& rtree, std::vector<RtreeEntry> entries,
                   std::string& error);

} // namespace cw::project
