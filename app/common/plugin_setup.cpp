// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plugin_setup.h"

#include "cityweave/analysis/analysis_registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cw::app {
namespace {

QString fromEnvironment(const char* name) {
    return QDir::cleanPath(qEnvironmentVariable(name));
}

QString dataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/CityWeave");
}

} // namespace

// A build-tree executable sits in a CMake binary folder (it has CMakeFiles/) of this build; an
// install may also sit inside the build folder (out-of-tree plugin tests do that), but its
// bin/ has no CMakeFiles/.
bool runsFromBuildTree() {
    const QString exeDir = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    const QString buildDir = QDir(QStringLiteral(CW_BUILD_TREE_DIR)).canonicalPath();
    return !buildDir.isEmpty() &&
           (exeDir == buildDir || exeDir.startsWith(buildDir + QLatin1Char('/'))) &&
           QDir(exeDir).exists(QStringLiteral("CMakeFiles"));
}

QString pluginStateFolder() {
    if (qEnvironmentVariableIsSet("CITYWEAVE_STATE_DIR"))
        return fromEnvironment("CITYWEAVE_STATE_DIR");
    return dataFolder();
}

QString userResultsFolder() {
    return pluginStateFolder() + QStringLiteral("/results");
}

QString installPluginFolder() {
    if (qEnvironmentVariableIsSet("CITYWEAVE_INSTALL_PLUGIN_DIR"))
        return fromEnvironment("CITYWEAVE_INSTALL_PLUGIN_DIR");
    if (runsFromBuildTree())
        return QStringLiteral(CW_BUILD_PLUGIN_DIR);
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../" CW_INSTALL_LIBDIR "/cityweave/plugins"));
}

QString userPluginFolder() {
    if (qEnvironmentVariableIsSet("CITYWEAVE_USER_PLUGIN_DIR"))
        return fromEnvironment("CITYWEAVE_USER_PLUGIN_DIR");
    return dataFolder() + QStringLiteral("/plugins");
}

std::vector<plugin::PluginFolder> pluginFolders(const plugin::PluginPreferences& preferences) {
    std::vector<plugin::PluginFolder> folders{
        {installPluginFolder().toStdString(), plugin::FolderOrigin::Install},
        {userPluginFolder().toStdString(), plugin::FolderOrigin::User}};
    for (const std::string& folder : preferences.extraFolders)
        folders.push_back({folder, plugin::FolderOrigin::Settings});
    return folders;
}

std::unique_ptr<plugin::PluginManager> loadPlugins(analysis::AnalysisRegistry& registry) {
    auto manager = std::make_unique<plugin::PluginManager>(pluginStateFolder().toStdString());
    manager->loadAll(pluginFolders(manager->preferences()), registry);
    return manager;
}

} // namespace cw::app
