// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/geometry/disc_coverage.h"

#include <algorithm>
#include <cmath>

namespace cw::analysis {
namespace {
using geometry::Coord;

struct Edge {
    Coord a, b; // a.y < b.y
    double xAt(double y) const { return a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y); }
};

// Who defines a boundary of a covered stretch at some height.
struct Owner {
    enum Kind { EdgeLine, DiscLeft, DiscRight } kind = EdgeLine;
    std::size_t index = 0;
};

// ∫ sqrt(r² - t²) dt from 0 to t, t clamped to [-r, r].
double halfDiscIntegral(double t, double r) {
    t = std::clamp(t, -r, r);
    return 0.5 * (t * std::sqrt(std::max(0.0, r * r - t * t)) + r * r * std::asin(t / r));
}

void circleCircleHeights(const Disc& p, const Disc& q, double xMin, double xMax,
                         std::vector<double>& out) {
    const double dx = q.x - p.x, dy = q.y - p.y;
    const double d2 = dx * dx + dy * dy;
    const double d = std::sqrt(d2);
    if (d <= 0 || d >= p.r + q.r || d <= std::abs(p.r - q.r))
        return;
    const double a = (p.r * p.r - q.r * q.r + d2) / (2 * d);
    const double h = std::sqrt(std::max(0.0, p.r * p.r - a * a));
    const double mx = p.x + a * dx / d, my = p.y + a * dy / d;
    for (const double sign : {-1.0, 1.0}) {
        const double x = mx - sign * h * dy / d;
        // Crossings outside the polygon's x-range cannot change who bounds the clipped union.
        if (x >= xMin && x <= xMax)
            out.push_back(my + sign * h * dx / d);
    }
}

void circleSegmentHeights(const Disc& c, const Coord& a, const Coord& b, std::vector<double>& out) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double fx = a.x - c.x, fy = a.y - c.y;
    const double qa = dx * dx + dy * dy;
    if (qa <= 0)
        return;
    const double qb = 2 * (fx * dx + fy * dy);
    const double qc = fx * fx + fy * fy - c.r * c.r;
    const double disc = qb * qb - 4 * qa * qc;
    if (disc < 0)
        return;
    const double s = std::sqrt(disc);
    for (const double t : {(-qb - s) / (2 * qa), (-qb + s) / (2 * qa)})
        if (t >= 0 && t <= 1)
            out.push_back(a.y + t * dy);
}

} // namespace

double ringArea(std::span<const Coord> ring) {
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
    if (!ring.empty() && !(ring.front() == ring.back()))
        twice += ring.back().x * ring.front().y - ring.front().x * ring.back().y;
    return std::abs(twice) / 2;
}

double convexDiscCoverage(std::span<const Coord> ring, std::span<const Disc> discs) {
    std::size_t n = ring.size();
    if (n > 1 && ring.front() == ring.back())
        --n;
    if (n < 3 || discs.empty())
        return 0.0;
    const std::span<const Coord> v = ring.first(n);
    double xMin = v[0].x, xMax = v[0].x, yMin = v[0].y, yMax = v[0].y;
    for (const Coord& c : v) {
        xMin = std::min(xMin, c.x), xMax = std::max(xMax, c.x);
        yMin = std::min(yMin, c.y), yMax = std::max(yMax, c.y);
    }
    // A disc holding every vertex holds the whole convex polygon.
    for (const Disc& d : discs) {
        const bool all = std::all_of(v.begin(), v.end(), [&](const Coord& c) {
            return (c.x - d.x) * (c.x - d.x) + (c.y - d.y) * (c.y - d.y) <= d.r * d.r;
        });
        if (all)
            return ringArea(v);
    }

    std::vector<Edge> edges;
    std::vector<double> heights;
    for (std::size_t i = 0; i < n; ++i) {
        const Coord& a = v[i];
        const Coord& b = v[(i + 1) % n];
        heights.push_back(a.y);
        if (a.y != b.y)
            edges.push_back(a.y < b.y ? Edge{a, b} : Edge{b, a});
        for (const Disc& d : discs)
            circleSegmentHeights(d, a, b, heights);
    }
    for (std::size_t i = 0; i < discs.size(); ++i) {
        heights.push_back(discs[i].y - discs[i].r);
        heights.push_back(discs[i].y + discs[i].r);
        for (std::size_t j = i + 1; j < discs.size(); ++j)
            circleCircleHeights(discs[i], discs[j], xMin, xMax, heights);
    }
    for (double& h : heights)
        h = std::clamp(h, yMin, yMax);
    std::sort(heights.begin(), heights.end());
    heights.erase(std::unique(heights.begin(), heights.end()), heights.end());

    struct Stretch {
        double x0, x1;
        Owner o0, o1;
    };
    std::vector<Stretch> stretches;
    double area = 0;
    auto integral = [&](const Owner& o, double ya, double yb) {
        if (o.kind == Owner::EdgeLine) {
            const Edge& e = edges[o.index];
            return 0.5 * (e.xAt(ya) + e.xAt(yb)) * (yb - ya);
        }
        const Disc& d = discs[o.index];
        const double g = halfDiscIntegral(yb - d.y, d.r) - halfDiscIntegral(ya - d.y, d.r);
        return d.x * (yb - ya) + (o.kind == Owner::DiscLeft ? -g : g);
    };
    for (std::size_t k = 0; k + 1 < heights.size(); ++k) {
        const double ya = heights[k], yb = heights[k + 1];
        if (!(yb > ya))
            continue;
        const double ym = 0.5 * (ya + yb);
        // The polygon's extent at ym: its leftmost and rightmost edge crossings.
        double left = INFINITY, right = -INFINITY;
        Owner leftOwner, rightOwner;
        for (std::size_t e = 0; e < edges.size(); ++e) {
            if (!(edges[e].a.y < ym && ym < edges[e].b.y))
                continue;
            const double x = edges[e].xAt(ym);
            if (x < left)
                left = x, leftOwner = {Owner::EdgeLine, e};
            if (x > right)
                right = x, rightOwner = {Owner::EdgeLine, e};
        }
        if (!(right > left))
            continue;
        stretches.clear();
        for (std::size_t i = 0; i < discs.size(); ++i) {
            const double t = ym - discs[i].y;
            const double r2 = discs[i].r * discs[i].r - t * t;
            if (r2 <= 0)
                continue;
            const double s = std::sqrt(r2);
            Stretch st{discs[i].x - s, discs[i].x + s, {Owner::DiscLeft, i}, {Owner::DiscRight, i}};
            if (st.x1 <= left || st.x0 >= right)
                continue;
            if (st.x0 < left)
                st.x0 = left, st.o0 = leftOwner;
            if (st.x1 > right)
                st.x1 = right, st.o1 = rightOwner;
            stretches.push_back(st);
        }
        std::sort(stretches.begin(), stretches.end(),
                  [](const Stretch& a, const Stretch& b) { return a.x0 < b.x0; });
        for (std::size_t i = 0; i < stretches.size();) {
            Stretch merged = stretches[i];
            std::size_t j = i + 1;
            for (; j < stretches.size() && stretches[j].x0 <= merged.x1; ++j)
                if (stretches[j].x1 > merged.x1)
                    merged.x1 = stretches[j].x1, merged.o1 = stretches[j].o1;
            area += integral(merged.o1, ya, yb) - integral(merged.o0, ya, yb);
            i = j;
        }
    }
    return std::max(0.0, area);
}

} // namespace cw::analysis
