// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <functional>
#include <optional>

namespace cw::widgets {

/// Where a point under the mouse lands: the snapped map position, or nothing within reach.
/// The implementation knows the view, so it turns its pixel reach into map units.
using ZoneSnapFn = std::function<std::optional<QPointF>(QPointF mapPos)>;

} // namespace cw::widgets
