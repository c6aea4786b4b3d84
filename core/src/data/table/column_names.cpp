// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace cw::data {
namespace {

// Lower-case ASCII, without spaces, '_', '-' and '.', so "POINT_X", "Point X" and "pointx" meet.
std::string normalise(std::string_view name) {
    std::string out;
    for (unsigned char c : name) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t')
            continue;
        out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    }
    return out;
}

// The name without a parenthesised note, and the note: "X좌표(GRS80TM)" -> "X좌표", "GRS80TM".
std::pair<std::string, std::string> splitNote(const std::string& name) {
    for (std::string_view open : {"(", "[", "（"}) {
        const auto at = name.find(open);
        if (at != std::string::npos && at > 0)
            return {name.substr(0, at), name.substr(at)};
    }
    return {name, {}};
}

bool isOneOf(const std::string& s, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), s) != names.end();
}

ColumnRole roleOfBase(const std::string& n) {
    if (isOneOf(n, {"lon", "lng", "long", "longitude", "경도", "경도좌표", "경도값", "gpsx",
                    "gps경도", "wgs84x", "wgs84경도", "xlon", "lonx", "경도x", "경도(x)"}))
        return ColumnRole::Longitude;
    if (isOneOf(n, {"lat", "latitude", "위도", "위도좌표", "위도값", "gpsy", "gps위도", "wgs84y",
                    "wgs84위도", "ylat", "laty", "위도y"}))
        return ColumnRole::Latitude;
    if (isOneOf(n, {"x", "x좌표", "좌표x", "pointx", "xcoord", "xcoordinate", "coordx", "xpos",
                    "tmx", "x좌표값", "xaxis", "easting", "x축", "엑스좌표", "좌표값x", "xcrd",
                    "xcnts", "posx"}))
        return ColumnRole::X;
    if (isOneOf(n, {"y", "y좌표", "좌표y", "pointy", "ycoord", "ycoordinate", "coordy", "ypos",
                    "tmy", "y좌표값", "yaxis", "northing", "y축", "와이좌표", "좌표값y", "ycrd",
                    "ydnts", "posy"}))
        return ColumnRole::Y;
    if (isOneOf(n, {"wkt", "wkb", "geometry", "geom", "thegeom", "shape", "geomwkt", "wktgeom",
                    "공간정보", "geometrywkt", "좌표정보wkt", "the_geom"}))
        return ColumnRole::Geometry;
    if (n.find("wkt") != std::string::npos || n.find("wkb") != std::string::npos)
        return ColumnRole::Geometry;
    return ColumnRole::Other;
}

} // namespace

ColumnRole columnRoleOf(const std::string& name) {
    const auto [base, note] = splitNote(name);
    const ColumnRole role = roleOfBase(normalise(base));
    if (role != ColumnRole::Other || note.empty())
        return role;
    // "경도(X)" names its role in the note as well; the base decides when it can.
    return roleOfBase(normalise(name));
}

CrsHint crsHintOf(const std::string& name) {
    const std::string n = normalise(name);
    auto has = [&](std::string_view word) { return n.find(word) != std::string::npos; };
    if (has("utmk") || has("utm-k") || has("5179"))
        return {{5179}, "UTM-K"};
    if (has("wgs84") || has("4326"))
        return {{4326}, "WGS84"};
    const bool central = has("중부") || has("central");
    const bool grs80 = has("grs80") || has("grs");
    const bool bessel = has("bessel") || has("베셀") || has("tokyo");
    if (has("5186"))
        return {{5186}, "EPSG:5186"};
    if (has("5181"))
        return {{5181}, "EPSG:5181"};
    if (has("5174"))
        return {{5174}, "EPSG:5174"};
    if (has("2097"))
        return {{2097}, "EPSG:2097"};
    if (grs80)
        return {{5181, 5186}, central ? "GRS80 중부원점" : "GRS80TM"};
    if (bessel)
        return {{5174, 2097}, "Bessel"};
    if (central)
        return {{5181, 5186, 5174, 2097}, "중부원점"};
    return {};
}

bool looksLikeCodeName(const std::string& name) {
    const std::string n = normalise(name);
    static constexpr std::array<std::string_view, 18> words{
        "코드", "번호", "id",  "code", "우편", "zip",  "ars", "postal", "관리번호",
        "cd",   "no",   "num", "key",  "식별", "전화", "tel", "phone",  "일련"};
    for (std::string_view w : words) {
        if (w == "cd" || w == "no" || w == "id") {
            // Short words count only as the whole name or a suffix: "sig_cd", "stop_no", "id".
            if (n == w || (n.size() > w.size() && n.compare(n.size() - w.size(), w.size(), w) == 0))
                return true;
            continue;
        }
        if (n.find(w) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace cw::data
