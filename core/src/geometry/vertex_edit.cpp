// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/vertex_edit.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace cw::geometry {
namespace {

// A copy of `store` in which part `target` has the coordinates `replacement` gives.
GeometryStore withPart(const GeometryStore& store, std::size_t target,
                       const std::vector<Coord>& replacement) {
    GeometryStore out;
    out.reserve(store.featureCount(), store.coordCount() + 1);
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        out.beginFeature();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            out.beginPart(store.partStartsPolygon(p));
            if (p == target)
                for (const Coord& c : replacement)
                    out.addCoord(c.x, c.y);
            else
                for (const Coord& c : store.part(p))
                    out.addCoord(c.x, c.y);
            out.endPart();
        }
        out.endFeature();
    }
    return out;
}

// Calls `visit(part, coords)` for every part of the listed features.
void eachPart(const GeometryStore& store, std::span<const std::uint32_t> features,
              const std::function<void(std::size_t, std::span<const Coord>)>& visit) {
    for (std::uint32_t f : features) {
        if (f >= store.featureCount())
            continue;
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p)
            visit(p, store.part(p));
    }
}

} // namespace

std::optional<VertexRef> nearestVertex(const GeometryStore& store,
                                       std::span<const std::uint32_t> features, Coord at,
                                       double tolerance) {
    std::optional<VertexRef> best;
    double bestDistance = tolerance;
    eachPart(store, features, [&](std::size_t p, std::span<const Coord> coords) {
        for (std::size_t i = 0; i < coords.size(); ++i) {
            const double d = std::hypot(coords[i].x - at.x, coords[i].y - at.y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = VertexRef{p, i};
            }
        }
    });
    return best;
}

std::optional<SegmentHit> nearestSegment(const GeometryStore& store,
                                         std::span<const std::uint32_t> features, Coord at,
                                         double tolerance) {
    std::optional<SegmentHit> best;
    eachPart(store, features, [&](std::size_t p, std::span<const Coord> coords) {
        for (std::size_t i = 0; i + 1 < coords.size(); ++i) {
            const Coord a = coords[i], b = coords[i + 1];
            const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
            const double t =
                length2 > 0
                    ? std::clamp(((at.x - a.x) * dx + (at.y - a.y) * dy) / length2, 0.0, 1.0)
                    : 0.0;
            const Coord foot{a.x + t * dx, a.y + t * dy};
            const double d = std::hypot(foot.x - at.x, foot.y - at.y);
            if (d <= tolerance && (!best || d < best->distance))
                best = SegmentHit{{p, i}, foot, d};
        }
    });
    return best;
}

bool VertexEdit::isClosedRing(std::size_t part) const {
    const auto coords = m_store.part(part);
    return m_rings && coords.size() >= 4 && coords.front() == coords.back();
}

GeometryStore VertexEdit::moved(VertexRef vertex, Coord to) const {
    const auto coords = m_store.part(vertex.part);
    std::vector<Coord> out(coords.begin(), coords.end());
    if (vertex.index >= out.size())
        return withPart(m_store, vertex.part, out);
    out[vertex.index] = to;
    if (isClosedRing(vertex.part) && (vertex.index == 0 || vertex.index + 1 == out.size()))
        out.front() = out.back() = to;
    return withPart(m_store, vertex.part, out);
}

GeometryStore VertexEdit::inserted(VertexRef after, Coord at) const {
    const auto coords = m_store.part(after.part);
    std::vector<Coord> out(coords.begin(), coords.end());
    out.insert(out.begin() + std::ptrdiff_t(std::min(after.index + 1, out.size())), at);
    return withPart(m_store, after.part, out);
}

std::optional<GeometryStore> VertexEdit::removed(VertexRef vertex) const {
    const auto coords = m_store.part(vertex.part);
    if (vertex.index >= coords.size())
        return std::nullopt;
    std::vector<Coord> out(coords.begin(), coords.end());
    if (isClosedRing(vertex.part)) {
        if (out.size() <= 4) // a triangle is the smallest ring
            return std::nullopt;
        out.pop_back(); // drop the closing vertex, remove, close again on the (new) first
        out.erase(out.begin() + std::ptrdiff_t(vertex.index == out.size() ? 0 : vertex.index));
        out.push_back(out.front());
    } else {
        if (out.size() <= 2)
            return std::nullopt;
        out.erase(out.begin() + std::ptrdiff_t(vertex.index));
    }
    return withPart(m_store, vertex.part, out);
}

} // namespace cw::geometry
