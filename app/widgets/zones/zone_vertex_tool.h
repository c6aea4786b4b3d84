// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/planning/zone_editing.h"
#include "widgets/map_tool.h"
#include "widgets/zones/zone_snapper.h"

#include <QObject>
#include <optional>

namespace cw::widgets {

class MapCanvas;
class ZoneOverlay;

/// Edits the vertices of one zone polygon (in the map CRS): drag a vertex handle to move it,
/// drag an edge-midpoint handle to insert a vertex there, right-click a vertex (or hover it and
/// press Delete) to delete it. Each gesture ends in one edited() signal; the receiver decides
/// whether the result is acceptable and calls setPolygon() with what is now true.
class ZoneVertexTool : public QObject, public MapTool {
    Q_OBJECT

public:
    ZoneVertexTool(MapCanvas& canvas, ZoneOverlay& overlay, QObject* parent = nullptr);

    void setSnap(ZoneSnapFn snap) { m_snap = std::move(snap); }
    /// The zone being edited (its index in the overlay) and its polygon; -1 for none.
    void setPolygon(int zoneIndex, planning::ZonePolygon polygon);
    int zoneIndex() const { return m_zone; }

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;
    bool keyPress(QKeyEvent* event) override;
    void deactivate() override;

signals:
    /// One finished gesture: the polygon as it would be, and the undo text for it.
    void edited(const cw::planning::ZonePolygon& polygon, const QString& undoText);
    void message(const QString& text);
    /// The canvas dropped the tool (another took over, or it was unset).
    void deactivated();

private:
    std::optional<planning::VertexRef> vertexAt(QPointF pixel) const;
    std::optional<planning::VertexRef> midpointAt(QPointF pixel) const;
    void deleteVertex(planning::VertexRef vertex);
    void showWorking();

    MapCanvas& m_canvas;
    ZoneOverlay& m_overlay;
    ZoneSnapFn m_snap;
    int m_zone = -1;
    planning::ZonePolygon m_polygon; // as committed
    planning::ZonePolygon m_working; // while dragging
    std::optional<planning::VertexRef> m_dragged;
    std::optional<planning::VertexRef> m_hovered;
    QPointF m_pressPixel;
    bool m_inserting = false;
    bool m_moved = false;
};

} // namespace cw::widgets
