// SPDX-License-Identifier: GPL-3.0-or-later
// cityweave-cli: the headless shell over the same engine and renderer as the desktop app.
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/crs/geodata_location.h"
#include "cityweave/plugin/plugin_manager.h"
#include "cli/cli_context.h"
#include "cli/cli_platform.h"
#include "cli/commands.h"
#include "common/language.h"
#include "common/plugin_setup.h"
#include "common/plugin_text.h"

#include <QGuiApplication>
#include <memory>
#include <string>

int main(int argc, char** argv) {
    cw::cli::prepareHeadlessEnvironment();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cityweave-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CityWeave"));
    // A relocatable install (Windows) carries proj.db and GDAL's data beside the program.
    cw::crs::useGeodataBesideExecutable(QCoreApplication::applicationDirPath().toStdString());

    cw::cli::CliContext ctx(cw::cli::splitOptionValues(app.arguments().mid(1)));
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
    return cw::cli::runCommandLine(ctx);
}
