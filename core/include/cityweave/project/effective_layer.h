// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

namespace cw::project {

/// `entry` as the active scenario draws it: its table replaced by the scenario's variant, if
/// any. In project, not planning, because reading a plan's layers (analysis) needs it.
LayerEntry effectiveLayer(const Project& project, const LayerEntry& entry);

} // namespace cw::project
