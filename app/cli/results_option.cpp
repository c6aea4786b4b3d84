// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/results_option.h"

#include "cityweave/analysis/result_reader.h"
#include "cityweave/project/project_store.h"
#include "common/error_text.h"
#include "common/plugin_setup.h"
#include "services/analysis_run.h"
#include "services/results_location.h"

#include <QFileInfo>

namespace cw::cli {

std::vector<std::string> filesRead(const report::ReportData& data) {
    std::vector<std::string> files =
        project::ProjectStore::filesRead(data.projectPath.toStdString(), data.project);
    files.push_back(data.resultsPath.toStdString());
    return files;
}

int takeResults(CliContext& ctx, report::ReportData& data) {
    QString path = ctx.takeOption(QStringLiteral("--results"));
    const bool run = ctx.takeFlag(QStringLiteral("--run-analyses"));
    if (!path.isEmpty() && run)
        return ctx.usage(CliContext::tr("Give either --results or --run-analyses, not both."));
    if (run) {
        auto outcome = services::AnalysisRun::runAll(
            data.projectPath.toStdString(), data.project, *ctx.analyses,
            [&](double f) { ctx.progress(CliContext::tr("Running analyses"), f); });
        if (!outcome)
            return ctx.fail(outcome.error(), kFailure);
        ctx.progress(CliContext::tr("Running analyses"), 1.0);
        for (const services::SkippedAnalysis& s : outcome->skipped)
            ctx.err << CliContext::tr("Skipped %1: %2")
                           .arg(QString::fromStdString(s.analysisId),
                                app::ErrorText::describe(s.reason))
                    << Qt::endl;
        data.results = std::move(outcome->results);
        data.resultsOrigin = report::ResultsOrigin::RunNow;
        return kOk;
    }
    if (path.isEmpty()) {
        const QString beside =
            services::existingResultsFor(data.projectPath, app::userResultsFolder());
        if (!QFileInfo::exists(beside)) {
            ctx.err << CliContext::tr("Note: no analysis results (no --results, no %1); sections "
                                      "that need them will say so. Use --run-analyses to compute "
                                      "them now.")
                           .arg(QFileInfo(beside).fileName())
                    << Qt::endl;
            return kOk;
        }
        path = beside;
    }
    auto results = analysis::readResultsGeoPackage(path.toStdString());
    if (!results)
        return ctx.fail(results.error());
    data.results = std::move(results).value();
    data.resultsOrigin = report::ResultsOrigin::File;
    data.resultsPath = QFileInfo(path).absoluteFilePath();
    return kOk;
}

} // namespace cw::cli
