// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/code_join_result.h"

#include "analysis/framework/builtin_analyses.h"
#include "cityweave/core/utc_time.h"

namespace cw::analysis {

AnalysisResult codeJoinResult(data::CodeJoinResult joined, const CodeJoinProvenance& from,
                              const std::string& layerName) {
    AnalysisResult r;
    r.analysisId = "join-by-code";
    r.parameters = {{"table", from.table},
                    {"boundaries", from.boundaries},
                    {"table_key", from.spec.tableKey},
                    {"boundary_key", from.spec.boundaryKey},
                    {"convert", data::codeConversionKey(from.spec.conversion)},
                    {"conversion_used", data::codeConversionKey(joined.conversionUsed)}};
    r.computedAt = utcTimestamp();
    r.crs = joined.layer.crs;
    ResultLayer layer;
    layer.key = layerName;
    layer.family = joined.layer.family;
    layer.geometries = std::move(joined.layer.geometries);
    layer.columns = std::move(joined.layer.fields);
    layer.rows = std::move(joined.layer.attributes);
    r.layers.push_back(std::move(layer));
    r.summary["matched_boundaries"] = static_cast<double>(joined.matchedBoundaries);
    r.summary["unmatched_table_keys"] = static_cast<double>(joined.unmatchedTableKeys.size());
    r.summary["unmatched_boundary_keys"] = static_cast<double>(joined.unmatchedBoundaryKeys.size());
    return r;
}

} // namespace cw::analysis
