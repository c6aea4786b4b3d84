// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/crs.h"
#include "cityweave/geometry/geometry_store.h"
#include "widgets/map_tool.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <optional>
#include <vector>

namespace cw::widgets {

/// Measures a distance along clicked points, or the area they enclose: on the WGS 84 ellipsoid
/// and in the plane of the map CRS when it is projected, each said which. A click adds a point,
/// the mouse shows the next segment, a double click or Enter ends the measurement (the next
/// click starts a new one), Backspace drops the last point, Esc clears.
class MeasureTool : public QObject, public MapTool, public MapOverlay {
    Q_OBJECT

public:
    enum class Mode { Distance, Area };

    explicit MeasureTool(Mode mode, QObject* parent = nullptr) : QObject(parent), m_mode(mode) {}

    void setCrs(const crs::Crs& crs) { m_crs = crs; }
    Mode mode() const { return m_mode; }
    /// The last result as a sentence (empty before the first point).
    const QString& text() const { return m_text; }
    /// Adds a point as a click does (tests and scripts).
    void addPoint(QPointF mapPos);
    void finish();

    bool mousePress(QMouseEvent* event, QPointF mapPos) override;
    bool mouseMove(QMouseEvent* event, QPointF mapPos) override;
    bool mouseRelease(QMouseEvent* event, QPointF mapPos) override;
    bool mouseDoubleClick(QMouseEvent* event, QPointF mapPos) override;
    bool keyPress(QKeyEvent* event) override;
    void deactivate() override;
    void paint(QPainter& painter, const render::MapSettings& view) override;

signals:
    void measured(const QString& text);
    void changed();

private:
    void update();
    QString describe(const std::vector<geometry::Coord>& points) const;

    Mode m_mode;
    crs::Crs m_crs;
    std::vector<geometry::Coord> m_points;
    std::optional<QPointF> m_hover;
    bool m_finished = false;
    QString m_text;
};

} // namespace cw::widgets
