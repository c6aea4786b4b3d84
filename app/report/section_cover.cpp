// SPDX-License-Identifier: GPL-3.0-or-later
// The cover: title, organisation, date, project file, CRSs, and the data sources with provenance.
#include "report/report_fonts.h"
#include "report/sections.h"
#include "report/table_painter.h"

#include <QDate>
#include <QFileInfo>
#include <QImageReader>

namespace cw::report {
namespace {

QString provenanceText(const project::Provenance& p) {
    QStringList parts;
    for (const std::string* s : {&p.source, &p.owner, &p.date, &p.licence})
        if (!s->empty())
            parts << QString::fromStdString(*s);
    return parts.join(QStringLiteral(" · "));
}

void drawTitleBlock(ReportContext& ctx) {
    PageStream& pages = ctx.pages;
    QPainter& p = pages.painter();
    const QRectF area = pages.content();
    pages.ensureSpace(area.height() * 0.3);
    double y = area.top() + 30;
    if (!ctx.tmpl.logoPath.isEmpty()) {
        QImageReader reader(ctx.tmpl.logoPath);
        const QImage logo = reader.read();
        if (!logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(160, 60), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(area.left(), y), size), logo);
            y += size.height() + 20;
        }
    }
    const QString title = ctx.tmpl.title.isEmpty()
                              ? ctx.text.pick(ctx.data.project.title.ko, ctx.data.project.title.en)
                              : ctx.tmpl.title;
    p.setPen(QColor(20, 60, 110));
    p.setFont(ReportFonts::font(26, true));
    const QRectF titleRect =
        p.boundingRect(QRectF(area.left(), y, area.width(), 200), Qt::TextWordWrap, title);
    p.drawText(titleRect, Qt::TextWordWrap, title);
    y = titleRect.bottom() + 10;
    p.setFont(ReportFonts::font(13));
    p.setPen(QColor(60, 60, 60));
    p.drawText(QRectF(area.left(), y, area.width(), 20), Qt::AlignLeft,
               ctx.t(QT_TRANSLATE_NOOP("Report", "Spatial integration report")));
    y += 24;
    if (!ctx.tmpl.organisation.isEmpty()) {
        p.setFont(ReportFonts::font(12, true));
        p.drawText(QRectF(area.left(), y, area.width(), 20), Qt::AlignLeft, ctx.tmpl.organisation);
        y += 22;
    }
    pages.advance(y - pages.y() + 20);
}

QString analysisCrsText(const ReportContext& ctx) {
    QStringList crs;
    for (const auto& r : ctx.data.results)
        if (!crs.contains(QString::fromStdString(r.crs.storageString())))
            crs << QString::fromStdString(r.crs.storageString());
    if (crs.isEmpty())
        return ctx.t(QT_TRANSLATE_NOOP("Report", "none (no analysis results)"));
    return crs.join(QStringLiteral(", "));
}

} // namespace

void writeCover(ReportContext& ctx) {
    drawTitleBlock(ctx);
    const QString resultsText =
        ctx.data.resultsOrigin == ResultsOrigin::File ? QFileInfo(ctx.data.resultsPath).fileName()
        : ctx.data.resultsOrigin == ResultsOrigin::RunNow
            ? ctx.t(QT_TRANSLATE_NOOP("Report", "computed while writing this report"))
        : ctx.data.resultsOrigin == ResultsOrigin::InMemory
            ? ctx.t(QT_TRANSLATE_NOOP("Report", "the latest runs in the open session"))
            : ctx.t(QT_TRANSLATE_NOOP("Report", "none"));
    TableBlock facts;
    facts.fontPoints = 9;
    facts.columns = {{QString(), 1}, {QString(), 2.6}};
    facts.rows = {
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Date")), QDate::currentDate().toString(Qt::ISODate)},
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Project file")),
         QFileInfo(ctx.data.projectPath).fileName()},
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Map CRS")),
         QString::fromStdString(ctx.data.mapCrs.storageString())},
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Analysis CRS")), analysisCrsText(ctx)},
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Analysis results")), resultsText},
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Projects")),
         QString::number(ctx.data.project.projects.size())},
    };
    const std::string& note = ctx.text.language() == QStringLiteral("ko")
                                  ? ctx.data.project.note.ko
                                  : ctx.data.project.note.en;
    TablePainter::draw(ctx.pages, facts);
    if (!note.empty())
        ctx.pages.paragraph(QString::fromStdString(note), 9, true);

    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Data sources")), 2);
    TableBlock sources;
    sources.fontPoints = 7.5;
    sources.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Layer")), 1.3},
                       {ctx.t(QT_TRANSLATE_NOOP("Report", "Source")), 1.5},
                       {ctx.t(QT_TRANSLATE_NOOP("Report", "Provenance")), 2}};
    for (const auto& layer : ctx.data.project.layers) {
        const QString source = layer.source.empty()
                                   ? ctx.t(QT_TRANSLATE_NOOP("Report", "inside the project file"))
                                   : QString::fromStdString(layer.source);
        QString provenance = provenanceText(layer.provenance);
        if (!layer.origin.pluginId.empty())
            provenance += (provenance.isEmpty() ? QString() : QStringLiteral(" · ")) +
                          ctx.t(QT_TRANSLATE_NOOP("Report", "plugin %1 %2"))
                              .arg(QString::fromStdString(layer.origin.pluginId),
                                   QString::fromStdString(layer.origin.pluginVersion));
        if (provenance.isEmpty())
            provenance = ctx.t(QT_TRANSLATE_NOOP("Report", "not recorded"));
        sources.rows.push_back({ctx.text.pick(layer.name.ko, layer.name.en), source, provenance});
    }
    TablePainter::draw(ctx.pages, sources);
}

} // namespace cw::report
