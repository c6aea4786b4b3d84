// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/render_layer.h"

#include <QImage>

namespace cw::render {

/// Draws one layer's features into one tile image. `originX/Y` is the map position of the
/// tile's top-left pixel corner; pixels are `mapUnitsPerPixel` wide. Geometry is simplified to
/// screen resolution: vertices closer than half a pixel are dropped and sub-pixel features
/// become single pixels, so a million tiny polygons cost little more than a million pixels.
class FeaturePainter {
public:
    FeaturePainter(const RenderLayer& layer, double mapUnitsPerPixel, double dpi);
    /// Returns the number of features drawn; a null image when nothing fell on the tile.
    QImage paintTile(double originX, double originY, int tileSize, const CancelToken& cancel,
                     std::size_t& featuresDrawn) const;

private:
    const RenderLayer& m_layer;
    double m_mupp;
    double m_strokePx;
    double m_pointPx;
};

double millimetresToPixels(double mm, double dpi);

} // namespace cw::render
