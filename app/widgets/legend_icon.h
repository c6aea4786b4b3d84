// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"
#include "cityweave/style/layer_style.h"

#include <QColor>
#include <QIcon>

namespace cw::widgets {

/// Small swatches that tell the user how a layer or a sector looks on the map.
class LegendIcon {
public:
    static QColor toQColor(const style::Rgba& rgba);
    /// A polygon square, a line stroke or a point symbol in the layer's colours.
    static QIcon forStyle(const style::LayerStyle& style, geometry::GeometryFamily family);
    /// A plain colour swatch, e.g. a project's sector colour.
    static QIcon swatch(const QColor& color);
};

} // namespace cw::widgets
