// SPDX-License-Identifier: GPL-3.0-or-later
// Whole PDF reports: the sample's (target < 3 s) and N random polygons with Z zone pages
// (target: 100k features, 25 zone pages < 30 s, memory bounded because pages are streamed).
//   build/tests/bench/bench_report --benchmark_counters_tabular=true
#include "cityweave/analysis/analysis_registry.h"
#include "report/report_writer.h"
#include "report/synthetic_report.h"
#include "services/analysis_run.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

namespace {

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

void writeAndCount(benchmark::State& state, const cw::report::ReportData& data,
                   const QTemporaryDir& dir) {
    cw::report::ReportTemplate tmpl;
    cw::report::ReportOutcome outcome;
    for (auto _ : state) {
        auto written =
            cw::report::ReportWriter::writePdf(data, tmpl, dir.filePath(QStringLiteral("b.pdf")));
        if (!written) {
            state.SkipWithError("the report could not be written");
            return;
        }
        outcome = *written;
    }
    state.counters["pages"] = outcome.pages;
    state.counters["MiB"] = double(outcome.bytes) / (1 << 20);
    state.counters["peakRssMiB"] = peakRssMiB();
}

void BM_SampleReport(benchmark::State& state) {
    QTemporaryDir dir;
    cw::analysis::AnalysisRegistry registry;
    cw::analysis::registerBuiltInAnalyses(registry);
    auto data = cw::report::loadReportData(QStringLiteral(CW_SAMPLE_PROJECT), &registry);
    if (!data) {
        state.SkipWithError("sample project not built");
        return;
    }
    auto run =
        cw::services::AnalysisRun::runAll(data->projectPath.toStdString(), data->project, registry);
    if (!run) {
        state.SkipWithError("analyses failed");
        return;
    }
    data->results = std::move(run->results);
    writeAndCount(state, *data, dir);
}
BENCHMARK(BM_SampleReport)->Unit(benchmark::kMillisecond);

void BM_SyntheticReport(benchmark::State& state) {
    QTemporaryDir dir;
    auto data = cw::report::syntheticReportData(dir.path(), std::size_t(state.range(0)),
                                                std::size_t(state.range(1)));
    if (!data) {
        state.SkipWithError("could not build the synthetic input");
        return;
    }
    writeAndCount(state, *data, dir);
}
BENCHMARK(BM_SyntheticReport)
    ->Args({1000, 3})
    ->Args({100000, 25})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts and painting need a GUI application
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
