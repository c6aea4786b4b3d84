// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"
#include "cityweave/analysis/column_catalogue.h"
#include "cityweave/data/attribute.h"
#include "common/parameter_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>

namespace cw::app {

/// Result tables as a person reads them, one rule per column kind (analysis::describeColumn):
/// titles with units in the user's language, shares as percentages, areas and counts with
/// thousands separators, ids and codes as plain text, project ids by the project's name,
/// sector and choice codes by their translated labels.
class ResultValueText {
    Q_DECLARE_TR_FUNCTIONS(ResultValueText)

public:
    /// `projectNames` maps project ids to display names (missing ids are shown as they are);
    /// `choices` translates choice labels (a report's own language; empty: the interface's).
    /// `analysis` (optional, outliving this) names the columns of its own (a plugin's).
    explicit ResultValueText(const QString& language, QHash<QString, QString> projectNames = {},
                             ParameterText::Translator choices = {},
                             const analysis::AnalysisDescriptor* analysis = nullptr);

    QString title(const data::Field& column) const;
    analysis::ColumnKind kind(const data::Field& column) const;
    QString value(const data::AttributeValue& value, const data::Field& column) const;
    const QLocale& locale() const { return m_locale; }

    /// A number shown as a value of `kind`, in `locale`.
    static QString number(const data::AttributeValue& value, analysis::ColumnKind kind,
                          const QLocale& locale);

private:
    QString projectName(const QString& id) const;

    QString m_language;
    QLocale m_locale;
    QHash<QString, QString> m_projectNames;
    ParameterText::Translator m_choices;
    const analysis::AnalysisDescriptor* m_analysis;
};

} // namespace cw::app
