// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <functional>
#include <optional>

namespace cw::widgets {

/// Where a point under the mouse lands: the snapped map position, or nothing to snap to.
/// `pixelTolerance` is converted to map units by the implementation (it knows the view).
using ZoneSnapFn = std::function<std::optional<QPointF>(QPointF mapPos)>;

} // namespace cw::widgets
