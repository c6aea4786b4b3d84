// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_context.h"

#include <QLocale>
#include <QtGlobal>
#include <algorithm>

namespace cw::report {

QString ReportContext::sectorName(project::Sector sector) const {
    switch (sector) {
    case project::Sector::Transport:
        return t(QT_TRANSLATE_NOOP("Report", "Transport"));
    case project::Sector::Safety:
        return t(QT_TRANSLATE_NOOP("Report", "Safety"));
    case project::Sector::Energy:
        return t(QT_TRANSLATE_NOOP("Report", "Energy"));
    case project::Sector::IndustrySpace:
        return t(QT_TRANSLATE_NOOP("Report", "Industry and space"));
    default:
        return t(QT_TRANSLATE_NOOP("Report", "Unassigned"));
    }
}

QString ReportContext::sectorNameFromKey(const std::string& key) const {
    const auto sector = project::sectorFromKey(key);
    return sector ? sectorName(*sector) : QString::fromStdString(key);
}

QString ReportContext::projectName(const std::string& id) const {
    if (const auto* info = data.project.findProject(id))
        return text.pick(info->name.ko, info->name.en);
    return QString::fromStdString(id);
}

void ReportContext::noResults(const std::string& analysisId) const {
    if (std::find(m_omitted->begin(), m_omitted->end(), analysisId) == m_omitted->end())
        m_omitted->push_back(analysisId);
}

QString formatNumber(double value, int decimals) {
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString hectares(double squareMetres) {
    return QString::number(squareMetres / 10000.0, 'f', 1);
}

double cellNumber(const data::AttributeValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return double(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    return 0;
}

QString cellText(const data::AttributeValue& value) {
    return QString::fromStdString(data::toDisplayString(value));
}

} // namespace cw::report
