// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/feature_identifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cw::widgets {
namespace {
double segmentDistance(const geometry::Coord& a, const geometry::Coord& b, double x, double y) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((x - a.x) * dx + (y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(a.x + t * dx - x, a.y + t * dy - y);
}
// Liang–Barsky: whether the segment a–b crosses the box.
bool segmentTouchesBox(const geometry::Coord& a, const geometry::Coord& b,
                       const geometry::Envelope& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.minX, box.maxX - a.x, a.y - box.minY, box.maxY - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}
} // namespace

bool FeatureIdentifier::containsPoint(const geometry::GeometryStore& store, std::size_t feature,
                                      double x, double y) {
    // Even-odd over every ring of the feature: holes and multipolygons fall out naturally.
    bool inside = false;
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        const auto ring = store.part(p);
        if (ring.empty())
            continue;
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const auto& a = ring[i];
            const auto& b = ring[j];
            if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    }
    return inside;
}

double FeatureIdentifier::distanceTo(const geometry::GeometryStore& store, std::size_t feature,
                                     geometry::GeometryFamily family, double x, double y) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        const auto coords = store.part(p);
        if (family == geometry::GeometryFamily::Point || coords.size() == 1) {
            for (const auto& c : coords)
                best = std::min(best, std::hypot(c.x - x, c.y - y));
            continue;
        }
        for (std::size_t i = 1; i < coords.size(); ++i)
            best = std::min(best, segmentDistance(coords[i - 1], coords[i], x, y));
    }
    return best;
}

std::optional<IdentifyHit>
FeatureIdentifier::identify(const std::vector<render::LoadedLayer>& layers, double x, double y,
                            double tolerance) {
    const auto window = geometry::Envelope::of(x, y, x, y).buffered(tolerance);
    std::vector<std::uint32_t> candidates;
    for (std::size_t l = layers.size(); l-- > 0;) {
        const render::LoadedLayer& layer = layers[l];
        if (!layer.entry.visible || !layer.indexed)
            continue;
        const auto& store = layer.indexed->geometries;
        candidates.clear();
        layer.indexed->index.query(window, candidates);
        // The last feature is drawn last, so it is the one the user sees.
        std::sort(candidates.rbegin(), candidates.rend());
        std::optional<std::size_t> nearest;
        double nearestDistance = tolerance;
        for (std::uint32_t f : candidates) {
            if (store.isEmpty(f))
                continue;
            if (layer.indexed->family == geometry::GeometryFamily::Polygon) {
                if (containsPoint(store, f, x, y))
                    return IdentifyHit{l, f};
                continue;
            }
            const double d = distanceTo(store, f, layer.indexed->family, x, y);
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = f;
            }
        }
        if (nearest)
            return IdentifyHit{l, *nearest};
    }
    return std::nullopt;
}

} // namespace cw::widgets

namespace cw::widgets {

bool FeatureIdentifier::hits(const render::LoadedLayer& layer, std::size_t feature, double x,
                             double y, double tolerance) {
    const auto& store = layer.indexed->geometries;
    if (store.isEmpty(feature))
        return false;
    if (layer.indexed->family == geometry::GeometryFamily::Polygon)
        return containsPoint(store, feature, x, y) ||
               distanceTo(store, feature, geometry::GeometryFamily::Line, x, y) <= tolerance;
    return distanceTo(store, feature, layer.indexed->family, x, y) <= tolerance;
}

std::vector<IdentifyHit>
FeatureIdentifier::identifyAll(const std::vector<render::LoadedLayer>& layers, double x, double y,
                               double tolerance, std::size_t limit) {
    const auto window = geometry::Envelope::of(x, y, x, y).buffered(tolerance);
    std::vector<IdentifyHit> out;
    std::vector<std::uint32_t> candidates;
    for (std::size_t l = layers.size(); l-- > 0 && out.size() < limit;) {
        const render::LoadedLayer& layer = layers[l];
        if (!layer.entry.visible || !layer.indexed)
            continue;
        candidates.clear();
        layer.indexed->index.query(window, candidates);
        std::sort(candidates.rbegin(), candidates.rend());
        for (std::uint32_t f : candidates)
            if (out.size() < limit && hits(layer, f, x, y, tolerance))
                out.push_back({l, f});
    }
    return out;
}

std::vector<std::size_t> FeatureIdentifier::featuresIn(const render::LoadedLayer& layer,
                                                       const geometry::Envelope& box) {
    std::vector<std::size_t> out;
    if (!layer.indexed || box.isNull())
        return out;
    const auto& store = layer.indexed->geometries;
    std::vector<std::uint32_t> candidates;
    layer.indexed->index.query(box, candidates);
    std::sort(candidates.begin(), candidates.end());
    for (std::uint32_t f : candidates) {
        bool touches = false;
        for (std::size_t p = store.firstPart(f); p < store.endPart(f) && !touches; ++p) {
            const auto coords = store.part(p);
            for (std::size_t i = 0; i < coords.size() && !touches; ++i)
                touches = box.contains(coords[i].x, coords[i].y) ||
                          (i > 0 && segmentTouchesBox(coords[i - 1], coords[i], box));
        }
        // A box wholly inside a polygon touches it with no vertex or edge inside.
        if (!touches && layer.indexed->family == geometry::GeometryFamily::Polygon)
            touches = containsPoint(store, f, box.minX, box.minY);
        if (touches)
            out.push_back(f);
    }
    return out;
}

} // namespace cw::widgets
