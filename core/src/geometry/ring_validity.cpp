// SPDX-License-Identifier: GPL-3.0-or-later
#include "ring_validity.h"

#include "exact_orientation.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cw::geometry {
namespace {

// Do the closed segments a-b and c-d share any point? Exact (orientation signs only).
bool segmentsMeet(const Coord& a, const Coord& b, const Coord& c, const Coord& d) {
    if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
        std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y))
        return false;
    const int s1 = orientationSign(a, b, c);
    const int s2 = orientationSign(a, b, d);
    if (s1 != 0 && s1 == s2)
        return false;
    const int s3 = orientationSign(c, d, a);
    const int s4 = orientationSign(c, d, b);
    if (s3 != 0 && s3 == s4)
        return false;
    // Collinear and within each other's box: they overlap or touch end to end.
    return true;
}

} // namespace

bool isSimplePolygon(const GeometryStore& store, std::size_t f) {
    if (store.endPart(f) - store.firstPart(f) != 1 || !store.partStartsPolygon(store.firstPart(f)))
        return false;
    const auto ring = store.part(store.firstPart(f));
    if (ring.size() < 4 || !(ring.front() == ring.back()))
        return false; // an unclosed ring is GEOS's to judge (and repair)
    // Distinct vertices in ring order (repeated points are allowed by the OGC rules), the closing
    // point dropped: edge i runs from v[i] to v[(i + 1) % m].
    std::array<Coord, kSimpleRingMaxVertices> v;
    std::size_t m = 0;
    for (const Coord& c : ring) {
        if (!std::isfinite(c.x) || !std::isfinite(c.y))
            return false;
        if (m > 0 && v[m - 1] == c)
            continue;
        if (m == v.size())
            return false;
        v[m++] = c;
    }
    while (m > 1 && v[m - 1] == v[0])
        --m;
    if (m < 3)
        return false;
    auto next = [&](std::size_t i) { return i + 1 < m ? i + 1 : 0; };
    for (std::size_t i = 0; i < m; ++i) {
        // Neighbouring edges meet only at their shared vertex: no turning back along the line.
        const Coord& a = v[i];
        const Coord& b = v[next(i)];
        const Coord& c = v[next(next(i))];
        if (orientationSign(a, b, c) == 0 &&
            (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) <= 0)
            return false;
        // Other edges must not meet this one at all.
        for (std::size_t j = i + 2; j < m; ++j) {
            if (i == 0 && j == m - 1)
                continue; // the closing edge neighbours the first
            if (segmentsMeet(a, b, v[j], v[next(j)]))
                return false;
        }
    }
    return true;
}

} // namespace cw::geometry
