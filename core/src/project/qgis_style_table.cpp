// SPDX-License-Identifier: GPL-3.0-or-later
#include "qgis_style_table.h"

#include "cityweave/project/project.h"
#include "cityweave/style/qgis_style.h"
#include "sqlite_db.h"

#include <algorithm>
#include <cctype>

namespace cw::project {
namespace {

// CityWeave's own rows, told apart from a QGIS user's by their description.
constexpr const char* kOrigin = "CityWeave";

geometry::GeometryFamily familyOfGeometryType(std::string type) {
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    if (type.find("POINT") != std::string::npos)
        return geometry::GeometryFamily::Point;
    if (type.find("LINE") != std::string::npos || type.find("CURVE") != std::string::npos)
        return geometry::GeometryFamily::Line;
    return geometry::GeometryFamily::Polygon;
}

} // namespace

bool writeQgisStyles(SqliteDb& db, const std::vector<QgisStyleRow>& rows) {
    if (rows.empty())
        return true;
    // The table as QGIS creates it, registered as an attribute table as QGIS does.
    if (!db.exec("CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                 "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                 "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                 "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                 "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))") ||
        !db.exec("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) "
                 "VALUES ('layer_styles', 'attributes', 'layer_styles')"))
        return false;
    auto removeOurs =
        db.prepare("DELETE FROM layer_styles WHERE f_table_name = ? AND description = ?");
    auto demoteOthers =
        db.prepare("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?");
    auto insert = db.prepare(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, "
        "update_time) VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    for (const QgisStyleRow& row : rows)
        if (!removeOurs.bind(1, row.table).bind(2, std::string(kOrigin)).run() ||
            !demoteOthers.bind(1, row.table).run() ||
            !insert.bind(1, row.table)
                 .bind(2, row.geometryColumn)
                 .bind(3, row.name)
                 .bind(4, row.qml)
                 .bind(5, row.sld)
                 .bind(6, std::string(kOrigin))
                 .run())
            return false;
    return true;
}

bool writeStoredLayerStyles(SqliteDb& db, const Project& project) {
    std::vector<QgisStyleRow> rows;
    for (const LayerEntry& layer : project.layers) {
        if (!layer.source.empty() || layer.sourceLayer.empty())
            continue;
        auto geometryOf = db.prepare("SELECT column_name, geometry_type_name FROM "
                                     "gpkg_geometry_columns WHERE table_name = ?");
        if (!geometryOf.bind(1, layer.sourceLayer).step())
            continue; // not a feature table of this file
        const std::string column = geometryOf.text(0);
        const auto family = familyOfGeometryType(geometryOf.text(1));
        const std::string& ko = layer.name.in("ko");
        const std::string name = ko.empty() ? layer.id : ko;
        rows.push_back({layer.sourceLayer, column, name, style::toQgisQml(layer.style, family),
                        style::toSld(layer.style, family, name)});
    }
    return writeQgisStyles(db, rows);
}

} // namespace cw::project
