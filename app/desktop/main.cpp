// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop application: settings, language, font, document, window.
#include "cityweave/version.h"
#include "common/language.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "render/label_painter.h"
#include "widgets/settings_dialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace {
// The sample beside the build tree's binary, or where `make install` put it.
QString findSampleProject() {
    const QString name = QStringLiteral("seoul-smart-city.cwproject.gpkg");
    const QDir exeDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        exeDir.filePath(QStringLiteral("../../resources/sample/") + name),
        exeDir.filePath(QStringLiteral("../resources/sample/") + name),
        exeDir.filePath(QStringLiteral("../share/cityweave/sample/") + name),
        QStringLiteral(CW_INSTALL_SAMPLE_DIR "/") + name,
    };
    for (const QString& path : candidates)
        if (QFileInfo::exists(path))
            return QFileInfo(path).absoluteFilePath();
    return {};
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CityWeave"));
    QApplication::setApplicationName(QStringLiteral("CityWeave"));
    QApplication::setApplicationVersion(QStringLiteral(CITYWEAVE_VERSION_STRING));

    QSettings settings;
    const QString language = cw::app::installTranslations(
        app, settings.value(cw::widgets::SettingsDialog::LanguageKey).toString());
    // Prefer a CJK font for the whole interface, so Hangul names never show as boxes.
    QApplication::setFont(cw::render::LabelPainter::mapFont(QApplication::font().pointSizeF()));

    cw::desktop::ProjectDocument document(language);
    cw::desktop::MainWindow window(document, settings);
    const QStringList args = QApplication::arguments().mid(1);
    const QString path = args.isEmpty() ? findSampleProject() : args.first();
    window.show();
    if (!path.isEmpty())
        window.fileActions().openPath(path);
    else
        document.newProject();
    return app.exec();
}
