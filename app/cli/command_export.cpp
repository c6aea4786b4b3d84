// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_writer.h"
#include "cli/cli_context.h"
#include "cli/results_option.h"
#include "services/table_export.h"

#include <QDir>
#include <QFileInfo>

namespace cw::cli {
namespace {

int writeTables(CliContext& ctx, const report::ReportData& data, const QString& out,
                const services::TableExportOptions& options) {
    auto written = services::TableExport::write(services::TableExport::tablesOf(data.results),
                                                out.toStdString(), options);
    if (!written) {
        const ErrorCode code = written.error().code;
        return ctx.fail(written.error(), code == ErrorCode::NoSuchTable ? kUsage
                                         : code == ErrorCode::NoResults ? kInputError
                                                                        : kOutputError);
    }
    for (const std::string& path : *written)
        ctx.out << CliContext::tr("Wrote %1")
                       .arg(QFileInfo(QString::fromStdString(path)).absoluteFilePath())
                << Qt::endl;
    return kOk;
}

} // namespace

int runExport(CliContext& ctx) {
    const QString tablesOut = ctx.takeOption(QStringLiteral("--tables"));
    const QString gpkgOut = ctx.takeOption(QStringLiteral("--gpkg"));
    services::TableExportOptions options;
    options.onlyTable = ctx.takeOption(QStringLiteral("--table")).toStdString();
    // A BOM by default, as the desktop writes, so that Excel shows Hangul; --bom is the old
    // spelling of the default.
    (void)ctx.takeFlag(QStringLiteral("--bom"));
    options.csvBom = !ctx.takeFlag(QStringLiteral("--no-bom"));
    if (tablesOut.isEmpty() == gpkgOut.isEmpty())
        return ctx.usage(
            CliContext::tr("export needs either --tables out.xlsx|out.csv or --gpkg out.gpkg."));
    if (!tablesOut.isEmpty() && !services::TableExport::supports(tablesOut.toStdString()))
        return ctx.usage(CliContext::tr("--tables must name a .xlsx or .csv file."));
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("export needs a PROJECT file."));
    const QString projectPath = ctx.args.first();
    if (int rc = ctx.refuseOverwritingInputs({tablesOut, gpkgOut}, {projectPath.toStdString()});
        rc != kOk)
        return rc;
    // Layers are not drawn here, but loading them checks the project the same way report does.
    auto data = report::loadReportData(projectPath, ctx.analyses);
    if (!data)
        return ctx.fail(data.error());
    if (int rc = takeResults(ctx, *data); rc != kOk)
        return rc;
    ctx.args.removeFirst();
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("Unexpected argument: %1").arg(ctx.args.first()));
    if (int rc = ctx.refuseOverwritingInputs({tablesOut, gpkgOut}, filesRead(*data)); rc != kOk)
        return rc;
    if (!tablesOut.isEmpty())
        return writeTables(ctx, *data, tablesOut, options);
    if (data->results.empty())
        return ctx.fail(makeError(ErrorCode::NoResults), kInputError);
    if (auto s = analysis::writeResultsGeoPackage(data->results, gpkgOut.toStdString()); !s)
        return ctx.fail(s.error(), kOutputError);
    ctx.out << CliContext::tr("Wrote %1").arg(QFileInfo(gpkgOut).absoluteFilePath()) << Qt::endl;
    return kOk;
}

} // namespace cw::cli
