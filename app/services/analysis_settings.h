// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"

#include <string>

namespace cw::services {

/// Where analyses measure, one setting for every front end. Areas are reported in m² and
/// distances in metres, so the CRS must be projected: the plan CRS (EPSG:5186) unless the user
/// picks another projected one.
struct AnalysisSettings {
    std::string crsText;              ///< as the user gave it; empty: the plan CRS
    std::string crsGivenAs = "--crs"; ///< where the user gave it, named in the error

    /// The CRS, or UnknownCrs, or NotProjectedCrs for a geographic one.
    Result<crs::Crs> crs() const;
};

} // namespace cw::services
