// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::project {

class SqliteDb;
struct Project;

/// One row of QGIS's `layer_styles` table as CityWeave writes it.
struct QgisStyleRow {
    std::string table;          ///< f_table_name
    std::string geometryColumn; ///< f_geometry_column
    std::string name;           ///< styleName, what QGIS's style manager lists
    std::string qml;
    std::string sld;
};

/// Writes each row into `layer_styles` (made as QGIS makes it when missing, and registered as
/// an attribute table) as its table's default style: CityWeave's earlier row for the table is
/// replaced; styles from elsewhere (a QGIS user's) are kept, no longer the default. Runs in
/// the caller's transaction; false on a database error.
bool writeQgisStyles(SqliteDb& db, const std::vector<QgisStyleRow>& rows);

/// The QGIS styles of the layers kept inside the project file, from their CityWeave styles
/// (symbol by the table's geometry type, categories and ranges, labels, opacity), named by
/// their Korean names: QGIS opens the project file drawn as CityWeave draws it.
bool writeStoredLayerStyles(SqliteDb& db, const Project& project);

} // namespace cw::project
