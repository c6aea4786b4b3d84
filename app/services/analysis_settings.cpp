// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysis_settings.h"

#include "cityweave/crs/plan_crs.h"

namespace cw::services {

Result<crs::Crs> AnalysisSettings::crs() const {
    auto crs = crs::Crs::fromUserInput(crsText.empty() ? crs::kPlanCrsText : crsText);
    if (!crs)
        return crs.error();
    if (crs->isGeographic())
        return makeError(ErrorCode::NotProjectedCrs, {crsGivenAs, crsText});
    return crs;
}

} // namespace cw::services
