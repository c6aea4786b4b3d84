// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cw::app {

/// Where CityWeave's .qm files are, first found first: the build folder's when run from it,
/// else relative to the executable (<prefix>/share/cityweave/translations beside <prefix>/bin,
/// or a translations folder next to it on Windows), so that an installed or moved copy finds
/// its own, never the build tree's.
QStringList translationFolders();

/// Installs the translator for `language` ("ko", "en"; empty: the system locale, Korean
/// for Korean locales and English otherwise). Returns the language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace cw::app
