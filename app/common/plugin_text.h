// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw::app {

/// Sentences about plugins in the user's language, shared by the Plugins dialog and the CLI.
class PluginText {
    Q_DECLARE_TR_FUNCTIONS(PluginText)

public:
    /// "Loaded", "Disabled", "Not trusted", ...
    static QString state(plugin::PluginState state);
    /// "Installed with CityWeave", "Your plugin folder", "Folder from the settings".
    static QString origin(plugin::FolderOrigin origin);
    /// Why the plugin is in its state (empty when Loaded), with the loader's detail appended.
    static QString reason(const plugin::PluginRecord& record);
    /// One line telling the user which plugins crashed the last start and are now disabled.
    static QString crashedNotice(const QStringList& pluginIds);
};

} // namespace cw::app
