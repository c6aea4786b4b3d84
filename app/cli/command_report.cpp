// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/project_store.h"
#include "cli/cli_context.h"
#include "cli/results_option.h"
#include "report/report_fonts.h"
#include "report/report_templates.h"
#include "report/report_writer.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace cw::cli {
namespace {

// --template NAME (from the project file) or FILE.json, then the command-line overrides.
int buildTemplate(CliContext& ctx, const QString& projectPath, report::ReportTemplate& tmpl) {
    const QString name = ctx.takeOption(QStringLiteral("--template"));
    if (!name.isEmpty()) {
        if (name.endsWith(QStringLiteral(".json")) && QFileInfo::exists(name)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly) ||
                !report::ReportTemplate::fromJson(file.readAll(), tmpl))
                return ctx.fail(makeError(ErrorCode::InvalidArgument,
                                          {"--template", name.toStdString()},
                                          "not a report template JSON file"),
                                kInputError);
        } else {
            auto found = report::ReportTemplates::find(projectPath, name);
            if (!found)
                return ctx.fail(found.error(), kInputError);
            tmpl = *found;
        }
    }
    if (!ctx.requestedLanguage.isEmpty())
        tmpl.language = ctx.requestedLanguage;
    const QString paper = ctx.takeOption(QStringLiteral("--paper"));
    if (!paper.isEmpty()) {
        if (paper.compare(QStringLiteral("A4"), Qt::CaseInsensitive) != 0 &&
            paper.compare(QStringLiteral("A3"), Qt::CaseInsensitive) != 0)
            return ctx.usage(CliContext::tr("Invalid --paper \"%1\": use A4 or A3.").arg(paper));
        tmpl.paper = paper.compare(QStringLiteral("A3"), Qt::CaseInsensitive) == 0
                         ? report::Paper::A3
                         : report::Paper::A4;
    }
    if (ctx.takeFlag(QStringLiteral("--landscape")))
        tmpl.landscape = true;
    const QString title = ctx.takeOption(QStringLiteral("--title"));
    if (!title.isEmpty())
        tmpl.title = title;
    const QString organisation = ctx.takeOption(QStringLiteral("--organisation"));
    if (!organisation.isEmpty())
        tmpl.organisation = organisation;
    const QString save = ctx.takeOption(QStringLiteral("--save-template"));
    if (!save.isEmpty()) {
        tmpl.name = save;
        if (auto saved = report::ReportTemplates::save(projectPath, tmpl); !saved)
            return ctx.fail(saved.error(), kOutputError);
    }
    return kOk;
}

} // namespace

int runReport(CliContext& ctx) {
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(CliContext::tr("report needs --out report.pdf."));
    if (report::ReportFonts::family().isEmpty()) {
        ctx.err << CliContext::tr("Error: no font with Hangul is installed, so the report "
                                  "cannot be written. Install NanumGothic (fonts-nanum) or "
                                  "Noto Sans CJK KR.")
                << Qt::endl;
        return kFailure;
    }
    QElapsedTimer timer;
    timer.start();
    const QStringList positional = ctx.args;
    if (positional.isEmpty())
        return ctx.usage(CliContext::tr("report needs a PROJECT file."));
    const QString projectPath = positional.first();
    // Before anything is read or written (--save-template writes into the project).
    if (int rc = ctx.refuseOverwritingInputs({out}, {projectPath.toStdString()}); rc != kOk)
        return rc;
    std::string scenarioId;
    if (const QString scenario = ctx.takeOption(QStringLiteral("--scenario"));
        !scenario.isEmpty()) {
        // Only the plan is read here, to name a wrong scenario before any layer loads.
        auto plan = project::ProjectStore::load(projectPath.toStdString());
        if (!plan)
            return ctx.fail(plan.error());
        if (int rc = findScenario(ctx, scenario, *plan, scenarioId); rc != kOk)
            return rc;
    }
    report::ReportTemplate tmpl;
    if (int rc = buildTemplate(ctx, projectPath, tmpl); rc != kOk)
        return rc;
    auto data = report::loadReportData(projectPath, ctx.analyses, {}, scenarioId);
    if (!data)
        return ctx.fail(data.error());
    if (int rc = takeResults(ctx, *data); rc != kOk)
        return rc;
    ctx.args.removeFirst();
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("Unexpected argument: %1").arg(ctx.args.first()));
    if (int rc = ctx.refuseOverwritingInputs({out}, filesRead(*data)); rc != kOk)
        return rc;
    const QString label = CliContext::tr("Writing report");
    auto written =
        report::ReportWriter::writePdf(*data, tmpl, out, [&](double f) { ctx.progress(label, f); });
    if (!written)
        return ctx.fail(written.error(), written.error().code == ErrorCode::OutputWriteFailed
                                             ? kOutputError
                                             : kFailure);
    ctx.progress(label, 1.0);
    ctx.out << CliContext::tr("Wrote %1: %2 pages, %3 KB, in %4 ms.")
                   .arg(QFileInfo(out).absoluteFilePath())
                   .arg(written->pages)
                   .arg(written->bytes / 1024)
                   .arg(timer.elapsed())
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
