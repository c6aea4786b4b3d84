// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop application: settings, language, font, document, window.
#include "cityweave/plugin/plugin_manager.h"
#include "cityweave/version.h"
#include "common/language.h"
#include "common/plugin_setup.h"
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
    // "--lang ko|en" overrides the language setting for this run (screenshots, support).
    QStringList args = QApplication::arguments().mid(1);
    QString wanted = settings.value(cw::widgets::SettingsDialog::LanguageKey).toString();
    if (const auto i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        wanted = args.at(i + 1);
        args.remove(i, 2);
    }
    const QString language = cw::app::installTranslations(app, wanted);
    // Prefer a CJK font for the whole interface, so Hangul names never show as boxes.
    QApplication::setFont(cw::render::LabelPainter::mapFont(QApplication::font().pointSizeF()));

    // Declared before the window: plugin code stays loaded until the analyses it registered
    // (owned by the window) are gone.
    cw::plugin::PluginManager plugins(cw::app::pluginStateFolder().toStdString());
    cw::desktop::ProjectDocument document(language);
    cw::desktop::MainWindow window(document, settings, &plugins);
    const QString path = args.isEmpty() ? findSampleProject() : args.first();
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.showPluginNotices(); });
    if (!path.isEmpty())
        window.fileActions().openPath(path);
    else
        document.newProject();
    QTimer::singleShot(0, &window, [&window] { window.fileActions().offerUntitledRecovery(); });
    return app.exec();
}
