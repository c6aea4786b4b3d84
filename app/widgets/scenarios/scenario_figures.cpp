// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/scenarios/scenario_figures.h"

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/layer_loading.h"

#include <variant>

namespace cw::widgets {
namespace {

std::int64_t integer(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return *i;
    return 0;
}

Result<OverlapFigures> overlapFigures(const std::string& path, const project::Project& project,
                                      const analysis::Analysis& overlap, const ProgressFn& progress,
                                      const CancelToken& cancel) {
    auto crs = crs::Crs::fromEpsg(5186); // metres, as the analyses' m² promise
    if (!crs)
        return crs.error();
    auto input = analysis::inputFromProject(path, project, *crs, cancel);
    if (!input)
        return input.error();
    // Feature pairs are the slow part and not shown here.
    auto values = analysis::ParameterValues::resolve(overlap.descriptor().parameters,
                                                     {{"feature_pairs", "false"}});
    if (!values)
        return values.error();
    auto result = overlap.run(*input, *values, progress, cancel);
    if (!result)
        return result.error();
    OverlapFigures f;
    f.overlappingPairs = static_cast<int>(result->summary["overlapping_project_pairs"]);
    f.overlapAreaM2 = result->summary["total_overlap_area_m2"];
    for (const auto& table : result->tables) {
        if (table.key != "overlap_matrix")
            continue;
        std::size_t inB = 0, inA = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c].name == "points_a_in_b")
                inB = c;
            if (table.columns[c].name == "points_b_in_a")
                inA = c;
        }
        for (const auto& row : table.rows)
            f.pointsInOther += integer(row[inB]) + integer(row[inA]);
    }
    return f;
}

} // namespace

Result<project::Project> projectInScenario(const project::Project& project, const std::string& id) {
    project::Project copy = project;
    if (auto s = planning::switchScenario(copy, id); !s)
        return s.error();
    return copy;
}

Result<ScenarioFigures> computeScenarioFigures(const std::string& projectPath,
                                               const project::Project& project,
                                               const std::string& idA, const std::string& idB,
                                               const ProgressFn& progress,
                                               const CancelToken& cancel) {
    auto a = projectInScenario(project, idA);
    if (!a)
        return a.error();
    auto b = projectInScenario(project, idB);
    if (!b)
        return b.error();
    analysis::AnalysisRegistry registry;
    analysis::registerBuiltInAnalyses(registry);
    const analysis::Analysis* overlap = registry.find("overlap-matrix");
    if (!overlap)
        return makeError(ErrorCode::InvalidArgument, {"analysis", "overlap-matrix"});
    auto part = [&](double from, double span) -> ProgressFn {
        return [=, &progress](double f) {
            if (progress)
                progress(from + span * f);
        };
    };
    ScenarioFigures out;
    auto figuresA = overlapFigures(projectPath, *a, *overlap, part(0.0, 0.45), cancel);
    if (!figuresA)
        return figuresA.error();
    out.a = *figuresA;
    auto figuresB = overlapFigures(projectPath, *b, *overlap, part(0.45, 0.45), cancel);
    if (!figuresB)
        return figuresB.error();
    out.b = *figuresB;

    const auto difference =
        planning::compareScenarios(planning::currentPlan(*a), planning::currentPlan(*b));
    for (const std::string& layerId : difference.layersWithOtherData) {
        for (const project::LayerEntry& entry : project.layers) {
            if (entry.id != layerId)
                continue;
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            auto layerA =
                project::loadProjectLayer(projectPath, planning::effectiveLayer(*a, entry), cancel);
            if (!layerA)
                return layerA.error();
            auto layerB =
                project::loadProjectLayer(projectPath, planning::effectiveLayer(*b, entry), cancel);
            if (!layerB)
                return layerB.error();
            const auto d = planning::compareFeatures(**layerA, **layerB);
            out.layers.push_back({layerId, entry.name, d.added.size(), d.removed.size(),
                                  d.moved.size(), d.edited.size()});
        }
    }
    if (progress)
        progress(1.0);
    return out;
}

} // namespace cw::widgets
