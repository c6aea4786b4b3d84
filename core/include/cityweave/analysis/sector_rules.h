// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rule table is project data (saved in the project file); analyses use it by these names.
#include "cityweave/project/sector_rules.h"

namespace cw::analysis {
using project::Relation;
using project::relationFromKey;
using project::relationKey;
using project::SectorRule;
using project::SectorRuleTable;
using project::ZoneLabel;
using project::zoneLabelFromKey;
using project::zoneLabelKey;
} // namespace cw::analysis
