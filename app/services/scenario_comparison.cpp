// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/scenario_comparison.h"

#include "cityweave/analysis/result_columns.h"
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/layer_loading.h"
#include "services/analysis_run.h"
#include "services/analysis_settings.h"

#include <algorithm>
#include <map>
#include <variant>

namespace cw::services {
namespace {

constexpr const char* kOverlap = "overlap-matrix";

std::int64_t integer(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return *i;
    return 0;
}

OverlapFigures overlapFigures(const analysis::AnalysisResult& result) {
    OverlapFigures f;
    auto summary = [&](const char* key) {
        auto it = result.summary.find(key);
        return it == result.summary.end() ? 0.0 : it->second;
    };
    f.overlappingPairs = static_cast<int>(summary("overlapping_project_pairs"));
    f.overlapAreaM2 = summary("total_overlap_area_m2");
    if (const auto* table = result.table(analysis::outputs::kOverlapMatrix)) {
        const int inB = table->columnIndex(analysis::columns::kPointsAInB),
                  inA = table->columnIndex(analysis::columns::kPointsBInA);
        if (inB >= 0 && inA >= 0)
            for (const auto& row : table->rows)
                f.pointsInOther += integer(row[std::size_t(inB)]) + integer(row[std::size_t(inA)]);
    }
    return f;
}

// The analyses compared: overlap-matrix (feature pairs are the slow part and not shown) and
// every analysis a plugin added.
Result<std::vector<AnalysisJob>> comparedJobs(const analysis::AnalysisRegistry& registry) {
    analysis::AnalysisRegistry builtIn;
    analysis::registerBuiltInAnalyses(builtIn);
    std::vector<AnalysisJob> jobs;
    for (const analysis::Analysis* a : registry.all()) {
        const std::string& id = a->descriptor().id;
        const bool overlap = id == kOverlap;
        if (!overlap && builtIn.find(id))
            continue;
        auto values = AnalysisRun::parameters(
            *a, overlap ? std::map<std::string, std::string>{{"feature_pairs", "false"}}
                        : std::map<std::string, std::string>{});
        if (!values)
            return values.error();
        jobs.push_back({a, std::move(values).value()});
    }
    return jobs;
}

Result<std::vector<analysis::AnalysisResult>> runScenario(const std::string& path,
                                                          const project::Project& plan,
                                                          const std::vector<AnalysisJob>& jobs,
                                                          const ProgressFn& progress,
                                                          const CancelToken& cancel) {
    auto crs = AnalysisSettings{}.crs();
    if (!crs)
        return crs.error();
    auto input = AnalysisRun::readProject(path, plan, *crs, cancel);
    if (!input)
        return input.error();
    AnalysisRunOptions options;
    options.skipAbsentInputs = true;
    auto outcome = AnalysisRun::run(*input, jobs, options, progress, cancel);
    if (!outcome)
        return outcome.error();
    return std::move(outcome->results);
}

void addAnalysisFigures(const std::vector<analysis::AnalysisResult>& results, bool inA,
                        std::vector<AnalysisFigure>& figures) {
    for (const auto& r : results) {
        if (r.analysisId == kOverlap)
            continue;
        for (const auto& [key, value] : r.summary) {
            auto it = std::find_if(figures.begin(), figures.end(), [&](const AnalysisFigure& f) {
                return f.analysisId == r.analysisId && f.key == key;
            });
            if (it == figures.end())
                it = figures.insert(figures.end(), {r.analysisId, key, {}, {}});
            (inA ? it->a : it->b) = value;
        }
    }
}

const analysis::AnalysisResult* overlapResult(const std::vector<analysis::AnalysisResult>& all) {
    for (const auto& r : all)
        if (r.analysisId == kOverlap)
            return &r;
    return nullptr;
}

} // namespace

Result<project::Project> projectInScenario(const project::Project& project, const std::string& id) {
    project::Project copy = project;
    if (auto s = planning::switchScenario(copy, id); !s)
        return s.error();
    return copy;
}

Result<ScenarioFigures> compareScenarios(const std::string& projectPath,
                                         const project::Project& project, const std::string& idA,
                                         const std::string& idB,
                                         const analysis::AnalysisRegistry& registry,
                                         const ProgressFn& progress, const CancelToken& cancel) {
    auto a = projectInScenario(project, idA);
    if (!a)
        return a.error();
    auto b = projectInScenario(project, idB);
    if (!b)
        return b.error();
    auto jobs = comparedJobs(registry);
    if (!jobs)
        return jobs.error();
    auto part = [&](double from, double span) -> ProgressFn {
        return [=, &progress](double f) {
            if (progress)
                progress(from + span * f);
        };
    };
    auto resultsA = runScenario(projectPath, *a, *jobs, part(0.0, 0.45), cancel);
    if (!resultsA)
        return resultsA.error();
    auto resultsB = runScenario(projectPath, *b, *jobs, part(0.45, 0.45), cancel);
    if (!resultsB)
        return resultsB.error();
    ScenarioFigures out;
    if (const auto* r = overlapResult(*resultsA))
        out.a = overlapFigures(*r);
    if (const auto* r = overlapResult(*resultsB))
        out.b = overlapFigures(*r);
    addAnalysisFigures(*resultsA, true, out.analyses);
    addAnalysisFigures(*resultsB, false, out.analyses);

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

} // namespace cw::services
