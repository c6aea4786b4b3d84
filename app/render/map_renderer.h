// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/map_settings.h"
#include "render/render_layer.h"
#include "render/tile_cache.h"

#include <QColor>
#include <QImage>
#include <vector>

namespace cw::render {

/// Draws layers into an image: the one renderer behind the map canvas, the CLI and reports.
///
/// Each layer is drawn in square tiles on a grid anchored at the map origin, on all cores, and
/// tiles are cached per layer and resolution. A pan therefore draws only the tiles it uncovers,
/// and toggling one layer re-composes the others from the cache.
class MapRenderer {
public:
    static constexpr int kTileSize = 256;

    explicit MapRenderer(std::size_t cacheBytes = std::size_t(384) << 20);

    /// Renders bottom-to-top; returns a null image when cancelled.
    QImage render(const MapSettings& settings, const std::vector<RenderLayer>& layers,
                  const CancelToken& cancel = {}, RenderStats* stats = nullptr);
    void setBackground(QColor color) { m_background = color; }
    void setThreadCount(int threads) { m_threads = threads; }
    void clearCache() { m_cache.clear(); }

private:
    TileCache m_cache;
    QColor m_background = Qt::white;
    int m_threads = 0; // 0: one per core
};

} // namespace cw::render
