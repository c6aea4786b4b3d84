// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/effective_layer.h"
#include "cityweave/project/project.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::planning {

/// The working plan of `project` as a scenario (its registry, zones and the active scenario's
/// layer variants).
project::Scenario currentPlan(const project::Project& project);

/// Stores the working plan under `id` (a new scenario, or replacing one) and makes it active.
/// InvalidArgument when `id` is empty.
Status saveCurrentPlanAs(project::Project& project, const std::string& id,
                         const project::LocalizedText& name);

/// Makes scenario `id` the working plan. The working plan is first stored back into the
/// active scenario, so nothing is lost by switching. LayerNotFound-like InvalidArgument when
/// `id` does not exist.
Status switchScenario(project::Project& project, const std::string& id);

/// `entry` as the active scenario draws it (defined in project, which reading layers needs).
using project::effectiveLayer;

struct FieldChange {
    std::string id;                  ///< project or zone id
    std::vector<std::string> fields; ///< "end_year", "rollout", "indicators", ...
};

struct IndicatorChange {
    std::string projectId;
    std::string indicatorId;
    std::string unit;
    int year = 0;
    std::optional<double> targetA, targetB, measuredA, measuredB;
};

/// What differs between two scenarios, for a side-by-side view.
struct ScenarioDifference {
    std::vector<std::string> projectsOnlyInA, projectsOnlyInB;
    std::vector<FieldChange> projectsChanged;
    std::vector<std::string> zonesOnlyInA, zonesOnlyInB;
    std::vector<FieldChange> zonesChanged;
    std::vector<IndicatorChange> indicators;      ///< every indicator whose values differ
    std::vector<std::string> layersWithOtherData; ///< layer ids drawn from different tables
    bool empty() const;
};

ScenarioDifference compareScenarios(const project::Scenario& a, const project::Scenario& b);

/// Features of one layer as two scenarios hold it, matched by fid.
struct FeatureDifference {
    std::vector<std::int64_t> added;   ///< only in B
    std::vector<std::int64_t> removed; ///< only in A
    std::vector<std::int64_t> moved;   ///< geometry differs
    std::vector<std::int64_t> edited;  ///< same geometry, attributes differ
};

FeatureDifference compareFeatures(const data::VectorLayer& a, const data::VectorLayer& b);

} // namespace cw::planning
