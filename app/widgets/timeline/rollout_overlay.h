// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/render_layer.h"
#include "widgets/map_tool.h"

#include <QPolygonF>
#include <QString>
#include <string>
#include <vector>

namespace cw::widgets {

/// The Korean name of a Seoul district (gu) for its administrative code ("11500" -> "강서구"),
/// or empty when the code is not one of Seoul's 25.
std::string seoulDistrictName(const std::string& code);

/// The polygons, in the map CRS, of the drawn features whose text or integer fields match one
/// of `districts` (codes or names; a Seoul code also matches its gu name), among the polygon
/// layers of `layers` (as the map draws them, feature masks included). `matchedLayers`
/// (optional) gets how many layers had a match.
std::vector<QPolygonF> districtOutlines(const std::vector<render::RenderLayer>& layers,
                                        const std::vector<std::string>& districts,
                                        int* matchedLayers = nullptr);

/// Outlines the districts a stage-3 roll-out has reached, with a caption naming them.
class RolloutOverlay : public MapOverlay {
public:
    void setOutlines(std::vector<QPolygonF> rings, QString caption);
    void clear() { setOutlines({}, {}); }
    const std::vector<QPolygonF>& outlines() const { return m_rings; }
    const QString& caption() const { return m_caption; }
    void paint(QPainter& painter, const render::MapSettings& view) override;

private:
    std::vector<QPolygonF> m_rings; // map CRS
    QString m_caption;
};

} // namespace cw::widgets
