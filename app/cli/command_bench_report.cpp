// SPDX-License-Identifier: GPL-3.0-or-later
// `bench report`: times whole PDF reports, of a project (its analyses run first, untimed) or of
// a synthetic input of N polygons and Z zone pages.
#include "cli/cli_context.h"
#include "cli/cli_platform.h"
#include "report/report_writer.h"
#include "report/synthetic_report.h"
#include "services/analysis_run.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace cw::cli {

int runBenchReport(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const QString zonesText = ctx.takeOption(QStringLiteral("--zones"));
    const int runs = std::max(1, ctx.takeOption(QStringLiteral("--runs")).toInt());
    QTemporaryDir dir;
    if (!dir.isValid())
        return ctx.fail(makeError(ErrorCode::OutputWriteFailed, {"temporary folder"}),
                        kOutputError);
    QElapsedTimer timer;
    timer.start();
    Result<report::ReportData> data = makeError(ErrorCode::InvalidArgument);
    if (!nText.isEmpty()) {
        bool ok = false;
        const qlonglong n = nText.toLongLong(&ok);
        const qlonglong zones = zonesText.isEmpty() ? 25 : zonesText.toLongLong();
        if (!ok || n <= 0 || zones < 0)
            return ctx.usage(CliContext::tr("bench report needs --n N (a positive number)."));
        data = report::syntheticReportData(dir.path(), std::size_t(n), std::size_t(zones));
    } else if (ctx.args.size() == 1) {
        data = report::loadReportData(ctx.args.first(), ctx.analyses);
        if (data) {
            auto run = services::AnalysisRun::runAll(data->projectPath.toStdString(), data->project,
                                                     *ctx.analyses);
            if (!run)
                return ctx.fail(run.error(), kFailure);
            data->results = std::move(run->results);
            data->resultsOrigin = report::ResultsOrigin::RunNow;
        }
    } else {
        return ctx.usage(CliContext::tr("bench report takes a PROJECT file or --n N."));
    }
    if (!data)
        return ctx.fail(data.error());
    const double prepareMs = timer.nsecsElapsed() / 1e6;
    const double rssBefore = peakResidentMiB();
    report::ReportTemplate tmpl;
    if (!zonesText.isEmpty())
        tmpl.maxZonePages = zonesText.toInt(); // every synthetic zone gets its page
    std::vector<double> times;
    report::ReportOutcome outcome;
    for (int i = 0; i < runs; ++i) {
        const QString out = dir.filePath(QStringLiteral("bench-%1.pdf").arg(i));
        timer.restart();
        auto written = report::ReportWriter::writePdf(*data, tmpl, out);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!written)
            return ctx.fail(written.error(), kOutputError);
        outcome = *written;
    }
    std::sort(times.begin(), times.end());
    ctx.out << CliContext::tr("Report benchmark (%1 run(s), input ready in %2 ms):")
                   .arg(runs)
                   .arg(prepareMs, 0, 'f', 0)
            << '\n'
            << CliContext::tr("  report           %1 ms (median), %2 ms (best)")
                   .arg(times[times.size() / 2], 9, 'f', 1)
                   .arg(times.front(), 0, 'f', 1)
            << '\n'
            << CliContext::tr("  pages            %1").arg(outcome.pages, 9) << '\n'
            << CliContext::tr("  file size        %1 KiB").arg(outcome.bytes / 1024, 9) << '\n'
            << CliContext::tr("  peak memory      %1 MiB (%2 MiB before writing)")
                   .arg(peakResidentMiB(), 9, 'f', 1)
                   .arg(rssBefore, 0, 'f', 1)
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
