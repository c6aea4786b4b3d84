// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_template.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cw::report {

const char* sectionKey(Section section) {
    switch (section) {
    case Section::Cover:
        return "cover";
    case Section::OverviewMap:
        return "overview_map";
    case Section::Registry:
        return "registry";
    case Section::Planning:
        return "planning";
    case Section::OverlapMatrix:
        return "overlap_matrix";
    case Section::Zones:
        return "zones";
    case Section::Rollup:
        return "rollup";
    case Section::OtherAnalyses:
        return "other_analyses";
    case Section::Charts:
        return "charts";
    case Section::Methods:
        return "methods";
    }
    return "";
}

QPageSize pageSizeOf(Paper paper) {
    return QPageSize(paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4);
}

QPageLayout::Orientation orientationOf(bool landscape) {
    return landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QPageSize ReportTemplate::pageSize() const {
    return pageSizeOf(paper);
}

QPageLayout::Orientation ReportTemplate::orientation() const {
    return orientationOf(landscape);
}

QByteArray ReportTemplate::toJson() const {
    QJsonObject sectionsJson;
    for (Section s : kAllSections)
        sectionsJson.insert(QString::fromLatin1(sectionKey(s)), has(s));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("cityweave-report-template")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("logo"), logoPath},
        {QStringLiteral("paper"), paper == Paper::A3 ? QStringLiteral("A3") : QStringLiteral("A4")},
        {QStringLiteral("landscape"), landscape},
        {QStringLiteral("language"), language},
        {QStringLiteral("max_zone_pages"), maxZonePages},
        {QStringLiteral("sections"), sectionsJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReportTemplate::fromJson(const QByteArray& json, ReportTemplate& out) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    ReportTemplate t;
    t.name = root.value(QStringLiteral("name")).toString(t.name);
    t.title = root.value(QStringLiteral("title")).toString();
    t.organisation = root.value(QStringLiteral("organisation")).toString();
    t.logoPath = root.value(QStringLiteral("logo")).toString();
    t.paper = root.value(QStringLiteral("paper")).toString() == QStringLiteral("A3") ? Paper::A3
                                                                                     : Paper::A4;
    t.landscape = root.value(QStringLiteral("landscape")).toBool(false);
    const QString lang = root.value(QStringLiteral("language")).toString(t.language);
    t.language = lang == QStringLiteral("ko") ? lang : QStringLiteral("en");
    t.maxZonePages = root.value(QStringLiteral("max_zone_pages")).toInt(t.maxZonePages);
    const QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    for (Section s : kAllSections)
        t.set(s, sections.value(QString::fromLatin1(sectionKey(s))).toBool(true));
    out = t;
    return true;
}

} // namespace cw::report
