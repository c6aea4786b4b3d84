// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop application: settings, language, font, document, window.
#include "cityweave/crs/geodata_location.h"
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
#include <QCommandLineParser>
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
    // A relocatable install (Windows) carries proj.db and GDAL's data beside the program.
    cw::crs::useGeodataBesideExecutable(QCoreApplication::applicationDirPath().toStdString());

    QSettings settings;
    // The language first: --help is answered in it.
    QString wanted = settings.value(cw::widgets::SettingsDialog::LanguageKey).toString();
    const QStringList raw = QApplication::arguments();
    if (const auto i = raw.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < raw.size())
        wanted = raw.at(i + 1);
    const QString language = cw::app::installTranslations(app, wanted);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "CityWeave: a desktop GIS for integrating Seoul's smart-city projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Interface language for this run."),
                      QStringLiteral("ko|en")});
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "A project file (.cwproject.gpkg) to open."),
        QStringLiteral("[project]"));
    parser.process(app); // --help and --version print and exit; an unknown option says so

    // Hangul from a CJK font, Latin letters and digits from the interface's own font: a CJK
    // font's Latin punctuation made "62.5" read as "62,5" at interface sizes.
    QFont interfaceFont = QApplication::font();
    const QFont cjk = cw::render::LabelPainter::mapFont(interfaceFont.pointSizeF());
    if (cjk.family() != interfaceFont.family())
        interfaceFont.setFamilies({interfaceFont.family(), cjk.family()});
    QApplication::setFont(interfaceFont);

    // Declared before the window: plugin code stays loaded until the analyses it registered
    // (owned by the window) are gone.
    cw::plugin::PluginManager plugins(cw::app::pluginStateFolder().toStdString());
    cw::desktop::ProjectDocument document(language);
    cw::desktop::MainWindow window(document, settings, &plugins);
    const QStringList args = parser.positionalArguments();
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
