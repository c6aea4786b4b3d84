// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"
#include "widgets/map_tool.h"

#include <QColor>
#include <functional>
#include <vector>

namespace cw::widgets {

/// Features drawn over the map in one colour (the selection in yellow, the identified feature
/// in red): polygons filled translucently and outlined, lines thick, points as rings. Finds
/// each layer's geometries through `find` at paint time, so a reloaded layer never dangles.
class FeatureMarksOverlay : public MapOverlay {
public:
    struct Mark {
        QString layerId;
        std::size_t feature;
    };
    using FindLayer = std::function<const render::LoadedLayer*(const QString& layerId)>;

    FeatureMarksOverlay(QColor colour, FindLayer find)
        : m_colour(colour), m_find(std::move(find)) {}

    void setMarks(std::vector<Mark> marks) { m_marks = std::move(marks); }
    const std::vector<Mark>& marks() const { return m_marks; }
    void paint(QPainter& painter, const render::MapSettings& view) override;

private:
    QColor m_colour;
    FindLayer m_find;
    std::vector<Mark> m_marks;
};

} // namespace cw::widgets
