// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::widgets {

/// How much the projects of one scenario share ground (the overlap-matrix analysis, without
/// feature pairs, on the scenario's effective layers in EPSG:5186).
struct OverlapFigures {
    int overlappingPairs = 0;       ///< project pairs whose polygons overlap
    double overlapAreaM2 = 0;       ///< summed over those pairs
    std::int64_t pointsInOther = 0; ///< points of one project inside another's polygons
};

/// Features of one layer the two scenarios draw from different tables.
struct LayerFeatureChanges {
    std::string layerId;
    project::LocalizedText layerName;
    std::size_t added = 0, removed = 0, moved = 0, edited = 0;
};

struct ScenarioFigures {
    OverlapFigures a, b;
    std::vector<LayerFeatureChanges> layers;
};

/// `project` with scenario `id` as its working plan (a copy; `project` is untouched).
Result<project::Project> projectInScenario(const project::Project& project, const std::string& id);

/// The overlap figures of scenarios `idA` and `idB` of the project saved at `projectPath` (whose
/// plan is `project`), and the feature changes of every layer they draw from other tables.
/// Reads layers from disk: run it on a worker thread.
Result<ScenarioFigures> computeScenarioFigures(const std::string& projectPath,
                                               const project::Project& project,
                                               const std::string& idA, const std::string& idB,
                                               const ProgressFn& progress,
                                               const CancelToken& cancel);

} // namespace cw::widgets
