// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/geometry/region_rings.h"

#include "cityweave/geometry/packed_rtree.h"
#include "geometry/exact_orientation.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

namespace cw::analysis::overlay {
namespace {

using geometry::Coord;
using geometry::Envelope;
using geometry::orientationSign;

bool lessCoord(const Coord& p, const Coord& q) {
    return p.x != q.x ? p.x < q.x : p.y < q.y;
}

// Turn from direction `in` to direction `out`, counter-clockwise positive, in (-π, π].
double turn(const Coord& in, const Coord& out) {
    return std::atan2(in.x * out.y - in.y * out.x, in.x * out.x + in.y * out.y);
}

double twiceSignedArea(const std::vector<Coord>& ring) {
    double sum = 0;
    const Coord& o = ring.front();
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum +=
            (ring[i].x - o.x) * (ring[i + 1].y - o.y) - (ring[i].y - o.y) * (ring[i + 1].x - o.x);
    return sum;
}

// Drops vertices where the ring goes straight on (pieces cut for other regions' sake).
std::vector<Coord> withoutStraightVertices(const std::vector<Coord>& open) {
    std::vector<Coord> out;
    const std::size_t n = open.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Coord& prev = open[(i + n - 1) % n];
        const Coord& next = open[(i + 1) % n];
        const Coord& here = open[i];
        const bool straight =
            orientationSign(prev, here, next) == 0 &&
            (here.x - prev.x) * (next.x - here.x) + (here.y - prev.y) * (next.y - here.y) > 0;
        if (!straight)
            out.push_back(here);
    }
    if (out.size() < 3)
        return {};
    out.push_back(out.front());
    return out;
}

enum class Crossing { None, Flip, OnEdge };

// What edge a-b does to the ray from p to the right (crossing-number test, exact).
Crossing crossing(const Coord& p, const Coord& a, const Coord& b) {
    if ((a.y <= p.y) == (b.y <= p.y))
        return Crossing::None;
    const int s = orientationSign(a, b, p);
    if (s == 0)
        return Crossing::OnEdge;
    return (s > 0) == (b.y > a.y) ? Crossing::Flip : Crossing::None;
}

// Point-in-shell tests; a shell of many vertices (a city-wide merged region with thousands of
// holes) gets an index of its edges so that it is not walked once for every hole.
class ShellLocator {
public:
    explicit ShellLocator(const std::vector<Coord>& ring) : m_ring(ring) {
        if (ring.size() < kIndexFrom)
            return;
        std::vector<Envelope> edges;
        edges.reserve(ring.size() - 1);
        for (std::size_t i = 0; i + 1 < ring.size(); ++i)
            edges.push_back(Envelope::of(ring[i].x, ring[i].y, ring[i + 1].x, ring[i + 1].y));
        m_edges = geometry::PackedRTree(edges);
    }

    bool strictlyInside(const Coord& p) {
        // Only edges crossing the ray from p to the right can flip the answer.
        m_hits.clear();
        if (m_edges.size() > 0)
            m_edges.query(Envelope::of(p.x, p.y, m_edges.extent().maxX, p.y), m_hits);
        else
            for (std::uint32_t i = 0; i + 1 < m_ring.size(); ++i)
                m_hits.push_back(i);
        bool inside = false;
        for (const std::uint32_t i : m_hits)
            switch (crossing(p, m_ring[i], m_ring[i + 1])) {
            case Crossing::OnEdge:
                return false;
            case Crossing::Flip:
                inside = !inside;
                break;
            case Crossing::None:
                break;
            }
        return inside;
    }

private:
    static constexpr std::size_t kIndexFrom = 256;
    const std::vector<Coord>& m_ring;
    geometry::PackedRTree m_edges;
    std::vector<std::uint32_t> m_hits;
};

struct CoordHash {
    std::size_t operator()(const Coord& c) const {
        return std::hash<double>{}(c.x) * 31 + std::hash<double>{}(c.y);
    }
};

// A chain that passes a vertex twice (a hole touching its shell at a point, traced as one
// ring) is cut there into simple loops, which OGC validity wants as separate rings.
std::vector<std::vector<Coord>> simpleLoops(const std::vector<Coord>& open) {
    std::vector<std::vector<Coord>> loops;
    std::vector<Coord> stack;
    std::unordered_map<Coord, std::size_t, CoordHash> at;
    auto visit = [&](const Coord& v) {
        const auto it = at.find(v);
        if (it == at.end()) {
            at.emplace(v, stack.size());
            stack.push_back(v);
            return;
        }
        const std::size_t i = it->second;
        loops.emplace_back(stack.begin() + static_cast<std::ptrdiff_t>(i), stack.end());
        for (std::size_t k = i + 1; k < stack.size(); ++k)
            at.erase(stack[k]);
        stack.resize(i + 1);
    };
    for (const Coord& v : open)
        visit(v);
    visit(open.front());
    return loops;
}

Envelope envelopeOf(const std::vector<Coord>& ring) {
    Envelope e;
    for (const Coord& c : ring)
        e.expand(c.x, c.y);
    return e;
}

} // namespace

void appendPolygon(geometry::GeometryStore& store, const PolygonRings& rings) {
    store.beginFeature();
    for (std::size_t r = 0; r < rings.size(); ++r) {
        store.beginPart(r == 0);
        for (const Coord& c : rings[r])
            store.addCoord(c.x, c.y);
        store.endPart();
    }
    store.endFeature();
}

double ringArea(const std::vector<Coord>& ring) {
    return ring.empty() ? 0.0 : std::abs(twiceSignedArea(ring)) / 2;
}

RegionPolygons assemblePolygons(std::vector<Segment> segments) {
    RegionPolygons out;
    std::sort(segments.begin(), segments.end(), [](const Segment& l, const Segment& r) {
        return lessCoord(l.from, r.from) || (l.from == r.from && lessCoord(l.to, r.to));
    });
    std::vector<bool> used(segments.size(), false);
    auto outgoing = [&](const Coord& v) {
        auto first =
            std::lower_bound(segments.begin(), segments.end(), v,
                             [](const Segment& s, const Coord& c) { return lessCoord(s.from, c); });
        auto last = first;
        while (last != segments.end() && last->from == v)
            ++last;
        return std::pair{static_cast<std::size_t>(first - segments.begin()),
                         static_cast<std::size_t>(last - segments.begin())};
    };

    std::vector<std::vector<Coord>> shells, holes;
    std::vector<Coord> ring;
    for (std::size_t start = 0; start < segments.size(); ++start) {
        if (used[start])
            continue;
        ring.assign(1, segments[start].from);
        std::size_t current = start;
        used[current] = true;
        std::size_t length = 1;
        bool closed = false;
        for (;;) {
            const Segment& s = segments[current];
            if (s.to == segments[start].from) {
                closed = true;
                break;
            }
            ring.push_back(s.to);
            const auto [first, last] = outgoing(s.to);
            const Coord in{s.to.x - s.from.x, s.to.y - s.from.y};
            std::size_t next = SIZE_MAX;
            double best = -10;
            for (std::size_t k = first; k < last; ++k) {
                if (used[k])
                    continue;
                const Coord dir{segments[k].to.x - s.to.x, segments[k].to.y - s.to.y};
                const double t = turn(in, dir);
                if (t > best) {
                    best = t;
                    next = k;
                }
            }
            if (next == SIZE_MAX)
                break;
            used[next] = true;
            current = next;
            ++length;
        }
        if (!closed) {
            out.unclosedSegments += length;
            continue;
        }
        for (const std::vector<Coord>& loop : simpleLoops(ring)) {
            std::vector<Coord> clean = withoutStraightVertices(loop);
            if (clean.empty())
                continue;
            const double area = twiceSignedArea(clean);
            if (area > 0)
                shells.push_back(std::move(clean));
            else if (area < 0)
                holes.push_back(std::move(clean));
        }
    }

    // Each hole goes to the smallest shell around it.
    std::vector<Envelope> boxes;
    std::vector<double> areas;
    for (const auto& s : shells) {
        boxes.push_back(envelopeOf(s));
        areas.push_back(twiceSignedArea(s));
    }
    const geometry::PackedRTree tree(boxes);
    out.polygons.reserve(shells.size());
    for (auto& s : shells)
        out.polygons.push_back({std::move(s)});
    std::vector<std::unique_ptr<ShellLocator>> locators(out.polygons.size());
    std::vector<std::uint32_t> hits;
    std::vector<std::size_t> owners; // holes are moved in once all are placed: the locators
                                     // refer to the shells
    owners.reserve(holes.size());
    for (const auto& hole : holes) {
        const Coord probe{(hole[0].x + hole[1].x) / 2, (hole[0].y + hole[1].y) / 2};
        hits.clear();
        tree.query(Envelope::of(probe.x, probe.y, probe.x, probe.y), hits);
        std::sort(hits.begin(), hits.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return areas[a] < areas[b]; });
        std::size_t owner = SIZE_MAX;
        for (const std::uint32_t h : hits) {
            if (!locators[h])
                locators[h] = std::make_unique<ShellLocator>(out.polygons[h].front());
            if (locators[h]->strictlyInside(probe)) {
                owner = h;
                break;
            }
        }
        owners.push_back(owner);
    }
    for (std::size_t i = 0; i < holes.size(); ++i)
        if (owners[i] == SIZE_MAX)
            out.unclosedSegments += holes[i].size() - 1;
        else
            out.polygons[owners[i]].push_back(std::move(holes[i]));
    return out;
}

} // namespace cw::analysis::overlay
