// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/multi_criteria.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cw::analysis::mcda {
namespace {

// Ascending ranks (1-based) of values[idx[i]], ties sharing their mean rank.
std::vector<double> meanRanks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> ranks(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        const double mean = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = mean;
        i = j + 1;
    }
    return ranks;
}

bool better(const std::vector<double>& scores, std::uint32_t a, std::uint32_t b) {
    return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
}

std::vector<double> shares(const std::vector<double>& weights) {
    double sum = 0;
    for (const double w : weights)
        sum += std::max(0.0, w);
    std::vector<double> out(weights.size(), 0.0);
    if (sum > 0)
        for (std::size_t c = 0; c < weights.size(); ++c)
            out[c] = std::max(0.0, weights[c]) / sum;
    return out;
}

double unitScore(const NormalisedMatrix& m, const std::vector<double>& share, std::size_t u) {
    double s = 0;
    const double* row = m.values.data() + u * m.criterionCount;
    for (std::size_t c = 0; c < m.criterionCount; ++c)
        s += share[c] * row[c];
    return 100.0 * s;
}

} // namespace

NormalisedMatrix normalise(const CriteriaMatrix& matrix, Normalisation how) {
    NormalisedMatrix out;
    out.criterionCount = matrix.criteria.size();
    out.unitCount = matrix.unitCount;
    out.values.assign(matrix.values.size(), 0.0);
    for (std::size_t u = 0; u < matrix.unitCount; ++u)
        if (matrix.isEligible(u))
            out.eligible.push_back(static_cast<std::uint32_t>(u));
    std::vector<double> column;
    for (std::size_t c = 0; c < out.criterionCount; ++c) {
        const bool cost = matrix.criteria[c].direction == Direction::Cost;
        column.clear();
        std::vector<std::uint32_t> known; // eligible units with a finite value
        for (const std::uint32_t u : out.eligible) {
            const double v = matrix.value(u, c);
            if (std::isfinite(v)) {
                known.push_back(u);
                column.push_back(v);
            }
        }
        if (column.empty())
            continue;
        std::vector<double> n(column.size(), 0.0);
        if (how == Normalisation::MinMax) {
            const auto [lo, hi] = std::minmax_element(column.begin(), column.end());
            if (*hi > *lo)
                for (std::size_t i = 0; i < column.size(); ++i)
                    n[i] = (column[i] - *lo) / (*hi - *lo);
        } else {
            const std::vector<double> ranks = meanRanks(column);
            const bool allEqual = std::all_of(column.begin(), column.end(),
                                              [&](double v) { return v == column.front(); });
            if (column.size() > 1 && !allEqual)
                for (std::size_t i = 0; i < column.size(); ++i)
                    n[i] = (ranks[i] - 1.0) / static_cast<double>(column.size() - 1);
        }
        // All equal: 0 whatever the direction (the criterion cannot tell the units apart).
        const bool flat = std::all_of(n.begin(), n.end(), [](double x) { return x == 0.0; });
        for (std::size_t i = 0; i < known.size(); ++i)
            out.values[known[i] * out.criterionCount + c] = cost && !flat ? 1.0 - n[i] : n[i];
    }
    return out;
}

std::vector<double> weightPercentages(const std::vector<double>& weights) {
    std::vector<double> out = shares(weights);
    for (double& w : out)
        w *= 100.0;
    return out;
}

Ranking score(const NormalisedMatrix& m, const std::vector<double>& weights) {
    Ranking r;
    const std::vector<double> share = shares(weights);
    r.scores.assign(m.unitCount, std::numeric_limits<double>::quiet_NaN());
    r.ranks.assign(m.unitCount, 0);
    for (const std::uint32_t u : m.eligible)
        r.scores[u] = unitScore(m, share, u);
    r.order = m.eligible;
    std::sort(r.order.begin(), r.order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return better(r.scores, a, b); });
    for (std::size_t i = 0; i < r.order.size(); ++i)
        r.ranks[r.order[i]] = static_cast<std::uint32_t>(i + 1);
    return r;
}

std::vector<std::uint32_t> topUnits(const NormalisedMatrix& m, const std::vector<double>& weights,
                                    std::size_t n) {
    const std::vector<double> share = shares(weights);
    std::vector<double> scores(m.unitCount, 0.0);
    for (const std::uint32_t u : m.eligible)
        scores[u] = unitScore(m, share, u);
    std::vector<std::uint32_t> top = m.eligible;
    const std::size_t k = std::min(n, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(k), top.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return better(scores, a, b); });
    top.resize(k);
    return top;
}

std::vector<double> contributions(const NormalisedMatrix& m, const std::vector<double>& weights,
                                  std::size_t unit) {
    const std::vector<double> share = shares(weights);
    std::vector<double> out(m.criterionCount, 0.0);
    for (std::size_t c = 0; c < m.criterionCount; ++c)
        out[c] = 100.0 * share[c] * m.at(unit, c);
    return out;
}

std::vector<SensitivityRow> sensitivity(const NormalisedMatrix& m,
                                        const std::vector<double>& weights, std::size_t n,
                                        const std::vector<double>& steps) {
    const std::vector<std::uint32_t> base = topUnits(m, weights, n);
    std::vector<SensitivityRow> rows;
    for (std::size_t c = 0; c < weights.size(); ++c) {
        if (!(weights[c] > 0))
            continue;
        for (const double step : steps) {
            std::vector<double> moved = weights;
            moved[c] = weights[c] * (1.0 + step);
            SensitivityRow row;
            row.criterion = c;
            row.step = step;
            row.weightPercentages = weightPercentages(moved);
            row.top = topUnits(m, moved, n);
            row.changed = row.top != base;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace cw::analysis::mcda
