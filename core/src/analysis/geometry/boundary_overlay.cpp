// SPDX-License-Identifier: GPL-3.0-or-later
// See boundary_overlay.h for the method. Work is cut into runs of at most kRunEdges consecutive
// edges of one ring (so one large zone boundary spreads over threads), runs into chunks of about
// kChunkEdges edges; chunking does not depend on the thread count, so neither do the sums.
#include "analysis/geometry/boundary_overlay.h"

#include "analysis/framework/chunk_pool.h"
#include "cityweave/geometry/packed_rtree.h"
#include "geometry/exact_orientation.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace cw::analysis::overlay {
namespace {

using geometry::Coord;
using geometry::Envelope;
using geometry::GeometryStore;
using geometry::orientationSign;
using geometry::PackedRTree;

constexpr std::uint32_t kRunEdges = 32;
constexpr std::size_t kChunkEdges = 4096;
// Polygons with more edges than this get their own edge index (zone boundaries, large parcels).
constexpr std::size_t kIndexedEdges = 64;

// Rings are stored closed (first == last) or open; either way edge i runs from c[i] to here.
std::size_t edgeCount(std::span<const Coord> c, bool closedRing) {
    if (c.size() < 2)
        return 0;
    if (!closedRing)
        return c.size() - 1;
    return c.front() == c.back() ? c.size() - 1 : c.size();
}
inline const Coord& edgeEnd(std::span<const Coord> c, std::size_t i) {
    return i + 1 < c.size() ? c[i + 1] : c[0];
}

inline Envelope boxOf(const Coord& a, const Coord& b) {
    return Envelope::of(std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                        std::max(a.y, b.y));
}

struct EdgeRef {
    std::uint32_t part;
    std::uint32_t index;
};

struct EdgeIndex {
    std::vector<EdgeRef> edges;
    PackedRTree tree;
};

struct PolygonLayer {
    PolygonInput input;
    PackedRTree tree;
    std::unordered_map<std::uint32_t, EdgeIndex> edgeIndexes;
    // Per part: the polygon's interior lies left of the part's edges (a counter-clockwise
    // exterior or a clockwise hole). Stores keep rings as read, in either orientation.
    std::vector<std::uint8_t> interiorLeft;

    std::uint32_t labelOf(std::uint32_t f) const {
        return input.labelPerFeature ? input.label + f : input.label;
    }
};

std::size_t featureEdges(const GeometryStore& s, std::size_t f) {
    std::size_t n = 0;
    for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p)
        n += edgeCount(s.part(p), true);
    return n;
}

bool counterClockwise(std::span<const Coord> c) {
    double twiceArea = 0;
    for (std::size_t i = 0; i < edgeCount(c, true); ++i) {
        const Coord& d = edgeEnd(c, i);
        twiceArea += (c[i].x - c[0].x) * (d.y - c[0].y) - (c[i].y - c[0].y) * (d.x - c[0].x);
    }
    return twiceArea >= 0;
}

PolygonLayer indexLayer(const PolygonInput& input) {
    PolygonLayer layer{input, {}, {}, {}};
    const GeometryStore& s = *input.store;
    layer.interiorLeft.resize(s.partCount());
    for (std::size_t p = 0; p < s.partCount(); ++p)
        layer.interiorLeft[p] = counterClockwise(s.part(p)) == s.partStartsPolygon(p) ? 1 : 0;
    std::vector<Envelope> boxes(s.featureCount());
    for (std::size_t f = 0; f < s.featureCount(); ++f) {
        boxes[f] = s.isEmpty(f) ? Envelope{} : s.envelope(f);
        if (featureEdges(s, f) <= kIndexedEdges)
            continue;
        EdgeIndex index;
        std::vector<Envelope> edgeBoxes;
        for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p) {
            const auto c = s.part(p);
            for (std::size_t i = 0; i < edgeCount(c, true); ++i) {
                index.edges.push_back(
                    {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(i)});
                edgeBoxes.push_back(boxOf(c[i], edgeEnd(c, i)));
            }
        }
        index.tree = PackedRTree(edgeBoxes);
        layer.edgeIndexes.emplace(static_cast<std::uint32_t>(f), std::move(index));
    }
    layer.tree = PackedRTree(boxes);
    return layer;
}

// A polygon near the run being processed.
struct Candidate {
    const PolygonLayer* layer;
    std::uint32_t feature;
    std::uint64_t key; // orders polygons: the lowest key reports a shared piece
    std::uint32_t label;
    Envelope envelope;          // a copy: tested for every edge of the run
    const EdgeIndex* edgeIndex; // null: scan all edges
};

enum class Kind : std::uint8_t { Polygon, Line, Point };

struct Run {
    Kind kind;
    std::uint32_t layer;
    std::uint32_t feature;
    std::uint32_t part;
    std::uint32_t first; // edges [first, last); points: unused
    std::uint32_t last;
};

// An edge of a candidate near the run being cut.
struct RunEdge {
    Coord from;
    Coord to;
    Envelope box;
    std::uint32_t part;
};

const GeometryStore& storeOf(const OverlayInputs& inputs, const Run& run) {
    switch (run.kind) {
    case Kind::Polygon:
        return *inputs.polygons[run.layer].store;
    case Kind::Line:
        return *inputs.lines[run.layer].store;
    default:
        return *inputs.points[run.layer].store;
    }
}

// A place where the edge being cut meets another boundary.
struct Event {
    double t;
    Coord pt;
    std::uint32_t cand; // whose boundary: the cover may change here for this candidate only
    bool crossing;      // a proper crossing of one edge: the candidate's cover flips
};

// The edge being cut runs along an edge of candidate `cand` over [t0, t1].
struct Shared {
    double t0;
    double t1;
    std::uint32_t cand;
    bool interiorLeft; // the candidate's interior lies left of the edge being cut
};

constexpr int kOutside = 0;
constexpr int kInside = 1;
constexpr int kOnBoundary = -1;
constexpr int kUnknown = -2;
constexpr std::uint8_t kTouchStart = 1;
constexpr std::uint8_t kTouchEnd = 2;
constexpr std::uint32_t kNoEdge = UINT32_MAX;
constexpr std::uint32_t kNoCandidate = UINT32_MAX;

// Position along a→b of a point on its line, by the dominant axis so that 0 and 1 are exact at
// the end points and the order is exact.
inline double along(const Coord& a, const Coord& b, const Coord& p) {
    return std::abs(b.x - a.x) >= std::abs(b.y - a.y) ? (p.x - a.x) / (b.x - a.x)
                                                      : (p.y - a.y) / (b.y - a.y);
}

inline double det(const Coord& a, const Coord& b, const Coord& c) {
    return (a.x - c.x) * (b.y - c.y) - (a.y - c.y) * (b.x - c.x);
}

inline bool before(const Coord& p, const Coord& q) {
    return p.x != q.x ? p.x < q.x : p.y < q.y;
}

// Where segments a-b and c-d cross properly. Computed from the segments put in a fixed order
// (each from its smaller end, the smaller segment first), so the cut on a-b and the cut on c-d,
// found while processing different polygons, are the same point to the last bit.
Coord crossingPoint(Coord a, Coord b, Coord c, Coord d) {
    if (before(b, a))
        std::swap(a, b);
    if (before(d, c))
        std::swap(c, d);
    if (before(c, a) || (c == a && before(d, b))) {
        std::swap(a, c);
        std::swap(b, d);
    }
    const double da = det(c, d, a);
    const double db = det(c, d, b);
    const double t = std::clamp(da / (da - db), 0.0, 1.0);
    return {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
}

class Worker {
public:
    Worker(const std::vector<PolygonLayer>& layers, const OverlayInputs& inputs, Coord origin)
        : m_layers(layers), m_inputs(inputs), m_origin(origin) {}

    void process(const Run& run, Accumulator& acc) {
        if (run.kind == Kind::Point)
            points(run, acc);
        else
            cutRun(storeOf(m_inputs, run), run, acc);
    }

    OverlayStats stats;

private:
    void collectCandidates(const Envelope& box, const Run& run) {
        m_candidates.clear();
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            const PolygonLayer& layer = m_layers[l];
            m_hits.clear();
            layer.tree.query(box, m_hits);
            std::sort(m_hits.begin(), m_hits.end());
            for (const std::uint32_t f : m_hits) {
                if (run.kind == Kind::Polygon && run.layer == l && run.feature == f)
                    continue;
                if (layer.input.store->isEmpty(f))
                    continue;
                const auto it = layer.edgeIndexes.find(f);
                m_candidates.push_back({&layer, f, (std::uint64_t(l) << 32) | f, layer.labelOf(f),
                                        layer.input.store->envelope(f),
                                        it == layer.edgeIndexes.end() ? nullptr : &it->second});
            }
        }
    }

    template <typename Fn> void forEachEdge(const Candidate& q, const Envelope& box, Fn&& fn) {
        const GeometryStore& s = *q.layer->input.store;
        if (q.edgeIndex) {
            m_edgeHits.clear();
            q.edgeIndex->tree.query(box, m_edgeHits);
            for (const std::uint32_t e : m_edgeHits) {
                const EdgeRef& ref = q.edgeIndex->edges[e];
                const auto c = s.part(ref.part);
                fn(c[ref.index], edgeEnd(c, ref.index), ref.part);
            }
            return;
        }
        for (std::size_t p = s.firstPart(q.feature); p < s.endPart(q.feature); ++p) {
            const auto c = s.part(p);
            for (std::size_t i = 0; i < edgeCount(c, true); ++i) {
                const Coord& d = edgeEnd(c, i);
                if (std::max(c[i].x, d.x) >= box.minX && std::min(c[i].x, d.x) <= box.maxX &&
                    std::max(c[i].y, d.y) >= box.minY && std::min(c[i].y, d.y) <= box.maxY)
                    fn(c[i], d, p);
            }
        }
    }

    int pointInPolygon(const Coord& m, const Candidate& q) {
        if (!q.envelope.contains(m.x, m.y))
            return kOutside;
        bool inside = false;
        bool boundary = false;
        const Envelope ray = Envelope::of(m.x, m.y, q.envelope.maxX, m.y);
        forEachEdge(q, ray, [&](const Coord& a, const Coord& b, std::size_t) {
            if (boundary)
                return;
            if (a == m) {
                boundary = true;
                return;
            }
            if (a.y == b.y) {
                boundary = a.y == m.y && m.x >= std::min(a.x, b.x) && m.x <= std::max(a.x, b.x);
                return;
            }
            if ((a.y <= m.y) == (b.y <= m.y))
                return;
            const int s = orientationSign(a, b, m);
            if (s == 0)
                boundary = true;
            else if ((s > 0) == (b.y > a.y))
                inside = !inside;
        });
        if (boundary)
            return kOnBoundary;
        return inside ? kInside : kOutside;
    }

    // Where the edge a→b meets the boundary of candidate `ci`: crossings, the candidate's
    // vertices on it and the stretches it shares.
    void meet(const Coord& a, const Coord& b, std::uint32_t ci) {
        const Envelope box = boxOf(a, b);
        const Candidate& q = m_candidates[ci];
        for (std::uint32_t k = m_runEdgeStart[ci]; k < m_runEdgeStart[ci + 1]; ++k) {
            const RunEdge& edge = m_runEdges[k];
            if (!edge.box.intersects(box))
                continue;
            const Coord& c = edge.from;
            const Coord& d = edge.to;
            const std::size_t part = edge.part;
            if (c == d)
                continue;
            const int s1 = orientationSign(a, b, c);
            const int s2 = orientationSign(a, b, d);
            if (s1 == 0 && s2 == 0) {
                const double tc = along(a, b, c);
                const double td = along(a, b, d);
                const double t0 = std::max(0.0, std::min(tc, td));
                const double t1 = std::min(1.0, std::max(tc, td));
                const bool sameWay = (b.x - a.x) * (d.x - c.x) + (b.y - a.y) * (d.y - c.y) > 0;
                if (t0 < t1)
                    m_shared.push_back({t0, t1, ci, sameWay == (q.layer->interiorLeft[part] != 0)});
                if (tc > 0 && tc < 1)
                    m_events.push_back({tc, c, ci, false});
                if (td > 0 && td < 1)
                    m_events.push_back({td, d, ci, false});
                touch(ci, std::min(tc, td) <= 0 && std::max(tc, td) >= 0,
                      std::min(tc, td) <= 1 && std::max(tc, td) >= 1);
                continue;
            }
            if (s1 == 0 || s2 == 0) {
                const Coord& on = s1 == 0 ? c : d;
                const double t = along(a, b, on);
                if (t > 0 && t < 1)
                    m_events.push_back({t, on, ci, false});
                touch(ci, t == 0, t == 1);
                continue;
            }
            if (s1 == s2)
                continue;
            const int s3 = orientationSign(c, d, a);
            const int s4 = orientationSign(c, d, b);
            if (s3 == 0 || s4 == 0) {
                touch(ci, s3 == 0, s4 == 0); // an end of a→b on the other edge
                continue;
            }
            if (s3 == s4)
                continue;
            const Coord x = crossingPoint(a, b, c, d);
            const double t = along(a, b, x);
            if (t > 0 && t < 1)
                m_events.push_back({t, x, ci, true});
            else
                touch(ci, t <= 0, t >= 1); // rounded onto an end: not carried across it
        }
    }

    // Past a proper crossing of one of its edges a candidate's cover flips (a valid polygon's
    // boundary is crossed there once); past any other event it must be looked up again.
    void pass(const Event& e) {
        if (e.cand == kNoCandidate)
            return;
        int& where = m_where[e.cand];
        if (!e.crossing)
            where = kUnknown;
        else if (where != kUnknown)
            where = where == kInside ? kOutside : kInside;
    }

    // Records that the start (a) or end (b) of the edge being cut lies on candidate ci's
    // boundary: what is known about ci cannot be carried across that vertex.
    void touch(std::uint32_t ci, bool start, bool end) {
        m_touch[ci] |= (start ? kTouchStart : 0) | (end ? kTouchEnd : 0);
    }

    // The candidates' edges near the run, gathered once for all of its edges.
    void gatherRunEdges(const Envelope& box) {
        m_runEdges.clear();
        m_runEdgeStart.assign(1, 0);
        for (const Candidate& q : m_candidates) {
            forEachEdge(q, box, [&](const Coord& c, const Coord& d, std::size_t part) {
                m_runEdges.push_back({c, d, boxOf(c, d), static_cast<std::uint32_t>(part)});
            });
            m_runEdgeStart.push_back(static_cast<std::uint32_t>(m_runEdges.size()));
        }
    }

    static void sortUnique(std::vector<std::uint32_t>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }

    // Labels of the candidates that cover the piece around m (t along the edge), sharers apart.
    // Only the candidates near the edge can cover it, and a candidate's answer holds from piece
    // to piece until one of its own events: m_where caches it (kUnknown after an event).
    void coverOf(const Coord& m, double t, bool probe) {
        m_inside.clear();
        m_left.clear();
        m_right.clear();
        for (const std::uint32_t ci : m_near) {
            const Candidate& q = m_candidates[ci];
            const Shared* shared = nullptr;
            for (const Shared& s : m_shared)
                if (s.cand == ci && s.t0 < t && t < s.t1) {
                    shared = &s;
                    break;
                }
            if (shared) {
                (shared->interiorLeft ? m_left : m_right).push_back(q.label);
                if (probe)
                    m_inside.push_back(q.label);
                continue;
            }
            int& where = m_where[ci];
            if (where == kUnknown) {
                where = pointInPolygon(m, q);
                if (where == kOnBoundary) {
                    where = kUnknown;
                    if (probe)
                        m_inside.push_back(q.label);
                    else
                        ++stats.ambiguous;
                    continue;
                }
            }
            if (where == kInside)
                m_inside.push_back(q.label);
        }
    }

    // A piece inside another polygon of its own label bounds nothing (the label covers both
    // sides), unless it lies on some boundary; answered before the full cover, which it spares.
    bool insideOwnLabel(const Coord& m, double t, std::uint32_t label) {
        for (const Shared& s : m_shared)
            if (s.t0 < t && t < s.t1)
                return false;
        for (const std::uint32_t ci : m_near) {
            if (m_candidates[ci].label != label)
                continue;
            int& where = m_where[ci];
            if (where == kUnknown) {
                where = pointInPolygon(m, m_candidates[ci]);
                if (where == kOnBoundary)
                    where = kUnknown;
            }
            if (where == kInside)
                return true;
        }
        return false;
    }

    // Is this copy of a shared piece the one that reports it?
    bool owns(std::uint64_t selfKey, double t) const {
        for (const Shared& s : m_shared)
            if (s.t0 < t && t < s.t1 && m_candidates[s.cand].key < selfKey)
                return false;
        return true;
    }

    void cutRun(const GeometryStore& s, const Run& run, Accumulator& acc) {
        const bool polygon = run.kind == Kind::Polygon;
        const auto c = s.part(run.part);
        Envelope box;
        for (std::uint32_t i = run.first; i < run.last; ++i) {
            box.expand(c[i].x, c[i].y);
            const Coord& e = edgeEnd(c, i);
            box.expand(e.x, e.y);
        }
        collectCandidates(box, run);
        m_where.assign(std::max<std::size_t>(m_candidates.size(), 1), kUnknown);
        m_whereEdge.assign(m_where.size(), kNoEdge);
        m_touch.assign(m_where.size(), 0);
        gatherRunEdges(box);
        if (m_candidates.empty() && !polygon) {
            for (std::uint32_t i = run.first; i < run.last; ++i)
                acc.line(m_inputs.lines[run.layer].label, {}, length(c[i], edgeEnd(c, i)));
            return;
        }
        const std::uint64_t selfKey = (std::uint64_t(run.layer) << 32) | run.feature;
        const std::uint32_t selfLabel = polygon ? m_layers[run.layer].labelOf(run.feature) : 0;
        const bool selfLeft = polygon && m_layers[run.layer].interiorLeft[run.part] != 0;
        for (std::uint32_t i = run.first; i < run.last; ++i) {
            const Coord& a = c[i];
            const Coord& b = edgeEnd(c, i);
            if (a == b)
                continue;
            m_events.clear();
            m_shared.clear();
            const Envelope edgeBox = boxOf(a, b);
            m_near.clear();
            for (std::uint32_t ci = 0; ci < m_candidates.size(); ++ci)
                if (m_candidates[ci].envelope.intersects(edgeBox)) {
                    m_near.push_back(ci);
                    m_touch[ci] = 0;
                    meet(a, b, ci);
                    // What held at the end of the previous edge holds at its start, unless the
                    // shared vertex is on ci's boundary or ci was not followed there.
                    if (m_whereEdge[ci] != i - 1 || i == run.first || (m_touch[ci] & kTouchStart))
                        m_where[ci] = kUnknown;
                }
            std::sort(m_events.begin(), m_events.end(),
                      [](const Event& l, const Event& r) { return l.t < r.t; });
            Event prev{0.0, a, kNoCandidate, false};
            auto piece = [&](const Event& to) {
                if (to.pt == prev.pt) {
                    pass(to);
                    return;
                }
                ++stats.pieces;
                const double t = (prev.t + to.t) / 2;
                const Coord m{(prev.pt.x + to.pt.x) / 2, (prev.pt.y + to.pt.y) / 2};
                if (polygon) {
                    if (owns(selfKey, t) && !insideOwnLabel(m, t, selfLabel)) {
                        coverOf(m, t, false);
                        reportBoundary(selfLabel, selfLeft, prev.pt, to.pt, acc);
                    }
                } else {
                    coverOf(m, t, true);
                    sortUnique(m_inside);
                    acc.line(m_inputs.lines[run.layer].label, m_inside, length(prev.pt, to.pt));
                }
                prev = to;
                pass(to);
            };
            for (const Event& e : m_events)
                if (e.t > 0 && e.t < 1)
                    piece(e);
            piece({1.0, b, kNoCandidate, false});
            for (const std::uint32_t ci : m_near)
                m_whereEdge[ci] = (m_touch[ci] & kTouchEnd) ? kNoEdge : i;
        }
    }

    void reportBoundary(std::uint32_t selfLabel, bool selfLeft, const Coord& u, const Coord& v,
                        Accumulator& acc) {
        (selfLeft ? m_left : m_right).push_back(selfLabel);
        m_left.insert(m_left.end(), m_inside.begin(), m_inside.end());
        m_right.insert(m_right.end(), m_inside.begin(), m_inside.end());
        sortUnique(m_left);
        sortUnique(m_right);
        if (m_left == m_right)
            return;
        const double ux = u.x - m_origin.x, uy = u.y - m_origin.y;
        const double vx = v.x - m_origin.x, vy = v.y - m_origin.y;
        acc.boundary({m_left, m_right, u, v, ux * vy - uy * vx});
    }

    void points(const Run& run, Accumulator& acc) {
        const GeometryStore& s = storeOf(m_inputs, run);
        for (std::size_t p = s.firstPart(run.feature); p < s.endPart(run.feature); ++p)
            for (const Coord& pt : s.part(p)) {
                collectCandidates(Envelope::of(pt.x, pt.y, pt.x, pt.y), run);
                m_inside.clear();
                for (const Candidate& q : m_candidates)
                    if (pointInPolygon(pt, q) != kOutside)
                        m_inside.push_back(q.label);
                sortUnique(m_inside);
                acc.point(m_inputs.points[run.layer].label, m_inside);
            }
    }

    static double length(const Coord& u, const Coord& v) {
        return std::hypot(v.x - u.x, v.y - u.y);
    }

    const std::vector<PolygonLayer>& m_layers;
    const OverlayInputs& m_inputs;
    Coord m_origin;
    std::vector<Candidate> m_candidates;
    std::vector<std::uint32_t> m_hits, m_edgeHits;
    std::vector<Event> m_events;
    std::vector<Shared> m_shared;
    std::vector<std::uint32_t> m_inside, m_left, m_right;
    std::vector<std::uint32_t> m_near;      // candidates whose envelope meets the current edge
    std::vector<int> m_where;               // per candidate: kInside, kOutside or kUnknown
    std::vector<std::uint32_t> m_whereEdge; // the edge at whose end m_where still holds
    std::vector<std::uint8_t> m_touch;      // kTouchStart | kTouchEnd on the current edge
    std::vector<RunEdge> m_runEdges; // candidates' edges near the run, candidate by candidate
    std::vector<std::uint32_t> m_runEdgeStart;
};

void addRuns(const GeometryStore& s, Kind kind, std::uint32_t layer, std::vector<Run>& runs,
             std::vector<std::size_t>& weights) {
    for (std::size_t f = 0; f < s.featureCount(); ++f) {
        for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p) {
            if (kind == Kind::Point) {
                runs.push_back({kind, layer, static_cast<std::uint32_t>(f), 0, 0, 0});
                weights.push_back(s.endPart(f) - s.firstPart(f));
                break;
            }
            const std::size_t n = edgeCount(s.part(p), kind == Kind::Polygon);
            for (std::size_t first = 0; first < n; first += kRunEdges) {
                const std::size_t last = std::min(n, first + kRunEdges);
                runs.push_back({kind, layer, static_cast<std::uint32_t>(f),
                                static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(first),
                                static_cast<std::uint32_t>(last)});
                weights.push_back(last - first);
            }
        }
    }
}

void spatialOrder(const OverlayInputs& inputs, std::vector<Run>& runs,
                  std::vector<std::size_t>& weights) {
    Envelope extent;
    for (const Run& r : runs)
        extent.expand(storeOf(inputs, r).envelope(r.feature));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> keys(runs.size()); // (key, run)
    for (std::size_t i = 0; i < runs.size(); ++i)
        keys[i] = {geometry::hilbertKey(extent, storeOf(inputs, runs[i]).envelope(runs[i].feature)),
                   static_cast<std::uint32_t>(i)};
    std::sort(keys.begin(), keys.end());
    std::vector<Run> sortedRuns(runs.size());
    std::vector<std::size_t> sortedWeights(runs.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        sortedRuns[i] = runs[keys[i].second];
        sortedWeights[i] = weights[keys[i].second];
    }
    runs = std::move(sortedRuns);
    weights = std::move(sortedWeights);
}

} // namespace

geometry::Coord origin(const OverlayInputs& inputs) {
    Envelope all;
    for (const PolygonInput& p : inputs.polygons)
        all.expand(p.store->extent());
    if (all.isNull())
        return {0, 0};
    return {std::round(all.centerX()), std::round(all.centerY())};
}

Status run(const OverlayInputs& inputs, const OverlayOptions& options,
           const AccumulatorFactory& makeAccumulator, const AccumulatorSink& sink,
           OverlayStats* stats) {
    std::vector<PolygonLayer> layers;
    layers.reserve(inputs.polygons.size());
    for (const PolygonInput& p : inputs.polygons)
        layers.push_back(indexLayer(p));

    std::vector<Run> runs;
    std::vector<std::size_t> weights;
    for (std::size_t l = 0; l < inputs.polygons.size(); ++l)
        addRuns(*inputs.polygons[l].store, Kind::Polygon, static_cast<std::uint32_t>(l), runs,
                weights);
    for (std::size_t l = 0; l < inputs.lines.size(); ++l)
        addRuns(*inputs.lines[l].store, Kind::Line, static_cast<std::uint32_t>(l), runs, weights);
    for (std::size_t l = 0; l < inputs.points.size(); ++l)
        addRuns(*inputs.points[l].store, Kind::Point, static_cast<std::uint32_t>(l), runs, weights);

    // Neighbouring runs share candidates: taken along a Hilbert curve, each chunk reads one
    // small patch of the stores instead of the whole city (random feature order otherwise).
    spatialOrder(inputs, runs, weights);

    // Chunk boundaries: runs [chunkStart[k], chunkStart[k + 1]).
    std::vector<std::size_t> chunkStart{0};
    std::size_t weight = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        weight += weights[r];
        if (weight >= kChunkEdges) {
            chunkStart.push_back(r + 1);
            weight = 0;
        }
    }
    if (chunkStart.back() != runs.size())
        chunkStart.push_back(runs.size());
    const std::size_t chunks = chunkStart.size() - 1;

    const unsigned threads = threadCount(options.threads);
    const Coord o = origin(inputs);
    std::vector<Worker> workers;
    workers.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(layers, inputs, o);

    const std::size_t window = std::max<std::size_t>(32, std::size_t(threads) * 8);
    std::vector<std::unique_ptr<Accumulator>> done(std::min(window, chunks));
    for (std::size_t first = 0; first < chunks; first += window) {
        const std::size_t last = std::min(chunks, first + window);
        runChunks(workers, first, last, options.cancel, [&](Worker& w, std::size_t k) {
            auto acc = makeAccumulator();
            for (std::size_t r = chunkStart[k]; r < chunkStart[k + 1]; ++r)
                w.process(runs[r], *acc);
            done[k - first] = std::move(acc);
        });
        if (options.cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        for (std::size_t k = first; k < last; ++k)
            sink(std::move(done[k - first]));
        if (options.progress)
            options.progress(static_cast<double>(last) / static_cast<double>(chunks));
    }
    if (stats) {
        *stats = {};
        for (const Worker& w : workers) {
            stats->pieces += w.stats.pieces;
            stats->ambiguous += w.stats.ambiguous;
        }
    }
    if (options.progress)
        options.progress(1.0);
    return Ok{};
}

} // namespace cw::analysis::overlay
