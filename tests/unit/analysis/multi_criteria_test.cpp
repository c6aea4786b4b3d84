// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-criteria scoring on hand-built matrices; every expected number is worked out by hand in
// the comment beside it.
#include "cityweave/analysis/multi_criteria.h"

#include <cmath>
#include <gtest/gtest.h>

namespace cw::analysis::mcda {
namespace {

CriteriaMatrix threeUnits() {
    // c0 benefit weight 3, c1 cost weight 1; units (c0, c1): u0 (10, 5), u1 (20, 1), u2 (0, 3).
    CriteriaMatrix m;
    m.criteria = {{"c0", Direction::Benefit, 3}, {"c1", Direction::Cost, 1}};
    m.unitCount = 3;
    m.values = {10, 5, 20, 1, 0, 3};
    return m;
}

std::vector<double> weightsOf(const CriteriaMatrix& m) {
    std::vector<double> w;
    for (const auto& c : m.criteria)
        w.push_back(c.weight);
    return w;
}

TEST(MultiCriteria, MinMaxScoresAndOrder) {
    const CriteriaMatrix m = threeUnits();
    const NormalisedMatrix n = normalise(m, Normalisation::MinMax);
    // c0: (v - 0) / 20 -> 0.5, 1, 0. c1 cost: 1 - (v - 1) / 4 -> 0, 1, 0.5.
    EXPECT_DOUBLE_EQ(n.at(0, 0), 0.5);
    EXPECT_DOUBLE_EQ(n.at(1, 0), 1.0);
    EXPECT_DOUBLE_EQ(n.at(2, 0), 0.0);
    EXPECT_DOUBLE_EQ(n.at(0, 1), 0.0);
    EXPECT_DOUBLE_EQ(n.at(1, 1), 1.0);
    EXPECT_DOUBLE_EQ(n.at(2, 1), 0.5);
    const Ranking r = score(n, weightsOf(m));
    // Shares 0.75 / 0.25: u0 = 100 x 0.75 x 0.5 = 37.5, u1 = 100, u2 = 100 x 0.25 x 0.5 = 12.5.
    EXPECT_DOUBLE_EQ(r.scores[0], 37.5);
    EXPECT_DOUBLE_EQ(r.scores[1], 100.0);
    EXPECT_DOUBLE_EQ(r.scores[2], 12.5);
    EXPECT_EQ(r.order, (std::vector<std::uint32_t>{1, 0, 2}));
    EXPECT_EQ(r.ranks, (std::vector<std::uint32_t>{2, 1, 3}));
    const auto pct = weightPercentages(weightsOf(m));
    EXPECT_DOUBLE_EQ(pct[0], 75.0);
    EXPECT_DOUBLE_EQ(pct[1], 25.0);
    // Explain: u0's 37.5 points all come from c0.
    const auto parts = contributions(n, weightsOf(m), 0);
    EXPECT_DOUBLE_EQ(parts[0], 37.5);
    EXPECT_DOUBLE_EQ(parts[1], 0.0);
}

TEST(MultiCriteria, RankNormalisationSharesTies) {
    CriteriaMatrix m;
    m.criteria = {{"c", Direction::Benefit, 1}};
    m.unitCount = 4;
    m.values = {1, 1, 3, 7};
    const NormalisedMatrix n = normalise(m, Normalisation::Rank);
    // Ranks 1.5, 1.5, 3, 4 -> (rank - 1) / 3 = 1/6, 1/6, 2/3, 1.
    EXPECT_DOUBLE_EQ(n.at(0, 0), 0.5 / 3);
    EXPECT_DOUBLE_EQ(n.at(1, 0), 0.5 / 3);
    EXPECT_DOUBLE_EQ(n.at(2, 0), 2.0 / 3);
    EXPECT_DOUBLE_EQ(n.at(3, 0), 1.0);
    // Min-max on the same values: 0, 0, 1/3, 1; the 7 is far, ranks ignore how far.
    const NormalisedMatrix mm = normalise(m, Normalisation::MinMax);
    EXPECT_DOUBLE_EQ(mm.at(2, 0), 1.0 / 3);
}

TEST(MultiCriteria, FlatAndMissingValuesAddNothing) {
    CriteriaMatrix m;
    m.criteria = {{"flat", Direction::Cost, 1}, {"gap", Direction::Benefit, 1}};
    m.unitCount = 3;
    m.values = {5, NAN, 5, 2, 5, 4};
    const NormalisedMatrix n = normalise(m, Normalisation::MinMax);
    for (std::size_t u = 0; u < 3; ++u)
        EXPECT_EQ(n.at(u, 0), 0.0) << u; // all equal, even as a cost
    EXPECT_EQ(n.at(0, 1), 0.0);          // no data
    EXPECT_DOUBLE_EQ(n.at(1, 1), 0.0);   // (2 - 2) / 2
    EXPECT_DOUBLE_EQ(n.at(2, 1), 1.0);
}

TEST(MultiCriteria, ConstraintsExcludeBeforeNormalising) {
    CriteriaMatrix m = threeUnits();
    m.eligible = {true, false, true};
    const NormalisedMatrix n = normalise(m, Normalisation::MinMax);
    EXPECT_EQ(n.eligible, (std::vector<std::uint32_t>{0, 2}));
    // Over u0 and u2 only: c0 -> 1, 0; c1 (5, 3) cost -> 0, 1. Scores 75 and 25.
    const Ranking r = score(n, weightsOf(m));
    EXPECT_DOUBLE_EQ(r.scores[0], 75.0);
    EXPECT_TRUE(std::isnan(r.scores[1]));
    EXPECT_DOUBLE_EQ(r.scores[2], 25.0);
    EXPECT_EQ(r.ranks, (std::vector<std::uint32_t>{1, 0, 2}));
    EXPECT_EQ(r.order, (std::vector<std::uint32_t>{0, 2}));
}

TEST(MultiCriteria, SensitivityFindsTheFlip) {
    // Normalised as given (min-max of 0..1 columns): u0 (1, 0), u1 (0, 1), u2 (0.55, 0.5).
    // Equal weights: u2 52.5 beats u0 and u1 at 50. c0 +20 %: shares 1.2/2.2 and 1/2.2 ->
    // u0 54.5, u2 (0.66 + 0.5) / 2.2 = 52.7: u0 first. c0 -20 %: u1 55.6 > u2 52.2 > u0 44.4.
    CriteriaMatrix m;
    m.criteria = {{"c0", Direction::Benefit, 1}, {"c1", Direction::Benefit, 1}};
    m.unitCount = 3;
    m.values = {1, 0, 0, 1, 0.55, 0.5};
    const NormalisedMatrix n = normalise(m, Normalisation::MinMax);
    EXPECT_EQ(topUnits(n, {1, 1}, 1), (std::vector<std::uint32_t>{2}));
    const auto rows = sensitivity(n, {1, 1}, 1);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].criterion, 0u);
    EXPECT_DOUBLE_EQ(rows[0].step, -0.2);
    EXPECT_EQ(rows[0].top, (std::vector<std::uint32_t>{1}));
    EXPECT_TRUE(rows[0].changed);
    EXPECT_EQ(rows[1].top, (std::vector<std::uint32_t>{0}));
    EXPECT_NEAR(rows[1].weightPercentages[0], 120.0 / 2.2, 1e-9);
    EXPECT_EQ(rows[2].top, (std::vector<std::uint32_t>{0})); // c1 -20 % favours c0's best
    EXPECT_EQ(rows[3].top, (std::vector<std::uint32_t>{1}));

    // With a clear winner (u2 best on both), no ±20 % move changes the top 2.
    m.values = {0.2, 0.1, 0.1, 0.3, 1, 1};
    const auto stable = sensitivity(normalise(m, Normalisation::MinMax), {1, 1}, 2);
    for (const auto& row : stable)
        EXPECT_FALSE(row.changed);
    // A zero weight is not varied.
    EXPECT_EQ(sensitivity(n, {1, 0}, 1).size(), 2u);
}

TEST(MultiCriteria, TiesKeepUnitOrder) {
    CriteriaMatrix m;
    m.criteria = {{"c", Direction::Benefit, 1}};
    m.unitCount = 3;
    m.values = {2, 5, 5};
    const Ranking r = score(normalise(m, Normalisation::MinMax), {1});
    EXPECT_EQ(r.order, (std::vector<std::uint32_t>{1, 2, 0}));
    EXPECT_EQ(topUnits(normalise(m, Normalisation::MinMax), {1}, 2),
              (std::vector<std::uint32_t>{1, 2}));
}

} // namespace
} // namespace cw::analysis::mcda
