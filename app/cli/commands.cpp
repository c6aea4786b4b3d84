// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cityweave/core/library_versions.h"
#include "cityweave/version.h"
#include "cli/source_options.h"

#include <QCoreApplication>
#include <cstring>

namespace cw::cli {
namespace {

const char* const kSourceOptionsHelp = QT_TRANSLATE_NOOP(
    "Cli", "  Source options (info, render, layers add, join's TABLE):\n"
           "         [--layer|--sheet NAME] [--encoding ENC] [--crs EPSG:N]\n"
           "         [--x COL --y COL | --wkt COL] [--geometry auto|none|xy|wkt]\n"
           "         [--header-row N] [--text COL]... [--drop-bad-rows]\n"
           "      or as one SOURCE argument: \"stops.csv|x=경도|y=위도|crs=EPSG:4326\"\n"
           "      (keys layer, sheet, encoding, crs, header-row, geometry, x, y, wkt, text,\n"
           "      bad-rows=keep|drop).\n");

QString translated(const char* text) {
    return QCoreApplication::translate("Cli", text);
}

// The option spelled `name` in `options` ("--out" matches "--out="), or null.
const char* findOption(const std::vector<const char*>& options, const QString& name) {
    for (const char* option : options) {
        const QLatin1String spelled(option, qsizetype(std::strcspn(option, "=")));
        if (name == spelled)
            return option;
    }
    return nullptr;
}

bool looksLikeOption(const QString& arg) {
    // "-10,-5,..." (an extent) and "-" are values, not options.
    return arg.size() > 1 && arg.front() == QLatin1Char('-') &&
           (arg.at(1) == QLatin1Char('-') || arg.at(1).isLetter());
}

} // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> all{
        {"info",
         runInfo,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  info SOURCE [--json] [--bad-rows] [source options]\n"
             "      Layers, CRS, feature count, extent and fields of any vector source; for a\n"
             "      table (CSV, TSV, XLSX) also what was detected and why, the rows without a\n"
             "      position (--bad-rows lists them) and the source text that reads it again.\n"),
         true,
         {"--json", "--bad-rows"}},
        {"render",
         runRender,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  render PROJECT|SOURCE... --out map.png|map.svg [--format png|svg]\n"
             "         [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--crs CRS]\n"
             "         [--year Y] [--stage N[,N...]] [source options but --crs]\n"
             "      Draws a project, or plain layer files with default styles, to PNG or SVG;\n"
             "      --year and --stage draw the plan as it stands in a year, in those stages.\n"
             "      --crs is the map's; give a file's own CRS as \"FILE|crs=EPSG:N\".\n"),
         true,
         {"--out=", "--size=", "--extent=", "--crs=", "--format=", "--dpi=", "--year=",
          "--stage="}},
        {"layers",
         runLayers,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  layers add PROJECT SOURCE [source options] [--name NAME] [--bad-rows]\n"
             "      Adds a layer to a project file, after reading it (refused, exit code 3,\n"
             "      when it cannot be read or has no positions).\n"
             "  layers list PROJECT\n"
             "      The project's layers with the source text each is read with.\n"),
         true,
         {"--bad-rows", "--name="}},
        {"join",
         runJoin,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  join TABLE --to BOUNDARIES --key COL --to-key COL --out joined.gpkg\n"
             "       [--convert auto|none|kostat-to-ministry|ministry-to-kostat|\n"
             "       legal-dong-10-to-8] [--out-layer NAME] [--json]\n"
             "      Joins a table (e.g. statistics per district) to boundaries by code and\n"
             "      writes the boundaries with the table's columns; lists what did not match.\n"),
         true,
         {"--convert=", "--json", "--key=", "--out=", "--out-layer=", "--to=", "--to-key="}},
        {"bench",
         runBench,
         QT_TRANSLATE_NOOP(
             "Cli",
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
             "      random polygons with Z zone pages; prints pages, size and peak memory.\n"),
         false,
         {"--compare-geos", "--data=", "--diameter=", "--json", "--n=", "--size=", "--threads=",
          "--vertices=", "--extras", "--grid=", "--radius=", "--keep", "--runs=", "--zones="}},
        {"analyses",
         runAnalyses,
         QT_TRANSLATE_NOOP("Cli",
                           "  analyses [--json]\n"
                           "      Lists the spatial integration analyses with their parameters.\n"),
         false,
         {"--json"}},
        {"analyze",
         runAnalyze,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg\n"
             "          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]\n"
             "          [--scenario NAME]\n"
             "  analyze --input \"Name=a.gpkg,b.shp\" [--input ...] --analysis ID --out ...\n"
             "      Runs analyses on a project, or on plain files (one project per --input).\n"
             "      --scenario NAME (on analyze, projects, check, report) uses that plan "
             "variant.\n"),
         false,
         {"--analysis=", "--crs=", "--input=", "--json=", "--out=", "--param=", "--scenario=",
          "--zone-name=", "--zones="}},
        {"projects",
         runProjects,
         QT_TRANSLATE_NOOP(
             "Cli", "  projects PROJECT [--json] [--year Y] [--stage 1|2|3] [--scenario NAME]\n"
                    "      The planning registry: tasks, stages, years, partners, indicators.\n"),
         false,
         {"--json", "--scenario=", "--stage=", "--year="}},
        {"check",
         runCheck,
         QT_TRANSLATE_NOOP(
             "Cli", "  check PROJECT [--json] [--scenario NAME]\n"
                    "      Validates the plan and checks projects against their sandbox zones\n"
                    "      (exit code 5 when anything is found).\n"),
         false,
         {"--json", "--scenario="}},
        {"report",
         runReport,
         QT_TRANSLATE_NOOP(
             "Cli", "  report PROJECT --out report.pdf [--template NAME|FILE.json] [--lang ko|en]\n"
                    "         [--paper A4|A3] [--landscape] [--title T] [--organisation O]\n"
                    "         [--results results.gpkg | --run-analyses] [--save-template NAME]\n"
                    "         [--scenario NAME]\n"
                    "      Writes the PDF report (maps, tables, charts, methods) of a project.\n"),
         false,
         {"--landscape", "--organisation=", "--out=", "--paper=", "--save-template=", "--scenario=",
          "--template=", "--title=", "--results=", "--run-analyses"}},
        {"layout",
         runLayout,
         QT_TRANSLATE_NOOP(
             "Cli", "  layout PROJECT --out layout.pdf|layout.png [--name NAME] [--lang ko|en]\n"
                    "         [--dpi N]\n"
                    "      Draws a print layout saved in the project (Print Layout in the app),\n"
                    "      or the standard one: map, legend, scale bar, north arrow, title.\n"),
         false,
         {"--out=", "--name=", "--dpi="}},
        {"export",
         runExport,
         QT_TRANSLATE_NOOP(
             "Cli", "  export PROJECT --tables out.xlsx|out.csv [--table KEY] [--no-bom]\n"
                    "  export PROJECT --gpkg out.gpkg   [--results results.gpkg | --run-analyses]\n"
                    "      Exports analysis tables as a spreadsheet or CSV, or all results as one\n"
                    "      GeoPackage with QGIS styles. CSV is UTF-8 with a byte-order mark for\n"
                    "      Excel unless --no-bom is given.\n"),
         false,
         {"--gpkg=", "--table=", "--tables=", "--bom", "--no-bom", "--results=", "--run-analyses"}},
        {"publish",
         runPublish,
         QT_TRANSLATE_NOOP(
             "Cli",
             "  publish PROJECT.cwproject.gpkg postgresql://USER@HOST:PORT/DB?schema=NAME\n"
             "          [--replace]\n"
             "  publish postgresql://...?schema=NAME COPY.cwproject.gpkg [--replace]\n"
             "      Publishes a plan to PostgreSQL/PostGIS for several planners to edit, or\n"
             "      takes a copy of a published plan as a project file. Passwords come from\n"
             "      ~/.pgpass or PGPASSWORD. Any command taking PROJECT also takes the URL.\n"),
         false,
         {"--replace"}},
        {"build-sample",
         runBuildSample,
         QT_TRANSLATE_NOOP(
             "Cli", "  build-sample MANIFEST OUT.gpkg\n"
                    "      Builds a project file from a sample manifest (used by the build).\n"),
         false,
         {}},
        {"plugins",
         runPlugins,
         QT_TRANSLATE_NOOP(
             "Cli", "  plugins [--json]\n"
                    "      Lists every plugin found, with its state and, when not loaded, why.\n"
                    "  plugins enable ID | disable ID\n"
                    "      Enables or disables a plugin from the next start.\n"
                    "  plugins trust FOLDER | untrust FOLDER\n"
                    "      Lets the plugins in FOLDER load (or stops them) from the next start.\n"
                    "  plugins folders [add DIR | remove DIR]\n"
                    "      Lists the plugin folders searched; adds or removes a folder.\n"),
         false,
         {"--json"}},
    };
    return all;
}

const Command* findCommand(const QString& name) {
    for (const Command& c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString helpText() {
    QString text = CliContext::tr("Usage: cityweave-cli [--lang ko|en] [--version] COMMAND ...\n"
                                  "       cityweave-cli COMMAND --help\n\nCommands:\n");
    for (const Command& c : commands()) {
        text += translated(c.help);
        if (QLatin1String(c.name) == QLatin1String("info"))
            text += translated(kSourceOptionsHelp);
    }
    text += CliContext::tr("\nOptions take their value after a space or an equals sign "
                           "(--out map.png, --out=map.png).\n"
                           "Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot "
                           "write output,\n5 check found problems.\n");
    return text;
}

QString helpText(const Command& command) {
    QString text = CliContext::tr("Usage:\n") + translated(command.help);
    if (command.takesSourceOptions)
        text += translated(kSourceOptionsHelp);
    return text;
}

QStringList splitOptionValues(const QStringList& args) {
    QStringList out;
    for (const QString& arg : args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 2) {
            out << arg.left(eq) << arg.mid(eq + 1);
            continue;
        }
        out << arg;
    }
    return out;
}

QString unknownOption(const Command& command, const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!looksLikeOption(args[i]))
            continue;
        const char* option = findOption(command.options, args[i]);
        if (!option && command.takesSourceOptions)
            option = findOption(sourceOptionNames(), args[i]);
        if (!option)
            return args[i];
        if (std::strchr(option, '='))
            ++i; // its value
    }
    return {};
}

int runCommandLine(CliContext& ctx) {
    if (ctx.takeFlag(QStringLiteral("--version"))) {
        ctx.out << QStringLiteral("cityweave-cli %1 (%2, Qt %3)")
                       .arg(QLatin1String(CITYWEAVE_VERSION_STRING),
                            QString::fromStdString(libraryVersions()), QLatin1String(qVersion()))
                << Qt::endl;
        return kOk;
    }
    const bool help = ctx.takeFlag(QStringLiteral("--help")) | ctx.takeFlag(QStringLiteral("-h"));
    if (ctx.args.isEmpty()) {
        ctx.out << helpText() << Qt::flush;
        return kOk;
    }
    const QString name = ctx.args.takeFirst();
    const Command* command = findCommand(name);
    if (!command) {
        if (looksLikeOption(name))
            return ctx.usage(CliContext::tr("Unknown option %1.").arg(name));
        QStringList names;
        for (const Command& c : commands())
            names << QLatin1String(c.name);
        return ctx.usage(CliContext::tr("Unknown command \"%1\". The commands are: %2.")
                             .arg(name, names.join(QStringLiteral(", "))));
    }
    if (help) {
        ctx.out << helpText(*command) << Qt::flush;
        return kOk;
    }
    if (const QString unknown = unknownOption(*command, ctx.args); !unknown.isEmpty())
        return ctx.usage(CliContext::tr("Unknown option %1 for %2.").arg(unknown, name));
    return command->run(ctx);
}

} // namespace cw::cli
