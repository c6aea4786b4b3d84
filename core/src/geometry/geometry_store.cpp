// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/geometry_store.h"

namespace cw::geometry {

void GeometryStore::discardPart() {
    m_coords.resize(m_partCoords.back());
    m_partStartsPolygon.pop_back();
    // The envelope may have grown with the dropped coordinates; rebuild it from what is kept.
    m_currentEnvelope = Envelope{};
    const std::size_t first = m_featureParts.back();
    for (std::size_t p = first; p < partCount(); ++p)
        for (const Coord& c : part(p))
            m_currentEnvelope.expand(c.x, c.y);
}

void GeometryStore::reserve(std::size_t features, std::size_t coords) {
    m_coords.reserve(coords);
    m_featureParts.reserve(features + 1);
    m_envelopes.reserve(features);
    m_partCoords.reserve(features + 1);
    m_partStartsPolygon.reserve(features);
}

void GeometryStore::recomputeEnvelopes() {
    m_extent = Envelope{};
    for (std::size_t f = 0; f < featureCount(); ++f) {
        Envelope env;
        for (std::size_t p = firstPart(f); p < endPart(f); ++p)
            for (const Coord& c : part(p))
                if (c.x == c.x && c.y == c.y) // NaN marks a failed transform
                    env.expand(c.x, c.y);
        m_envelopes[f] = env;
        m_extent.expand(env);
    }
}

std::size_t GeometryStore::memoryBytes() const {
    return m_coords.capacity() * sizeof(Coord) + m_partCoords.capacity() * 8 +
           m_partStartsPolygon.capacity() + m_featureParts.capacity() * 8 +
           m_envelopes.capacity() * sizeof(Envelope);
}

} // namespace cw::geometry
