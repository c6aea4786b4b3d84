// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_styles.h"
#include "cityweave/analysis/table_export.h"
#include "cli/cli_context.h"
#include "cli/results_option.h"

#include <QDir>
#include <QFileInfo>

namespace cw::cli {
namespace {

int writeTables(CliContext& ctx, const report::ReportData& data, const QString& out,
                const QString& tableKey, bool bom) {
    std::vector<const analysis::ResultTable*> tables = analysis::allTables(data.results);
    if (!tableKey.isEmpty()) {
        std::erase_if(tables, [&](const auto* t) { return t->key != tableKey.toStdString(); });
        if (tables.empty())
            return ctx.fail(makeError(ErrorCode::InvalidArgument,
                                      {"--table", tableKey.toStdString()},
                                      "the results have no table of that name"),
                            kUsage);
    }
    if (tables.empty())
        return ctx.fail(makeError(ErrorCode::InvalidArgument, {"--results"},
                                  "no analysis results to export; give --results or "
                                  "--run-analyses"),
                        kInputError);
    QStringList written;
    if (out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        if (auto s = analysis::writeTablesXlsx(tables, out.toStdString()); !s)
            return ctx.fail(s.error(), kOutputError);
        written << out;
    } else {
        // A CSV file holds one table: with several, "out.csv" becomes "out_<table>.csv" each.
        auto paths = analysis::writeTablesCsv(tables, out.toStdString(), bom);
        if (!paths)
            return ctx.fail(paths.error(), kOutputError);
        for (const std::string& path : *paths)
            written << QString::fromStdString(path);
    }
    for (const QString& path : written)
        ctx.out << CliContext::tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return kOk;
}

} // namespace

int runExport(CliContext& ctx) {
    const QString tablesOut = ctx.takeOption(QStringLiteral("--tables"));
    const QString gpkgOut = ctx.takeOption(QStringLiteral("--gpkg"));
    const QString tableKey = ctx.takeOption(QStringLiteral("--table"));
    const bool bom = ctx.takeFlag(QStringLiteral("--bom"));
    if (tablesOut.isEmpty() == gpkgOut.isEmpty())
        return ctx.usage(
            CliContext::tr("export needs either --tables out.xlsx|out.csv or --gpkg out.gpkg."));
    if (!tablesOut.isEmpty() && !tablesOut.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) &&
        !tablesOut.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
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
        return writeTables(ctx, *data, tablesOut, tableKey, bom);
    if (data->results.empty())
        return ctx.fail(makeError(ErrorCode::InvalidArgument, {"--results"},
                                  "no analysis results to export; give --results or "
                                  "--run-analyses"),
                        kInputError);
    if (auto s = analysis::writeStyledResultsGeoPackage(data->results, gpkgOut.toStdString()); !s)
        return ctx.fail(s.error(), kOutputError);
    ctx.out << CliContext::tr("Wrote %1").arg(QFileInfo(gpkgOut).absoluteFilePath()) << Qt::endl;
    return kOk;
}

} // namespace cw::cli
