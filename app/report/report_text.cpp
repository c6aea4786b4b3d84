// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_text.h"

#include "common/language.h"

#include <QCoreApplication>

namespace cw::report {

ReportText::ReportText(const QString& language)
    : m_language(language == QStringLiteral("ko") ? language : QStringLiteral("en")) {
    if (m_language == QStringLiteral("en"))
        return; // sources are English
    m_translator = std::make_unique<QTranslator>();
    for (const QString& dir : app::translationFolders())
        if (m_translator->load(QStringLiteral("cityweave_") + m_language, dir))
            return;
    m_translator.reset();
}

QString ReportText::t(const char* source, int n) const {
    if (m_translator) {
        const QString t = m_translator->translate("Report", source, nullptr, n);
        if (!t.isEmpty())
            return t;
    }
    QString s = QString::fromUtf8(source);
    if (n >= 0)
        s.replace(QStringLiteral("%n"), QString::number(n));
    return s;
}

QString ReportText::translate(const char* context, const char* source) const {
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString ReportText::pick(const std::string& ko, const std::string& en) const {
    const std::string& chosen =
        m_language == QStringLiteral("ko") ? (ko.empty() ? en : ko) : (en.empty() ? ko : en);
    return QString::fromStdString(chosen);
}

} // namespace cw::report
