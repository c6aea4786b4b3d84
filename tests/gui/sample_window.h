// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture the GUI tests share: the sample project built fresh by the CLI into a temporary
// folder, settings kept in that folder (never the user's), and a shown main window.
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
    std::unique_ptr<cw::desktop::ProjectDocument> document;
    std::unique_ptr<cw::desktop::MainWindow> window;

    /// Builds the sample and shows the window; an empty string on success, else what failed.
    QString start(QSize size) {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        sample = dir.filePath(QStringLiteral("sample.cwproject.gpkg"));
        QProcess cli;
        cli.start(QStringLiteral(CW_CLI_PATH),
                  {QStringLiteral("build-sample"), QStringLiteral(CW_SAMPLE_MANIFEST), sample});
        if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
            return QString::fromLocal8Bit(cli.readAllStandardError());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        document = std::make_unique<cw::desktop::ProjectDocument>(QStringLiteral("en"));
        window = std::make_unique<cw::desktop::MainWindow>(*document, *settings);
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString()
                                                          : QStringLiteral("window not exposed");
    }
};
