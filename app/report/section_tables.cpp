// SPDX-License-Identifier: GPL-3.0-or-later
// The project registry (from the plan) and the district roll-up (from its analysis).
#include "cityweave/analysis/result_columns.h"
#include "report/sections.h"
#include "report/table_painter.h"

#include <algorithm>

namespace cw::report {

void writeRegistry(ReportContext& ctx) {
    ctx.pages.newPage();
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Project registry")));
    TableBlock t;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Project")), 2.2},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Sector")), 1.1},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Task")), 0.5, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Lead agency")), 2},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Stage")), 0.5, Qt::AlignCenter},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Years")), 0.9, Qt::AlignCenter}};
    for (const auto& info : ctx.data.project.projects) {
        const QString years =
            info.startYear > 0
                ? QStringLiteral("%1-%2")
                      .arg(info.startYear)
                      .arg(info.endYear > 0 ? QString::number(info.endYear) : QString())
                : QString();
        t.rows.push_back({ctx.text.pick(info.name.ko, info.name.en), ctx.sectorName(info.sector),
                          QString::fromStdString(info.task),
                          ctx.text.pick(info.leadAgency.ko, info.leadAgency.en),
                          QString::number(info.stage), years});
    }
    TablePainter::draw(ctx.pages, t);
}

void writeRollup(ReportContext& ctx) {
    const analysis::ResultLayer* zones = ctx.data.resultLayer(analysis::outputs::kRollupZones);
    const int name =
        zones ? analysis::columnIndex(zones->columns, analysis::columns::kZoneName) : -1;
    const int count =
        zones ? analysis::columnIndex(zones->columns, analysis::columns::kProjectCount) : -1;
    if (!zones || name < 0 || count < 0) {
        ctx.noResults("district-rollup");
        return;
    }
    ctx.pages.newPage();
    ctx.pages.heading(ctx.data.analysisName("district-rollup", ctx.text.language()));
    const int area = analysis::columnIndex(zones->columns, analysis::columns::kZoneAreaM2);
    const int projects = analysis::columnIndex(zones->columns, analysis::columns::kProjects);
    const int covered = analysis::columnIndex(zones->columns, analysis::columns::kCoveredShare);
    // Zones without projects say nothing to a committee; the busiest come first.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < zones->rows.size(); ++i)
        if (cellNumber(zones->rows[i][std::size_t(count)]) > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return cellNumber(zones->rows[a][std::size_t(count)]) >
               cellNumber(zones->rows[b][std::size_t(count)]);
    });
    ctx.pages.paragraph(
        ctx.t(QT_TRANSLATE_NOOP("Report", "%1 of %2 zones hold at least one project."))
            .arg(order.size())
            .arg(zones->rows.size()));
    TableBlock t;
    t.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Zone")), 1.4},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Area (ha)")), 0.8, Qt::AlignRight},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Projects")), 0.6, Qt::AlignRight},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Project ids")), 2.4},
                 {ctx.t(QT_TRANSLATE_NOOP("Report", "Covered")), 0.7, Qt::AlignRight}};
    for (std::size_t i : order) {
        const auto& row = zones->rows[i];
        t.rows.push_back({cellText(row[std::size_t(name)]),
                          area >= 0 ? hectares(cellNumber(row[std::size_t(area)])) : QString(),
                          cellText(row[std::size_t(count)]),
                          projects >= 0 ? cellText(row[std::size_t(projects)]) : QString(),
                          covered >= 0 ? QStringLiteral("%1%").arg(
                                             cellNumber(row[std::size_t(covered)]) * 100, 0, 'f', 1)
                                       : QString()});
    }
    TablePainter::draw(ctx.pages, t);
}

} // namespace cw::report
