// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>
#include <vector>

namespace cw::data {

/// Where a table's (CSV, TSV, XLSX, ODS) features get their geometry from.
enum class GeometryColumns {
    Auto, ///< detect from the column names and values
    None, ///< a plain table (statistics to join by code): no geometry
    XY,   ///< two number columns
    Wkt,  ///< one column of WKT or WKB hex
};

/// What to do with rows whose position is unusable: (0,0), empty, swapped, outside Korea.
enum class BadRowPolicy {
    Keep, ///< keep the row and its attributes with an empty geometry
    Drop, ///< leave the row out of the layer (still counted and listed)
};

/// The choices for reading a table that a file does not state itself. Every field left at its
/// default is detected; what the user sets wins. Saved with the layer in the project file.
struct TableOptions {
    int headerRow = 0; ///< 1-based row holding the column names; 0: detect; -1: none
    GeometryColumns geometry = GeometryColumns::Auto;
    std::string xColumn;                  ///< with XY: easting or longitude
    std::string yColumn;                  ///< with XY: northing or latitude
    std::string wktColumn;                ///< with Wkt
    std::vector<std::string> textColumns; ///< kept as text besides the detected code columns
    BadRowPolicy badRows = BadRowPolicy::Keep;

    bool isDefault() const { return *this == TableOptions{}; }
    bool operator==(const TableOptions&) const = default;
};

/// True for the formats read as tables: .csv, .tsv, .txt, .xlsx, .xls, .ods.
bool isTableSource(const std::string& path);

/// JSON text for the project file; "" for default options.
std::string tableOptionsToJson(const TableOptions& options);
/// Reads what tableOptionsToJson wrote; "" gives the defaults. Unknown keys are ignored.
Result<TableOptions> tableOptionsFromJson(const std::string& json);

const char* geometryColumnsKey(GeometryColumns g); ///< "auto", "none", "xy", "wkt"
const char* badRowPolicyKey(BadRowPolicy p);       ///< "keep", "drop"

} // namespace cw::data
