// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/geometry/road_network.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>

namespace cw::analysis {
namespace {
using geometry::Coord;
using geometry::Envelope;

std::pair<std::int64_t, std::int64_t> keyOf(const Coord& c) {
    return {std::llround(c.x * 1000.0), std::llround(c.y * 1000.0)};
}

Coord lerp(const Coord& a, const Coord& b, double t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}
} // namespace

double RoadPiece::length() const {
    return std::hypot(b.x - a.x, b.y - a.y);
}

RoadNetwork::RoadNetwork(const std::vector<const data::VectorLayer*>& layers) {
    std::map<std::pair<std::int64_t, std::int64_t>, std::uint32_t> ids;
    auto node = [&](const Coord& c) {
        const auto [it, inserted] = ids.try_emplace(keyOf(c), std::uint32_t(m_nodes.size()));
        if (inserted) {
            m_nodes.push_back(c);
            m_incident.emplace_back();
        }
        return it->second;
    };
    std::vector<Envelope> boxes;
    for (const data::VectorLayer* layer : layers) {
        if (!layer || layer->family != geometry::GeometryFamily::Line)
            continue;
        const geometry::GeometryStore& g = layer->geometries;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            const auto coords = g.part(p);
            for (std::size_t i = 0; i + 1 < coords.size(); ++i) {
                const std::uint32_t u = node(coords[i]), v = node(coords[i + 1]);
                if (u == v)
                    continue;
                const double length =
                    std::hypot(m_nodes[v].x - m_nodes[u].x, m_nodes[v].y - m_nodes[u].y);
                m_incident[u].push_back(std::uint32_t(m_edges.size()));
                m_incident[v].push_back(std::uint32_t(m_edges.size()));
                m_edges.push_back({u, v, length});
                boxes.push_back(
                    Envelope::of(m_nodes[u].x, m_nodes[u].y, m_nodes[v].x, m_nodes[v].y));
            }
        }
    }
    m_index = geometry::PackedRTree(boxes);
}

std::vector<RoadPiece> RoadNetwork::reachable(const Coord& from, double distance,
                                              double maxSnap) const {
    if (m_edges.empty() || !(distance > 0))
        return {};
    // Nearest segment within the snap distance, and where on it.
    std::vector<std::uint32_t> hits;
    m_index.query(
        Envelope::of(from.x - maxSnap, from.y - maxSnap, from.x + maxSnap, from.y + maxSnap), hits);
    double best = std::numeric_limits<double>::infinity(), bestT = 0;
    std::uint32_t bestEdge = 0;
    for (const std::uint32_t e : hits) {
        const Coord& a = m_nodes[m_edges[e].u];
        const Coord& b = m_nodes[m_edges[e].v];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double t =
            std::clamp(((from.x - a.x) * dx + (from.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        const Coord p = lerp(a, b, t);
        const double d = std::hypot(from.x - p.x, from.y - p.y);
        if (d < best || (d == best && e < bestEdge))
            best = d, bestT = t, bestEdge = e;
    }
    if (!(best <= maxSnap))
        return {};

    // Dijkstra from the snap point, seeded at both ends of its segment, stopping at `distance`.
    const Edge& start = m_edges[bestEdge];
    std::vector<double> dist(m_nodes.size(), std::numeric_limits<double>::infinity());
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    auto relax = [&](std::uint32_t n, double d) {
        if (d < dist[n] && d <= distance) {
            dist[n] = d;
            queue.push({d, n});
        }
    };
    relax(start.u, bestT * start.length);
    relax(start.v, (1 - bestT) * start.length);
    while (!queue.empty()) {
        const auto [d, n] = queue.top();
        queue.pop();
        if (d > dist[n])
            continue;
        for (const std::uint32_t e : m_incident[n]) {
            const Edge& edge = m_edges[e];
            relax(edge.u == n ? edge.v : edge.u, d + edge.length);
        }
    }

    // Per segment the reached stretches, as fractions along it, merged.
    std::map<std::uint32_t, std::vector<std::pair<double, double>>> spans;
    auto add = [&](std::uint32_t e, double t0, double t1) {
        t0 = std::clamp(t0, 0.0, 1.0), t1 = std::clamp(t1, 0.0, 1.0);
        if (t1 > t0)
            spans[e].push_back({t0, t1});
    };
    const double s = bestT * start.length;
    if (start.length > 0)
        add(bestEdge, (s - distance) / start.length, (s + distance) / start.length);
    for (std::uint32_t e = 0; e < m_edges.size(); ++e) {
        const Edge& edge = m_edges[e];
        if (!(edge.length > 0))
            continue;
        if (std::isfinite(dist[edge.u]))
            add(e, 0.0, (distance - dist[edge.u]) / edge.length);
        if (std::isfinite(dist[edge.v]))
            add(e, 1.0 - (distance - dist[edge.v]) / edge.length, 1.0);
    }
    std::vector<RoadPiece> out;
    for (auto& [e, list] : spans) {
        std::sort(list.begin(), list.end());
        const Coord& a = m_nodes[m_edges[e].u];
        const Coord& b = m_nodes[m_edges[e].v];
        for (std::size_t i = 0; i < list.size();) {
            double t0 = list[i].first, t1 = list[i].second;
            std::size_t j = i + 1;
            for (; j < list.size() && list[j].first <= t1; ++j)
                t1 = std::max(t1, list[j].second);
            out.push_back({lerp(a, b, t0), lerp(a, b, t1)});
            i = j;
        }
    }
    return out;
}

} // namespace cw::analysis
