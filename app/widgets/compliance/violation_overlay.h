// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"
#include "widgets/map_tool.h"

#include <QColor>
#include <vector>

namespace cw::widgets {

/// One thing to highlight, in the map CRS: a violating feature or a zone whose validity or
/// cap is violated.
struct HighlightShape {
    enum class Role { Feature, Zone };
    Role role = Role::Feature;
    geometry::GeometryFamily family = geometry::GeometryFamily::Polygon;
    std::vector<std::vector<geometry::Coord>> parts; ///< rings, line strings or single points
    geometry::Envelope extent;
    int violation = -1; ///< the index of the violation it shows

    /// Feature `feature` of `store` (already in the map CRS).
    static HighlightShape fromStore(const geometry::GeometryStore& store, std::size_t feature,
                                    geometry::GeometryFamily family, Role role, int violation);
};

/// Paints the compliance check's violations over the map: features thick red (polygons
/// hatched, lines wide, points ringed), zones dashed red, the selected violation stronger
/// and on top.
class ViolationOverlay : public MapOverlay {
public:
    static QColor highlightColor() { return {0xe0, 0x10, 0x10}; }

    void setShapes(std::vector<HighlightShape> shapes) { m_shapes = std::move(shapes); }
    const std::vector<HighlightShape>& shapes() const { return m_shapes; }
    /// -1: none selected.
    void setSelectedViolation(int index) { m_selected = index; }
    int selectedViolation() const { return m_selected; }
    /// Hidden while the compliance dock is closed, so the map goes back to normal.
    void setVisible(bool visible) { m_visible = visible; }
    bool isVisible() const { return m_visible; }

    void paint(QPainter& painter, const render::MapSettings& view) override;

private:
    void paintShape(QPainter& painter, const render::MapSettings& view, const HighlightShape& shape,
                    bool selected) const;

    std::vector<HighlightShape> m_shapes;
    int m_selected = -1;
    bool m_visible = true;
};

} // namespace cw::widgets
