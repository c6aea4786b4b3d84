// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture the GUI tests share: the sample project built fresh by the CLI into a temporary
// folder, settings kept in that folder (never the user's), and a shown main window; with
// plugins, a plugin manager whose state lives in the folder too.
#include "cityweave/plugin/plugin_manager.h"
#include "common/plugin_setup.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct SampleWindow {
    QTemporaryDir dir;
    QString sample;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<cw::plugin::PluginManager> plugins; // declared first: outlives the window
    std::unique_ptr<cw::desktop::ProjectDocument> document;
    std::unique_ptr<cw::desktop::MainWindow> window;

    /// Builds the sample and shows the window; an empty string on success, else what failed.
    /// `withPlugins`: the window loads plugins from the folders plugin_setup names (the test
    /// sets CITYWEAVE_STATE_DIR and the plugin folder variables first).
    QString start(QSize size, bool withPlugins = false) {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        sample = dir.filePath(QStringLiteral("sample.cwproject.gpkg"));
        QProcess cli;
        // The CLI loads the build tree's plugins, never with the user's (or the test's) state.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CITYWEAVE_STATE_DIR"),
                   dir.filePath(QStringLiteral("cli-state")));
        env.insert(QStringLiteral("CITYWEAVE_USER_PLUGIN_DIR"),
                   dir.filePath(QStringLiteral("cli-user-plugins")));
        env.remove(QStringLiteral("CITYWEAVE_INSTALL_PLUGIN_DIR"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CW_CLI_PATH),
                  {QStringLiteral("build-sample"), QStringLiteral(CW_SAMPLE_MANIFEST), sample});
        if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
            return QString::fromLocal8Bit(cli.readAllStandardError());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        document = std::make_unique<cw::desktop::ProjectDocument>(QStringLiteral("en"));
        if (withPlugins)
            plugins = std::make_unique<cw::plugin::PluginManager>(
                cw::app::pluginStateFolder().toStdString());
        window = std::make_unique<cw::desktop::MainWindow>(*document, *settings, plugins.get());
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString()
                                                          : QStringLiteral("window not exposed");
    }
};
