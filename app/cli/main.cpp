// SPDX-License-Identifier: GPL-3.0-or-later
// cityweave-cli: the headless shell over the same engine and renderer as the desktop app.
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/plugin/plugin_manager.h"
#include "cli/cli_context.h"
#include "common/language.h"
#include "common/plugin_setup.h"
#include "common/plugin_text.h"

#include <QGuiApplication>
#include <cstdlib>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void printHelp(cw::cli::CliContext& ctx) {
    ctx.out
        << cw::cli::CliContext::tr(
               "Usage: cityweave-cli [--lang ko|en] COMMAND ...\n"
               "\n"
               "Commands:\n"
               "  info SOURCE [--json] [--bad-rows] [source options]\n"
               "      Layers, CRS, feature count, extent and fields of any vector source; for a\n"
               "      table (CSV, TSV, XLSX) also what was detected and why, the rows without a\n"
               "      position (--bad-rows lists them) and the source text that reads it again.\n"
               "  Source options (info, render, layers add, join's TABLE):\n"
               "         [--layer|--sheet NAME] [--encoding ENC] [--crs EPSG:N]\n"
               "         [--x COL --y COL | --wkt COL] [--geometry auto|none|xy|wkt]\n"
               "         [--header-row N] [--text COL]... [--drop-bad-rows]\n"
               "      or as one SOURCE argument: \"stops.csv|x=경도|y=위도|crs=EPSG:4326\"\n"
               "      (keys layer, sheet, encoding, crs, header-row, geometry, x, y, wkt, text,\n"
               "      bad-rows=keep|drop).\n"
               "  render PROJECT|SOURCE... --out map.png|map.svg [--format png|svg]\n"
               "         [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--crs CRS]\n"
               "         [--year Y] [--stage N[,N...]] [source options but --crs]\n"
               "      Draws a project, or plain layer files with default styles, to PNG or SVG;\n"
               "      --year and --stage draw the plan as it stands in a year, in those stages.\n"
               "      --crs is the map's; give a file's own CRS as \"FILE|crs=EPSG:N\".\n"
               "  layers add PROJECT SOURCE [source options] [--name NAME] [--bad-rows]\n"
               "      Adds a layer to a project file, after reading it (refused, exit code 3,\n"
               "      when it cannot be read or has no positions).\n"
               "  layers list PROJECT\n"
               "      The project's layers with the source text each is read with.\n"
               "  join TABLE --to BOUNDARIES --key COL --to-key COL --out joined.gpkg\n"
               "       [--convert auto|none|kostat-to-ministry|ministry-to-kostat|\n"
               "       legal-dong-10-to-8] [--out-layer NAME] [--json]\n"
               "      Joins a table (e.g. statistics per district) to boundaries by code and\n"
               "      writes the boundaries with the table's columns; lists what did not match.\n"
               "  bench render --n N [--size WxH] [--data FILE]\n"
               "      Times open, index, first draw, zoom and pan on N random polygons\n"
               "      (--threads N limits the drawing threads; default: all cores).\n"
               "  bench overlap --n N [--threads N] [--compare-geos]\n"
               "                [--diameter MIN-MAX] [--vertices MIN-MAX]\n"
               "      Times read, index, overlay and writing of two layers of N random polygons\n"
               "      (default 20-400 m, 8-40 vertices; parcels: --diameter 20-120 --vertices "
               "4-12).\n"
               "  bench csv [--n N] [--keep] [--runs R]\n"
               "      Reads a generated CP949 bus-stop CSV of N rows with CityWeave (detection\n"
               "      included) and with GDAL's CSV driver (columns given); times and memory.\n"
               "  bench report PROJECT | --n N [--zones Z] [--runs R]\n"
               "      Times the PDF report of a project (analyses run first, untimed) or of N\n"
               "      random polygons with Z zone pages; prints pages, size and peak memory.\n"
               "  analyses [--json]\n"
               "      Lists the spatial integration analyses with their parameters.\n"
               "  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg\n"
               "          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]\n"
               "          [--scenario NAME]\n"
               "  analyze --input \"Name=a.gpkg,b.shp\" [--input ...] --analysis ID --out ...\n"
               "      Runs analyses on a project, or on plain files (one project per --input).\n"
               "      --scenario NAME (on analyze, projects, check, report) uses that plan "
               "variant.\n"
               "  projects PROJECT [--json] [--year Y] [--stage 1|2|3] [--scenario NAME]\n"
               "      The planning registry: tasks, stages, years, partners, indicators.\n"
               "  check PROJECT [--json] [--scenario NAME]\n"
               "      Validates the plan and checks projects against their sandbox zones\n"
               "      (exit code 5 when anything is found).\n"
               "  report PROJECT --out report.pdf [--template NAME|FILE.json] [--lang ko|en]\n"
               "         [--paper A4|A3] [--landscape] [--title T] [--organisation O]\n"
               "         [--results results.gpkg | --run-analyses] [--save-template NAME]\n"
               "         [--scenario NAME]\n"
               "      Writes the PDF report (maps, tables, charts, methods) of a project.\n"
               "  export PROJECT --tables out.xlsx|out.csv [--table KEY] [--bom]\n"
               "  export PROJECT --gpkg out.gpkg   [--results results.gpkg | --run-analyses]\n"
               "      Exports analysis tables as a spreadsheet or CSV, or all results as one\n"
               "      GeoPackage with QGIS styles.\n"
               "  build-sample MANIFEST OUT.gpkg\n"
               "      Builds a project file from a sample manifest (used by the build).\n"
               "  plugins [--json]\n"
               "      Lists every plugin found, with its state and, when not loaded, why.\n"
               "  plugins enable ID | disable ID\n"
               "      Enables or disables a plugin from the next start.\n"
               "  plugins trust FOLDER | untrust FOLDER\n"
               "      Lets the plugins in FOLDER load (or stops them) from the next start.\n"
               "  plugins folders [add DIR | remove DIR]\n"
               "      Lists the plugin folders searched; adds or removes a folder.\n"
               "\n"
               "Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output,\n"
               "5 check found problems.\n")
        << Qt::flush;
}

} // namespace

int main(int argc, char** argv) {
    // Headless always: the CLI draws into images, never onto a screen.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Qt wants a private runtime folder; headless sessions (CI, ssh) often lack one.
    if (!std::getenv("XDG_RUNTIME_DIR")) {
        const std::string dir = "/tmp/cityweave-runtime-" + std::to_string(getuid());
        mkdir(dir.c_str(), 0700);
        setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cityweave-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CityWeave"));

    cw::cli::CliContext ctx(app.arguments().mid(1));
    ctx.requestedLanguage = ctx.takeOption(QStringLiteral("--lang"));
    ctx.language = cw::app::installTranslations(app, ctx.requestedLanguage);
    // Declared first so that it is destroyed last: it owns what plugins left in the process.
    std::unique_ptr<cw::plugin::PluginManager> plugins;
    cw::analysis::AnalysisRegistry analyses; // composition root: the one registry of this process
    cw::analysis::registerBuiltInAnalyses(analyses);
    plugins = cw::app::loadPlugins(analyses);
    ctx.analyses = &analyses;
    ctx.plugins = plugins.get();
    if (!plugins->crashedLastStart().empty()) {
        QStringList ids;
        for (const std::string& id : plugins->crashedLastStart())
            ids << QString::fromStdString(id);
        ctx.err << cw::app::PluginText::crashedNotice(ids) << Qt::endl;
    }
    if (ctx.args.isEmpty() || ctx.takeFlag(QStringLiteral("--help")) ||
        ctx.takeFlag(QStringLiteral("-h"))) {
        printHelp(ctx);
        return cw::cli::kOk;
    }
    const QString command = ctx.args.takeFirst();
    if (command == QStringLiteral("info"))
        return cw::cli::runInfo(ctx);
    if (command == QStringLiteral("render"))
        return cw::cli::runRender(ctx);
    if (command == QStringLiteral("bench"))
        return cw::cli::runBench(ctx);
    if (command == QStringLiteral("analyses"))
        return cw::cli::runAnalyses(ctx);
    if (command == QStringLiteral("analyze"))
        return cw::cli::runAnalyze(ctx);
    if (command == QStringLiteral("projects"))
        return cw::cli::runProjects(ctx);
    if (command == QStringLiteral("check"))
        return cw::cli::runCheck(ctx);
    if (command == QStringLiteral("report"))
        return cw::cli::runReport(ctx);
    if (command == QStringLiteral("export"))
        return cw::cli::runExport(ctx);
    if (command == QStringLiteral("build-sample"))
        return cw::cli::runBuildSample(ctx);
    if (command == QStringLiteral("layers"))
        return cw::cli::runLayers(ctx);
    if (command == QStringLiteral("join"))
        return cw::cli::runJoin(ctx);
    if (command == QStringLiteral("plugins"))
        return cw::cli::runPlugins(ctx);
    return ctx.usage(cw::cli::CliContext::tr("Unknown command: %1").arg(command));
}
