// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cw::crs {

/// Korea 2000 / Central Belt 2010, in metres: the CRS a plan is stored and measured in (sandbox
/// zones, the project view's default, the analyses' default), so areas come out in m². One
/// constant, so that no front end writes the number again.
inline constexpr int kPlanEpsg = 5186;
inline constexpr const char* kPlanCrsText = "EPSG:5186";

} // namespace cw::crs
