// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/result_value_text.h"

#include "cityweave/analysis/pilot_ranking.h"
#include "common/parameter_text.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace cw::app {
namespace {
using analysis::ColumnKind;

// "2.500" -> "2.5", "3.000" -> "3": trailing zeros say nothing.
QString trimmed(QString text, const QLocale& locale) {
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

ResultValueText::ResultValueText(const QString& language, QHash<QString, QString> projectNames,
                                 ParameterText::Translator choices,
                                 const analysis::AnalysisDescriptor* analysis)
    : m_language(language),
      // Grouping separators in both languages; the C locale would omit them.
      m_locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English),
      m_projectNames(std::move(projectNames)), m_choices(std::move(choices)), m_analysis(analysis) {
}

analysis::ColumnKind ResultValueText::kind(const data::Field& column) const {
    return analysis::describeColumn(column.name, column.type, m_analysis).kind;
}

QString ResultValueText::title(const data::Field& column) const {
    const QString key = QString::fromStdString(column.name);
    if (m_projectNames.contains(key)) // the overlap matrix has a column per project
        return m_projectNames.value(key);
    const auto info = analysis::describeColumn(column.name, column.type, m_analysis);
    return QString::fromStdString(info.title.in(m_language.toStdString()));
}

QString ResultValueText::number(const data::AttributeValue& value, ColumnKind kind,
                                const QLocale& locale) {
    double d = 0;
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        if (kind == ColumnKind::Identifier)
            return QString::number(*i); // an id: 11110, never "11,110"
        d = double(*i);
    } else if (const auto* r = std::get_if<double>(&value)) {
        d = *r;
    } else {
        return QString::fromStdString(data::toDisplayString(value));
    }
    if (!std::isfinite(d))
        return QString::fromStdString(data::toDisplayString(value));
    switch (kind) {
    case ColumnKind::Share:
        return locale.toString(d * 100.0, 'f', 1) + QLatin1Char('%');
    case ColumnKind::Percent:
        return locale.toString(d, 'f', 1) + QLatin1Char('%');
    case ColumnKind::Area:
    case ColumnKind::Length:
        return locale.toString(d, 'f', std::abs(d) < 10 ? 1 : 0);
    case ColumnKind::Hectares:
        return locale.toString(d, 'f', 2);
    case ColumnKind::Count:
        return locale.toString(qlonglong(std::llround(d)));
    case ColumnKind::Score:
        return trimmed(locale.toString(d, 'f', 2), locale);
    case ColumnKind::Flag:
        return d != 0 ? tr("Yes") : tr("No");
    case ColumnKind::Identifier:
        return QString::fromStdString(data::toDisplayString(value));
    default:
        return trimmed(locale.toString(d, 'f', 3), locale);
    }
}

QString ResultValueText::value(const data::AttributeValue& value, const data::Field& column) const {
    const auto columnKind = kind(column);
    const auto* text = std::get_if<std::string>(&value);
    if (!text)
        return number(value, columnKind, m_locale);
    switch (columnKind) {
    case ColumnKind::Project:
        return projectName(QString::fromStdString(*text));
    case ColumnKind::Projects: {
        static const QRegularExpression separator(QStringLiteral("\\s*[;,]\\s*"));
        QStringList names;
        for (const QString& id : QString::fromStdString(*text).split(separator, Qt::SkipEmptyParts))
            names << projectName(id);
        return names.join(QStringLiteral(", "));
    }
    case ColumnKind::Sector:
        return ParameterText::sectorCodes(*text);
    case ColumnKind::Code:
        if (const auto* criterion = analysis::pilotCriterionName(*text))
            return QString::fromStdString(criterion->in(m_language.toStdString()));
        return ParameterText::choice(*text, m_choices);
    default:
        return QString::fromStdString(*text);
    }
}

QString ResultValueText::projectName(const QString& id) const {
    return m_projectNames.value(id, id);
}

} // namespace cw::app
