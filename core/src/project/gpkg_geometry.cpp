// SPDX-License-Identifier: GPL-3.0-or-later
// The GeoPackage binary geometry format (GeoPackage 1.3, clause 2.1.3): written for the
// multi-geometries CityWeave's own feature tables and result layers hold, read for polygons
// (sandbox zones), without a GDAL connection inside a SQLite transaction.
#include "gpkg_geometry.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace cw::project {
namespace {

constexpr std::uint32_t kWkbPoint = 1;
constexpr std::uint32_t kWkbLineString = 2;
constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPoint = 4;
constexpr std::uint32_t kWkbMultiLineString = 5;
constexpr std::uint32_t kWkbMultiPolygon = 6;

template <typename T> void put(std::string& out, T v) {
    static_assert(std::endian::native == std::endian::little, "little-endian hosts only");
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    out.append(bytes, sizeof(T));
}

class Reader {
public:
    explicit Reader(const std::string& data) : m_data(data) {}
    bool ok() const { return m_ok; }
    void skip(std::size_t n) { need(n) ? void(m_pos += n) : void(); }
    std::uint8_t byte() {
        if (!need(1))
            return 0;
        return static_cast<std::uint8_t>(m_data[m_pos++]);
    }
    template <typename T> T value(bool littleEndian) {
        T v{};
        if (!need(sizeof(T)))
            return v;
        char bytes[sizeof(T)];
        std::memcpy(bytes, m_data.data() + m_pos, sizeof(T));
        if (!littleEndian)
            for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
                std::swap(bytes[i], bytes[sizeof(T) - 1 - i]);
        std::memcpy(&v, bytes, sizeof(T));
        m_pos += sizeof(T);
        return v;
    }

private:
    bool need(std::size_t n) {
        if (m_pos + n > m_data.size())
            m_ok = false;
        return m_ok;
    }
    const std::string& m_data;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

/// Reads one WKB polygon (after its byte-order and type) into `store`'s open feature.
bool readPolygon(Reader& r, bool le, geometry::GeometryStore& store) {
    const std::uint32_t rings = r.value<std::uint32_t>(le);
    for (std::uint32_t ring = 0; ring < rings && r.ok(); ++ring) {
        const std::uint32_t points = r.value<std::uint32_t>(le);
        if (!r.ok() || points > (1u << 26))
            return false;
        store.beginPart(ring == 0);
        for (std::uint32_t i = 0; i < points && r.ok(); ++i) {
            const double x = r.value<double>(le);
            const double y = r.value<double>(le);
            store.addCoord(x, y);
        }
        store.endPart();
    }
    return r.ok();
}

} // namespace

void encodeGpkgGeometry(const geometry::GeometryStore& store, std::size_t feature,
                        geometry::GeometryFamily family, int srsId, std::string& out) {
    using geometry::GeometryFamily;
    const bool empty = store.isEmpty(feature);
    const geometry::Envelope& env = store.envelope(feature);
    out.assign("GP");
    out.push_back(0);                                      // version 1
    out.push_back(static_cast<char>(empty ? 0x11 : 0x03)); // LE, XY envelope / empty
    put<std::int32_t>(out, srsId);
    if (!empty)
        for (double v : {env.minX, env.maxX, env.minY, env.maxY})
            put(out, v);
    auto coords = [&](std::size_t p) {
        const auto part = store.part(p);
        put(out, static_cast<std::uint32_t>(part.size()));
        for (const auto& c : part) {
            put(out, c.x);
            put(out, c.y);
        }
    };
    out.push_back(1);
    if (family == GeometryFamily::Polygon) {
        std::vector<std::vector<std::size_t>> polygons; // part indices per polygon
        for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
            if (store.partStartsPolygon(p) || polygons.empty())
                polygons.emplace_back();
            polygons.back().push_back(p);
        }
        put(out, kWkbMultiPolygon);
        put(out, static_cast<std::uint32_t>(polygons.size()));
        for (const auto& rings : polygons) {
            out.push_back(1);
            put(out, kWkbPolygon);
            put(out, static_cast<std::uint32_t>(rings.size()));
            for (std::size_t p : rings)
                coords(p);
        }
        return;
    }
    const bool lines = family == GeometryFamily::Line;
    put(out, lines ? kWkbMultiLineString : kWkbMultiPoint);
    put(out, static_cast<std::uint32_t>(store.endPart(feature) - store.firstPart(feature)));
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        out.push_back(1);
        if (lines) {
            put(out, kWkbLineString);
            coords(p);
        } else {
            put(out, kWkbPoint);
            put(out, store.part(p)[0].x);
            put(out, store.part(p)[0].y);
        }
    }
}

std::string encodeGpkgPolygon(const geometry::GeometryStore& store, std::size_t feature,
                              int srsId) {
    std::string out;
    encodeGpkgGeometry(store, feature, geometry::GeometryFamily::Polygon, srsId, out);
    return out;
}

bool decodeGpkgPolygon(const std::string& blob, geometry::GeometryStore& store) {
    Reader r(blob);
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return false;
    r.skip(3);
    const std::uint8_t flags = r.byte();
    const bool headerLe = flags & 1;
    r.value<std::int32_t>(headerLe);
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const unsigned envelope = (flags >> 1) & 7;
    if (envelope > 4)
        return false;
    r.skip(kEnvelopeBytes[envelope]);
    const bool le = r.byte() == 1;
    const std::uint32_t type = r.value<std::uint32_t>(le);
    if (!r.ok() || (type != kWkbPolygon && type != kWkbMultiPolygon))
        return false;
    geometry::GeometryStore staged = store;
    staged.beginFeature();
    bool good = true;
    if (type == kWkbPolygon) {
        good = readPolygon(r, le, staged);
    } else {
        const std::uint32_t n = r.value<std::uint32_t>(le);
        for (std::uint32_t i = 0; i < n && good; ++i) {
            const bool partLe = r.byte() == 1;
            good = r.value<std::uint32_t>(partLe) == kWkbPolygon && readPolygon(r, partLe, staged);
        }
    }
    if (!good || !r.ok())
        return false;
    staged.endFeature();
    store = std::move(staged);
    return true;
}

} // namespace cw::project
