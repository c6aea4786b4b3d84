// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_settings.h"

#include <QRectF>

class QPainter;

namespace cw::render {

/// Scale bar and north arrow, drawn the same way on the canvas, in the CLI's PNG and in reports.
class MapDecorations {
public:
    /// A bar of a round length (1, 2 or 5 x 10^n metres) about a fifth of the view wide,
    /// anchored at `bottomLeft`. Returns the rectangle it covered.
    static QRectF drawScaleBar(QPainter& painter, const MapSettings& settings, QPointF bottomLeft);
    static void drawNorthArrow(QPainter& painter, QPointF center, double size);
    /// The round ground length, in metres, of a scale bar at most `maxMetres` long.
    static double niceLength(double maxMetres);
};

} // namespace cw::render
