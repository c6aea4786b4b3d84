// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace cw::app {

/// Installs the translator for `language` ("ko", "en"; empty: the system locale, Korean
/// for Korean locales and English otherwise). Returns the language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace cw::app
