// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/map_settings.h"
#include "render/render_layer.h"

#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace cw::report {

/// Render-layer keys starting with this mark base layers (outlines belonging to no project),
/// which the locator inset always draws.
inline constexpr const char* kBaseLayerPrefix = "base:";

/// One legend line: a swatch in the layer's style and its name.
struct LegendEntry {
    QString name;
    style::LayerStyle style;
    geometry::GeometryFamily family = geometry::GeometryFamily::Polygon;
};

/// A framed vector map on a page: the map clipped to its frame, the scale bar and north arrow
/// drawn by the same MapDecorations as the canvas, and an optional locator inset.
class MapFrame {
public:
    /// Settings that fit `extent` into a frame of `frameSize` points (72 units per inch).
    static render::MapSettings settingsFor(const crs::Crs& crs, const geometry::Envelope& extent,
                                           QSizeF frameSize);
    static void draw(QPainter& painter, const QRectF& frame, const render::MapSettings& settings,
                     const std::vector<render::RenderLayer>& layers, const CancelToken& cancel);
    /// A small map of `context` layers over `contextExtent` in the frame's top-right corner,
    /// with `highlight` (the main map's extent) outlined in red.
    static void drawLocatorInset(QPainter& painter, const QRectF& frame,
                                 const std::vector<render::RenderLayer>& context,
                                 const crs::Crs& crs, const geometry::Envelope& contextExtent,
                                 const geometry::Envelope& highlight);
    /// Draws entries in columns across `width`, starting at `topLeft`; returns the height used.
    static double drawLegend(QPainter& painter, QPointF topLeft, double width, const QString& title,
                             const std::vector<LegendEntry>& entries);
    static double legendHeight(double width, const std::vector<LegendEntry>& entries);
};

} // namespace cw::report
