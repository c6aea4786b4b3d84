// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_settings.h"

#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace cw::widgets {

/// Something drawn over the map image each paint, in widget pixels (edit handles, highlights,
/// sandbox zones being edited). Overlays are cheap to paint; they never wait for a render.
class MapOverlay {
public:
    virtual ~MapOverlay() = default;
    virtual void paint(QPainter& painter, const render::MapSettings& view) = 0;
};

/// The canvas' active interaction (e.g. drawing a zone). It sees mouse and key events before
/// the canvas pans; returning true consumes the event. `mapPos` is in the map CRS.
class MapTool {
public:
    virtual ~MapTool() = default;
    virtual bool mousePress(QMouseEvent* event, QPointF mapPos);
    virtual bool mouseMove(QMouseEvent* event, QPointF mapPos);
    virtual bool mouseRelease(QMouseEvent* event, QPointF mapPos);
    virtual bool mouseDoubleClick(QMouseEvent* event, QPointF mapPos);
    virtual bool keyPress(QKeyEvent* event);
    /// Another tool took over, or the tool was unset: drop any half-done work.
    virtual void deactivate() {}
};

} // namespace cw::widgets
