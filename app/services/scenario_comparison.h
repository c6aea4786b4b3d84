// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw::services {

/// How much the projects of one scenario share ground (the overlap-matrix analysis, without
/// feature pairs, on the scenario's effective layers in the plan CRS).
struct OverlapFigures {
    int overlappingPairs = 0;       ///< project pairs whose polygons overlap
    double overlapAreaM2 = 0;       ///< summed over those pairs
    std::int64_t pointsInOther = 0; ///< points of one project inside another's polygons
};

/// One headline figure of a plugin's analysis in both scenarios; empty where the scenario gives
/// that analysis nothing to work on.
struct AnalysisFigure {
    std::string analysisId;
    std::string key; ///< the summary key, e.g. "self_sufficiency_ratio"
    std::optional<double> a, b;
};

/// Features of one layer the two scenarios draw from different tables.
struct LayerFeatureChanges {
    std::string layerId;
    project::LocalizedText layerName;
    std::size_t added = 0, removed = 0, moved = 0, edited = 0;
};

struct ScenarioFigures {
    OverlapFigures a, b;
    std::vector<AnalysisFigure> analyses;
    std::vector<LayerFeatureChanges> layers;
};

/// `project` with scenario `id` as its working plan (a copy; `project` is untouched).
Result<project::Project> projectInScenario(const project::Project& project, const std::string& id);

/// Scenarios `idA` and `idB` of the project saved at `projectPath` (whose plan is `project`)
/// side by side: the overlap figures, the summary figures of every analysis a plugin added to
/// `registry`, and the feature changes of each layer they draw from other tables. Reads layers
/// from disk: run it on a worker thread.
Result<ScenarioFigures> compareScenarios(const std::string& projectPath,
                                         const project::Project& project, const std::string& idA,
                                         const std::string& idB,
                                         const analysis::AnalysisRegistry& registry,
                                         const ProgressFn& progress, const CancelToken& cancel);

} // namespace cw::services
