// SPDX-License-Identifier: GPL-3.0-or-later
#include "feature_distance.h"

#include "exact_orientation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cw::geometry {
namespace {

double pointDistance(const Coord& p, const Coord& q) {
    const double dx = p.x - q.x, dy = p.y - q.y;
    return std::sqrt(dx * dx + dy * dy);
}

// Distance from p to segment a-b and the nearest point on it (the usual projection, clamped).
double pointToSegment(const Coord& p, const Coord& a, const Coord& b, Coord& nearest) {
    if (a == b) {
        nearest = a;
        return pointDistance(p, a);
    }
    const double ex = b.x - a.x, ey = b.y - a.y;
    const double len2 = ex * ex + ey * ey;
    const double r = ((p.x - a.x) * ex + (p.y - a.y) * ey) / len2;
    if (r <= 0) {
        nearest = a;
        return pointDistance(p, a);
    }
    if (r >= 1) {
        nearest = b;
        return pointDistance(p, b);
    }
    nearest = {a.x + r * ex, a.y + r * ey};
    const double s = ((a.y - p.y) * ex - (a.x - p.x) * ey) / len2;
    return std::abs(s) * std::sqrt(len2);
}

bool onSegment(const Coord& v, const Coord& a, const Coord& b) {
    return std::min(a.x, b.x) <= v.x && v.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= v.y &&
           v.y <= std::max(a.y, b.y) && orientationSign(a, b, v) == 0;
}

// A point both closed segments share, if any (exact test; a proper crossing's point is
// computed, the rest are input vertices).
std::optional<Coord> commonPoint(const Coord& a, const Coord& b, const Coord& c, const Coord& d) {
    if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
        std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y))
        return std::nullopt;
    if (a == b)
        return onSegment(a, c, d) ? std::optional(a) : std::nullopt;
    if (c == d)
        return onSegment(c, a, b) ? std::optional(c) : std::nullopt;
    const int s1 = orientationSign(a, b, c), s2 = orientationSign(a, b, d);
    if (s1 != 0 && s1 == s2)
        return std::nullopt;
    const int s3 = orientationSign(c, d, a), s4 = orientationSign(c, d, b);
    if (s3 != 0 && s3 == s4)
        return std::nullopt;
    for (const Coord* v : {&a, &b})
        if (onSegment(*v, c, d))
            return *v;
    for (const Coord* v : {&c, &d})
        if (onSegment(*v, a, b))
            return *v;
    // A proper crossing.
    const double den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
    const double t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
    return Coord{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
}

double boxGap(const Coord& a, const Coord& b, const Coord& c, const Coord& d) {
    const double dx = std::max(
        {0.0, std::min(c.x, d.x) - std::max(a.x, b.x), std::min(a.x, b.x) - std::max(c.x, d.x)});
    const double dy = std::max(
        {0.0, std::min(c.y, d.y) - std::max(a.y, b.y), std::min(a.y, b.y) - std::max(c.y, d.y)});
    return std::sqrt(dx * dx + dy * dy);
}

} // namespace

void FeatureDistance::collect(const GeometryStore& s, std::size_t f, bool polygon,
                              std::vector<Segment>& out) {
    out.clear();
    for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p) {
        const auto c = s.part(p);
        if (c.size() == 1) {
            out.push_back({c[0], c[0]});
            continue;
        }
        for (std::size_t i = 0; i + 1 < c.size(); ++i)
            out.push_back({c[i], c[i + 1]});
        if (polygon && c.size() > 2 && !(c.front() == c.back()))
            out.push_back({c.back(), c.front()});
    }
}

bool FeatureDistance::inside(const GeometryStore& s, std::size_t f, const Coord& v) {
    bool in = false;
    for (std::size_t p = s.firstPart(f); p < s.endPart(f); ++p) {
        const auto c = s.part(p);
        for (std::size_t i = 0; i < c.size(); ++i) {
            const Coord& a = c[i];
            const Coord& b = c[i + 1 < c.size() ? i + 1 : 0];
            if ((a.y <= v.y) == (b.y <= v.y))
                continue;
            // The edge crosses v's horizontal line: count it when it passes right of v.
            if ((orientationSign(a, b, v) > 0) == (b.y > a.y))
                in = !in;
        }
    }
    return in;
}

std::optional<NearestPoints> FeatureDistance::measure(const GeometryStore& a, std::size_t fa,
                                                      bool polygonA, const GeometryStore& b,
                                                      std::size_t fb, bool polygonB) {
    collect(a, fa, polygonA, m_a);
    collect(b, fb, polygonB, m_b);
    if (m_a.empty() || m_b.empty() || m_a.size() * m_b.size() > kMaxSegmentPairs)
        return std::nullopt;
    // Do they meet? Boundaries first, then a part of one wholly inside a polygon of the other.
    for (const Segment& sa : m_a)
        for (const Segment& sb : m_b)
            if (auto common = commonPoint(sa.p, sa.q, sb.p, sb.q))
                return NearestPoints{0, *common, *common};
    if (polygonA)
        for (std::size_t p = b.firstPart(fb); p < b.endPart(fb); ++p)
            if (const Coord v = b.part(p)[0]; inside(a, fa, v))
                return NearestPoints{0, v, v};
    if (polygonB)
        for (std::size_t p = a.firstPart(fa); p < a.endPart(fa); ++p)
            if (const Coord v = a.part(p)[0]; inside(b, fb, v))
                return NearestPoints{0, v, v};
    // Apart: the nearest pair of segments (their boxes rule most out).
    NearestPoints best{std::numeric_limits<double>::infinity(), {}, {}};
    auto consider = [&](double d, const Coord& onA, const Coord& onB) {
        if (d < best.distance)
            best = {d, onA, onB};
    };
    Coord nearest{};
    for (const Segment& sa : m_a)
        for (const Segment& sb : m_b) {
            if (boxGap(sa.p, sa.q, sb.p, sb.q) >= best.distance)
                continue;
            consider(pointToSegment(sa.p, sb.p, sb.q, nearest), sa.p, nearest);
            if (!(sa.q == sa.p))
                consider(pointToSegment(sa.q, sb.p, sb.q, nearest), sa.q, nearest);
            if (!(sa.p == sa.q) || !(sb.p == sb.q)) {
                consider(pointToSegment(sb.p, sa.p, sa.q, nearest), nearest, sb.p);
                if (!(sb.q == sb.p))
                    consider(pointToSegment(sb.q, sa.p, sa.q, nearest), nearest, sb.q);
            }
        }
    return best;
}

} // namespace cw::geometry
