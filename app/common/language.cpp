// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include "common/plugin_setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cw::app {

QStringList translationFolders() {
    if (runsFromBuildTree())
        return {QStringLiteral(CW_BUILD_TRANSLATIONS_DIR)};
    const QString exe = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(exe + QStringLiteral("/../share/cityweave/translations")),
            QDir::cleanPath(exe + QStringLiteral("/../translations")),
            exe + QStringLiteral("/translations")};
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                               : QStringLiteral("en");
    static QTranslator* installed = nullptr;
    static QTranslator* qtOwn = nullptr;
    for (QTranslator** t : {&installed, &qtOwn})
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    // Qt's own strings (OK, Cancel, Save, the file dialog) from qtbase_ko.qm: beside the
    // executable in a relocatable install, else where Qt keeps them (qt6-translations-l10n).
    auto* qt = new QTranslator(&app);
    for (const QString& dir :
         {QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
          QLibraryInfo::path(QLibraryInfo::TranslationsPath)})
        if (qt->load(QStringLiteral("qtbase_") + lang, dir)) {
            QCoreApplication::installTranslator(qt);
            qtOwn = qt;
            break;
        }
    if (!qtOwn)
        delete qt;
    auto* translator = new QTranslator(&app);
    for (const QString& dir : translationFolders()) {
        if (translator->load(QStringLiteral("cityweave_") + lang, dir)) {
            QCoreApplication::installTranslator(translator);
            installed = translator;
            return lang;
        }
    }
    delete translator;
    return lang;
}

} // namespace cw::app
