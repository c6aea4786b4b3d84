// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw {

/// Now, as "2026-11-25T14:30:00Z" (ISO 8601, UTC, whole seconds): when a result was computed.
/// From <chrono>'s calendar, so the same on Linux and Windows (which has no gmtime_r).
std::string utcTimestamp();

} // namespace cw
