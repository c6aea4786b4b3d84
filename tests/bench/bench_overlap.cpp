// SPDX-License-Identifier: GPL-3.0-or-later
// Pair areas between two layers of N random polygons over Seoul (8-40 vertices, 20-400 m,
// two seeds): the fast boundary-integration engine against GEOS (prepared intersects +
// intersection + area) on the same candidates. Data is generated once per N and seed into the
// temp folder and reused (the same files `cityweave-cli bench overlap` uses).
#include "analysis/geometry/boundary_overlay.h"
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"
#include "geometry/geos_bridge.h"

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

// The union figures overlap-matrix reports (area of ∪A, ∪B and ∪A ∩ ∪B): the boundary overlay
// engine, and GEOS (one unary union per layer, one intersection) as the old implementation did;
// the generated layers hold a few self-intersecting rings, which GEOS must have repaired first.
class UnionAreas final : public cw::analysis::overlay::Accumulator {
public:
    double a = 0, b = 0, both = 0;
    void boundary(const cw::analysis::overlay::BoundaryPiece& piece) override {
        add(piece.left, piece.twiceArea / 2);
        add(piece.right, -piece.twiceArea / 2);
    }
    void line(std::uint32_t, cw::analysis::overlay::Labels, double) override {}
    void point(std::uint32_t, cw::analysis::overlay::Labels) override {}

private:
    void add(cw::analysis::overlay::Labels side, double w) {
        const bool inA = !side.empty() && side.front() == 0;
        const bool inB = !side.empty() && side.back() == 1;
        a += inA ? w : 0;
        b += inB ? w : 0;
        both += inA && inB ? w : 0;
    }
};

void BM_UnionAreasEngine(benchmark::State& state) {
    const Loaded& l = loaded(state.range(0));
    namespace overlay = cw::analysis::overlay;
    overlay::OverlayInputs in;
    in.polygons = {{&l.a.geometries, 0, false}, {&l.b.geometries, 1, false}};
    double both = 0;
    for (auto _ : state) {
        UnionAreas total;
        auto done = overlay::run(
            in, {}, [] { return std::make_unique<UnionAreas>(); },
            [&](std::unique_ptr<overlay::Accumulator> chunk) {
                total.both += static_cast<UnionAreas&>(*chunk).both;
            });
        both = done ? total.both : -1;
    }
    state.counters["overlap_m2"] = both;
}

cw::geometry::GeosGeometry unionOf(GEOSContextHandle_t h, const cw::geometry::GeometryStore& s) {
    std::vector<GEOSGeometry*> parts;
    for (std::size_t f = 0; f < s.featureCount(); ++f)
        if (auto g = cw::geometry::toGeos(h, s, f, cw::geometry::GeometryFamily::Polygon))
            parts.push_back(GEOSisValid_r(h, g.get()) == 1 ? g.release()
                                                           : GEOSMakeValid_r(h, g.get()));
    cw::geometry::GeosGeometry all(
        h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                       static_cast<unsigned>(parts.size())));
    return cw::geometry::GeosGeometry(h, GEOSUnaryUnion_r(h, all.get()));
}

void BM_UnionAreasGeos(benchmark::State& state) {
    const Loaded& l = loaded(state.range(0));
    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    double both = 0;
    for (auto _ : state) {
        const auto ua = unionOf(h, l.a.geometries);
        const auto ub = unionOf(h, l.b.geometries);
        if (!ua || !ub) {
            state.SkipWithError("GEOS could not union a layer");
            return;
        }
        cw::geometry::GeosGeometry i(h, GEOSIntersection_r(h, ua.get(), ub.get()));
        both = cw::geometry::geosArea(h, i.get());
    }
    state.counters["overlap_m2"] = both;
}

} // namespace

BENCHMARK(BM_UnionAreasEngine)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_UnionAreasGeos)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

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
