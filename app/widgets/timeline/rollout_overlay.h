// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"
#include "widgets/map_tool.h"

#include <QPolygonF>
#include <QString>
#include <string>
#include <vector>

namespace cw::widgets {

/// The Korean name of a Seoul district (gu) for its administrative code ("11500" -> "강서구"),
/// or empty when the code is not one of Seoul's 25.
std::string seoulDistrictName(const std::string& code);

/// The polygons, in the map CRS, of the features whose text matches one of `districts` (codes
/// or names; a Seoul code also matches its gu name) in any field of a polygon layer among
/// `layers`. `matchedLayers` (optional) gets how many layers had a match.
std::vector<QPolygonF> districtOutlines(const std::vector<const render::LoadedLayer*>& layers,
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
