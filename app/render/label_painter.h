// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"
#include "render/map_settings.h"
#include "render/render_layer.h"

#include <QFont>
#include <QRectF>
#include <vector>

class QPainter;

namespace cw::render {

/// Places feature labels (Hangul included) over a composed map, skipping any that would
/// overlap a label already placed. Drawn on the whole image, not per tile, so no label is cut.
class LabelPainter {
public:
    explicit LabelPainter(const MapSettings& settings);
    void paint(QPainter& painter, const RenderLayer& layer, const CancelToken& cancel);

    /// The font used for map text: a CJK font when one is installed, so Hangul never shows as
    /// boxes.
    static QFont mapFont(double pointSize);
    /// The rectangles of the labels placed so far, in pixels, with their margin.
    const std::vector<QRectF>& placed() const { return m_placed; }

private:
    /// The centre of a label of `width` x `height` pixels for a feature, by the layer's
    /// placement.
    QPointF labelAnchor(const geometry::Envelope& env, const RenderLayer& layer, double height,
                        double width) const;

    const MapSettings& m_settings;
    std::vector<QRectF> m_placed;
};

} // namespace cw::render
