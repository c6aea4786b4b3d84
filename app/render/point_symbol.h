// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/style/layer_style.h"

#include <QPointF>

class QPainter;

namespace cw::render {

/// Draws one point symbol, `size` across, centred on `centre`, with the painter's pen and
/// brush. The one drawing of point symbols: the map on screen and in PNG, the PDF and SVG
/// painter and the legends all call it, so a triangle is a triangle everywhere.
void drawPointSymbol(QPainter& painter, QPointF centre, double size, style::PointSymbol symbol);

} // namespace cw::render
