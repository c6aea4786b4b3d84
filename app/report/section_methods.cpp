// SPDX-License-Identifier: GPL-3.0-or-later
// Methods: each analysis that produced the figures, with its parameters by name and value in
// the report's language, when it ran, its warnings once; then what the report leaves out.
#include "common/parameter_text.h"
#include "common/warning_text.h"
#include "report/sections.h"
#include "report/table_painter.h"

namespace cw::report {
namespace {

void writeOne(ReportContext& ctx, const analysis::AnalysisResult& r) {
    ctx.pages.heading(ctx.data.analysisName(r.analysisId, ctx.text.language()), 2);
    const analysis::Analysis* analysis =
        ctx.data.registry ? ctx.data.registry->find(r.analysisId) : nullptr;
    if (analysis)
        ctx.pages.paragraph(ctx.text.pick(analysis->descriptor().description.ko,
                                          analysis->descriptor().description.en),
                            9);
    TableBlock t;
    t.fontPoints = 8;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Item")), 1.4},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Value")), 2.6}};
    t.rows.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "Analysis")),
                      QString::fromStdString(r.analysisId)}); // as cityweave-cli names it
    t.rows.push_back(
        {ctx.t(QT_TRANSLATE_NOOP("Report", "Run at (UTC)")), QString::fromStdString(r.computedAt)});
    t.rows.push_back(
        {ctx.t(QT_TRANSLATE_NOOP("Report", "CRS")), QString::fromStdString(r.crs.storageString())});
    const auto parameterText = [&](const char* source) {
        return ctx.text.translate("ParameterText", source);
    };
    // In the analysis' own order, by name; a key the analysis no longer has stays as a key.
    std::vector<std::string> shown;
    if (analysis)
        for (const auto& spec : analysis->descriptor().parameters) {
            const auto it = r.parameters.find(spec.key);
            if (it == r.parameters.end())
                continue;
            t.rows.push_back({ctx.text.pick(spec.name.ko, spec.name.en),
                              app::ParameterText::value(spec, it->second, parameterText)});
            shown.push_back(spec.key);
        }
    for (const auto& [key, value] : r.parameters)
        if (std::find(shown.begin(), shown.end(), key) == shown.end())
            t.rows.push_back({QString::fromStdString(key), QString::fromStdString(value)});
    TablePainter::draw(ctx.pages, t);
    const QStringList warnings = app::WarningText::translateAll(
        r.warnings, [&](const char* source) { return ctx.text.translate("WarningText", source); },
        app::WarningText::namesIn(ctx.data.project, ctx.text.language()));
    for (const QString& w : warnings)
        ctx.pages.paragraph(QStringLiteral("⚠ ") + w, 8.5, true);
}

} // namespace

void writeMethods(ReportContext& ctx) {
    ctx.pages.newPage();
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Methods")));
    if (ctx.data.results.empty())
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP(
                                "Report", "No analysis has been run for this report, so no figures "
                                          "in it come from an analysis.")),
                            9.5, true);
    for (const auto& r : ctx.data.results)
        writeOne(ctx, r);
    if (ctx.omitted().empty())
        return;
    QStringList names;
    for (const std::string& id : ctx.omitted())
        names << ctx.data.analysisName(id, ctx.text.language());
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Not in this report")), 2);
    ctx.pages.paragraph(
        ctx.t(QT_TRANSLATE_NOOP("Report", "The sections of these analyses are left out because "
                                          "they have not been run: %1. Run them in the Analysis "
                                          "panel, or export the report with the analyses run "
                                          "(cityweave-cli report --run-analyses)."))
            .arg(names.join(QStringLiteral(", "))),
        9.5);
}

} // namespace cw::report
