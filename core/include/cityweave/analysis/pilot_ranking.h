// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pilot-ranking result as a model that can be re-ranked without geometry: the criteria
// matrix is kept in the result (raw values in the "pilot_units" layer, the criteria in the
// "pilot_criteria" table), so a weight change only re-scores (cityweave/analysis/multi_criteria.h)
// and rewrites the score columns and the tables.

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/analysis/multi_criteria.h"
#include "cityweave/core/error.h"
#include "cityweave/project/localized_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw::analysis {

struct RankingModel {
    mcda::CriteriaMatrix matrix;
    mcda::Normalisation normalisation = mcda::Normalisation::MinMax;
    mcda::NormalisedMatrix normalised; ///< of `matrix`, computed once
    std::vector<project::LocalizedText> criterionNames;
    std::vector<std::int64_t> unitIds;
    std::vector<std::string> unitNames;
    std::size_t explainTop = 10;
    std::size_t sensitivityTop = 5;

    std::vector<double> weights() const;
};

/// The name of a ranking criterion ("projects", "gaps", ...), or null for another key.
const project::LocalizedText* pilotCriterionName(std::string_view key);

/// Reads the model back from a pilot-ranking result; InvalidArgument when the result lacks the
/// layer or the table.
Result<RankingModel> rankingModelFromResult(const AnalysisResult& result);

/// Scores `model` with `weights` (one per criterion) and writes into `result`: the score and
/// rank columns of "pilot_units", the tables "pilot_ranking", "pilot_explain",
/// "pilot_sensitivity", the weights in "pilot_criteria" and the summary's top unit.
void applyRanking(AnalysisResult& result, const RankingModel& model,
                  const std::vector<double>& weights);

} // namespace cw::analysis
