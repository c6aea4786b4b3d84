// SPDX-License-Identifier: GPL-3.0-or-later
// Pair areas between two layers of N random polygons over Seoul (8-40 vertices, 20-400 m,
// two seeds): the fast boundary-integration engine against GEOS (prepared intersects +
// intersection + area) on the same candidates. Data is generated once per N and seed into the
// temp folder and reused (the same files `cityweave-cli bench overlap` uses).
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <map>

namespace {

std::string dataFor(std::int64_t n, std::uint64_t seed) {
    const auto path =
        std::filesystem::temp_directory_path() /
        ("cityweave-bench-overlap-" + std::to_string(n) + "-s" + std::to_string(seed) + ".gpkg");
    if (!std::filesystem::exists(path)) {
        cw::data::RandomPolygonSpec spec;
        spec.count = std::size_t(n);
        spec.seed = seed;
        if (!cw::data::writeRandomPolygons(path.string(), "polygons", spec))
            return {};
    }
    return path.string();
}

struct Loaded {
    cw::data::VectorLayer a, b;
    cw::geometry::PackedRTree treeB;
};

const Loaded& loaded(std::int64_t n) {
    static std::map<std::int64_t, Loaded> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        Loaded l{cw::data::LayerReader::read(dataFor(n, 1)).value(),
                 cw::data::LayerReader::read(dataFor(n, 2)).value(),
                 {}};
        std::vector<cw::geometry::Envelope> env(l.b.geometries.featureCount());
        for (std::size_t f = 0; f < env.size(); ++f)
            env[f] = l.b.geometries.envelope(f);
        l.treeB = cw::geometry::PackedRTree(env);
        it = cache.emplace(n, std::move(l)).first;
    }
    return it->second;
}

void run(benchmark::State& state, bool geosOnly) {
    const Loaded& l = loaded(state.range(0));
    cw::analysis::OverlapOptions options;
    options.geosOnly = geosOnly;
    options.threads = static_cast<unsigned>(state.range(1));
    std::size_t pairs = 0;
    for (auto _ : state) {
        auto r =
            cw::analysis::polygonOverlapAreas(l.a.geometries, l.b.geometries, l.treeB, options);
        pairs = r ? r->size() : 0;
        benchmark::DoNotOptimize(r);
    }
    state.counters["pairs"] = static_cast<double>(pairs);
    state.counters["pairs_per_s"] =
        benchmark::Counter(static_cast<double>(pairs) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

void BM_OverlapFast(benchmark::State& state) {
    run(state, false);
}
void BM_OverlapGeos(benchmark::State& state) {
    run(state, true);
}

} // namespace

// Args: N, threads (0: all cores).
BENCHMARK(BM_OverlapFast)
    ->Args({1000, 0})
    ->Args({10000, 1})
    ->Args({10000, 0})
    ->Args({100000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_OverlapGeos)
    ->Args({1000, 0})
    ->Args({10000, 1})
    ->Args({10000, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
