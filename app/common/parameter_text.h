// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/parameter.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <string>

namespace cw::app {

/// Labels of the values analyses take and produce, in the user's language: the choices of
/// choice parameters ("minmax" → "최소-최대") and the sector codes in result tables
/// ("energy" → "에너지"). A value nobody translated is shown as it is.
class ParameterText {
    Q_DECLARE_TR_FUNCTIONS(ParameterText)

public:
    /// Translates a source text (a QT_TRANSLATE_NOOP("ParameterText", ...) string); empty:
    /// the interface's language. A report passes its own, in the report's language.
    using Translator = std::function<QString(const char* source)>;

    static QString choice(const std::string& value, const Translator& tr = {});
    /// A parameter's value as the methods of a result show it: choices by label, flags as
    /// yes/no, numbers with their unit, an empty layer or field as "none"/"automatic".
    static QString value(const analysis::ParameterSpec& spec, const std::string& value,
                         const Translator& tr = {});
    /// A sector code ("energy") or a list of them ("energy;safety"); other text unchanged.
    static QString sectorCodes(const std::string& value);
};

} // namespace cw::app
