// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cw::services {

/// One analysis to run, with its parameters resolved.
struct AnalysisJob {
    const analysis::Analysis* analysis = nullptr;
    analysis::ParameterValues values;
};

/// An analysis left out of a run of every analysis because the plan gives it nothing to work
/// on (analysis::inputsAbsent), with the reason.
struct SkippedAnalysis {
    std::string analysisId;
    Error reason;
};

/// What a front end hears while a run goes on (each optional): the CLI prints these lines.
struct AnalysisRunListener {
    std::function<void(const analysis::Analysis&)> started;
    std::function<void(const analysis::Analysis&, double fraction)> progress;
    std::function<void(const analysis::AnalysisResult&, double milliseconds)> finished;
    std::function<void(const SkippedAnalysis&)> skipped;
};

struct AnalysisRunOptions {
    /// Skip an analysis whose inputs the plan lacks instead of failing the run ("all").
    bool skipAbsentInputs = false;
    /// Where large tables go as they are computed (a results GeoPackage being written).
    analysis::TableSink* tableSink = nullptr;
};

struct AnalysisRunOutcome {
    std::vector<analysis::AnalysisResult> results;
    std::vector<SkippedAnalysis> skipped;
    /// The input's warnings and each result's, each once, in the order they arose.
    std::vector<std::string> warnings;
};

/// The one way to run analyses, for the CLI's analyze, the desktop's analysis panel, the
/// report's --run-analyses and the scenario comparison: read the input (a project's layers as
/// its active scenario draws them, or plain files) in the analysis CRS, then run the jobs in
/// order with progress and cancel, each seeing the results before it.
class AnalysisRun {
public:
    /// `analysis`'s parameters from `given`: the keys it has, defaults for the rest.
    static Result<analysis::ParameterValues>
    parameters(const analysis::Analysis& analysis, const std::map<std::string, std::string>& given);
    /// A job per analysis, each with the parameters of `given` it has.
    static Result<std::vector<AnalysisJob>>
    jobs(const std::vector<const analysis::Analysis*>& analyses,
         const std::map<std::string, std::string>& given = {});

    static Result<analysis::AnalysisInput> readProject(const std::string& path,
                                                       const project::Project& project,
                                                       const crs::Crs& crs,
                                                       const CancelToken& cancel = {});

    /// Runs `jobs` on `input`; the first failure (or Cancelled) ends the run.
    static Result<AnalysisRunOutcome>
    run(analysis::AnalysisInput& input, const std::vector<AnalysisJob>& jobs,
        const AnalysisRunOptions& options = {}, const ProgressFn& progress = {},
        const CancelToken& cancel = {}, const AnalysisRunListener& listener = {});

    /// Every analysis of `registry` with its defaults on the project at `path`, in the plan
    /// CRS, skipping those the plan gives nothing to (the report's --run-analyses).
    static Result<AnalysisRunOutcome> runAll(const std::string& path,
                                             const project::Project& project,
                                             const analysis::AnalysisRegistry& registry,
                                             const ProgressFn& progress = {},
                                             const CancelToken& cancel = {});
};

} // namespace cw::services
