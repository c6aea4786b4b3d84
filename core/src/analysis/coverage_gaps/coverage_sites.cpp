// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/coverage_gaps/coverage_sites.h"

#include "analysis/framework/layer_refs.h"
#include "analysis/geometry/zone_grid.h"
#include "cityweave/analysis/zone_layer.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::Coord;
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

std::vector<Disc> discsOf(const std::vector<Asset>& assets) {
    std::vector<Disc> discs;
    discs.reserve(assets.size());
    for (const Asset& a : assets)
        discs.push_back({a.at.x, a.at.y, a.radius});
    return discs;
}

double numeric(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* s = std::get_if<std::string>(&v)) {
        char* end = nullptr;
        const double d = std::strtod(s->c_str(), &end);
        return end && *end == '\0' && !s->empty() ? d : NAN;
    }
    return NAN;
}

// Lattice points of spacing `step` (offset by half a step from multiples of it) inside the
// zones, each once.
std::vector<Coord> latticeInside(GEOSContextHandle_t h, const ZoneSet& zones, double step,
                                 const CancelToken& cancel) {
    std::set<std::pair<long long, long long>> seen;
    std::vector<Coord> out;
    for (const ZoneShape& z : zones.zones) {
        if (cancel.isCancelled())
            return {};
        const long long i0 = (long long)std::floor(z.envelope.minX / step - 0.5);
        const long long i1 = (long long)std::ceil(z.envelope.maxX / step - 0.5);
        const long long j0 = (long long)std::floor(z.envelope.minY / step - 0.5);
        const long long j1 = (long long)std::ceil(z.envelope.maxY / step - 0.5);
        for (long long j = j0; j <= j1; ++j) {
            for (long long i = i0; i <= i1; ++i) {
                const double x = (double(i) + 0.5) * step, y = (double(j) + 0.5) * step;
                if (!z.envelope.contains(x, y) || seen.count({i, j}))
                    continue;
                GeosGeometry pt{h, GEOSGeom_createPointFromXY_r(h, x, y)};
                if (GEOSPreparedIntersects_r(h, z.prepared.get(), pt.get()) != 1)
                    continue;
                seen.insert({i, j});
                out.push_back({x, y});
            }
        }
    }
    return out;
}
} // namespace

Result<CoverageSetup> CoverageSetup::create(GEOSContextHandle_t h, const AnalysisInput& input,
                                            const ParameterValues& params,
                                            std::vector<std::string>& warnings) {
    CoverageSetup s;
    s.h = h;
    auto keywords = parseTypeKeywords(params.text("type_keywords"));
    if (!keywords)
        return keywords.error();
    auto road =
        resolveLayerRef(input, "road_layer", params.text("road_layer"), GeometryFamily::Line);
    auto demand = resolveLayerRef(input, "demand_layer", params.text("demand_layer"),
                                  GeometryFamily::Polygon);
    auto candidates =
        resolveLayerRef(input, "candidates", params.text("candidates"), GeometryFamily::Point);
    auto boundary =
        resolveLayerRef(input, "boundary", params.text("boundary"), GeometryFamily::Polygon);
    for (const auto* r : {&road, &demand, &candidates, &boundary})
        if (!*r)
            return r->error();
    s.candidates = *candidates;

    const std::vector<std::string> skip = {params.text("road_layer"), params.text("demand_layer"),
                                           params.text("candidates"), params.text("boundary")};
    RadiusTable radii = radiiFrom(params);
    std::vector<std::string> notes;
    s.assets = collectAssets(input, radii, *keywords, params.text("type_field"), skip, notes);
    const bool other = params.flag("include_other");
    if (!other)
        std::erase_if(s.assets, [](const Asset& a) { return a.type == AssetType::Other; });
    for (std::string& n : notes)
        n += other ? " (counted with the radius of 'other')"
                   : " (left out: set include_other to count it)";
    warnings.insert(warnings.end(), notes.begin(), notes.end());
    if (s.assets.empty())
        return makeError(ErrorCode::NothingToAnalyse, {"point_assets"});

    // Zones.
    auto chosen = zoneLayerOf(input, params);
    if (!chosen)
        return chosen.error();
    if (params.text("zones") == "layer" && chosen->layer) {
        s.zones = makeZoneSet(h, chosen->layer, chosen->nameField, false);
    } else {
        // The grid is clipped to the boundary, else to the zone layer (a grid chosen over gu
        // still stops at the city limit), else spans the assets' extent.
        const std::shared_ptr<const data::VectorLayer> clip = *boundary ? *boundary : chosen->layer;
        if (params.text("zones") == "layer")
            warnings.push_back("no zone layer given: using a " +
                               data::toDisplayString(params.number("grid_size")) +
                               " m grid over the " + (clip ? "boundary" : "assets' extent"));
        Envelope extent;
        if (clip) {
            extent = clip->geometries.extent();
        } else {
            double reach = 0;
            for (const Asset& a : s.assets) {
                extent.expand(a.at.x, a.at.y);
                reach = std::max(reach, a.radius);
            }
            extent = Envelope::of(extent.minX - reach, extent.minY - reach, extent.maxX + reach,
                                  extent.maxY + reach);
        }
        const double size = params.number("grid_size");
        auto grid = params.text("grid_shape") == "hexagon"
                        ? makeHexGrid(extent, size, input.crs)
                        : makeSquareGrid(extent, size, input.crs);
        if (!grid)
            return grid.error();
        if (clip)
            *grid = cellsInside(h, *grid, *clip);
        s.zones = makeZoneSet(h, std::make_shared<const data::VectorLayer>(std::move(grid).value()),
                              "cell", true);
    }
    if (s.zones.zones.empty())
        return makeError(ErrorCode::NothingToAnalyse, {"zones"});

    // Service areas.
    if (*road) {
        const RoadNetwork network({road->get()});
        std::size_t unreachable = 0;
        s.networkAreas = networkServiceAreas(h, network, s.assets, params.number("network_snap"),
                                             params.number("network_width"), &unreachable);
        if (unreachable > 0)
            warnings.push_back(std::to_string(unreachable) +
                               " assets are farther than network_snap from every road: they "
                               "serve nothing in network mode");
    }
    s.combined = std::make_unique<ServiceAreas>(s.serviceAreas([](const Asset&) { return true; }));

    // Demand.
    if (*demand) {
        s.demand = *demand;
        const int field = s.demand->fieldIndex(params.text("demand_field"));
        if (field < 0)
            return s.demand->missingField(params.text("demand_field"));
        std::vector<Envelope> boxes;
        for (std::size_t f = 0; f < s.demand->featureCount(); ++f) {
            GeosGeometry g = geometry::toGeos(h, s.demand->geometries, f, GeometryFamily::Polygon);
            double area = 0;
            const double value = numeric(s.demand->attributes[f][std::size_t(field)]);
            if (!g || !GEOSArea_r(h, g.get(), &area) || !(area > 0) || !std::isfinite(value))
                continue;
            s.demandDensity.push_back(value / area);
            s.demandPrepared.emplace_back(GEOSPrepare_r(h, g.get()), PreparedDeleter{h});
            s.demandGeoms.push_back(std::move(g));
            boxes.push_back(s.demand->geometries.envelope(f));
        }
        s.demandIndex = geometry::PackedRTree(boxes);
    }
    return s;
}

ServiceAreas CoverageSetup::serviceAreas(const std::function<bool(const Asset&)>& keep) const {
    std::vector<Asset> kept;
    std::vector<GeosGeometry> polygons;
    for (std::size_t i = 0; i < assets.size(); ++i) {
        if (!keep(assets[i]))
            continue;
        kept.push_back(assets[i]);
        if (!networkAreas.empty())
            polygons.emplace_back(h, networkAreas[i] ? GEOSGeom_clone_r(h, networkAreas[i].get())
                                                     : GEOSGeom_createEmptyPolygon_r(h));
    }
    return ServiceAreas(h, discsOf(kept), std::move(polygons));
}

std::vector<std::int64_t> CoverageSetup::assetsPerZone() const {
    std::vector<std::int64_t> counts(zones.zones.size(), 0);
    std::vector<std::uint32_t> hits;
    for (const Asset& a : assets) {
        hits.clear();
        zones.index.query(Envelope::of(a.at.x, a.at.y, a.at.x, a.at.y), hits);
        std::sort(hits.begin(), hits.end());
        GeosGeometry pt{h, GEOSGeom_createPointFromXY_r(h, a.at.x, a.at.y)};
        // The first zone (layer order) holding the asset, edges included.
        for (const std::uint32_t z : hits)
            if (GEOSPreparedIntersects_r(h, zones.zones[z].prepared.get(), pt.get()) == 1) {
                ++counts[z];
                break;
            }
    }
    return counts;
}

std::vector<std::uint32_t> CoverageSetup::projectsWithAssets() const {
    std::set<std::uint32_t> ps;
    for (const Asset& a : assets)
        ps.insert(a.project);
    return {ps.begin(), ps.end()};
}

std::pair<double, double> CoverageSetup::demandIn(const ZoneShape& zone,
                                                  const ServiceAreas& areas) const {
    std::vector<std::uint32_t> hits;
    demandIndex.query(zone.envelope, hits);
    std::sort(hits.begin(), hits.end());
    double total = 0, covered = 0;
    for (const std::uint32_t d : hits) {
        if (GEOSPreparedContains_r(h, demandPrepared[d].get(), zone.geom.get()) == 1) {
            total += demandDensity[d] * zone.area;
            covered += demandDensity[d] * areas.coveredArea(zone);
            continue;
        }
        GeosGeometry piece{h, GEOSIntersection_r(h, zone.geom.get(), demandGeoms[d].get())};
        double area = 0;
        if (!piece || !GEOSArea_r(h, piece.get(), &area) || !(area > 0))
            continue;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(h, piece.get(), &x0);
        GEOSGeom_getYMin_r(h, piece.get(), &y0);
        GEOSGeom_getXMax_r(h, piece.get(), &x1);
        GEOSGeom_getYMax_r(h, piece.get(), &y1);
        total += demandDensity[d] * area;
        covered += demandDensity[d] * areas.coveredArea(piece.get(), Envelope::of(x0, y0, x1, y1));
    }
    return {total, covered};
}

double CoverageSetup::densityAt(double x, double y) const {
    std::vector<std::uint32_t> hits;
    demandIndex.query(Envelope::of(x, y, x, y), hits);
    std::sort(hits.begin(), hits.end());
    GeosGeometry pt{h, GEOSGeom_createPointFromXY_r(h, x, y)};
    for (const std::uint32_t d : hits)
        if (GEOSPreparedIntersects_r(h, demandPrepared[d].get(), pt.get()) == 1)
            return demandDensity[d];
    return 0.0;
}

Result<SiteSuggestion> suggestSites(GEOSContextHandle_t h, const CoverageSetup& setup,
                                    const ParameterValues& params, const CancelToken& cancel,
                                    const std::function<void(double)>& progress) {
    SiteSuggestion out;
    const auto k = std::size_t(params.integer("new_sites"));
    out.type = params.text("new_site_type");
    out.radius = params.number("radius_" + out.type);
    if (k == 0)
        return out;
    const double step = params.number("site_resolution");
    const std::vector<Coord> points = latticeInside(h, setup.zones, step, cancel);
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    progress(0.3);
    std::vector<double> weight(points.size(), step * step);
    std::vector<bool> covered(points.size(), false);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (setup.demand)
            weight[i] *= setup.densityAt(points[i].x, points[i].y);
        covered[i] = setup.combined->covers(points[i].x, points[i].y);
        out.totalWeight += weight[i];
        out.coveredBefore += covered[i] ? weight[i] : 0.0;
    }
    progress(0.5);

    // Candidates: the layer's points, or lattice points inside the zones.
    std::vector<Coord> sites;
    std::vector<std::int64_t> fids;
    if (setup.candidates) {
        const data::VectorLayer& c = *setup.candidates;
        for (std::size_t f = 0; f < c.featureCount(); ++f)
            for (std::size_t p = c.geometries.firstPart(f); p < c.geometries.endPart(f); ++p)
                for (const Coord& at : c.geometries.part(p)) {
                    sites.push_back(at);
                    fids.push_back(c.fids[f]);
                }
    } else {
        sites = latticeInside(h, setup.zones, params.number("candidate_spacing"), cancel);
        // Ties (wholly uncovered land gains the same everywhere) go to the lowest index: order
        // the lattice by distance to the assets' centre, so new sites grow the network inward
        // instead of filling the study area's corners first.
        double cx = 0, cy = 0;
        for (const Asset& a : setup.assets)
            cx += a.at.x, cy += a.at.y;
        cx /= double(setup.assets.size());
        cy /= double(setup.assets.size());
        std::stable_sort(sites.begin(), sites.end(), [&](const Coord& a, const Coord& b) {
            return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
        });
        fids.assign(sites.size(), -1);
    }

    // Uncovered demand points by bucket of the radius, then what each candidate reaches.
    const double r = out.radius;
    auto bucket = [r](double x, double y) {
        return std::pair{(long long)std::floor(x / r), (long long)std::floor(y / r)};
    };
    struct PairHash {
        std::size_t operator()(const std::pair<long long, long long>& p) const {
            return std::hash<long long>()(p.first * 73856093LL ^ p.second * 19349663LL);
        }
    };
    std::unordered_map<std::pair<long long, long long>, std::vector<std::uint32_t>, PairHash> grid;
    for (std::uint32_t i = 0; i < points.size(); ++i)
        if (!covered[i] && weight[i] > 0)
            grid[bucket(points[i].x, points[i].y)].push_back(i);
    std::vector<std::vector<std::uint32_t>> covers(sites.size());
    for (std::size_t c = 0; c < sites.size(); ++c) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        const auto [bx, by] = bucket(sites[c].x, sites[c].y);
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                const auto it = grid.find({bx + dx, by + dy});
                if (it == grid.end())
                    continue;
                for (const std::uint32_t p : it->second) {
                    const double ex = points[p].x - sites[c].x, ey = points[p].y - sites[c].y;
                    if (ex * ex + ey * ey <= r * r)
                        covers[c].push_back(p);
                }
            }
    }
    progress(0.7);
    for (const GreedyPick& pick : greedyMaxCoverage(covers, weight, covered, k))
        out.picks.push_back(
            {sites[pick.candidate].x, sites[pick.candidate].y, fids[pick.candidate], pick.gain});
    progress(1.0);
    return out;
}

void appendSiteOutputs(const SiteSuggestion& sites, AnalysisResult& result) {
    ResultLayer layer{"coverage_new_sites", GeometryFamily::Point, {}, {}, {}};
    layer.columns = {{"site", FieldType::Integer},
                     {"candidate_fid", FieldType::Integer},
                     {"asset_type", FieldType::String},
                     {"radius_m", FieldType::Real},
                     {"gain", FieldType::Real},
                     {"cumulative_gain", FieldType::Real},
                     {"covered_share_after", FieldType::Real}};
    ResultTable table{"coverage_site_gains", layer.columns, {}};
    table.columns.insert(table.columns.begin() + 2,
                         {{"x", FieldType::Real}, {"y", FieldType::Real}});
    double cumulative = 0;
    for (std::size_t i = 0; i < sites.picks.size(); ++i) {
        const SitePick& p = sites.picks[i];
        cumulative += p.gain;
        data::AttributeValue share, fid; // null unless known
        if (sites.totalWeight > 0)
            share = (sites.coveredBefore + cumulative) / sites.totalWeight;
        if (p.candidateFid >= 0)
            fid = p.candidateFid;
        layer.geometries.beginFeature();
        layer.geometries.beginPart(false);
        layer.geometries.addCoord(p.x, p.y);
        layer.geometries.endPart();
        layer.geometries.endFeature();
        layer.rows.push_back(
            {std::int64_t(i + 1), fid, sites.type, sites.radius, p.gain, cumulative, share});
        table.rows.push_back({std::int64_t(i + 1), fid, p.x, p.y, sites.type, sites.radius, p.gain,
                              cumulative, share});
    }
    if (!sites.picks.empty() || sites.totalWeight > 0) {
        result.layers.push_back(std::move(layer));
        result.tables.push_back(std::move(table));
    }
}

} // namespace cw::analysis
