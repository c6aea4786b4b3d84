// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pilot_ranking/pilot_criteria.h"

#include "analysis/framework/builtin_analyses.h"
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/zone_layer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace cw::analysis {
using geometry::GeometryFamily;
using geometry::GeosGeometry;

double numericValue(const data::AttributeValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* s = std::get_if<std::string>(&v)) {
        char* end = nullptr;
        const double d = std::strtod(s->c_str(), &end);
        return !s->empty() && end && *end == '\0' ? d : NAN;
    }
    return NAN;
}

// Null for no data. (Assigned, not a ?: of variants: GCC 12 sees an uninitialised string.)
data::AttributeValue realOrNull(double v) {
    data::AttributeValue out;
    if (std::isfinite(v))
        out = v;
    return out;
}

data::AttributeValue idOrNull(std::int64_t v) {
    data::AttributeValue out;
    if (v > 0)
        out = v;
    return out;
}

MergedGeometry mergeLayer(GEOSContextHandle_t h, const data::VectorLayer& layer, bool dissolve) {
    std::vector<GEOSGeometry*> parts;
    for (std::size_t f = 0; f < layer.featureCount(); ++f)
        if (GeosGeometry g = geometry::toGeos(h, layer.geometries, f, layer.family))
            parts.push_back(g.release());
    MergedGeometry m;
    GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    unsigned(parts.size()))};
    m.geom = dissolve ? GeosGeometry{h, GEOSUnaryUnion_r(h, all.get())} : std::move(all);
    if (m.geom)
        m.prepared = PreparedPtr{GEOSPrepare_r(h, m.geom.get()), PreparedDeleter{h}};
    return m;
}

// Distinct projects and sectors with a feature touching each unit.
namespace {

// The result of an analysis run earlier in the batch with the same parameters; null: none.
const AnalysisResult* earlierRun(const AnalysisInput& input, const std::string& id,
                                 const std::map<std::string, std::string>& parameters) {
    if (input.earlierResults)
        for (const AnalysisResult& r : *input.earlierResults)
            if (r.analysisId == id && r.parameters == parameters)
                return &r;
    return nullptr;
}

// A coverage-gaps run earlier in the batch with its defaults over the same zone layer, however
// that layer was chosen (--zones or the zone_layer parameter); null: none.
const AnalysisResult* earlierCoverage(const AnalysisInput& input, const ZoneSet& zones) {
    const auto coverage = makeCoverageGapsAnalysis();
    const auto& specs = coverage->descriptor().parameters;
    const auto defaults = ParameterValues::resolve(specs, {});
    if (!defaults || !input.earlierResults)
        return nullptr;
    auto sameButZones = [&](std::map<std::string, std::string> a,
                            std::map<std::string, std::string> b) {
        for (auto* m : {&a, &b}) {
            m->erase(zoneParameters::kLayer);
            m->erase(zoneParameters::kNameField);
        }
        return a == b;
    };
    for (const AnalysisResult& r : *input.earlierResults) {
        if (r.analysisId != coverage->descriptor().id ||
            !sameButZones(r.parameters, defaults->all()))
            continue;
        const auto values = ParameterValues::resolve(specs, r.parameters);
        const auto chosen = values ? zoneLayerOf(input, *values) : Result<ZoneLayer>(ZoneLayer{});
        if (chosen && chosen->layer && chosen->layer == zones.layer)
            return &r;
    }
    return nullptr;
}

// Covered shares by zone id from that run; empty when there is none.
std::map<std::int64_t, double> earlierCoveredShares(const AnalysisInput& input,
                                                    const ZoneSet& zones) {
    std::map<std::int64_t, double> shares;
    const AnalysisResult* earlier = earlierCoverage(input, zones);
    const ResultLayer* layer = earlier ? earlier->layer("coverage_zones") : nullptr;
    if (!layer)
        return shares;
    std::size_t id = SIZE_MAX, share = SIZE_MAX;
    for (std::size_t c = 0; c < layer->columns.size(); ++c) {
        if (layer->columns[c].name == "zone_id")
            id = c;
        if (layer->columns[c].name == "covered_share")
            share = c;
    }
    if (id == SIZE_MAX || share == SIZE_MAX)
        return shares;
    for (const data::AttributeRow& row : layer->rows)
        shares[static_cast<std::int64_t>(numericValue(row[id]))] = numericValue(row[share]);
    return shares;
}

} // namespace

Result<Ok> countProjects(GEOSContextHandle_t h, const AnalysisInput& input, const ZoneSet& zones,
                         std::vector<double>& projects, std::vector<double>& sectors,
                         const CancelToken& cancel) {
    const std::size_t n = zones.zones.size();
    std::vector<std::set<std::uint32_t>> present(n);
    std::vector<std::uint32_t> hits;
    for (std::uint32_t p = 0; p < input.projects.size(); ++p) {
        for (const AnalysisLayer& l : input.projects[p].layers) {
            if (!l.data)
                continue;
            const data::VectorLayer& data = *l.data;
            for (std::size_t f = 0; f < data.featureCount(); ++f) {
                if (cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled);
                hits.clear();
                zones.index.query(data.geometries.envelope(f), hits);
                GeosGeometry g;
                for (const std::uint32_t z : hits) {
                    if (present[z].count(p))
                        continue;
                    if (!g)
                        g = geometry::toGeos(h, data.geometries, f, data.family);
                    if (g &&
                        GEOSPreparedIntersects_r(h, zones.zones[z].prepared.get(), g.get()) == 1)
                        present[z].insert(p);
                }
            }
        }
    }
    for (std::size_t z = 0; z < n; ++z) {
        std::set<project::Sector> s;
        for (const std::uint32_t p : present[z])
            if (input.projects[p].sector != project::Sector::None)
                s.insert(input.projects[p].sector);
        projects[z] = double(present[z].size());
        sectors[z] = double(s.size());
    }
    return Ok{};
}

// Best integration-zones score touching each unit (0 where none does).
Result<Ok> integrationScores(const AnalysisInput& input, const ParameterValues& params,
                             const ZoneSet& zones, std::vector<double>& out,
                             const CancelToken& cancel, const ProgressFn& progress,
                             std::vector<std::string>& warnings) {
    const auto analysis = makeIntegrationZonesAnalysis();
    auto values = ParameterValues::resolve(
        analysis->descriptor().parameters,
        {{"distance", data::toDisplayString(params.number("integration_distance"))}});
    if (!values)
        return values.error();
    const AnalysisResult* earlier = earlierRun(input, analysis->descriptor().id, values->all());
    Result<AnalysisResult> run = makeError(ErrorCode::InvalidArgument);
    if (!earlier) {
        run = analysis->run(input, *values, progress, cancel);
        if (!run) {
            if (run.error().code == ErrorCode::Cancelled)
                return run.error();
            warnings.push_back("integration zones could not be found: integration score 0");
            return Ok{};
        }
        earlier = &*run;
    }
    const ResultLayer* layer = earlier->layer("integration_zones");
    if (!layer)
        return Ok{};
    int scoreCol = -1;
    for (std::size_t i = 0; i < layer->columns.size(); ++i)
        if (layer->columns[i].name == "score")
            scoreCol = int(i);
    geometry::GeosContext geos;
    const GEOSContextHandle_t h2 = geos.handle();
    std::vector<std::uint32_t> hits;
    for (std::size_t f = 0; f < layer->geometries.featureCount(); ++f) {
        const double score = numericValue(layer->rows[f][std::size_t(scoreCol)]);
        GeosGeometry g = geometry::toGeos(h2, layer->geometries, f, GeometryFamily::Polygon);
        if (!g)
            continue;
        hits.clear();
        zones.index.query(layer->geometries.envelope(f), hits);
        for (const std::uint32_t z : hits) {
            GeosGeometry zg = geometry::toGeos(h2, zones.layer->geometries, zones.zones[z].source,
                                               GeometryFamily::Polygon);
            if (zg && GEOSIntersects_r(h2, zg.get(), g.get()) == 1)
                out[z] = std::max(out[z], score);
        }
    }
    return Ok{};
}

// 1 - covered share, with the coverage-gaps defaults; false when there are no assets.
bool uncoveredShares(GEOSContextHandle_t h, const AnalysisInput& input, const ZoneSet& zones,
                     std::vector<double>& out, std::vector<std::string>& warnings) {
    if (const auto shares = earlierCoveredShares(input, zones); !shares.empty()) {
        for (std::size_t z = 0; z < zones.zones.size(); ++z) {
            const auto it = shares.find(zones.zones[z].id);
            out[z] = it != shares.end() ? std::max(0.0, 1.0 - it->second) : NAN;
        }
        return true;
    }
    std::vector<std::string> notes;
    auto keywords = parseTypeKeywords(kDefaultTypeKeywords);
    std::vector<Asset> assets = collectAssets(input, defaultRadii(), *keywords, "", {}, notes);
    std::erase_if(assets, [](const Asset& a) { return a.type == AssetType::Other; });
    if (assets.empty()) {
        warnings.push_back("no point assets of a known type: the gaps criterion is left out");
        return false;
    }
    std::vector<Disc> discs;
    for (const Asset& a : assets)
        discs.push_back({a.at.x, a.at.y, a.radius});
    const ServiceAreas areas(h, std::move(discs));
    auto coverage = areas.coverageByZone(zones, false, {}, {});
    if (!coverage)
        return false;
    for (std::size_t z = 0; z < zones.zones.size(); ++z) {
        const ZoneShape& zone = zones.zones[z];
        out[z] = zone.area > 0 ? std::max(0.0, 1.0 - coverage->covered[z] / zone.area) : NAN;
    }
    return true;
}

// Groups of touching eligible units, numbered from 1 in unit order; 0 for ineligible ones.
std::vector<std::int64_t> clusters(GEOSContextHandle_t h, const ZoneSet& zones,
                                   const std::vector<bool>& eligible) {
    const std::size_t n = zones.zones.size();
    DisjointSets sets(n);
    std::vector<std::uint32_t> hits;
    for (std::size_t z = 0; z < n; ++z) {
        if (!eligible[z])
            continue;
        hits.clear();
        zones.index.query(zones.zones[z].envelope, hits);
        for (const std::uint32_t o : hits)
            if (o > z && eligible[o] &&
                GEOSPreparedIntersects_r(h, zones.zones[z].prepared.get(),
                                         zones.zones[o].geom.get()) == 1)
                sets.unite(z, o);
    }
    std::vector<std::int64_t> id(n, 0), byRoot(n, 0);
    std::int64_t next = 0;
    for (std::size_t z = 0; z < n; ++z) {
        if (!eligible[z])
            continue;
        std::int64_t& r = byRoot[sets.find(z)];
        if (r == 0)
            r = ++next;
        id[z] = r;
    }
    return id;
}
} // namespace cw::analysis
