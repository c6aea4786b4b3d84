// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/map_settings.h"
#include "render/render_layer.h"

#include <vector>

class QPainter;

namespace cw::report {

/// Draws layers as vector paths straight onto a painter (a PDF page, an SVG), unlike
/// MapRenderer, which rasterises tiles for the screen. Units are the painter's (points in a
/// report); `settings` maps the world onto (0,0)-outputSize. Translucency is left to the
/// device (PDF keeps alpha natively), so no layer forces a page into an image. Vertices closer
/// than a quarter unit are dropped, which keeps the file small without a visible change.
class VectorMapPainter {
public:
    /// Returns the number of features drawn; stops early when cancelled.
    static std::size_t paint(QPainter& painter, const render::MapSettings& settings,
                             const std::vector<render::RenderLayer>& layers,
                             const CancelToken& cancel = {});
    static std::size_t paintLayer(QPainter& painter, const render::MapSettings& settings,
                                  const render::RenderLayer& layer, const CancelToken& cancel);
};

} // namespace cw::report
