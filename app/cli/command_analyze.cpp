// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/file_inputs.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "common/error_text.h"
#include "common/warning_text.h"
#include "services/analysis_run.h"
#include "services/analysis_settings.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <map>

namespace cw::cli {
namespace {

struct AnalyzeRequest {
    std::vector<const analysis::Analysis*> analyses;
    bool all = false; ///< "--analysis all": an analysis the plan gives nothing to is skipped
    std::map<std::string, std::string> params; ///< key -> value, applied where the key exists
    QString out;
    QString summaryPath;
};

// "all" or repeated ids; every --param key must belong to at least one chosen analysis.
int parseRequest(CliContext& ctx, AnalyzeRequest& req) {
    for (const QString& id : ctx.takeOptions(QStringLiteral("--analysis"))) {
        if (id == QStringLiteral("all")) {
            req.analyses = ctx.analyses->all();
            req.all = true;
            continue;
        }
        const analysis::Analysis* a = ctx.analyses->find(id.toStdString());
        if (!a)
            return ctx.usage(
                CliContext::tr("Unknown analysis \"%1\"; 'cityweave-cli analyses' lists them.")
                    .arg(id));
        req.analyses.push_back(a);
    }
    if (req.analyses.empty())
        return ctx.usage(CliContext::tr("analyze needs --analysis ID (or all)."));
    for (const QString& kv : ctx.takeOptions(QStringLiteral("--param"))) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(CliContext::tr("Invalid --param \"%1\": use key=value.").arg(kv));
        const std::string key = kv.left(eq).toStdString();
        bool known = false;
        for (const auto* a : req.analyses)
            for (const auto& spec : a->descriptor().parameters)
                known = known || spec.key == key;
        if (!known)
            return ctx.usage(
                CliContext::tr("No chosen analysis has a parameter \"%1\".").arg(kv.left(eq)));
        req.params[key] = kv.mid(eq + 1).toStdString();
    }
    req.out = ctx.takeOption(QStringLiteral("--out"));
    req.summaryPath = ctx.takeOption(QStringLiteral("--json"));
    if (req.out.isEmpty())
        return ctx.usage(CliContext::tr("analyze needs --out results.gpkg."));
    return kOk;
}

// "Name=file1,file2": one project read from plain files.
Result<analysis::InputSpec> parseInput(const QString& text) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    analysis::InputSpec spec;
    if (eq > 0) {
        spec.projectName = text.left(eq).toStdString();
        for (const QString& file : text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            spec.files.push_back(file.toStdString());
    }
    if (spec.files.empty())
        return makeError(ErrorCode::InvalidArgument, {"--input", text.toStdString()});
    return spec;
}

} // namespace

int runAnalyze(CliContext& ctx) {
    AnalyzeRequest req;
    if (int rc = parseRequest(ctx, req); rc != kOk)
        return rc;
    const QStringList inputs = ctx.takeOptions(QStringLiteral("--input"));
    const QString zones = ctx.takeOption(QStringLiteral("--zones"));
    const QString zoneName = ctx.takeOption(QStringLiteral("--zone-name"));
    const QString crsText = ctx.takeOption(QStringLiteral("--crs"));
    const QString scenario = ctx.takeOption(QStringLiteral("--scenario"));
    if (!scenario.isEmpty() && !inputs.isEmpty())
        return ctx.usage(CliContext::tr("--scenario needs a project file, not --input options."));
    if (inputs.isEmpty() && ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("analyze takes one PROJECT file, or --input options."));
    if (!inputs.isEmpty() && !ctx.args.isEmpty())
        return ctx.usage(
            CliContext::tr("Give either a project file or --input options, not both."));

    // Validate every analysis's parameters before reading any data.
    auto jobs = services::AnalysisRun::jobs(req.analyses, req.params);
    if (!jobs)
        return ctx.fail(jobs.error(), kUsage);
    auto crs = services::AnalysisSettings{crsText.toStdString(), "--crs"}.crs();
    if (!crs)
        return ctx.fail(crs.error(), kUsage);

    QElapsedTimer timer;
    timer.start();
    Result<analysis::AnalysisInput> input = makeError(ErrorCode::Cancelled);
    std::vector<std::string> filesRead{zones.toStdString()};
    if (inputs.isEmpty()) {
        const std::string path = ctx.args.first().toStdString();
        auto project = project::ProjectStore::load(path);
        if (!project)
            return ctx.fail(project.error());
        ctx.warnAboutDamage(project->damagedParts);
        for (std::string& file : project::ProjectStore::filesRead(path, *project))
            filesRead.push_back(std::move(file));
        if (int rc = ctx.refuseOverwritingInputs({req.out, req.summaryPath}, filesRead); rc != kOk)
            return rc;
        if (int rc = switchToScenario(ctx, scenario, *project); rc != kOk)
            return rc;
        input = services::AnalysisRun::readProject(path, *project, *crs);
    } else {
        std::vector<analysis::InputSpec> specs;
        for (const QString& text : inputs) {
            auto spec = parseInput(text);
            if (!spec)
                return ctx.fail(spec.error(), kUsage);
            for (const std::string& file : spec->files)
                if (auto source = data::layerSourceFromText(file))
                    filesRead.push_back(source->path);
            specs.push_back(std::move(spec).value());
        }
        if (int rc = ctx.refuseOverwritingInputs({req.out, req.summaryPath}, filesRead); rc != kOk)
            return rc;
        input = analysis::inputFromFiles(specs, *crs);
    }
    if (!input)
        return ctx.fail(input.error());
    if (!zones.isEmpty())
        if (auto z = analysis::setZoneLayer(*input, zones.toStdString(), zoneName.toStdString());
            !z)
            return ctx.fail(z.error());
    for (const std::string& w : input->warnings)
        ctx.err << CliContext::tr("Warning: %1").arg(app::WarningText::translate(w)) << Qt::endl;
    const double readMs = timer.nsecsElapsed() / 1e6;

    // The results file is opened first: tables of millions of rows go into it as they are
    // computed instead of being held until the end.
    auto writer = analysis::ResultsGeoPackageWriter::create(req.out.toStdString());
    if (!writer)
        return ctx.fail(writer.error(), kOutputError);
    services::AnalysisRunOptions options;
    options.skipAbsentInputs = req.all;
    options.tableSink = writer->get();
    const std::vector<std::string> inputWarnings = input->warnings;
    services::AnalysisRunListener listener;
    QString label;
    listener.started = [&](const analysis::Analysis& a) {
        label = CliContext::tr("Running %1").arg(QString::fromStdString(a.descriptor().id));
    };
    listener.progress = [&](const analysis::Analysis&, double f) { ctx.progress(label, f); };
    listener.skipped = [&](const services::SkippedAnalysis& s) {
        ctx.progress(label, 1.0);
        ctx.err << CliContext::tr("Skipped %1: %2")
                       .arg(QString::fromStdString(s.analysisId),
                            app::ErrorText::describe(s.reason))
                << Qt::endl;
    };
    listener.finished = [&](const analysis::AnalysisResult& r, double ms) {
        ctx.progress(label, 1.0);
        ctx.err << CliContext::tr("%1 finished in %2 ms")
                       .arg(QString::fromStdString(r.analysisId))
                       .arg(ms, 0, 'f', 1)
                << Qt::endl;
        for (const std::string& w : r.warnings)
            if (std::find(inputWarnings.begin(), inputWarnings.end(), w) == inputWarnings.end())
                ctx.err << CliContext::tr("Warning: %1").arg(app::WarningText::translate(w))
                        << Qt::endl;
    };
    auto run = services::AnalysisRun::run(*input, *jobs, options, {}, {}, listener);
    if (!run)
        return ctx.fail(run.error(), kFailure);
    const std::vector<analysis::AnalysisResult>& results = run->results;

    timer.restart();
    if (auto written = (*writer)->commit(results); !written)
        return ctx.fail(written.error(), kOutputError);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    if (!req.summaryPath.isEmpty()) {
        QSaveFile summary(req.summaryPath);
        const QByteArray json = QByteArray::fromStdString(analysis::resultsSummaryJson(results));
        if (!summary.open(QIODevice::WriteOnly) || summary.write(json) != json.size() ||
            !summary.commit())
            return ctx.fail(makeError(ErrorCode::OutputWriteFailed, {req.summaryPath.toStdString()},
                                      summary.errorString().toStdString()),
                            kOutputError);
    }
    ctx.out << CliContext::tr("Wrote %1 analysis result(s) to %2 (reading %3 ms, writing %4 ms).")
                   .arg(results.size())
                   .arg(QFileInfo(req.out).absoluteFilePath())
                   .arg(readMs, 0, 'f', 1)
                   .arg(writeMs, 0, 'f', 1)
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
