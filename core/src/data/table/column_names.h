// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::data {

/// What a column's name says it holds.
enum class ColumnRole { Other, Longitude, Latitude, X, Y, Geometry };

/// The role of a column by its (UTF-8) name, from a table of the names Korean agencies use:
/// 경도/위도, X좌표/Y좌표, 좌표X, lon/lng/long/lat, POINT_X, "X좌표(GRS80TM)", "노드 WKT", ...
ColumnRole columnRoleOf(const std::string& name);

/// The coordinate system a column name mentions ("X좌표(GRS80TM)", "X(중부원점)", "UTM-K"):
/// the EPSG codes it allows, and the words that said so. Empty when it says nothing.
struct CrsHint {
    std::vector<int> epsg;
    std::string text;
};
CrsHint crsHintOf(const std::string& name);

/// True for names of columns that hold codes or identifiers rather than quantities:
/// 코드, 번호, ID, 우편, ARS, code, _cd, zip, ...
bool looksLikeCodeName(const std::string& name);

} // namespace cw::data
