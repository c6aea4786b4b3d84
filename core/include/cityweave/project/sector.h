// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/style/layer_style.h"

#include <optional>
#include <string>

namespace cw::project {

/// The four sectors of Seoul's smart-city plan; `None` for base layers.
enum class Sector { None, Transport, Safety, Energy, IndustrySpace };

/// "transport", "safety", "energy", "industry_space", "none": the form stored in files.
const char* sectorKey(Sector sector);
std::optional<Sector> sectorFromKey(const std::string& key);

/// Default colours per sector, distinct for colour-blind readers (Okabe-Ito based).
style::Rgba sectorColor(Sector sector);
/// A default style for a layer of a sector; `variant` shifts the shade so that several
/// layers of one project stay apart.
style::LayerStyle defaultStyleForSector(Sector sector, int variant = 0);

} // namespace cw::project
