// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/planning/zone_editing.h"
#include "widgets/map_tool.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>
#include <vector>

namespace cw::widgets {

/// A sandbox zone as drawn: its name and its polygon in the MAP CRS.
struct ZoneShape {
    QString name;
    planning::ZonePolygon polygon;
    /// False when the timeline shows a year the zone is not designated in: not drawn unless
    /// selected or edited.
    bool inForce = true;
};

/// Draws every sandbox zone (translucent fill, outline, name), the selected ones highlighted,
/// the edited one with vertex and edge-midpoint handles, the draft being drawn with its rubber
/// band, and the snap marker. Holds only what it is given: the controller keeps it current.
class ZoneOverlay : public MapOverlay {
public:
    static constexpr double kHandleRadiusPx = 5;

    void setZones(std::vector<ZoneShape> zones) { m_zones = std::move(zones); }
    const std::vector<ZoneShape>& zones() const { return m_zones; }
    void setSelection(std::vector<int> selected) { m_selected = std::move(selected); }
    /// The zone whose handles show (-1: none); `polygon` overrides its shape while dragging.
    void setEdited(int index, std::optional<planning::ZonePolygon> polygon = std::nullopt);
    /// The vertices drawn so far (map CRS), the rubber band's free end, and whether the draft
    /// closes into a polygon (false: a split line).
    void setDraft(QVector<QPointF> vertices, std::optional<QPointF> rubberEnd, bool closes);
    void setSnapMarker(std::optional<QPointF> mapPos) { m_snap = mapPos; }
    /// Where the zone names went in the last paint (view pixels).
    const std::vector<QRectF>& nameRects() const { return m_names; }
    /// Where the map's own labels are (view pixels), which zone names keep clear of.
    void setOccupied(std::function<std::vector<QRectF>()> occupied) {
        m_occupied = std::move(occupied);
    }

    void paint(QPainter& painter, const render::MapSettings& view) override;

private:
    void paintZone(QPainter& painter, const render::MapSettings& view,
                   const planning::ZonePolygon& polygon, const QString& name, bool selected) const;
    void paintHandles(QPainter& painter, const render::MapSettings& view,
                      const planning::ZonePolygon& polygon) const;
    void paintDraft(QPainter& painter, const render::MapSettings& view) const;

    std::vector<ZoneShape> m_zones;

    mutable std::vector<QRectF> m_placedLabels; // names drawn this paint, to avoid overlaps
    std::function<std::vector<QRectF>()> m_occupied;
    mutable std::vector<QRectF> m_names;
    std::vector<int> m_selected;
    int m_edited = -1;
    std::optional<planning::ZonePolygon> m_editedOverride;
    QVector<QPointF> m_draft;
    std::optional<QPointF> m_rubberEnd;
    bool m_draftCloses = true;
    std::optional<QPointF> m_snap;
};

} // namespace cw::widgets
