// SPDX-License-Identifier: GPL-3.0-or-later
// Speed targets of issue 7:
// - coverage-gaps: N assets (five types, 30-500 m radii) over a 100 m square grid of a
//   Seoul-sized area (605 km²: ~60,500 cells), covered area per cell only (no gap polygons,
//   no new sites): under 5 s for N = 10,000.
// - pilot-ranking: re-ranking 60,000 units x 7 criteria after a weight change (score, full
//   order, top-5 sensitivity is separate): under 50 ms.
//   build/tests/bench/bench_coverage --benchmark_counters_tabular=true
#include "analysis/framework/builtin_analyses.h"
#include "cityweave/analysis/coverage_bench_input.h"

#include <benchmark/benchmark.h>
#include <memory>

namespace {
using namespace cw::analysis;

void BM_CoverageSeoulGrid(benchmark::State& state) {
    const auto crs = cw::crs::Crs::fromEpsg(5186).value();
    const AnalysisInput in = syntheticCoverageInput(std::size_t(state.range(0)), 42, crs);
    const auto analysis = makeCoverageGapsAnalysis();
    const auto params =
        ParameterValues::resolve(analysis->descriptor().parameters, {{"zones", "grid"},
                                                                     {"grid_size", "100"},
                                                                     {"boundary", "boundary"},
                                                                     {"type_field", "type"},
                                                                     {"gap_polygons", "false"},
                                                                     {"new_sites", "0"}})
            .value();
    double cells = 0, share = 0;
    for (auto _ : state) {
        auto r = analysis->run(in, params, {}, {});
        if (!r) {
            state.SkipWithError("coverage-gaps failed");
            return;
        }
        cells = r->summary.at("zones");
        share = r->summary.at("covered_share");
    }
    state.counters["cells"] = cells;
    state.counters["covered_share"] = share;
}
BENCHMARK(BM_CoverageSeoulGrid)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Network coverage (issue 13): N assets whose service areas follow a ~45,000-segment street grid,
// covered area per 1 km (and 100 m) cell; target under 5 s for N = 1,000.
void BM_NetworkCoverage(benchmark::State& state) {
    const auto crs = cw::crs::Crs::fromEpsg(5186).value();
    AnalysisInput in = syntheticCoverageInput(std::size_t(state.range(0)), 42, crs);
    in.baseLayers.push_back(
        {"roads",
         {"도로", "roads"},
         std::make_shared<const cw::data::VectorLayer>(syntheticRoadGrid(185, crs)),
         0});
    const auto analysis = makeCoverageGapsAnalysis();
    const auto params = ParameterValues::resolve(analysis->descriptor().parameters,
                                                 {{"zones", "grid"},
                                                  {"grid_size", std::to_string(state.range(1))},
                                                  {"boundary", "boundary"},
                                                  {"road_layer", "roads"},
                                                  {"type_field", "type"},
                                                  {"gap_polygons", "false"},
                                                  {"new_sites", "0"}})
                            .value();
    double share = 0;
    for (auto _ : state) {
        auto r = analysis->run(in, params, {}, {});
        if (!r) {
            state.SkipWithError("coverage-gaps failed");
            return;
        }
        share = r->summary.at("covered_share");
    }
    state.counters["segments"] = static_cast<double>(in.baseLayers.back().data->featureCount());
    state.counters["covered_share"] = share;
}
// Args: assets, cell size (m).
BENCHMARK(BM_NetworkCoverage)
    ->Args({100, 1000})
    ->Args({1000, 1000})
    ->Args({1000, 100})
    ->Unit(benchmark::kMillisecond);

void BM_ReRank(benchmark::State& state) {
    const auto m = syntheticCriteria(std::size_t(state.range(0)), 7);
    const auto normalised = mcda::normalise(m, mcda::Normalisation::MinMax);
    std::vector<double> w(m.criteria.size(), 1.0);
    for (auto _ : state) {
        w[0] += 0.01; // a slider moved
        auto r = mcda::score(normalised, w);
        benchmark::DoNotOptimize(r.order.data());
    }
}
BENCHMARK(BM_ReRank)->Arg(1000)->Arg(60000)->Unit(benchmark::kMillisecond);

void BM_Sensitivity(benchmark::State& state) {
    const auto m = syntheticCriteria(std::size_t(state.range(0)), 7);
    const auto normalised = mcda::normalise(m, mcda::Normalisation::MinMax);
    const std::vector<double> w(m.criteria.size(), 1.0);
    for (auto _ : state)
        benchmark::DoNotOptimize(mcda::sensitivity(normalised, w, 5).size());
}
BENCHMARK(BM_Sensitivity)->Arg(60000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
