// SPDX-License-Identifier: GPL-3.0-or-later
// det = (ax − cx)(by − cy) − (ay − cy)(bx − cx). Each difference is exact as a two-term sum
// (hi + lo) and each product of two such sums is exact as eight terms (fused multiply-add gives
// the rounding error of a product), so det is the exact sum of sixteen doubles. Summing them
// into a nonoverlapping expansion (Shewchuk's grow-expansion) keeps every bit; the sign of the
// largest nonzero component is then the sign of det.
#include "exact_orientation.h"

#include <array>
#include <cmath>

namespace cw::geometry {
namespace {

// Shewchuk's ccwerrboundA is (3 + 16ε)ε ≈ 3.3e-16, with ε = 2^-53; the slack costs nothing.
constexpr double kFilterBound = 1e-15;

struct Pair {
    double hi;
    double lo;
};

inline Pair twoSum(double a, double b) {
    const double s = a + b;
    const double bv = s - a;
    const double av = s - bv;
    return {s, (a - av) + (b - bv)};
}

inline Pair twoDiff(double a, double b) {
    const double d = a - b;
    const double bv = a - d;
    const double av = d + bv;
    return {d, (a - av) + (bv - b)};
}

inline Pair twoProduct(double a, double b) {
    const double p = a * b;
    return {p, std::fma(a, b, -p)};
}

// A nonoverlapping expansion in increasing magnitude; add() keeps it exact.
class Expansion {
public:
    void add(double b) {
        double q = b;
        for (int i = 0; i < m_size; ++i) {
            const Pair s = twoSum(q, m_terms[static_cast<std::size_t>(i)]);
            m_terms[static_cast<std::size_t>(i)] = s.lo;
            q = s.hi;
        }
        m_terms[static_cast<std::size_t>(m_size++)] = q;
    }
    int sign() const {
        for (int i = m_size - 1; i >= 0; --i) {
            const double t = m_terms[static_cast<std::size_t>(i)];
            if (t != 0)
                return t > 0 ? 1 : -1;
        }
        return 0;
    }

private:
    std::array<double, 17> m_terms{};
    int m_size = 0;
};

void addProduct(Expansion& sum, Pair x, Pair y, double sign) {
    for (const double u : {x.hi, x.lo})
        for (const double v : {y.hi, y.lo}) {
            const Pair p = twoProduct(sign * u, v);
            sum.add(p.lo);
            sum.add(p.hi);
        }
}

int exactSign(const Coord& a, const Coord& b, const Coord& c) {
    Expansion sum;
    addProduct(sum, twoDiff(a.x, c.x), twoDiff(b.y, c.y), 1.0);
    addProduct(sum, twoDiff(a.y, c.y), twoDiff(b.x, c.x), -1.0);
    return sum.sign();
}

} // namespace

int orientationSign(const Coord& a, const Coord& b, const Coord& c) {
    const double l = (a.x - c.x) * (b.y - c.y);
    const double r = (a.y - c.y) * (b.x - c.x);
    const double det = l - r;
    const double bound = kFilterBound * (std::abs(l) + std::abs(r));
    if (det > bound)
        return 1;
    if (det < -bound)
        return -1;
    if (l == 0 && r == 0)
        return 0; // a factor is an exact zero: the points share a coordinate pairwise
    return exactSign(a, b, c);
}

} // namespace cw::geometry
