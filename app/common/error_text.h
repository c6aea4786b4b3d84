// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <QCoreApplication>
#include <QString>
#include <string>

namespace cw::app {

/// Turns a core error into a sentence in the user's language, with GDAL's detail appended.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const Error& error);

private:
    static QString nothingToAnalyse(const std::string& what);
    static QString geometryFamilyText(const QString& family);
};

} // namespace cw::app
