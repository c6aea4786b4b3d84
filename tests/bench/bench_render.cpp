// SPDX-License-Identifier: GPL-3.0-or-later
// Map drawing over N random polygons across Seoul (8-40 vertices, 20-400 m), 1920x1080:
// open + read, reproject + index, first full draw, redraw after a pan. Data is generated once
// per N into the temp folder and reused.
#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"
#include "cityweave/project/sector.h"
#include "render/map_renderer.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <filesystem>
#include <map>

namespace {

std::string dataFor(std::int64_t n) {
    const auto path =
        std::filesystem::temp_directory_path() / ("cityweave-bench-" + std::to_string(n) + ".gpkg");
    if (!std::filesystem::exists(path)) {
        cw::data::RandomPolygonSpec spec;
        spec.count = std::size_t(n);
        if (!cw::data::writeRandomPolygons(path.string(), "polygons", spec))
            return {};
    }
    return path.string();
}

struct Loaded {
    std::shared_ptr<const cw::data::VectorLayer> layer;
    std::shared_ptr<const cw::data::IndexedGeometries> indexed;
};

const Loaded& loaded(std::int64_t n) {
    static std::map<std::int64_t, Loaded> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        auto layer = std::make_shared<const cw::data::VectorLayer>(
            cw::data::LayerReader::read(dataFor(n)).value());
        auto indexed = cw::data::buildIndexedGeometries(layer, layer->crs);
        it = cache.emplace(n, Loaded{layer, std::move(indexed).value()}).first;
    }
    return it->second;
}

cw::render::RenderLayer renderLayer(const Loaded& l) {
    return {"bench", l.indexed, nullptr,
            cw::project::defaultStyleForSector(cw::project::Sector::Energy)};
}

void BM_ReadLayer(benchmark::State& state) {
    const std::string path = dataFor(state.range(0));
    for (auto _ : state) {
        auto layer = cw::data::LayerReader::read(path);
        benchmark::DoNotOptimize(layer);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_IndexLayer(benchmark::State& state) {
    const Loaded& l = loaded(state.range(0));
    for (auto _ : state) {
        auto indexed = cw::data::buildIndexedGeometries(l.layer, l.layer->crs);
        benchmark::DoNotOptimize(indexed);
    }
}

void BM_FirstFullDraw(benchmark::State& state) {
    const Loaded& l = loaded(state.range(0));
    const cw::render::MapSettings settings(l.layer->crs, l.indexed->geometries.extent(),
                                           QSize(1920, 1080));
    for (auto _ : state) {
        cw::render::MapRenderer renderer; // empty cache: a first draw
        QImage image = renderer.render(settings, {renderLayer(l)});
        benchmark::DoNotOptimize(image);
    }
}

void BM_RedrawAfterPan(benchmark::State& state) {
    const Loaded& l = loaded(state.range(0));
    cw::render::MapSettings settings(l.layer->crs, l.indexed->geometries.extent(),
                                     QSize(1920, 1080));
    settings.zoomAbout(QPointF(960, 540), 2.0); // inside the data, so every new tile has features
    cw::render::MapRenderer renderer;
    renderer.render(settings, {renderLayer(l)});
    double dx = 192;
    for (auto _ : state) {
        settings.panByPixels(QPointF(dx, 54));
        dx = -dx; // back and forth: each redraw uncovers one strip of tiles
        QImage image = renderer.render(settings, {renderLayer(l)});
        benchmark::DoNotOptimize(image);
    }
}

} // namespace

BENCHMARK(BM_ReadLayer)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndexLayer)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstFullDraw)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RedrawAfterPan)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
