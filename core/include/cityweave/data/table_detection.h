// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/table_options.h"

#include <string>
#include <vector>

namespace cw::data {

/// What reading a table decided, and why: shown by `info`, the add-layer dialog and warnings,
/// and turned back into options that reproduce it.
struct TableDetection {
    std::string encoding;       ///< "UTF-8", "CP949", ...
    std::string encodingReason; ///< "bom", "detected", "default", "override", "driver"
    int headerRow = 1;          ///< 1-based; 0: the sheet has no header row (field_1, ...)
    std::vector<std::string> columns;
    std::vector<std::string> codeColumns; ///< kept as text: leading zeros or code-like names

    GeometryColumns geometry = GeometryColumns::None;
    std::string geometryReason; ///< "names", "values", "option"
    std::string xColumn, yColumn, wktColumn;
    /// A second pair of coordinate columns that was not used (the degrees were preferred).
    std::string otherXColumn, otherYColumn;

    std::string crs;        ///< the CRS of the coordinates, e.g. "EPSG:5181"; empty: unknown
    std::string crsReason;  ///< "degrees", "values", "header", "seoul", "option", "wkt"
    std::string headerHint; ///< the header text that named the CRS, e.g. "GRS80TM"
    /// The Korean CRSs that put the points inside Korea; several and no `crs` means: ask.
    std::vector<std::string> crsCandidates;

    /// The options that make a reader take exactly these decisions.
    TableOptions asOptions() const;
};

} // namespace cw::data
