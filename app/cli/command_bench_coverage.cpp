// SPDX-License-Identifier: GPL-3.0-or-later
// `cityweave-cli bench coverage --n N`: the coverage-gaps speed target end to end on the
// synthetic Seoul-sized input (cityweave/analysis/coverage_bench_input.h), then the extras the
// target leaves out (gap polygons, new sites) and the pilot re-ranking of as many units.
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/coverage_bench_input.h"
#include "cityweave/crs/plan_crs.h"
#include "cli/cli_context.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::cli {

int benchCoverage(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const QString gridText = ctx.takeOption(QStringLiteral("--grid"));
    const QString radiusText = ctx.takeOption(QStringLiteral("--radius"));
    const bool extras = ctx.takeFlag(QStringLiteral("--extras"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    bool ok = false;
    const qlonglong n = nText.toLongLong(&ok);
    if (!ok || n <= 0)
        return ctx.usage(
            CliContext::tr("bench coverage needs --n N (a positive number of assets)."));
    const double grid = gridText.isEmpty() ? 100.0 : gridText.toDouble(&ok);
    if (!ok || !(grid >= 10))
        return ctx.usage(CliContext::tr("--grid must be a size in metres of at least 10."));
    // One radius for every type (a harder case than the defaults' mix: more partial cells).
    const double radius = radiusText.isEmpty() ? 0.0 : radiusText.toDouble(&ok);
    if (!ok || radius < 0)
        return ctx.usage(CliContext::tr("--radius must be a distance in metres."));
    const analysis::Analysis* coverage = ctx.analyses->find("coverage-gaps");
    if (!coverage)
        return ctx.usage(CliContext::tr("Unknown analysis \"%1\"; 'cityweave-cli analyses' "
                                        "lists them.")
                             .arg(QStringLiteral("coverage-gaps")));
    auto crs = crs::Crs::fromEpsg(crs::kPlanEpsg);
    if (!crs)
        return ctx.fail(crs.error());

    QElapsedTimer t;
    t.start();
    const analysis::AnalysisInput input =
        analysis::syntheticCoverageInput(std::size_t(n), 42, *crs);
    const double generateMs = t.nsecsElapsed() / 1e6;

    auto runWith = [&](std::map<std::string, std::string> extra,
                       double* ms) -> Result<analysis::AnalysisResult> {
        std::map<std::string, std::string> p = {
            {"zones", "grid"},      {"grid_size", std::to_string(grid)}, {"boundary", "boundary"},
            {"type_field", "type"}, {"gap_polygons", "false"},           {"new_sites", "0"}};
        if (radius > 0)
            for (const char* type :
                 {"iot_sensor", "cctv", "ev_charger", "parking_sensor", "roadside_unit"})
                p[std::string("radius_") + type] = std::to_string(radius);
        for (auto& [k, v] : extra)
            p[k] = v;
        auto params = analysis::ParameterValues::resolve(coverage->descriptor().parameters, p);
        if (!params)
            return params.error();
        QElapsedTimer timer;
        timer.start();
        auto r = coverage->run(input, *params, {}, {});
        *ms = timer.nsecsElapsed() / 1e6;
        return r;
    };
    double coverageMs = 0, gapsMs = -1, sitesMs = -1;
    auto base = runWith({}, &coverageMs);
    if (!base)
        return ctx.fail(base.error(), kFailure);
    if (extras) {
        auto gaps = runWith({{"gap_polygons", "true"}}, &gapsMs);
        if (!gaps)
            return ctx.fail(gaps.error(), kFailure);
        auto sites = runWith({{"new_sites", "10"}}, &sitesMs);
        if (!sites)
            return ctx.fail(sites.error(), kFailure);
    }
    const auto cells = std::size_t(base->summary.at("zones"));
    const auto matrix = analysis::syntheticCriteria(cells, 7);
    const auto normalised =
        analysis::mcda::normalise(matrix, analysis::mcda::Normalisation::MinMax);
    std::vector<double> weights(matrix.criteria.size(), 1.0);
    weights[0] = 1.2;
    t.restart();
    const auto ranking = analysis::mcda::score(normalised, weights);
    const double rerankMs = t.nsecsElapsed() / 1e6;

    if (json) {
        QJsonObject o{{QStringLiteral("n"), n},
                      {QStringLiteral("grid_m"), grid},
                      {QStringLiteral("radius_m"), radius},
                      {QStringLiteral("cells"), qint64(cells)},
                      {QStringLiteral("generate_ms"), generateMs},
                      {QStringLiteral("coverage_ms"), coverageMs},
                      {QStringLiteral("covered_share"), base->summary.at("covered_share")},
                      {QStringLiteral("with_gap_polygons_ms"), gapsMs},
                      {QStringLiteral("with_10_new_sites_ms"), sitesMs},
                      {QStringLiteral("rerank_ms"), rerankMs},
                      {QStringLiteral("ranked"), qint64(ranking.order.size())}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return kOk;
    }
    ctx.out << CliContext::tr("bench coverage: %1 assets (radii: %2) over a %3 m grid of a "
                              "605 km² area (%4 cells)")
                   .arg(n)
                   .arg(radius > 0 ? CliContext::tr("all %1 m").arg(radius)
                                   : CliContext::tr("type defaults"))
                   .arg(grid)
                   .arg(qulonglong(cells))
            << '\n'
            << CliContext::tr("  generate input     %1 ms").arg(generateMs, 9, 'f', 1) << '\n'
            << CliContext::tr("  coverage per cell  %1 ms (covered share %2)")
                   .arg(coverageMs, 9, 'f', 1)
                   .arg(base->summary.at("covered_share"), 0, 'f', 4)
            << '\n';
    if (extras)
        ctx.out << CliContext::tr("  + gap polygons     %1 ms").arg(gapsMs, 9, 'f', 1) << '\n'
                << CliContext::tr("  + 10 new sites     %1 ms").arg(sitesMs, 9, 'f', 1) << '\n';
    ctx.out << CliContext::tr("  re-rank %1 units   %2 ms").arg(cells).arg(rerankMs, 9, 'f', 2)
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
