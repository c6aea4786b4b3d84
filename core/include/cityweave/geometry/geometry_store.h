// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cw::geometry {

/// The family a layer's geometries belong to; multi-geometries share their single kind's family.
enum class GeometryFamily { Unknown, Point, Line, Polygon };

struct Coord {
    double x;
    double y;
    bool operator==(const Coord&) const = default;
};

/// All geometries of one layer in flat arrays, so a million features cost a few allocations.
///
/// A feature is a list of parts. For points a part is one coordinate, for lines one line string,
/// for polygons one ring; `partStartsPolygon` marks each exterior ring, so multipolygons and holes
/// keep their structure. Empty features (null geometry) have no parts.
class GeometryStore {
public:
    std::size_t featureCount() const { return m_featureParts.size() - 1; }
    std::size_t partCount() const { return m_partCoords.size() - 1; }
    std::size_t coordCount() const { return m_coords.size(); }

    std::size_t firstPart(std::size_t feature) const { return m_featureParts[feature]; }
    std::size_t endPart(std::size_t feature) const { return m_featureParts[feature + 1]; }
    std::span<const Coord> part(std::size_t p) const {
        return {m_coords.data() + m_partCoords[p], m_partCoords[p + 1] - m_partCoords[p]};
    }
    bool partStartsPolygon(std::size_t p) const { return m_partStartsPolygon[p] != 0; }
    const Envelope& envelope(std::size_t feature) const { return m_envelopes[feature]; }
    const Envelope& extent() const { return m_extent; }
    bool isEmpty(std::size_t feature) const { return firstPart(feature) == endPart(feature); }

    /// Building: open a feature, add its parts' coordinates, close it.
    void beginFeature() { m_currentEnvelope = Envelope{}; }
    void beginPart(bool startsPolygon) { m_partStartsPolygon.push_back(startsPolygon ? 1 : 0); }
    void addCoord(double x, double y) {
        m_coords.push_back({x, y});
        m_currentEnvelope.expand(x, y);
    }
    void endPart() { m_partCoords.push_back(static_cast<std::uint64_t>(m_coords.size())); }
    /// Drops the part opened last (e.g. a degenerate ring) with its coordinates.
    void discardPart();
    void endFeature() {
        m_featureParts.push_back(static_cast<std::uint64_t>(partCount()));
        m_envelopes.push_back(m_currentEnvelope);
        m_extent.expand(m_currentEnvelope);
    }
    void reserve(std::size_t features, std::size_t coords);
    /// Appends feature `feature` of `from` (all its parts) as this store's next feature.
    void appendFeature(const GeometryStore& from, std::size_t feature) {
        beginFeature();
        for (std::size_t p = from.firstPart(feature); p < from.endPart(feature); ++p) {
            beginPart(from.partStartsPolygon(p));
            for (const auto& c : from.part(p))
                addCoord(c.x, c.y);
            endPart();
        }
        endFeature();
    }

    /// Passes every coordinate through `fn(double* xs, double* ys, std::size_t n, std::size_t
    /// strideBytes)` in place (x and y interleaved), then refreshes the envelopes.
    template <typename Fn> void transformInPlace(Fn&& fn) {
        if (!m_coords.empty())
            fn(&m_coords[0].x, &m_coords[0].y, m_coords.size(), sizeof(Coord));
        recomputeEnvelopes();
    }
    void recomputeEnvelopes();
    std::size_t memoryBytes() const;
    /// Same features, parts and coordinates (envelopes follow from them).
    bool operator==(const GeometryStore& other) const {
        return m_coords == other.m_coords && m_partCoords == other.m_partCoords &&
               m_partStartsPolygon == other.m_partStartsPolygon &&
               m_featureParts == other.m_featureParts;
    }

private:
    std::vector<Coord> m_coords;
    std::vector<std::uint64_t> m_partCoords{0};
    std::vector<std::uint8_t> m_partStartsPolygon;
    std::vector<std::uint64_t> m_featureParts{0};
    std::vector<Envelope> m_envelopes;
    Envelope m_extent;
    Envelope m_currentEnvelope;
};

} // namespace cw::geometry
