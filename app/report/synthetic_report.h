// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "report/report_data.h"

#include <QString>

namespace cw::report {

/// A report input of a chosen size for benchmarks: `features` random polygons (written to a
/// GeoPackage in `folder`, read back and indexed like a project layer) split over four sector
/// projects, and `zones` integration zones spread over Seoul, each with a page of its own.
Result<ReportData> syntheticReportData(const QString& folder, std::size_t features,
                                       std::size_t zones);

} // namespace cw::report
