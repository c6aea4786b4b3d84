// SPDX-License-Identifier: GPL-3.0-or-later
// Pair areas by boundary integration (Green's theorem): for polygons A and B with their rings
// oriented interior-on-the-left, area(A ∩ B) = ½ ∮ x dy − y dx over ∂(A ∩ B), and ∂(A ∩ B) is
// made of the pieces of ∂A inside B plus the pieces of ∂B inside A. Edges are split at their
// proper crossings; whether a piece is inside flips at each crossing, so one point-in-polygon test
// per ring start suffices. Every orientation sign the topology depends on is checked against
// Shewchuk's error bound; any uncertain sign (touching, shared vertices, collinear edges) sends
// the pair to GEOS, so the fast path never guesses.
//
// The engine sits in src/analysis (not src/geometry) because analysis sources are globbed into
// the core library while geometry sources are listed by hand.
#include "cityweave/analysis/polygon_overlap_area.h"

#include "analysis/framework/chunk_pool.h"
#include "cityweave/analysis/result_columns.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <cmath>
#include <future>

namespace cw::analysis {
namespace {

using geometry::Coord;
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeometryStore;

// Shewchuk's ccwerrboundA is (3 + 16ε)ε ≈ 3.3e-16; a little slack costs only a few extra GEOS
// calls. Valid because coordinates are shifted to a nearby origin, which is exact (Sterbenz) for
// points within a factor of two of it, so the predicates see the true input coordinates.
constexpr double kOrientBound = 1e-15;

struct Orientation {
    double det;
    bool certain;
};

// > 0 when c is left of a→b.
inline Orientation orient(const Coord& a, const Coord& b, const Coord& c) {
    const double l = (a.x - c.x) * (b.y - c.y);
    const double r = (a.y - c.y) * (b.x - c.x);
    const double det = l - r;
    return {det, std::abs(det) > kOrientBound * (std::abs(l) + std::abs(r))};
}

inline double cross(const Coord& u, const Coord& v) {
    return u.x * v.y - u.y * v.x;
}

inline bool boxesTouch(const Coord& p1, const Coord& p2, const Coord& q1, const Coord& q2) {
    return std::max(p1.x, p2.x) >= std::min(q1.x, q2.x) &&
           std::max(q1.x, q2.x) >= std::min(p1.x, p2.x) &&
           std::max(p1.y, p2.y) >= std::min(q1.y, q2.y) &&
           std::max(q1.y, q2.y) >= std::min(p1.y, p2.y);
}

// One feature in local coordinates: rings without their closing vertex, exteriors
// counter-clockwise and holes clockwise (interior always on the left).
struct LocalPolygon {
    std::vector<Coord> pts;
    std::vector<std::uint32_t> ringStart; // rings + 1 entries
    Envelope env;

    std::size_t ringCount() const { return ringStart.size() - 1; }
    // The edge starting at vertex e of ring r runs to this vertex.
    std::size_t next(std::size_t e, std::size_t r) const {
        return e + 1 < ringStart[r + 1] ? e + 1 : ringStart[r];
    }
};

void load(const GeometryStore& store, std::size_t f, Coord origin, LocalPolygon& out) {
    out.pts.clear();
    out.ringStart.assign(1, 0);
    out.env = Envelope{};
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
        const auto ring = store.part(p);
        std::size_t k = ring.size();
        if (k >= 2 && ring[0] == ring[k - 1])
            --k;
        if (k < 3)
            continue; // no area: contributes nothing
        const std::size_t start = out.pts.size();
        double twiceArea = 0;
        for (std::size_t i = 0; i < k; ++i)
            out.pts.push_back({ring[i].x - origin.x, ring[i].y - origin.y});
        for (std::size_t i = 0; i < k; ++i)
            twiceArea += cross(out.pts[start + i], out.pts[start + (i + 1) % k]);
        if (twiceArea == 0) {
            out.pts.resize(start);
            continue;
        }
        const bool wantCcw = store.partStartsPolygon(p);
        if ((twiceArea > 0) != wantCcw)
            std::reverse(out.pts.begin() + static_cast<std::ptrdiff_t>(start), out.pts.end());
        for (std::size_t i = start; i < out.pts.size(); ++i)
            out.env.expand(out.pts[i].x, out.pts[i].y);
        out.ringStart.push_back(static_cast<std::uint32_t>(out.pts.size()));
    }
}

struct Crossing {
    std::uint32_t ea; // edge of A (index of its start vertex)
    std::uint32_t eb;
    double ta; // position along each edge, (0, 1)
    double tb;
    Coord pt;
};

// Even-odd test over all rings; -1 when a sign is uncertain (the point is on or very near ∂P).
int insideStatus(const Coord& p, const LocalPolygon& poly) {
    if (!poly.env.contains(p.x, p.y))
        return 0;
    bool inside = false;
    for (std::size_t r = 0; r < poly.ringCount(); ++r) {
        for (std::size_t e = poly.ringStart[r]; e < poly.ringStart[r + 1]; ++e) {
            const Coord& a = poly.pts[e];
            const Coord& b = poly.pts[poly.next(e, r)];
            // Half-open in y: a ray through a vertex is counted once, consistently.
            if ((a.y <= p.y) == (b.y <= p.y))
                continue;
            const Orientation o = orient(a, b, p);
            if (!o.certain)
                return -1;
            if ((o.det > 0) == (b.y > a.y))
                inside = !inside;
        }
    }
    return inside ? 1 : 0;
}

struct Scratch {
    LocalPolygon a, b;
    std::vector<Crossing> crossings;
    std::vector<std::uint32_t> edgesA, edgesB;
};

void candidateEdges(const LocalPolygon& poly, const Envelope& window,
                    std::vector<std::uint32_t>& out) {
    out.clear();
    for (std::size_t r = 0; r < poly.ringCount(); ++r) {
        for (std::size_t e = poly.ringStart[r]; e < poly.ringStart[r + 1]; ++e) {
            const Coord& p = poly.pts[e];
            const Coord& q = poly.pts[poly.next(e, r)];
            if (std::max(p.x, q.x) >= window.minX && std::min(p.x, q.x) <= window.maxX &&
                std::max(p.y, q.y) >= window.minY && std::min(p.y, q.y) <= window.maxY)
                out.push_back(static_cast<std::uint32_t>(e));
        }
    }
}

// Σ over the pieces of ∂P inside Q of x dy − y dx; false when the walk is inconsistent.
template <typename EdgeOf>
bool integrate(const LocalPolygon& p, const LocalPolygon& q, const std::vector<Crossing>& sorted,
               EdgeOf edgeOf, double& sum) {
    std::size_t c = 0;
    for (std::size_t r = 0; r < p.ringCount(); ++r) {
        const std::size_t first = p.ringStart[r];
        const int status = insideStatus(p.pts[first], q);
        if (status < 0)
            return false;
        bool in = status == 1;
        for (std::size_t e = first; e < p.ringStart[r + 1]; ++e) {
            Coord u = p.pts[e];
            for (; c < sorted.size() && edgeOf(sorted[c]) == e; ++c) {
                if (in)
                    sum += cross(u, sorted[c].pt);
                u = sorted[c].pt;
                in = !in;
            }
            if (in)
                sum += cross(u, p.pts[p.next(e, r)]);
        }
        if (in != (status == 1))
            return false;
    }
    return c == sorted.size();
}

// The area of a polygon whose rings are oriented as load() leaves them (holes count negative).
double ownArea(const LocalPolygon& p) {
    double twice = 0;
    for (std::size_t r = 0; r < p.ringCount(); ++r)
        for (std::size_t e = p.ringStart[r]; e < p.ringStart[r + 1]; ++e)
            twice += cross(p.pts[e], p.pts[p.next(e, r)]);
    return twice / 2;
}

std::optional<double> fastArea(Scratch& s) {
    const LocalPolygon& A = s.a;
    const LocalPolygon& B = s.b;
    if (A.ringCount() == 0 || B.ringCount() == 0 || !A.env.intersects(B.env))
        return 0.0;
    // The same polygon twice (a copy in another project): every edge lies on one of the other,
    // which the crossing walk cannot decide and GEOS takes long over; the overlap is the polygon.
    if (A.ringStart == B.ringStart && A.pts == B.pts)
        return std::max(ownArea(A), 0.0);
    const Envelope window{std::max(A.env.minX, B.env.minX), std::max(A.env.minY, B.env.minY),
                          std::min(A.env.maxX, B.env.maxX), std::min(A.env.maxY, B.env.maxY)};
    candidateEdges(A, window, s.edgesA);
    candidateEdges(B, window, s.edgesB);
    s.crossings.clear();
    std::size_t rA = 0;
    for (const std::uint32_t ea : s.edgesA) {
        while (ea >= A.ringStart[rA + 1])
            ++rA;
        const Coord& p1 = A.pts[ea];
        const Coord& p2 = A.pts[A.next(ea, rA)];
        std::size_t rB = 0;
        for (const std::uint32_t eb : s.edgesB) {
            while (eb >= B.ringStart[rB + 1])
                ++rB;
            const Coord& q1 = B.pts[eb];
            const Coord& q2 = B.pts[B.next(eb, rB)];
            if (!boxesTouch(p1, p2, q1, q2))
                continue;
            const Orientation o1 = orient(q1, q2, p1);
            const Orientation o2 = orient(q1, q2, p2);
            if (o1.certain && o2.certain && (o1.det > 0) == (o2.det > 0))
                continue;
            const Orientation o3 = orient(p1, p2, q1);
            const Orientation o4 = orient(p1, p2, q2);
            if (o3.certain && o4.certain && (o3.det > 0) == (o4.det > 0))
                continue;
            if (!(o1.certain && o2.certain && o3.certain && o4.certain))
                return std::nullopt; // touching, collinear or too close to call
            const double ta = o1.det / (o1.det - o2.det);
            const double tb = o3.det / (o3.det - o4.det);
            s.crossings.push_back(
                {ea, eb, ta, tb, {p1.x + ta * (p2.x - p1.x), p1.y + ta * (p2.y - p1.y)}});
        }
    }
    double sum = 0;
    std::sort(s.crossings.begin(), s.crossings.end(), [](const Crossing& l, const Crossing& r) {
        return l.ea != r.ea ? l.ea < r.ea : l.ta < r.ta;
    });
    if (!integrate(
            A, B, s.crossings, [](const Crossing& c) { return c.ea; }, sum))
        return std::nullopt;
    std::sort(s.crossings.begin(), s.crossings.end(), [](const Crossing& l, const Crossing& r) {
        return l.eb != r.eb ? l.eb < r.eb : l.tb < r.tb;
    });
    if (!integrate(
            B, A, s.crossings, [](const Crossing& c) { return c.eb; }, sum))
        return std::nullopt;
    const double area = sum / 2;
    // Rounding can leave a hair below zero; anything more means the input was not what we
    // assumed (e.g. self-intersecting rings): let GEOS decide.
    const double scale = std::max(1.0, (window.width() + 1) * (window.height() + 1));
    if (area < -1e-12 * scale)
        return std::nullopt;
    return std::max(area, 0.0);
}

std::optional<double> geosArea(GEOSContextHandle_t h, const GEOSGeometry* ga,
                               const GEOSGeometry* gb) {
    geometry::GeosGeometry i(h, GEOSIntersection_r(h, ga, gb));
    if (!i) // robustness failure even with OverlayNG's snapping: a coarse grid still gives an area
        i = geometry::GeosGeometry(h, GEOSIntersectionPrec_r(h, ga, gb, 1e-6));
    double area = 0;
    if (!i || GEOSArea_r(h, i.get(), &area) != 1 || !std::isfinite(area))
        return std::nullopt;
    return area;
}

struct Worker {
    Scratch scratch;
    std::vector<std::uint32_t> hits;
    std::optional<geometry::GeosContext> geos;
    OverlapStats stats;

    GEOSContextHandle_t handle() {
        if (!geos)
            geos.emplace();
        return geos->handle();
    }
};

void overlapsOfFeature(const GeometryStore& a, std::size_t fa, const GeometryStore& b,
                       const geometry::PackedRTree& treeB, const OverlapOptions& options, Worker& w,
                       std::vector<OverlapPair>& out) {
    if (a.isEmpty(fa))
        return;
    const Envelope& envA = a.envelope(fa);
    w.hits.clear();
    treeB.query(envA, w.hits);
    if (w.hits.empty())
        return;
    std::sort(w.hits.begin(), w.hits.end());
    auto keep = [&](std::uint32_t fb, double area) {
        if (area > 0 && area >= options.minArea)
            out.push_back({static_cast<std::uint32_t>(fa), fb, area});
    };
    if (options.geosOnly) {
        const GEOSContextHandle_t h = w.handle();
        geometry::GeosGeometry ga = geometry::toGeos(h, a, fa, GeometryFamily::Polygon);
        if (!ga)
            return;
        const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, ga.get());
        for (const std::uint32_t fb : w.hits) {
            if (b.isEmpty(fb))
                continue;
            ++w.stats.candidates;
            geometry::GeosGeometry gb = geometry::toGeos(h, b, fb, GeometryFamily::Polygon);
            if (!gb || (prepared && GEOSPreparedIntersects_r(h, prepared, gb.get()) != 1))
                continue;
            ++w.stats.geosFallback;
            if (auto area = geosArea(h, ga.get(), gb.get()))
                keep(fb, *area);
            else
                ++w.stats.geosFailed;
        }
        if (prepared)
            GEOSPreparedGeom_destroy_r(h, prepared);
        return;
    }
    const Coord origin{envA.minX, envA.minY};
    load(a, fa, origin, w.scratch.a);
    for (const std::uint32_t fb : w.hits) {
        if (b.isEmpty(fb))
            continue;
        ++w.stats.candidates;
        load(b, fb, origin, w.scratch.b);
        if (auto area = fastArea(w.scratch)) {
            ++w.stats.fastPath;
            keep(fb, *area);
            continue;
        }
        ++w.stats.geosFallback;
        const GEOSContextHandle_t h = w.handle();
        geometry::GeosGeometry ga = geometry::toGeos(h, a, fa, GeometryFamily::Polygon);
        geometry::GeosGeometry gb = geometry::toGeos(h, b, fb, GeometryFamily::Polygon);
        std::optional<double> area;
        if (ga && gb)
            area = geosArea(h, ga.get(), gb.get());
        if (area)
            keep(fb, *area);
        else
            ++w.stats.geosFailed;
    }
}

} // namespace

std::optional<double> fastOverlapArea(const GeometryStore& a, std::size_t fa,
                                      const GeometryStore& b, std::size_t fb) {
    if (a.isEmpty(fa) || b.isEmpty(fb))
        return 0.0;
    Scratch s;
    const Coord origin{a.envelope(fa).minX, a.envelope(fa).minY};
    load(a, fa, origin, s.a);
    load(b, fb, origin, s.b);
    return fastArea(s);
}

Status forEachPolygonOverlap(const GeometryStore& a, const GeometryStore& b,
                             const geometry::PackedRTree& treeB, const OverlapOptions& options,
                             const OverlapSink& sink, OverlapStats* stats) {
    const std::size_t n = a.featureCount();
    // Small chunks balance the load (pair counts vary a lot by place); each keeps its own output
    // so the merge is a concatenation in chunk order, whatever thread did the work. Chunks are
    // processed a window at a time and handed to the sink, which bounds memory. The sink takes
    // one window while the next is computed: writing a million rows would otherwise leave the
    // other cores idle for seconds.
    constexpr std::size_t kChunk = 256;
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    const unsigned threads = threadCount(options.threads);
    const std::size_t window = std::max<std::size_t>(64, std::size_t(threads) * 16);
    std::vector<std::vector<OverlapPair>> computing(std::min(window, chunks));
    std::vector<std::vector<OverlapPair>> delivering(computing.size());
    std::vector<Worker> workers(threads);
    std::future<void> delivered;
    auto deliver = [&] {
        for (auto& list : delivering) {
            if (!list.empty() && sink)
                sink(list);
            list.clear();
        }
    };

    for (std::size_t first = 0; first < chunks; first += window) {
        const std::size_t last = std::min(chunks, first + window);
        runChunks(workers, first, last, options.cancel, [&](Worker& w, std::size_t c) {
            const std::size_t end = std::min(n, (c + 1) * kChunk);
            for (std::size_t fa = c * kChunk; fa < end; ++fa)
                overlapsOfFeature(a, fa, b, treeB, options, w, computing[c - first]);
        });
        if (delivered.valid())
            delivered.get();
        if (options.cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        std::swap(computing, delivering);
        delivered = std::async(std::launch::async, deliver);
        if (options.progress)
            options.progress(static_cast<double>(last) / static_cast<double>(chunks));
    }
    if (delivered.valid())
        delivered.get();
    if (stats) {
        *stats = {};
        for (const Worker& w : workers) {
            stats->candidates += w.stats.candidates;
            stats->fastPath += w.stats.fastPath;
            stats->geosFallback += w.stats.geosFallback;
            stats->geosFailed += w.stats.geosFailed;
        }
    }
    if (options.cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    if (options.progress)
        options.progress(1.0);
    return Ok{};
}

Result<std::vector<OverlapPair>> polygonOverlapAreas(const GeometryStore& a, const GeometryStore& b,
                                                     const geometry::PackedRTree& treeB,
                                                     const OverlapOptions& options,
                                                     OverlapStats* stats) {
    std::vector<OverlapPair> out;
    auto done = forEachPolygonOverlap(
        a, b, treeB, options,
        [&](std::span<const OverlapPair> batch) {
            out.insert(out.end(), batch.begin(), batch.end());
        },
        stats);
    if (!done)
        return done.error();
    return out;
}

namespace {
geometry::PackedRTree envelopeTree(const GeometryStore& store) {
    std::vector<Envelope> envelopes(store.featureCount());
    for (std::size_t f = 0; f < store.featureCount(); ++f)
        envelopes[f] = store.envelope(f);
    return geometry::PackedRTree(envelopes);
}
} // namespace

Status forEachPolygonOverlap(const GeometryStore& a, const GeometryStore& b,
                             const OverlapOptions& options, const OverlapSink& sink,
                             OverlapStats* stats) {
    return forEachPolygonOverlap(a, b, envelopeTree(b), options, sink, stats);
}

Result<std::vector<OverlapPair>> polygonOverlapAreas(const GeometryStore& a, const GeometryStore& b,
                                                     const OverlapOptions& options,
                                                     OverlapStats* stats) {
    return polygonOverlapAreas(a, b, envelopeTree(b), options, stats);
}

std::vector<data::Field> overlapPairColumns() {
    return {{columns::kProjectA, data::FieldType::String},
            {columns::kLayerA, data::FieldType::String},
            {columns::kFidA, data::FieldType::Integer},
            {columns::kProjectB, data::FieldType::String},
            {columns::kLayerB, data::FieldType::String},
            {columns::kFidB, data::FieldType::Integer},
            {columns::kAreaM2, data::FieldType::Real}};
}

} // namespace cw::analysis
