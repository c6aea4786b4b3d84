// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>
#include <memory>

namespace cw::report {

/// The report's own strings in the report's language, whatever the UI's: a translator loaded
/// for this report only, consulted for the "Report" context. Sources are marked with
/// QT_TRANSLATE_NOOP("Report", ...) so lupdate collects them.
class ReportText {
public:
    explicit ReportText(const QString& language);
    const QString& language() const { return m_language; }
    /// The translation of `source` (a QT_TRANSLATE_NOOP("Report", ...) string), or `source`.
    QString t(const char* source, int n = -1) const;
    /// The translation of `source` in another context (the labels the app shares with the
    /// report: "ParameterText", "WarningText"), in the report's language.
    QString translate(const char* context, const char* source) const;
    /// Picks the Korean or English form of a bilingual text from the project or a descriptor.
    QString pick(const std::string& ko, const std::string& en) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace cw::report
