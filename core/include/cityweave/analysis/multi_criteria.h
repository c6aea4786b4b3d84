// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Multi-criteria scoring with no geometry: a matrix of criterion values per candidate unit in,
// scores, ranks, an "explain" breakdown and a weight-sensitivity check out. The pilot-ranking
// analysis fills the matrix once; re-ranking after a weight change only calls score() again.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cw::analysis::mcda {

enum class Direction { Benefit, Cost }; ///< Benefit: more is better; Cost: less is better
enum class Normalisation { MinMax, Rank };

struct Criterion {
    std::string key; ///< e.g. "projects"
    Direction direction = Direction::Benefit;
    double weight = 1; ///< any non-negative number; reported as a share of the sum
};

/// Raw criterion values, unit by unit (row-major: values[unit * criteria.size() + c]).
/// Units with `eligible[u] == false` (failed a hard constraint, too small) get no score.
struct CriteriaMatrix {
    std::vector<Criterion> criteria;
    std::size_t unitCount = 0;
    std::vector<double> values;
    std::vector<bool> eligible; ///< empty: every unit is eligible
    double value(std::size_t unit, std::size_t c) const {
        return values[unit * criteria.size() + c];
    }
    bool isEligible(std::size_t unit) const { return eligible.empty() || eligible[unit]; }
};

/// Every value mapped to [0, 1] with its direction applied (1 is best), over the eligible
/// units only. Min-max: (v - min) / (max - min); a criterion on which all eligible units are
/// equal maps to 0 (it cannot tell them apart, so it adds nothing). Rank: ascending ranks with
/// ties sharing their mean rank, then (rank - 1) / (eligible - 1). A value that is not finite
/// (no data) maps to 0. Cost criteria use 1 - n.
struct NormalisedMatrix {
    std::size_t criterionCount = 0;
    std::size_t unitCount = 0;
    std::vector<double> values;          ///< same layout as CriteriaMatrix::values
    std::vector<std::uint32_t> eligible; ///< indices of the eligible units, ascending
    double at(std::size_t unit, std::size_t c) const { return values[unit * criterionCount + c]; }
};
NormalisedMatrix normalise(const CriteriaMatrix& matrix, Normalisation how);

/// Weights as percentages of their sum (all zero: all zero).
std::vector<double> weightPercentages(const std::vector<double>& weights);

struct Ranking {
    std::vector<double> scores;       ///< per unit, 0..100; NaN for ineligible units
    std::vector<std::uint32_t> ranks; ///< per unit, 1 = best; 0 for ineligible units
    std::vector<std::uint32_t> order; ///< eligible units, best first
};

/// score = 100 x sum_c (w_c / sum w) x n_uc. Ties keep the lower unit index first, so a
/// ranking is reproducible. `weights` has one entry per criterion.
Ranking score(const NormalisedMatrix& m, const std::vector<double>& weights);

/// The `n` best eligible units only (order of score()), without sorting the rest.
std::vector<std::uint32_t> topUnits(const NormalisedMatrix& m, const std::vector<double>& weights,
                                    std::size_t n);

/// Points each criterion contributes to a unit's score; they add up to the score.
std::vector<double> contributions(const NormalisedMatrix& m, const std::vector<double>& weights,
                                  std::size_t unit);

/// One weight moved by a relative step (+0.2 = +20 %), the others unchanged.
struct SensitivityRow {
    std::size_t criterion = 0;
    double step = 0;
    std::vector<double> weightPercentages; ///< after the move
    std::vector<std::uint32_t> top;        ///< best units after the move
    bool changed = false;                  ///< the top list (order included) differs
};

/// For each criterion with a weight above 0 and each step in `steps`: the top `n` after the
/// move and whether it differs from the top `n` with the base weights.
std::vector<SensitivityRow> sensitivity(const NormalisedMatrix& m,
                                        const std::vector<double>& weights, std::size_t n,
                                        const std::vector<double>& steps = {-0.2, 0.2});

} // namespace cw::analysis::mcda
