// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_geometry.h"

#include "cityweave/crs/crs.h"
#include "korean_crs_guess.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cpl_string.h>
#include <ogr_geometry.h>
#include <vector>

namespace cw::data {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// "SRID=5186;POINT(1 2)" -> 5186 and "POINT(1 2)".
std::string_view stripSrid(std::string_view s, int* srid) {
    if (s.size() > 5 && (s[0] == 'S' || s[0] == 's') &&
        (s.substr(0, 5) == "SRID=" || s.substr(0, 5) == "srid=")) {
        const auto semicolon = s.find(';');
        if (semicolon != std::string_view::npos) {
            if (srid)
                *srid = std::atoi(std::string(s.substr(5, semicolon - 5)).c_str());
            return trimmed(s.substr(semicolon + 1));
        }
    }
    return s;
}

bool startsWithWktKeyword(std::string_view s) {
    std::string head;
    for (char c : s.substr(0, 20))
        head += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const char* k : {"POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
                          "MULTIPOLYGON", "GEOMETRYCOLLECTION"})
        if (head.rfind(k, 0) == 0)
            return true;
    return false;
}

bool isWkbHex(std::string_view s) {
    return s.size() >= 18 && s.size() % 2 == 0 &&
           (s.substr(0, 2) == "00" || s.substr(0, 2) == "01") &&
           std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// PostGIS EWKB carries an SRID after the type word (flag 0x20000000) that plain WKB readers
// refuse; take it out.
void stripEwkbSrid(std::vector<GByte>& wkb, int* srid) {
    if (wkb.size() < 9)
        return;
    const bool little = wkb[0] == 1;
    auto read32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(wkb[at + (little ? i : 3 - i)]) << (8 * i);
        return v;
    };
    const std::uint32_t type = read32(1);
    if (!(type & 0x20000000u))
        return;
    if (srid)
        *srid = static_cast<int>(read32(5));
    const std::uint32_t plain = type & ~0x20000000u;
    for (int i = 0; i < 4; ++i)
        wkb[1 + (little ? i : 3 - i)] = static_cast<GByte>((plain >> (8 * i)) & 0xFF);
    wkb.erase(wkb.begin() + 5, wkb.begin() + 9);
}

} // namespace

bool looksLikeGeometryText(std::string_view text) {
    const std::string_view s = stripSrid(trimmed(text), nullptr);
    return startsWithWktKeyword(s) || isWkbHex(s);
}

std::unique_ptr<OGRGeometry> parseGeometryText(std::string_view text, int* srid) {
    if (srid)
        *srid = 0;
    const std::string_view s = stripSrid(trimmed(text), srid);
    OGRGeometry* geometry = nullptr;
    if (startsWithWktKeyword(s)) {
        const std::string wkt(s);
        const char* cursor = wkt.c_str();
        if (OGRGeometryFactory::createFromWkt(&cursor, nullptr, &geometry) != OGRERR_NONE)
            return nullptr;
    } else if (isWkbHex(s)) {
        int bytes = 0;
        GByte* raw = CPLHexToBinary(std::string(s).c_str(), &bytes);
        std::vector<GByte> wkb(raw, raw + bytes);
        CPLFree(raw);
        stripEwkbSrid(wkb, srid);
        if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry,
                                              static_cast<int>(wkb.size())) != OGRERR_NONE)
            return nullptr;
    }
    return std::unique_ptr<OGRGeometry>(geometry);
}

PositionCheck::PositionCheck(const std::string& crsId) {
    if (crsId.empty())
        return;
    auto crs = crs::Crs::fromUserInput(crsId);
    if (!crs)
        return;
    m_geographic = crs->isGeographic();
    m_korea = m_geographic ? koreaLonLat() : koreaBoxIn(crsId);
    m_known = !m_korea.isNull();
}

std::optional<BadRowReason> PositionCheck::checkPoint(double x, double y) const {
    if (!std::isfinite(x) || !std::isfinite(y))
        return BadRowReason::Empty;
    if (x == 0 && y == 0)
        return BadRowReason::Zero;
    if (x == y)
        return BadRowReason::SameXY;
    if (!m_known || m_korea.contains(x, y))
        return std::nullopt;
    if (m_geographic)
        return m_korea.contains(y, x) ? BadRowReason::Swapped : BadRowReason::OutsideKorea;
    if (std::abs(x) <= 180 && std::abs(y) <= 90)
        return BadRowReason::DegreesInTm;
    return BadRowReason::OutsideKorea;
}

std::optional<BadRowReason> PositionCheck::checkEnvelope(const geometry::Envelope& e) const {
    if (e.isNull())
        return BadRowReason::Empty;
    if (e.minX == e.maxX && e.minY == e.maxY)
        return checkPoint(e.minX, e.minY);
    if (!m_known || m_korea.intersects(e))
        return std::nullopt;
    return BadRowReason::OutsideKorea;
}

} // namespace cw::data
