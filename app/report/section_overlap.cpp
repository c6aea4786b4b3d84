// SPDX-License-Identifier: GPL-3.0-or-later
// The overlap matrix as a shaded project x project table, then the overlapping pairs in full.
#include "cityweave/analysis/result_columns.h"
#include "report/sections.h"
#include "report/table_painter.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw::report {
namespace {

struct Pair {
    std::string a, b;
    double area = 0, shareA = 0, shareB = 0;
};

std::vector<Pair> readPairs(const analysis::ResultTable& table) {
    const int a = analysis::columnIndex(table.columns, analysis::columns::kProjectA);
    const int b = analysis::columnIndex(table.columns, analysis::columns::kProjectB);
    const int area = analysis::columnIndex(table.columns, analysis::columns::kAreaM2);
    const int sa = analysis::columnIndex(table.columns, analysis::columns::kShareOfA);
    const int sb = analysis::columnIndex(table.columns, analysis::columns::kShareOfB);
    std::vector<Pair> pairs;
    if (a < 0 || b < 0 || area < 0)
        return pairs;
    for (const auto& row : table.rows) {
        Pair p{cellText(row[std::size_t(a)]).toStdString(),
               cellText(row[std::size_t(b)]).toStdString(), cellNumber(row[std::size_t(area)])};
        p.shareA = sa >= 0 ? cellNumber(row[std::size_t(sa)]) : 0;
        p.shareB = sb >= 0 ? cellNumber(row[std::size_t(sb)]) : 0;
        if (p.a != p.b)
            pairs.push_back(std::move(p));
    }
    return pairs;
}

// Each unordered pair once, with an area: the table may list a pair either way round.
std::vector<Pair> uniquePairs(const std::vector<Pair>& pairs) {
    std::vector<Pair> out;
    std::set<std::pair<std::string, std::string>> seen;
    for (const Pair& p : pairs)
        if (p.area > 0 && seen.insert(std::minmax(p.a, p.b)).second)
            out.push_back(p);
    return out;
}

// What fits on paper: a matrix wider than this is unreadable, and a list longer than this is
// for the spreadsheet (a results file can hold millions of pairs).
constexpr std::size_t kMostMatrixProjects = 40;
constexpr std::size_t kMostListedPairs = 300;

// White to deep orange with the share of the largest overlap.
QColor shade(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor(int(255 - t * (255 - 230)), int(255 - t * (255 - 85)), int(255 - t * (255 - 13)));
}

void writeOverlappingPairs(ReportContext& ctx, const std::vector<Pair>& pairs) {
    ctx.pages.heading(ctx.t(QT_TRANSLATE_NOOP("Report", "Overlapping pairs")), 2);
    std::vector<Pair> sorted = uniquePairs(pairs);
    std::sort(sorted.begin(), sorted.end(),
              [](const Pair& x, const Pair& y) { return x.area > y.area; });
    TableBlock list;
    list.columns = {{ctx.t(QT_TRANSLATE_NOOP("Report", "Project A")), 2},
                    {ctx.t(QT_TRANSLATE_NOOP("Report", "Project B")), 2},
                    {ctx.t(QT_TRANSLATE_NOOP("Report", "Overlap (ha)")), 0.9, Qt::AlignRight},
                    {ctx.t(QT_TRANSLATE_NOOP("Report", "Share of A")), 0.8, Qt::AlignRight},
                    {ctx.t(QT_TRANSLATE_NOOP("Report", "Share of B")), 0.8, Qt::AlignRight}};
    for (std::size_t k = 0; k < std::min(sorted.size(), kMostListedPairs); ++k) {
        const Pair& p = sorted[k];
        list.rows.push_back({ctx.projectName(p.a), ctx.projectName(p.b), hectares(p.area),
                             QStringLiteral("%1%").arg(p.shareA * 100, 0, 'f', 1),
                             QStringLiteral("%1%").arg(p.shareB * 100, 0, 'f', 1)});
    }
    if (list.rows.empty()) {
        ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP("Report", "No two projects overlap in area.")));
        return;
    }
    TablePainter::draw(ctx.pages, list);
    if (sorted.size() > kMostListedPairs)
        ctx.pages.paragraph(
            ctx.t(QT_TRANSLATE_NOOP("Report", "The %1 largest of %2 overlapping pairs; every pair "
                                              "is in the results' overlap_matrix table."))
                .arg(kMostListedPairs)
                .arg(sorted.size()));
}

} // namespace

std::vector<std::pair<QString, double>> overlapAreaPerPair(const ReportContext& ctx);

void writeOverlapMatrix(ReportContext& ctx) {
    const analysis::ResultTable* table = ctx.data.table(analysis::outputs::kOverlapMatrix);
    if (!table) {
        ctx.noResults("overlap-matrix");
        return;
    }
    ctx.pages.newPage();
    ctx.pages.heading(ctx.data.analysisName("overlap-matrix", ctx.text.language()));
    const std::vector<Pair> pairs = readPairs(*table);
    // Projects in plan order, then any the results name that the plan does not.
    std::set<std::string> named;
    for (const Pair& p : pairs)
        named.insert({p.a, p.b});
    std::vector<std::string> ids;
    std::set<std::string> placed;
    for (const auto& info : ctx.data.project.projects)
        if (named.count(info.id) && placed.insert(info.id).second)
            ids.push_back(info.id);
    for (const Pair& p : pairs)
        for (const std::string* id : {&p.a, &p.b})
            if (placed.insert(*id).second)
                ids.push_back(*id);
    if (ids.size() > kMostMatrixProjects) {
        ctx.pages.paragraph(
            ctx.t(QT_TRANSLATE_NOOP("Report", "The results name %1 projects, too many for a "
                                              "matrix on a page: the overlapping pairs follow."))
                .arg(ids.size()));
        writeOverlappingPairs(ctx, pairs);
        return;
    }
    std::map<std::pair<std::string, std::string>, double> area;
    double maxArea = 0;
    for (const Pair& p : pairs) {
        area[{p.a, p.b}] = area[{p.b, p.a}] = p.area;
        maxArea = std::max(maxArea, p.area);
    }
    ctx.pages.paragraph(ctx.t(QT_TRANSLATE_NOOP(
        "Report", "Overlap area between the footprints of each pair of projects, in hectares. "
                  "Darker cells overlap more; the numbers in the header refer to the rows.")));
    TableBlock t;
    t.fontPoints = ids.size() > 12 ? 6 : 7.5;
    t.columns.push_back({QStringLiteral("#"), 0.35, Qt::AlignCenter});
    t.columns.push_back({ctx.t(QT_TRANSLATE_NOOP("Report", "Project")), 2.6});
    for (std::size_t j = 0; j < ids.size(); ++j)
        t.columns.push_back({QString::number(j + 1), 0.75, Qt::AlignRight});
    for (std::size_t i = 0; i < ids.size(); ++i) {
        QStringList row{QString::number(i + 1), ctx.projectName(ids[i])};
        std::vector<QColor> shades(2);
        for (std::size_t j = 0; j < ids.size(); ++j) {
            const auto it = area.find({ids[i], ids[j]});
            if (i == j) {
                row << QStringLiteral("–");
                shades.push_back(QColor(235, 235, 235));
            } else if (it == area.end() || it->second <= 0) {
                row << QString();
                shades.push_back(QColor());
            } else {
                row << hectares(it->second);
                shades.push_back(shade(maxArea > 0 ? it->second / maxArea : 0));
            }
        }
        t.rows.push_back(row);
        t.shades.push_back(std::move(shades));
    }
    TablePainter::draw(ctx.pages, t);
    writeOverlappingPairs(ctx, pairs);
}

std::vector<std::pair<QString, double>> overlapAreaPerPair(const ReportContext& ctx) {
    std::vector<std::pair<QString, double>> out;
    const analysis::ResultTable* table = ctx.data.table(analysis::outputs::kOverlapMatrix);
    if (!table)
        return out;
    for (const Pair& p : uniquePairs(readPairs(*table)))
        out.emplace_back(ctx.projectName(p.a) + QStringLiteral(" / ") + ctx.projectName(p.b),
                         p.area / 10000.0);
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

} // namespace cw::report
