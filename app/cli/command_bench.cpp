// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_context.h"

#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/synthetic_data.h"
#include "cityweave/project/sector.h"
#include "render/map_renderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

namespace cw::cli {
namespace {

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

int benchRender(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const QString sizeText = ctx.takeOption(QStringLiteral("--size"));
    QString dataPath = ctx.takeOption(QStringLiteral("--data"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const int threads = ctx.takeOption(QStringLiteral("--threads")).toInt(); // 0: all cores
    bool ok = false;
    const qlonglong n = nText.toLongLong(&ok);
    if (!ok || n <= 0)
        return ctx.usage(CliContext::tr("bench render needs --n N (a positive number of polygons)."));
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
        auto written = data::writeRandomPolygons(dataPath.toStdString(), "polygons", spec,
                                                 [&](double f) { ctx.progress(CliContext::tr("Generating"), f); });
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
    const double rss = peakRssMiB();
    if (json) {
        QJsonObject o{{QStringLiteral("n"), n},
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
                   .arg(n).arg(size.width()).arg(size.height()).arg(dataPath) << '\n'
            << CliContext::tr("  open + read      %1 ms").arg(readMs, 8, 'f', 1) << '\n'
            << CliContext::tr("  reproject+index  %1 ms").arg(indexMs, 8, 'f', 1) << '\n'
            << CliContext::tr("  first full draw  %1 ms (%2 tiles)").arg(first.milliseconds, 8, 'f', 1).arg(first.tilesRendered) << '\n'
            << CliContext::tr("  zoom-in 2x draw  %1 ms").arg(zoomed.milliseconds, 8, 'f', 1) << '\n'
            << CliContext::tr("  pan at 2x zoom   %1 ms (%2 new tiles, %3 cached)")
                   .arg(pan.milliseconds, 8, 'f', 1).arg(pan.tilesRendered).arg(pan.tilesFromCache) << '\n'
            << CliContext::tr("  peak memory      %1 MiB").arg(rss, 8, 'f', 1) << Qt::endl;
    return kOk;
}

} // namespace

int runBench(CliContext& ctx) {
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("bench needs a target: render."));
    const QString target = ctx.args.takeFirst();
    if (target == QStringLiteral("render"))
        return benchRender(ctx);
    return ctx.usage(CliContext::tr("Unknown bench target: %1").arg(target));
}

} // namespace cw::cli
