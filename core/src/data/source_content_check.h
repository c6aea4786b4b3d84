// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>

namespace cw::data {

/// Refuses a source whose content is a program rather than data, before GDAL runs it:
/// - a GeoPackage view that does not finish within a bounded number of SQLite steps (a
///   recursive CTE never ends; a join of a table with itself can expand to billions of rows);
/// - a VRT with SQL (SrcSQL runs SQLite's dialect, recursion included, over its source).
Status checkSourceContent(const std::string& path);

} // namespace cw::data
