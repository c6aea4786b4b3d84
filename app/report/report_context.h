// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "report/page_stream.h"
#include "report/report_data.h"
#include "report/report_template.h"
#include "report/report_text.h"

#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace cw::report {

/// What every section writer gets: where to paint, what to paint from, in which language.
struct ReportContext {
    PageStream& pages;
    const ReportData& data;
    const ReportTemplate& tmpl;
    const ReportText& text;
    CancelToken cancel;

    QString t(const char* source) const { return text.t(source); }
    QString sectorName(project::Sector sector) const;
    QString sectorNameFromKey(const std::string& key) const;
    /// The project's name in the report language, or `id` when it is not in the plan.
    QString projectName(const std::string& id) const;
    /// Notes that a section is left out because its analysis has not been run (or not kept):
    /// the report has no placeholder page; the methods say what is missing and how to add it.
    void noResults(const std::string& analysisId) const;
    /// The analyses whose sections were left out, in the order met.
    std::vector<std::string>& omitted() const { return *m_omitted; }

    std::shared_ptr<std::vector<std::string>> m_omitted =
        std::make_shared<std::vector<std::string>>();
};

/// "12,345.6": grouped digits, as planners read area figures.
QString formatNumber(double value, int decimals);
/// m² to hectares with one decimal, ungrouped ("123.4"), as the tables print them.
QString hectares(double squareMetres);
/// A number from a result cell (integer or real); 0 for text and null.
double cellNumber(const data::AttributeValue& value);
QString cellText(const data::AttributeValue& value);

} // namespace cw::report
