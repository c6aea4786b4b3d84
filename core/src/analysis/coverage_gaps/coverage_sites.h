// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to coverage-gaps: the prepared run (assets, zones, service areas, demand) and the
// suggestion of new sites.

#include "analysis/coverage_gaps/coverage_engine.h"
#include "cityweave/analysis/analysis_result.h"

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cw::analysis {

struct CoverageSetup {
    GEOSContextHandle_t h = nullptr;
    std::vector<Asset> assets;
    ZoneSet zones;
    std::vector<geometry::GeosGeometry> networkAreas; ///< one per asset in network mode
    std::unique_ptr<ServiceAreas> combined;

    // Demand polygons with their density (value / area).
    std::shared_ptr<const data::VectorLayer> demand;
    std::vector<geometry::GeosGeometry> demandGeoms;
    std::vector<PreparedPtr> demandPrepared;
    std::vector<double> demandDensity;
    geometry::PackedRTree demandIndex;
    std::shared_ptr<const data::VectorLayer> candidates;

    /// Reads the parameters of coverage-gaps: assets, layers, zones, service areas.
    static Result<CoverageSetup> create(GEOSContextHandle_t h, const AnalysisInput& input,
                                        const ParameterValues& params,
                                        std::vector<std::string>& warnings);

    /// The service areas of the assets passing `keep`.
    ServiceAreas serviceAreas(const std::function<bool(const Asset&)>& keep) const;
    std::vector<std::int64_t> assetsPerZone() const;
    std::vector<std::uint32_t> projectsWithAssets() const;
    /// (demand, covered demand) of a zone.
    std::pair<double, double> demandIn(const ZoneShape& zone, const ServiceAreas& areas) const;
    /// Demand density at a point (0 outside every demand polygon).
    double densityAt(double x, double y) const;
};

struct SitePick {
    double x = 0;
    double y = 0;
    std::int64_t candidateFid = -1; ///< fid in the candidate layer, -1 for lattice points
    double gain = 0;                ///< demand (m², or demand units) the site adds
};

struct SiteSuggestion {
    std::vector<SitePick> picks;
    double totalWeight = 0;   ///< demand on the lattice inside the zones
    double coveredBefore = 0; ///< of it, already covered
    double radius = 0;
    std::string type;
};

Result<SiteSuggestion> suggestSites(GEOSContextHandle_t h, const CoverageSetup& setup,
                                    const ParameterValues& params, const CancelToken& cancel,
                                    const std::function<void(double)>& progress);

/// The "coverage_new_sites" point layer and the "coverage_site_gains" table.
void appendSiteOutputs(const SiteSuggestion& sites, AnalysisResult& result);

} // namespace cw::analysis
