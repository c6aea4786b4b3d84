// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a CP949 bus-stop CSV as Seoul publishes it (the file `cityweave-cli bench csv`
// writes): CityWeave's table reader with nothing given (encoding, header, coordinate columns
// and CRS detected, codes kept as text, bad rows listed) against GDAL's own CSV driver told
// the coordinate columns, touching every geometry and field. Target: CityWeave ≤ 1.5 × GDAL.
#include "cityweave/data/layer_reader.h"
#include "cli/table_bench.h"

#include <benchmark/benchmark.h>
#include <filesystem>

namespace {

std::string dataFor(std::int64_t n) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("cityweave-bench-table-" + std::to_string(n) + ".csv");
    if (!std::filesystem::exists(path) &&
        !cw::cli::writeBusStopCsv(path.string(), static_cast<std::size_t>(n)))
        return {};
    return path.string();
}

void BM_CityWeaveRead(benchmark::State& state) {
    const std::string path = dataFor(state.range(0));
    std::size_t features = 0, bad = 0;
    for (auto _ : state) {
        auto layer = cw::data::LayerReader::read(path);
        if (!layer) {
            state.SkipWithError("read failed");
            return;
        }
        features = layer->featureCount();
        bad = layer->report.badRows.total();
        benchmark::DoNotOptimize(layer->geometries.extent());
    }
    state.counters["features"] = double(features);
    state.counters["bad_rows"] = double(bad);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_GdalCsvRead(benchmark::State& state) {
    const std::string path = dataFor(state.range(0));
    std::size_t features = 0;
    for (auto _ : state) {
        auto read = cw::cli::readCsvWithGdal(path);
        if (!read) {
            state.SkipWithError("GDAL read failed");
            return;
        }
        features = read->features;
        benchmark::DoNotOptimize(read->checksum);
    }
    state.counters["features"] = double(features);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(BM_CityWeaveRead)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GdalCsvRead)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
