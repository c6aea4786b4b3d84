// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tool.h"

namespace cw::widgets {

// By default a tool lets every event through to the canvas (pan, zoom, click).
bool MapTool::mousePress(QMouseEvent*, QPointF) {
    return false;
}
bool MapTool::mouseMove(QMouseEvent*, QPointF) {
    return false;
}
bool MapTool::mouseRelease(QMouseEvent*, QPointF) {
    return false;
}
bool MapTool::mouseDoubleClick(QMouseEvent*, QPointF) {
    return false;
}
bool MapTool::keyPress(QKeyEvent*) {
    return false;
}

} // namespace cw::widgets
