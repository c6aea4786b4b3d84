// SPDX-License-Identifier: GPL-3.0-or-later
// Methods: each analysis that produced the figures, with its parameters and when it ran.
#include "report/sections.h"
#include "report/table_painter.h"

namespace cw::report {

void writeMethods(ReportContext& ctx) {
    ctx.pages.newPage();
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Methods")));
    if (ctx.data.results.empty()) {
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP(
                                "Report", "No analysis has been run for this report, so no figures "
                                          "in it come from an analysis.")),
                            9.5, true);
        return;
    }
    for (const auto& r : ctx.data.results) {
        ctx.pages.heading(ctx.data.analysisName(r.analysisId, ctx.text.language()), 2);
        QString description;
        if (ctx.data.registry)
            if (const auto* a = ctx.data.registry->find(r.analysisId))
                description =
                    ctx.text.pick(a->descriptor().description.ko, a->descriptor().description.en);
        if (!description.isEmpty())
            ctx.pages.paragraph(description, 9);
        TableBlock t;
        t.fontPoints = 8;
        t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Item")), 1.2},
                     {ctx.t(QT_TRANSLATE_NOOP("Report", "Value")), 2.8}};
        t.rows.push_back(
            {ctx.t(QT_TRANSLATE_NOOP("Report", "Analysis")), QString::fromStdString(r.analysisId)});
        t.rows.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "Run at (UTC)")),
                          QString::fromStdString(r.computedAt)});
        t.rows.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "CRS")),
                          QString::fromStdString(r.crs.storageString())});
        for (const auto& [key, value] : r.parameters)
            t.rows.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "Parameter %1"))
                                  .arg(QString::fromStdString(key)),
                              QString::fromStdString(value)});
        for (const auto& w : r.warnings)
            t.rows.push_back(
                {ctx.t(QT_TRANSLATE_NOOP("Report", "Warning")), QString::fromStdString(w)});
        TablePainter::draw(ctx.pages, t);
    }
}

} // namespace cw::report
