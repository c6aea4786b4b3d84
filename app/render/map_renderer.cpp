// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_renderer.h"

#include "render/feature_painter.h"
#include "render/label_painter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <atomic>
#include <cmath>
#include <functional>
#include <thread>

namespace cw::render {
namespace {

std::string styleHash(const style::LayerStyle& s) {
    // Opacity is applied when composing, so it is not part of a tile's identity.
    return s.fill.toHex() + s.stroke.toHex() + std::to_string(s.strokeWidthMm) + "/" +
           std::to_string(s.pointSizeMm) + "/" + std::to_string(int(s.pointSymbol));
}

struct TileJob {
    std::size_t layer;
    std::int64_t column, row;
    TileKey key;
    QImage image;
};

} // namespace

MapRenderer::MapRenderer(std::size_t cacheBytes) : m_cache(cacheBytes) {}

QImage MapRenderer::render(const MapSettings& settings, const std::vector<RenderLayer>& layers,
                           const CancelToken& cancel, RenderStats* stats) {
    QElapsedTimer timer;
    timer.start();
    RenderStats local;
    RenderStats& st = stats ? *stats : local;
    st = RenderStats{};

    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_background);
    if (!settings.isValid())
        return image;

    const double mupp = settings.mapUnitsPerPixel();
    const double T = kTileSize * mupp; // tile size in map units
    const geometry::Envelope view = settings.visibleExtent();
    // Tile (c, r) spans map x [c*T, (c+1)*T) and map y (-(r+1)*T, -r*T]: rows grow downwards.
    const auto c0 = static_cast<std::int64_t>(std::floor(view.minX / T));
    const auto c1 = static_cast<std::int64_t>(std::floor(view.maxX / T));
    const auto r0 = static_cast<std::int64_t>(std::floor(-view.maxY / T));
    const auto r1 = static_cast<std::int64_t>(std::floor(-view.minY / T));

    std::vector<TileJob> jobs;
    std::vector<std::size_t> todo;
    const double scale = settings.scaleDenominator();
    const auto isDrawn = [&](const RenderLayer& layer) {
        return layer.geometries && !layer.labelsOnly && layer.style.visibleAtScale(scale);
    };
    for (std::size_t l = 0; l < layers.size(); ++l) {
        if (!isDrawn(layers[l]))
            continue;
        const std::string layerKey = layers[l].key + "|" + styleHash(layers[l].style);
        for (std::int64_t r = r0; r <= r1; ++r)
            for (std::int64_t c = c0; c <= c1; ++c) {
                TileJob job{l, c, r, TileKey{layerKey, mupp, c, r}, {}};
                if (auto cached = m_cache.find(job.key)) {
                    job.image = *cached;
                    ++st.tilesFromCache;
                } else {
                    todo.push_back(jobs.size());
                }
                jobs.push_back(std::move(job));
            }
    }

    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> drawnTotal{0};
    auto worker = [&] {
        std::size_t drawn = 0;
        for (std::size_t i; (i = next.fetch_add(1)) < todo.size();) {
            if (cancel.isCancelled())
                break;
            TileJob& job = jobs[todo[i]];
            const FeaturePainter painter(layers[job.layer], mupp, settings.dpi());
            job.image = painter.paintTile(job.column * T, -job.row * T, kTileSize, cancel, drawn);
            if (!cancel.isCancelled())
                m_cache.insert(job.key, job.image);
        }
        drawnTotal += drawn;
    };
    const int threads =
        m_threads > 0 ? m_threads : std::max(1, int(std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads, int(todo.size())); ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    st.tilesRendered = int(todo.size());
    st.featuresDrawn = drawnTotal;
    if (cancel.isCancelled()) {
        st.cancelled = true;
        return {};
    }

    // Compose bottom-to-top at whole-pixel offsets so that tiles meet without seams.
    QPainter p(&image);
    const double originPx = view.minX / mupp, originPy = -view.maxY / mupp;
    std::size_t j = 0;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        if (!isDrawn(layers[l]))
            continue;
        p.setOpacity(std::clamp(layers[l].style.opacity, 0.0, 1.0));
        for (; j < jobs.size() && jobs[j].layer == l; ++j) {
            if (jobs[j].image.isNull())
                continue;
            const double x = std::round(jobs[j].column * double(kTileSize) - originPx);
            const double y = std::round(jobs[j].row * double(kTileSize) - originPy);
            p.drawImage(QPointF(x, y), jobs[j].image);
        }
    }
    p.setOpacity(1.0);
    LabelPainter labels(settings);
    for (const RenderLayer& layer : layers)
        if (!layer.style.labelField.empty() && layer.style.visibleAtScale(scale))
            labels.paint(p, layer, cancel);
    st.labelRects = labels.placed();
    p.end();
    st.milliseconds = timer.nsecsElapsed() / 1e6;
    return image;
}

} // namespace cw::render
