// SPDX-License-Identifier: GPL-3.0-or-later
// Charts: projects per sector and per stage (from the plan), overlap area per pair (analysis).
#include "cityweave/project/sector.h"
#include "report/bar_chart.h"
#include "report/sections.h"

#include <map>

namespace cw::report {

std::vector<std::pair<QString, double>> overlapAreaPerPair(const ReportContext& ctx);

namespace {
constexpr std::size_t kMaxPairs = 15;

void chart(ReportContext& ctx, const QString& title, const std::vector<Bar>& bars, int decimals) {
    ctx.pages.heading(title, 2);
    const double h = BarChart::height(bars.size());
    ctx.pages.ensureSpace(h);
    const QRectF content = ctx.pages.content();
    BarChart::draw(ctx.pages.painter(), QRectF(content.left(), ctx.pages.y(), content.width(), h),
                   bars, decimals);
    ctx.pages.advance(h + 8);
}

} // namespace

void writeCharts(ReportContext& ctx) {
    ctx.pages.newPage();
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Charts")));
    std::map<project::Sector, int> perSector;
    std::map<int, int> perStage;
    for (const auto& info : ctx.data.project.projects) {
        ++perSector[info.sector];
        ++perStage[info.stage];
    }
    std::vector<Bar> sectors;
    for (const auto& [sector, count] : perSector) {
        const style::Rgba c = project::sectorColor(sector);
        sectors.push_back({ctx.sectorName(sector), double(count), QColor(c.r, c.g, c.b)});
    }
    chart(ctx, ctx.t(QT_TRANSLATE_NOOP("Report", "Projects per sector")), sectors, 0);
    std::vector<Bar> stages;
    for (const auto& [stage, count] : perStage)
        stages.push_back(
            {ctx.t(QT_TRANSLATE_NOOP("Report", "Stage %1")).arg(stage), double(count)});
    chart(ctx, ctx.t(QT_TRANSLATE_NOOP("Report", "Projects per stage")), stages, 0);

    const QString pairTitle = ctx.t(QT_TRANSLATE_NOOP("Report", "Overlap area per pair (ha)"));
    if (!ctx.data.table("overlap_matrix")) {
        ctx.noResults("overlap-matrix"); // the methods say it is missing
        return;
    }
    std::vector<Bar> pairs;
    for (const auto& [label, ha] : overlapAreaPerPair(ctx))
        if (pairs.size() < kMaxPairs)
            pairs.push_back({label, ha, QColor(230, 120, 40)});
    chart(ctx, pairTitle, pairs, 1);
}

} // namespace cw::report
