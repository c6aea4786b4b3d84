// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysis_run.h"

#include "cityweave/analysis/skipped_analysis.h"
#include "services/analysis_settings.h"

#include <algorithm>
#include <chrono>

namespace cw::services {
namespace {

void addOnce(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

} // namespace

Result<analysis::ParameterValues>
AnalysisRun::parameters(const analysis::Analysis& analysis,
                        const std::map<std::string, std::string>& given) {
    std::map<std::string, std::string> mine;
    for (const auto& spec : analysis.descriptor().parameters)
        if (auto it = given.find(spec.key); it != given.end())
            mine[spec.key] = it->second;
    return analysis::ParameterValues::resolve(analysis.descriptor().parameters, mine);
}

Result<std::vector<AnalysisJob>>
AnalysisRun::jobs(const std::vector<const analysis::Analysis*>& analyses,
                  const std::map<std::string, std::string>& given) {
    std::vector<AnalysisJob> jobs;
    for (const analysis::Analysis* a : analyses) {
        auto values = parameters(*a, given);
        if (!values)
            return values.error();
        jobs.push_back({a, std::move(values).value()});
    }
    return jobs;
}

Result<analysis::AnalysisInput> AnalysisRun::readProject(const std::string& path,
                                                         const project::Project& project,
                                                         const crs::Crs& crs,
                                                         const CancelToken& cancel) {
    return analysis::inputFromProject(path, project, crs, cancel);
}

Result<AnalysisRunOutcome> AnalysisRun::run(analysis::AnalysisInput& input,
                                            const std::vector<AnalysisJob>& jobs,
                                            const AnalysisRunOptions& options,
                                            const ProgressFn& progress, const CancelToken& cancel,
                                            const AnalysisRunListener& listener) {
    AnalysisRunOutcome outcome;
    outcome.warnings = input.warnings;
    // The input points into this run only while it lasts.
    struct Detach {
        analysis::AnalysisInput& input;
        ~Detach() {
            input.earlierResults = nullptr;
            input.tableSink = nullptr;
        }
    } detach{input};
    input.tableSink = options.tableSink;
    input.earlierResults = &outcome.results;
    const double share = jobs.empty() ? 1.0 : 1.0 / double(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const analysis::Analysis& a = *jobs[i].analysis;
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (listener.started)
            listener.started(a);
        const auto start = std::chrono::steady_clock::now();
        const double base = double(i) * share;
        auto result = a.run(
            input, jobs[i].values,
            [&](double f) {
                if (listener.progress)
                    listener.progress(a, f);
                if (progress)
                    progress(base + std::clamp(f, 0.0, 1.0) * share);
            },
            cancel);
        if (result && cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (!result && options.skipAbsentInputs && analysis::inputsAbsent(result.error())) {
            outcome.skipped.push_back({a.descriptor().id, result.error()});
            if (listener.skipped)
                listener.skipped(outcome.skipped.back());
            continue;
        }
        if (!result)
            return result.error();
        // Every result carries the input's warnings, once: they hold for each analysis.
        std::vector<std::string> warnings = input.warnings;
        for (const std::string& w : result->warnings)
            addOnce(warnings, w);
        result->warnings = std::move(warnings);
        for (const std::string& w : result->warnings)
            addOnce(outcome.warnings, w);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        outcome.results.push_back(std::move(result).value());
        if (listener.finished)
            listener.finished(outcome.results.back(), ms);
    }
    if (progress)
        progress(1.0);
    return outcome;
}

Result<AnalysisRunOutcome> AnalysisRun::runAll(const std::string& path,
                                               const project::Project& project,
                                               const analysis::AnalysisRegistry& registry,
                                               const ProgressFn& progress,
                                               const CancelToken& cancel) {
    auto crs = AnalysisSettings{}.crs();
    if (!crs)
        return crs.error();
    auto jobs = AnalysisRun::jobs(registry.all());
    if (!jobs)
        return jobs.error();
    auto input = readProject(path, project, *crs, cancel);
    if (!input)
        return input.error();
    AnalysisRunOptions options;
    options.skipAbsentInputs = true;
    return run(*input, *jobs, options, progress, cancel);
}

} // namespace cw::services
