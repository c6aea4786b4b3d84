// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"

#include <QString>
#include <memory>
#include <vector>

namespace cw::analysis {
class AnalysisRegistry;
}

namespace cw::app {

/// Where this process keeps plugins.json and the crash sentinel: $CITYWEAVE_STATE_DIR, else
/// <GenericDataLocation>/CityWeave (shared by the GUI and the CLI).
QString pluginStateFolder();
/// Where analysis results go when a project's own folder cannot take them (the sample as
/// installed or in the build tree): `results/` in the state folder.
QString userResultsFolder();

/// Whether this executable runs from the build folder it was built in (tests, developers),
/// rather than from an installed or unpacked copy.
bool runsFromBuildTree();

/// The install's plugin folder: the build tree's when running from the build tree, else
/// <exe dir>/../<libdir>/cityweave/plugins; $CITYWEAVE_INSTALL_PLUGIN_DIR overrides.
QString installPluginFolder();

/// The user's plugin folder: <GenericDataLocation>/CityWeave/plugins;
/// $CITYWEAVE_USER_PLUGIN_DIR overrides.
QString userPluginFolder();

/// The folders searched, in order: install, user, then those named in the preferences.
std::vector<plugin::PluginFolder> pluginFolders(const plugin::PluginPreferences& preferences);

/// Creates the process's plugin manager and loads every plugin it may into `registry` (after
/// the built-ins). The manager must outlive the registry.
std::unique_ptr<plugin::PluginManager> loadPlugins(analysis::AnalysisRegistry& registry);

} // namespace cw::app
