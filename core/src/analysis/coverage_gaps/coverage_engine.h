// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the coverage-gaps and pilot-ranking analyses: point assets with service areas,
// zones, covered area per zone and the greedy placement of new sites.

#include "analysis/geometry/disc_coverage.h"
#include "analysis/geometry/road_network.h"
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/parameter.h"
#include "cityweave/geometry/packed_rtree.h"
#include "geometry/geos_bridge.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace cw::analysis {

enum class AssetType { IotSensor, Cctv, EvCharger, ParkingSensor, RoadsideUnit, Other };

struct AssetTypeInfo {
    AssetType type;
    const char* key; ///< "iot_sensor"; parameter "radius_<key>"
    project::LocalizedText name;
    double defaultRadius;       ///< m
    project::LocalizedText why; ///< where the default comes from
};
const std::array<AssetTypeInfo, 6>& assetTypes();
const AssetTypeInfo& assetTypeInfo(AssetType type);

/// "parking=parking_sensor;cctv=cctv": keyword -> type, first match wins (so put "parking"
/// before "sensor"). Matched case-insensitively as substrings.
struct TypeKeyword {
    std::string keyword;
    AssetType type;
};
Result<std::vector<TypeKeyword>> parseTypeKeywords(const std::string& text);
extern const char* const kDefaultTypeKeywords;

struct Asset {
    geometry::Coord at;
    AssetType type = AssetType::Other;
    double radius = 0;
    std::uint32_t project = 0; ///< index into AnalysisInput::projects
};

/// The point features of every project layer (except `skipLayers`), typed by `typeField` when
/// the layer has that field, else by the layer id and names. Notes on guessed types go to
/// `warnings`.
/// Service radius per AssetType, in the order of assetTypes().
using RadiusTable = std::array<double, 6>;
RadiusTable defaultRadii();
/// The radii from the parameters "radius_<type key>".
RadiusTable radiiFrom(const ParameterValues& params);

std::vector<Asset> collectAssets(const AnalysisInput& input, const RadiusTable& radii,
                                 const std::vector<TypeKeyword>& keywords,
                                 const std::string& typeField,
                                 const std::vector<std::string>& skipLayers,
                                 std::vector<std::string>& warnings);

using geometry::PreparedDeleter;
using geometry::PreparedPtr;

/// One zone: the polygon, and its ring when it is a generated convex cell (the exact disc
/// formula applies then).
struct ZoneShape {
    std::int64_t id = 0;
    std::string name;
    geometry::GeosGeometry geom;
    PreparedPtr prepared;
    std::vector<geometry::Coord> convexRing;
    geometry::Envelope envelope;
    double area = 0;
    std::size_t source = 0; ///< feature index in the zone layer
};

struct ZoneSet {
    std::shared_ptr<const data::VectorLayer> layer;
    std::vector<ZoneShape> zones;
    geometry::PackedRTree index;
};

/// Zones from a polygon layer (`convexCells`: its features are generated convex cells).
ZoneSet makeZoneSet(GEOSContextHandle_t h, std::shared_ptr<const data::VectorLayer> layer,
                    const std::string& nameField, bool convexCells);

/// Pointy-top hexagons `width` across the flats covering `extent`, fields as makeSquareGrid's.
Result<data::VectorLayer> makeHexGrid(const geometry::Envelope& extent, double width,
                                      const crs::Crs& crs);
/// Keeps the cells whose centre lies inside `boundary` (polygons).
data::VectorLayer cellsInside(GEOSContextHandle_t h, const data::VectorLayer& cells,
                              const data::VectorLayer& boundary);

/// The service areas of some assets: discs, or polygons when given (network service areas).
class ServiceAreas {
public:
    ServiceAreas(GEOSContextHandle_t h, std::vector<Disc> discs,
                 std::vector<geometry::GeosGeometry> polygons = {});
    bool usesPolygons() const { return m_network; }
    std::size_t size() const { return m_discs.size(); }
    bool empty() const { return m_discs.empty(); }

    /// Area of `zone` covered by the union of the service areas. Convex cells with disc
    /// service areas use the exact formula; otherwise GEOS (discs as 128-gons, whose area is
    /// 0.04 % below the disc's).
    double coveredArea(const ZoneShape& zone) const;
    /// coveredArea of every zone; for network service areas in one overlay of all zones.
    Result<std::vector<double>> coveredAreas(const ZoneSet& zones, const CancelToken& cancel) const;
    /// Covered area and, with `withGaps`, the gap (the zone less the service areas; an empty
    /// store when nothing is left) of every zone. Discs: zones side by side on every core, one
    /// union of the nearby discs per zone serving both.
    struct ZoneCoverage {
        std::vector<double> covered;
        std::vector<geometry::GeometryStore> gaps; // one feature or none, per zone
        std::vector<double> gapAreas;
    };
    Result<ZoneCoverage> coverageByZone(const ZoneSet& zones, bool withGaps,
                                        const CancelToken& cancel,
                                        const ProgressFn& progress) const;
    /// Covered area of any polygon (GEOS).
    double coveredArea(const GEOSGeometry* polygon, const geometry::Envelope& envelope) const;
    /// `zone` minus the service areas (GEOS); null when nothing is left.
    geometry::GeosGeometry gap(const ZoneShape& zone) const;
    /// Whether a point lies in a service area.
    bool covers(double x, double y) const;

private:
    std::vector<std::uint32_t> near(const geometry::Envelope& e) const;
    const GEOSGeometry* polygon(std::uint32_t i) const;
    geometry::GeosGeometry localUnion(const std::vector<std::uint32_t>& ids) const;
    /// The discs near `envelope` that reach `polygon` (the others add nothing to its cover).
    std::vector<std::uint32_t> discsReaching(GEOSContextHandle_t h, const GEOSGeometry* polygon,
                                             const geometry::Envelope& envelope) const;
    /// The union of some discs as GEOS polygons in context `h` (thread-safe).
    geometry::GeosGeometry discUnion(GEOSContextHandle_t h,
                                     const std::vector<std::uint32_t>& ids) const;

    GEOSContextHandle_t m_h;
    std::vector<Disc> m_discs; // centre and reach (the network reach for polygons)
    mutable std::vector<geometry::GeosGeometry> m_polygons;
    mutable std::vector<PreparedPtr> m_prepared;
    geometry::PackedRTree m_index;
    bool m_network = false;
};

/// Network service areas: the road reachable within each asset's radius, buffered by
/// `halfWidth`. Assets farther than `maxSnap` from every road get an empty area.
std::vector<geometry::GeosGeometry> networkServiceAreas(GEOSContextHandle_t h,
                                                        const RoadNetwork& network,
                                                        const std::vector<Asset>& assets,
                                                        double maxSnap, double halfWidth,
                                                        std::size_t* unreachable);

struct GreedyPick {
    std::uint32_t candidate = 0;
    double gain = 0;
};
/// Greedy maximum coverage: `covers[c]` lists the demand points candidate c reaches;
/// `weight[p]` is a point's demand; points already `covered` count for nothing. Picks up to
/// `k` candidates, each the one adding the most uncovered demand (ties: lowest index), stopping
/// early when no candidate adds any. Gains only shrink as sites are added, so a stale gain is an
/// upper bound and is recomputed lazily (Minoux's accelerated greedy): same picks, fewer sums.
std::vector<GreedyPick> greedyMaxCoverage(const std::vector<std::vector<std::uint32_t>>& covers,
                                          const std::vector<double>& weight,
                                          std::vector<bool> covered, std::size_t k);

} // namespace cw::analysis
