// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"
#include "cityweave/project/sector.h"
#include "cli/cli_context.h"
#include "cli/cli_platform.h"
#include "render/map_renderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>
#include <span>

namespace cw::cli {
namespace {

int benchRender(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const QString sizeText = ctx.takeOption(QStringLiteral("--size"));
    QString dataPath = ctx.takeOption(QStringLiteral("--data"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const int threads = ctx.takeOption(QStringLiteral("--threads")).toInt(); // 0: all cores
    bool ok = false;
    const qlonglong n = nText.toLongLong(&ok);
    if (!ok || n <= 0)
        return ctx.usage(
            CliContext::tr("bench render needs --n N (a positive number of polygons)."));
    QSize size(1920, 1080);
    if (!sizeText.isEmpty()) {
        const QStringList wh = sizeText.split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    if (dataPath.isEmpty())
        dataPath = QDir::temp().filePath(QStringLiteral("cityweave-bench-%1.gpkg").arg(n));
    if (!QFileInfo::exists(dataPath)) {
        data::RandomPolygonSpec spec;
        spec.count = std::size_t(n);
        auto written =
            data::writeRandomPolygons(dataPath.toStdString(), "polygons", spec, [&](double f) {
                ctx.progress(CliContext::tr("Generating"), f);
            });
        ctx.progress(CliContext::tr("Generating"), 1.0);
        if (!written)
            return ctx.fail(written.error(), kOutputError);
    }

    QElapsedTimer t;
    t.start();
    auto read = data::LayerReader::read(dataPath.toStdString());
    if (!read)
        return ctx.fail(read.error());
    auto layer = std::make_shared<const data::VectorLayer>(std::move(read).value());
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    auto indexed = data::buildIndexedGeometries(layer, layer->crs);
    if (!indexed)
        return ctx.fail(indexed.error());
    const double indexMs = t.nsecsElapsed() / 1e6;

    render::RenderLayer rl{"bench", *indexed, nullptr,
                           project::defaultStyleForSector(project::Sector::Energy)};
    const auto extent = (*indexed)->geometries.extent();
    render::MapSettings settings(layer->crs, extent, size);
    render::MapRenderer renderer;
    renderer.setThreadCount(threads);
    render::RenderStats first, pan, zoomed;
    renderer.render(settings, {rl}, {}, &first);
    // Pan where the data is dense: at 2x zoom, a tenth of the width and a twentieth of the height.
    settings.zoomAbout(QPointF(size.width() / 2.0, size.height() / 2.0), 2.0);
    renderer.render(settings, {rl}, {}, &zoomed);
    settings.panByPixels(QPointF(size.width() * 0.1, size.height() * 0.05));
    renderer.render(settings, {rl}, {}, &pan);
    const double rss = peakResidentMiB();
    if (json) {
        QJsonObject o{
            {QStringLiteral("n"), n},
            {QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
            {QStringLiteral("read_ms"), readMs},
            {QStringLiteral("index_ms"), indexMs},
            {QStringLiteral("first_draw_ms"), first.milliseconds},
            {QStringLiteral("pan_redraw_ms"), pan.milliseconds},
            {QStringLiteral("zoom_in_draw_ms"), zoomed.milliseconds},
            {QStringLiteral("features_drawn"), qint64(first.featuresDrawn)},
            {QStringLiteral("peak_rss_mib"), rss}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return kOk;
    }
    ctx.out << CliContext::tr("bench render: %1 polygons at %2x%3 (%4)")
                   .arg(n)
                   .arg(size.width())
                   .arg(size.height())
                   .arg(dataPath)
            << '\n'
            << CliContext::tr("  open + read      %1 ms").arg(readMs, 8, 'f', 1) << '\n'
            << CliContext::tr("  reproject+index  %1 ms").arg(indexMs, 8, 'f', 1) << '\n'
            << CliContext::tr("  first full draw  %1 ms (%2 tiles)")
                   .arg(first.milliseconds, 8, 'f', 1)
                   .arg(first.tilesRendered)
            << '\n'
            << CliContext::tr("  zoom-in 2x draw  %1 ms").arg(zoomed.milliseconds, 8, 'f', 1)
            << '\n'
            << CliContext::tr("  pan at 2x zoom   %1 ms (%2 new tiles, %3 cached)")
                   .arg(pan.milliseconds, 8, 'f', 1)
                   .arg(pan.tilesRendered)
                   .arg(pan.tilesFromCache)
            << '\n'
            << CliContext::tr("  peak memory      %1 MiB").arg(rss, 8, 'f', 1) << Qt::endl;
    return kOk;
}

// "MIN-MAX" (or one number) into lo and hi; false when it is not that.
bool parseRange(const QString& text, double& lo, double& hi) {
    const QStringList parts = text.split(QLatin1Char('-'));
    bool okLo = false, okHi = false;
    lo = parts.value(0).toDouble(&okLo);
    hi = parts.size() == 2 ? parts[1].toDouble(&okHi) : lo;
    return parts.size() <= 2 && okLo && (parts.size() == 1 || okHi) && lo > 0 && hi >= lo;
}

// Two layers of N random polygons (two seeds), cached in the temp folder by N, shape and seed.
// The default shape is project footprints (20-400 m, 8-40 vertices); parcels are smaller and
// simpler (--diameter 20-120 --vertices 4-12 gives ~10M pairs at 1M x 1M).
QString overlapData(CliContext& ctx, qlonglong n, const data::RandomPolygonSpec& shape,
                    std::uint64_t seed) {
    const data::RandomPolygonSpec defaults;
    const bool custom =
        shape.minDiameter != defaults.minDiameter || shape.maxDiameter != defaults.maxDiameter ||
        shape.minVertices != defaults.minVertices || shape.maxVertices != defaults.maxVertices;
    const QString shapeTag = custom ? QStringLiteral("-d%1-%2-v%3-%4")
                                          .arg(shape.minDiameter)
                                          .arg(shape.maxDiameter)
                                          .arg(shape.minVertices)
                                          .arg(shape.maxVertices)
                                    : QString();
    const QString path =
        QDir::temp().filePath(QStringLiteral("cityweave-bench-overlap-%1%2-s%3.gpkg")
                                  .arg(n)
                                  .arg(shapeTag)
                                  .arg(qulonglong(seed)));
    if (QFileInfo::exists(path))
        return path;
    data::RandomPolygonSpec spec = shape;
    spec.count = std::size_t(n);
    spec.seed = seed;
    auto written = data::writeRandomPolygons(path.toStdString(), "polygons", spec, [&](double f) {
        ctx.progress(CliContext::tr("Generating"), f);
    });
    ctx.progress(CliContext::tr("Generating"), 1.0);
    if (!written) {
        ctx.fail(written.error(), kOutputError);
        return {};
    }
    return path;
}

int benchOverlap(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const int threads = ctx.takeOption(QStringLiteral("--threads")).toInt(); // 0: all cores
    const bool compareFlag = ctx.takeFlag(QStringLiteral("--compare-geos"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString diameterText = ctx.takeOption(QStringLiteral("--diameter"));
    const QString verticesText = ctx.takeOption(QStringLiteral("--vertices"));
    bool ok = false;
    const qlonglong n = nText.toLongLong(&ok);
    if (!ok || n <= 0)
        return ctx.usage(
            CliContext::tr("bench overlap needs --n N (a positive number of polygons)."));
    data::RandomPolygonSpec shape;
    if (!diameterText.isEmpty() && !parseRange(diameterText, shape.minDiameter, shape.maxDiameter))
        return ctx.usage(CliContext::tr("--diameter takes MIN-MAX in metres, e.g. 20-120."));
    if (!verticesText.isEmpty()) {
        double lo = 0, hi = 0;
        if (!parseRange(verticesText, lo, hi) || lo < 3 || hi > 1000)
            return ctx.usage(CliContext::tr("--vertices takes MIN-MAX between 3 and 1000, "
                                            "e.g. 4-12."));
        shape.minVertices = int(lo);
        shape.maxVertices = int(hi);
    }
    const bool compare = compareFlag || n <= 10000;
    const QString pathA = overlapData(ctx, n, shape, 1);
    const QString pathB = pathA.isEmpty() ? QString() : overlapData(ctx, n, shape, 2);
    if (pathB.isEmpty())
        return kOutputError;

    QElapsedTimer t;
    t.start();
    auto readA = data::LayerReader::read(pathA.toStdString());
    if (!readA)
        return ctx.fail(readA.error());
    auto readB = data::LayerReader::read(pathB.toStdString());
    if (!readB)
        return ctx.fail(readB.error());
    const double readMs = t.nsecsElapsed() / 1e6;

    t.restart();
    std::vector<geometry::Envelope> envelopes(readB->geometries.featureCount());
    for (std::size_t f = 0; f < envelopes.size(); ++f)
        envelopes[f] = readB->geometries.envelope(f);
    const geometry::PackedRTree tree(envelopes);
    std::vector<geometry::Envelope>().swap(envelopes);
    const double indexMs = t.nsecsElapsed() / 1e6;

    analysis::OverlapOptions options;
    options.threads = unsigned(std::max(threads, 0));
    analysis::OverlapStats stats;
    // Batches straight from the engine: 2 x 1M polygons give ~95M pairs, and one flat vector
    // would double that memory while growing.
    std::vector<std::vector<analysis::OverlapPair>> batches;
    std::size_t pairCount = 0;
    double totalArea = 0;
    t.restart();
    auto overlaid = analysis::forEachPolygonOverlap(
        readA->geometries, readB->geometries, tree, options,
        [&](std::span<const analysis::OverlapPair> batch) {
            batches.emplace_back(batch.begin(), batch.end());
            pairCount += batch.size();
            for (const auto& p : batch)
                totalArea += p.area;
        },
        &stats);
    if (!overlaid)
        return ctx.fail(overlaid.error());
    const double overlayMs = t.nsecsElapsed() / 1e6;

    double geosMs = -1, maxDiff = 0;
    std::size_t geosPairs = 0, mismatched = 0;
    analysis::OverlapStats geosStats;
    if (compare) {
        analysis::OverlapOptions geosOptions = options;
        geosOptions.geosOnly = true;
        t.restart();
        auto reference = analysis::polygonOverlapAreas(readA->geometries, readB->geometries, tree,
                                                       geosOptions, &geosStats);
        geosMs = t.nsecsElapsed() / 1e6;
        if (!reference)
            return ctx.fail(reference.error());
        geosPairs = reference->size();
        std::vector<analysis::OverlapPair> flat;
        for (const auto& batch : batches)
            flat.insert(flat.end(), batch.begin(), batch.end());
        const auto* pairs = &flat;
        // Both lists are sorted by (a, b): merge them; GEOS slivers under 1e-9 m² may be missing.
        std::size_t i = 0, j = 0;
        while (i < pairs->size() || j < reference->size()) {
            const bool hasI = i < pairs->size(), hasJ = j < reference->size();
            if (hasI && hasJ && (*pairs)[i].a == (*reference)[j].a &&
                (*pairs)[i].b == (*reference)[j].b) {
                maxDiff = std::max(maxDiff, std::abs((*pairs)[i].area - (*reference)[j].area));
                ++i, ++j;
            } else if (hasI && (!hasJ || std::pair((*pairs)[i].a, (*pairs)[i].b) <
                                             std::pair((*reference)[j].a, (*reference)[j].b))) {
                mismatched += (*pairs)[i].area >= 1e-9 ? 1 : 0;
                ++i;
            } else {
                mismatched += (*reference)[j].area >= 1e-9 ? 1 : 0;
                ++j;
            }
        }
    }

    // The pair table as overlap-matrix writes it; the layers are dropped first so that N = 1M
    // holds either the geometries or the table rows, not both.
    const auto crs = readA->crs;
    std::vector<std::int64_t> fidsA = std::move(readA->fids), fidsB = std::move(readB->fids);
    readA = data::VectorLayer{};
    readB = data::VectorLayer{};
    // Written through the results writer in parts of at most 2M rows (one GeoPackage each):
    // its table lives in memory as attribute rows (~300 bytes a row), so 95M rows at once
    // would not fit.
    constexpr std::size_t kRowsPerFile = 2'000'000;
    double rowsMs = 0, writeMs = 0;
    int files = 0;
    const std::string outBase =
        QDir::temp()
            .filePath(QStringLiteral("cityweave-bench-overlap-%1-out").arg(n))
            .toStdString();
    analysis::AnalysisResult result;
    result.analysisId = "overlap-matrix";
    result.crs = crs;
    result.tables.push_back({"overlap_pairs", analysis::overlapPairColumns(), {}});
    auto& rows = result.tables.back().rows;
    auto flush = [&]() -> bool {
        const std::string outPath = outBase + "-" + std::to_string(files++) + ".gpkg";
        t.restart();
        auto written = analysis::writeResultsGeoPackage({result}, outPath);
        writeMs += t.nsecsElapsed() / 1e6;
        std::error_code ec;
        std::filesystem::remove(outPath, ec);
        rows.clear();
        if (!written)
            ctx.fail(written.error(), kOutputError);
        return bool(written);
    };
    for (auto& batch : batches) {
        t.restart();
        if (rows.empty())
            rows.reserve(std::min(kRowsPerFile + batch.size(), pairCount));
        for (const auto& p : batch)
            rows.push_back({std::string("a"), std::string("polygons"), fidsA[p.a], std::string("b"),
                            std::string("polygons"), fidsB[p.b], p.area});
        std::vector<analysis::OverlapPair>().swap(batch);
        rowsMs += t.nsecsElapsed() / 1e6;
        if (rows.size() >= kRowsPerFile && !flush())
            return kOutputError;
    }
    if ((!rows.empty() || files == 0) && !flush())
        return kOutputError;
    const double rss = peakResidentMiB();

    if (json) {
        QJsonObject o{{QStringLiteral("n"), n},
                      {QStringLiteral("read_ms"), readMs},
                      {QStringLiteral("index_ms"), indexMs},
                      {QStringLiteral("overlay_ms"), overlayMs},
                      {QStringLiteral("rows_ms"), rowsMs},
                      {QStringLiteral("write_ms"), writeMs},
                      {QStringLiteral("pairs"), qint64(pairCount)},
                      {QStringLiteral("total_area_m2"), totalArea},
                      {QStringLiteral("candidates"), qint64(stats.candidates)},
                      {QStringLiteral("geos_fallback"), qint64(stats.geosFallback)},
                      {QStringLiteral("geos_ms"), geosMs},
                      {QStringLiteral("geos_pairs"), qint64(geosPairs)},
                      {QStringLiteral("max_area_diff_m2"), maxDiff},
                      {QStringLiteral("mismatched_pairs"), qint64(mismatched)},
                      {QStringLiteral("geos_failed"), qint64(geosStats.geosFailed)},
                      {QStringLiteral("peak_rss_mib"), rss}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return kOk;
    }
    ctx.out
        << CliContext::tr("bench overlap: 2 x %1 random polygons (%2, %3)").arg(n).arg(pathA, pathB)
        << '\n'
        << CliContext::tr("  read both        %1 ms").arg(readMs, 9, 'f', 1) << '\n'
        << CliContext::tr("  index            %1 ms").arg(indexMs, 9, 'f', 1) << '\n'
        << CliContext::tr("  overlay (areas)  %1 ms: %2 pairs of %3 candidates, %4 via GEOS")
               .arg(overlayMs, 9, 'f', 1)
               .arg(qulonglong(pairCount))
               .arg(qulonglong(stats.candidates))
               .arg(qulonglong(stats.geosFallback))
        << '\n'
        << CliContext::tr("  total area       %1 m²").arg(totalArea, 0, 'f', 3) << '\n'
        << CliContext::tr("  table rows       %1 ms").arg(rowsMs, 9, 'f', 1) << '\n'
        << CliContext::tr("  write GeoPackage %1 ms (%2 file(s))")
               .arg(writeMs, 9, 'f', 1)
               .arg(files)
        << '\n';
    if (compare)
        ctx.out << CliContext::tr("  GEOS only        %1 ms: %2 pairs, max area difference %3 m², "
                                  "%4 pairs differ, "
                                  "GEOS failed on %5 (invalid generated polygons)")
                       .arg(geosMs, 9, 'f', 1)
                       .arg(qulonglong(geosPairs))
                       .arg(maxDiff, 0, 'g', 3)
                       .arg(qulonglong(mismatched))
                       .arg(qulonglong(geosStats.geosFailed))
                << '\n';
    ctx.out << CliContext::tr("  peak memory      %1 MiB").arg(rss, 9, 'f', 1) << Qt::endl;
    return kOk;
}

} // namespace

int benchCoverage(CliContext& ctx); // command_bench_coverage.cpp
int benchCsv(CliContext& ctx);      // command_bench_csv.cpp

int runBench(CliContext& ctx) {
    if (ctx.args.isEmpty())
        return ctx.usage(
            CliContext::tr("bench needs a target: render, overlap, coverage, report, csv."));
    const QString target = ctx.args.takeFirst();
    if (target == QStringLiteral("render"))
        return benchRender(ctx);
    if (target == QStringLiteral("overlap"))
        return benchOverlap(ctx);
    if (target == QStringLiteral("coverage"))
        return benchCoverage(ctx);
    if (target == QStringLiteral("report"))
        return runBenchReport(ctx);
    if (target == QStringLiteral("csv"))
        return benchCsv(ctx);
    return ctx.usage(CliContext::tr("Unknown bench target: %1").arg(target));
}

} // namespace cw::cli
