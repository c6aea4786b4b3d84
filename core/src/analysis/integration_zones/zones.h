// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The zones of integration-zones: what run() finds (members, projects, rules, label, score)
// and then draws (a polygon per zone).

#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/sector_rules.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "geometry/geos_bridge.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace cw::analysis::zones {

struct Zone {
    std::vector<std::uint32_t> members;                               // catalog indices, ascending
    std::vector<std::uint32_t> projects;                              // input order
    std::vector<const SectorRule*> rules;                             // rule-table order
    std::vector<std::pair<std::uint32_t, std::uint32_t>> overlapping; // project pairs, a < b
    std::vector<std::pair<std::uint32_t, std::uint32_t>> bridges;     // feature pairs
    ZoneLabel label = ZoneLabel::Neutral;
    double score = 0;
    std::size_t sectorCount = 0;
    geometry::GeosGeometry geometry;
    double area = 0;
    double minX = 0;
    double minY = 0;
};

/// Draws each zone's polygon: the union of its members buffered by `zoneBuffer` and of the
/// bridges the buffers leave open, merged by the overlay engine; sets geometry, area, minX and
/// minY. Progress in [0, 1].
Status drawZones(GEOSContextHandle_t h, const AnalysisInput& input, const FeatureCatalog& catalog,
                 std::vector<Zone>& zones, double zoneBuffer, const CancelToken& cancel,
                 const ProgressFn& progress);

} // namespace cw::analysis::zones
