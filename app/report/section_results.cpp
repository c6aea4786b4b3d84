// SPDX-License-Identifier: GPL-3.0-or-later
// Every other analysis that ran (coverage gaps, pilot ranking, proximity links, plugins): its
// headline figures and the first rows of its tables, titled and formatted by the column
// catalogue in the report's language, so that no analysis run for the report goes unreported.
#include "common/result_value_text.h"
#include "report/sections.h"
#include "report/table_painter.h"

#include <algorithm>

namespace cw::report {
namespace {

constexpr std::size_t kMaxRows = 15;
constexpr std::size_t kMaxColumns = 7;
// The analyses with sections of their own.
constexpr const char* kOwnSections[] = {"overlap-matrix", "integration-zones", "district-rollup"};

void writeSummary(ReportContext& ctx, const analysis::AnalysisResult& r,
                  const app::ResultValueText& text) {
    if (r.summary.empty())
        return;
    TableBlock t;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Figure")), 2.6},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Value")), 1.4, Qt::AlignRight}};
    for (const auto& [key, value] : r.summary) {
        const data::Field figure{key, data::FieldType::Real};
        t.rows.push_back({text.title(figure), text.value(value, figure)});
    }
    TablePainter::draw(ctx.pages, t);
}

void writeRows(ReportContext& ctx, const QString& caption, const std::vector<data::Field>& columns,
               const std::vector<data::AttributeRow>& rows, const app::ResultValueText& text) {
    if (rows.empty() || columns.empty())
        return;
    ctx.pages.heading(caption, 2);
    const std::size_t shown = std::min(columns.size(), kMaxColumns);
    TableBlock t;
    t.fontPoints = 7.5;
    for (std::size_t c = 0; c < shown; ++c) {
        const bool number = columns[c].type != data::FieldType::String;
        t.columns.push_back(
            {text.title(columns[c]), number ? 1.0 : 1.6, number ? Qt::AlignRight : Qt::AlignLeft});
    }
    for (std::size_t r = 0; r < rows.size() && r < kMaxRows; ++r) {
        QStringList cells;
        for (std::size_t c = 0; c < shown; ++c)
            cells << (c < rows[r].size() ? text.value(rows[r][c], columns[c]) : QString());
        t.rows.push_back(cells);
    }
    TablePainter::draw(ctx.pages, t);
    if (rows.size() > kMaxRows || columns.size() > kMaxColumns)
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "The first %1 of %2 rows and %3 of "
                                                              "%4 columns; the spreadsheet export "
                                                              "has them all."))
                                .arg(std::min(rows.size(), kMaxRows))
                                .arg(rows.size())
                                .arg(shown)
                                .arg(columns.size()),
                            8, true);
}

} // namespace

void writeOtherAnalyses(ReportContext& ctx) {
    QHash<QString, QString> names;
    for (const auto& p : ctx.data.project.projects)
        names.insert(QString::fromStdString(p.id), ctx.text.pick(p.name.ko, p.name.en));
    const auto choices = [&](const char* source) {
        return ctx.text.translate("ParameterText", source);
    };
    bool first = true;
    for (const auto& r : ctx.data.results) {
        if (std::find_if(std::begin(kOwnSections), std::end(kOwnSections), [&](const char* id) {
                return r.analysisId == id;
            }) != std::end(kOwnSections))
            continue;
        if (first)
            ctx.pages.newPage(); // then the analyses follow one another without empty pages
        first = false;
        ctx.pages.heading(ctx.data.analysisName(r.analysisId, ctx.text.language()));
        const analysis::Analysis* analysis =
            ctx.data.registry ? ctx.data.registry->find(r.analysisId) : nullptr;
        const app::ResultValueText text(ctx.text.language(), names, choices,
                                        analysis ? &analysis->descriptor() : nullptr);
        writeSummary(ctx, r, text);
        const auto outputName = [&](const std::string& key) {
            if (analysis)
                for (const auto& o : analysis->descriptor().outputs)
                    if (o.key == key)
                        return ctx.text.pick(o.name.ko, o.name.en);
            return QString::fromStdString(key);
        };
        for (const auto& table : r.tables)
            writeRows(ctx, outputName(table.key), table.columns, table.rows, text);
        // Layers hold the per-zone or per-unit figures when an analysis has no table of them.
        if (r.tables.empty())
            for (const auto& layer : r.layers)
                writeRows(ctx, outputName(layer.key), layer.columns, layer.rows, text);
    }
}

} // namespace cw::report
