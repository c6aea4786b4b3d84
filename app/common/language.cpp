// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace cw::app {

QString installTranslations(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                               : QStringLiteral("en");
    static QTranslator* installed = nullptr;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
        installed = nullptr;
    }
    // Compiled .qm files: next to the executable (build tree, Windows), then the install prefix.
    const QStringList dirs{
        QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
        QStringLiteral(CW_BUILD_TRANSLATIONS_DIR), QStringLiteral(CW_INSTALL_TRANSLATIONS_DIR)};
    auto* translator = new QTranslator(&app);
    for (const QString& dir : dirs) {
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
