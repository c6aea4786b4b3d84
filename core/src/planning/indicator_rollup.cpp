// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator roll-up by apportionment: a project present in several zones gives each zone the
// share of its footprint lying there. Additive indicators (t/yr, kWh) are summed by share;
// intensive ones (%) are averaged, weighted by share, over the projects that report them.
#include "cityweave/planning/indicator_rollup.h"

#include "geos_measure.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace cw::planning {
namespace {

using geometry::GeometryFamily;
using geometry::GeosGeometry;

/// Which measure a project's footprint is apportioned by: the highest dimension it has.
GeometryFamily dominantFamily(const analysis::AnalysisProject& fp) {
    GeometryFamily best = GeometryFamily::Unknown;
    for (const auto& l : fp.layers) {
        if (!l.data || l.data->featureCount() == 0)
            continue;
        if (l.data->family == GeometryFamily::Polygon)
            return GeometryFamily::Polygon;
        if (l.data->family == GeometryFamily::Line || best == GeometryFamily::Unknown)
            best = l.data->family;
    }
    return best;
}

/// The project's features of `family` dissolved into one geometry (overlaps counted once).
GeosGeometry dissolvedFootprint(GEOSContextHandle_t h, const analysis::AnalysisProject& fp,
                                GeometryFamily family) {
    std::vector<GEOSGeometry*> parts;
    for (const auto& l : fp.layers) {
        if (!l.data || l.data->family != family)
            continue;
        for (std::size_t f = 0; f < l.data->geometries.featureCount(); ++f)
            if (auto g = geometry::toGeos(h, l.data->geometries, f, family))
                parts.push_back(g.release());
    }
    if (parts.empty())
        return {};
    GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size()))};
    if (family == GeometryFamily::Point)
        return all;
    return GeosGeometry{h, GEOSUnaryUnion_r(h, all.get())};
}

std::string zoneName(const data::VectorLayer& zones, std::size_t z, int nameField) {
    if (nameField >= 0 && z < zones.attributes.size())
        return data::toDisplayString(zones.attributes[z][static_cast<std::size_t>(nameField)]);
    return std::to_string(z < zones.fids.size() ? zones.fids[z] : static_cast<std::int64_t>(z));
}

/// Share of the footprint in each zone. Points go to the first zone covering them, so shares
/// of a point project never add up to more than one.
std::vector<double> sharesByZone(GEOSContextHandle_t h, const GEOSGeometry* footprint,
                                 GeometryFamily family, const std::vector<GeosGeometry>& zones) {
    std::vector<double> shares(zones.size(), 0.0);
    const double whole = measureWhole(h, footprint, family);
    if (whole <= 0)
        return shares;
    if (family == GeometryFamily::Point) {
        const int n = GEOSGetNumGeometries_r(h, footprint);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* pt = GEOSGetGeometryN_r(h, footprint, i);
            for (std::size_t z = 0; z < zones.size(); ++z)
                if (zones[z] && GEOSCovers_r(h, zones[z].get(), pt) == 1) {
                    shares[z] += 1.0 / whole;
                    break;
                }
        }
        return shares;
    }
    for (std::size_t z = 0; z < zones.size(); ++z)
        if (zones[z])
            shares[z] = measureInside(h, footprint, zones[z].get(), family) / whole;
    return shares;
}

struct Sums {
    double weighted = 0;
    double weight = 0;
    bool any = false;
    void add(double share, const std::optional<double>& v) {
        if (!v)
            return;
        weighted += share * *v;
        weight += share;
        any = true;
    }
    std::optional<double> value(bool additive) const {
        if (!any)
            return std::nullopt;
        if (additive)
            return weighted;
        return weight > 0 ? std::optional<double>(weighted / weight) : std::nullopt;
    }
};

struct Accumulator {
    Sums baseline, target, measured;
    int projects = 0;
    bool additive = true;
};

} // namespace

Result<std::vector<IndicatorRollupRow>>
rollupIndicators(const std::vector<project::ProjectInfo>& projects,
                 const std::vector<analysis::AnalysisProject>& footprints,
                 const data::VectorLayer& zones, const std::string& zoneNameField) {
    const int nameField = zoneNameField.empty() ? -1 : zones.fieldIndex(zoneNameField);
    if (!zoneNameField.empty() && nameField < 0)
        return makeError(ErrorCode::InvalidArgument, {"zone-name", zoneNameField});
    geometry::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    std::vector<GeosGeometry> zoneGeoms;
    for (std::size_t z = 0; z < zones.geometries.featureCount(); ++z)
        zoneGeoms.push_back(geometry::toGeos(h, zones.geometries, z, GeometryFamily::Polygon));

    // (zone index, indicator id, unit, year) → sums
    std::map<std::tuple<std::size_t, std::string, std::string, int>, Accumulator> acc;
    for (const auto& p : projects) {
        if (p.indicators.empty())
            continue;
        const auto fp = std::find_if(footprints.begin(), footprints.end(),
                                     [&](const auto& f) { return f.id == p.id; });
        if (fp == footprints.end())
            continue;
        const GeometryFamily family = dominantFamily(*fp);
        const GeosGeometry footprint = dissolvedFootprint(h, *fp, family);
        if (!footprint)
            continue;
        const auto shares = sharesByZone(h, footprint.get(), family, zoneGeoms);
        for (std::size_t z = 0; z < shares.size(); ++z) {
            if (shares[z] <= 0)
                continue;
            for (const auto& ind : p.indicators) {
                auto& a = acc[{z, ind.id, ind.unit, ind.year}];
                a.additive = ind.additive;
                a.baseline.add(shares[z], ind.baseline);
                a.target.add(shares[z], ind.target);
                a.measured.add(shares[z], ind.measured);
                a.projects += 1;
            }
        }
    }
    std::vector<IndicatorRollupRow> rows;
    for (const auto& [key, a] : acc) {
        const auto& [z, id, unit, year] = key;
        rows.push_back({zoneName(zones, z, nameField), id, unit, year, a.baseline.value(a.additive),
                        a.target.value(a.additive), a.measured.value(a.additive), a.projects});
    }
    return rows;
}

} // namespace cw::planning
