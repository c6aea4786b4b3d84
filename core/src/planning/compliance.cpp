// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox compliance check. A project "runs under" a zone when the zone grants one of the
// exemptions the project needs and one of the project's features touches the zone; validity and
// caps are judged over those pairs. Coverage is judged per exemption against the union of all
// zones granting it, so a feature straddling two adjacent granting zones is compliant.
#include "cityweave/planning/compliance.h"

#include "geos_measure.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace cw::planning {
namespace {

using geometry::GeometryFamily;
using geometry::GeosGeometry;
using project::Exemption;
using project::ProjectInfo;
using project::SandboxZone;

struct PreparedArea {
    GeosGeometry geom;
    PreparedPtr prepared;
};

PreparedArea prepare(GEOSContextHandle_t h, GeosGeometry g) {
    PreparedArea area;
    area.geom = std::move(g);
    if (area.geom)
        area.prepared = PreparedPtr{GEOSPrepare_r(h, area.geom.get()), PreparedDeleter{h}};
    return area;
}

/// Per exemption, the union of the zones granting it (empty geometry: none grants it).
std::map<Exemption, PreparedArea> grantingAreas(GEOSContextHandle_t h,
                                                const std::vector<SandboxZone>& zones) {
    std::map<Exemption, PreparedArea> out;
    for (int e = 1; e <= project::kExemptionCount; ++e) {
        const auto exemption = static_cast<Exemption>(e);
        std::vector<GEOSGeometry*> parts;
        for (const auto& z : zones)
            if (z.grants(exemption) && z.area.featureCount() > 0)
                if (auto g = geometry::toGeos(h, z.area, 0, GeometryFamily::Polygon))
                    parts.push_back(g.release());
        if (parts.empty())
            continue;
        GeosGeometry all{h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                        static_cast<unsigned>(parts.size()))};
        out.emplace(exemption, prepare(h, GeosGeometry{h, GEOSUnaryUnion_r(h, all.get())}));
    }
    return out;
}

struct FeatureRef {
    const analysis::AnalysisLayer* layer;
    std::size_t index;
    GeosGeometry geom;
};

std::vector<FeatureRef> featuresOf(GEOSContextHandle_t h, const analysis::AnalysisProject& fp) {
    std::vector<FeatureRef> out;
    for (const auto& layer : fp.layers) {
        if (!layer.data)
            continue;
        const auto& store = layer.data->geometries;
        for (std::size_t f = 0; f < store.featureCount(); ++f)
            if (auto g = geometry::toGeos(h, store, f, layer.data->family))
                out.push_back({&layer, f, std::move(g)});
    }
    return out;
}

std::int64_t fidOf(const FeatureRef& ref) {
    const auto& fids = ref.layer->data->fids;
    return ref.index < fids.size() ? fids[ref.index] : static_cast<std::int64_t>(ref.index);
}

double tolerance(GeometryFamily family, const ComplianceOptions& o) {
    if (family == GeometryFamily::Polygon)
        return o.areaTolerance;
    return family == GeometryFamily::Line ? o.lengthTolerance : 0.0;
}

void checkCoverage(GEOSContextHandle_t h, const ProjectInfo& p,
                   const std::vector<FeatureRef>& features,
                   const std::map<Exemption, PreparedArea>& granting,
                   const ComplianceOptions& options, std::vector<Violation>& out) {
    for (Exemption e : p.requiredExemptions) {
        const auto it = granting.find(e);
        if (it == granting.end() || !it->second.prepared) {
            out.push_back({ViolationKind::NoZoneGrants, p.id, {}, {}, -1, e, {}, 0, 0});
            continue;
        }
        for (const auto& f : features) {
            if (GEOSPreparedCovers_r(h, it->second.prepared.get(), f.geom.get()) == 1)
                continue;
            const GeometryFamily family = f.layer->data->family;
            const double outside = measureWhole(h, f.geom.get(), family) -
                                   measureInside(h, f.geom.get(), it->second.geom.get(), family);
            if (outside > tolerance(family, options))
                out.push_back({ViolationKind::OutsideGrantingZones,
                               p.id,
                               {},
                               f.layer->id,
                               fidOf(f),
                               e,
                               {},
                               outside,
                               0});
        }
    }
}

bool needsAnyOf(const ProjectInfo& p, const SandboxZone& z) {
    return std::any_of(p.requiredExemptions.begin(), p.requiredExemptions.end(),
                       [&](Exemption e) { return z.grants(e); });
}

/// What runs under one zone, accumulated for its caps.
struct ZoneLoad {
    double projects = 0, features = 0, area = 0, length = 0;
    double of(project::CapKind kind) const {
        switch (kind) {
        case project::CapKind::Projects:
            return projects;
        case project::CapKind::Features:
            return features;
        case project::CapKind::AreaM2:
            return area;
        case project::CapKind::LengthM:
            return length;
        }
        return 0;
    }
};

void checkValidity(const ProjectInfo& p, const SandboxZone& z, std::vector<Violation>& out) {
    const double last = z.lastValidYear();
    if (p.endYear == 0 || p.endYear > last)
        out.push_back({ViolationKind::RunsPastValidity,
                       p.id,
                       z.id,
                       {},
                       -1,
                       {},
                       {},
                       static_cast<double>(p.endYear),
                       last});
    if (p.startYear != 0 && p.startYear < z.startYear)
        out.push_back({ViolationKind::StartsBeforeZone,
                       p.id,
                       z.id,
                       {},
                       -1,
                       {},
                       {},
                       static_cast<double>(p.startYear),
                       static_cast<double>(z.startYear)});
}

} // namespace

Result<std::vector<Violation>>
checkCompliance(const std::vector<ProjectInfo>& projects,
                const std::vector<analysis::AnalysisProject>& footprints,
                const std::vector<SandboxZone>& zones, const ComplianceOptions& options,
                const CancelToken& cancel) {
    geometry::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    const auto granting = grantingAreas(h, zones);
    std::vector<PreparedArea> zoneAreas;
    for (const auto& z : zones)
        zoneAreas.push_back(
            z.area.featureCount() > 0
                ? prepare(h, geometry::toGeos(h, z.area, 0, GeometryFamily::Polygon))
                : PreparedArea{});
    std::vector<ZoneLoad> loads(zones.size());
    std::vector<Violation> out;
    for (const auto& p : projects) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (p.requiredExemptions.empty())
            continue;
        const auto fp = std::find_if(footprints.begin(), footprints.end(),
                                     [&](const auto& f) { return f.id == p.id; });
        const auto features =
            fp == footprints.end() ? std::vector<FeatureRef>{} : featuresOf(h, *fp);
        checkCoverage(h, p, features, granting, options, out);
        for (std::size_t zi = 0; zi < zones.size(); ++zi) {
            const PreparedArea& area = zoneAreas[zi];
            if (!area.prepared || !needsAnyOf(p, zones[zi]))
                continue;
            ZoneLoad load;
            for (const auto& f : features) {
                if (GEOSPreparedIntersects_r(h, area.prepared.get(), f.geom.get()) != 1)
                    continue;
                const GeometryFamily family = f.layer->data->family;
                load.features += 1;
                if (family == GeometryFamily::Polygon)
                    load.area += measureInside(h, f.geom.get(), area.geom.get(), family);
                else if (family == GeometryFamily::Line)
                    load.length += measureInside(h, f.geom.get(), area.geom.get(), family);
            }
            if (load.features == 0)
                continue;
            checkValidity(p, zones[zi], out);
            loads[zi].projects += 1;
            loads[zi].features += load.features;
            loads[zi].area += load.area;
            loads[zi].length += load.length;
        }
    }
    for (std::size_t zi = 0; zi < zones.size(); ++zi)
        for (const auto& cap : zones[zi].caps)
            if (loads[zi].of(cap.kind) > cap.limit)
                out.push_back({ViolationKind::CapExceeded,
                               {},
                               zones[zi].id,
                               {},
                               -1,
                               {},
                               cap.kind,
                               loads[zi].of(cap.kind),
                               cap.limit});
    std::stable_sort(out.begin(), out.end(), [](const Violation& a, const Violation& b) {
        return std::tie(a.projectId, a.zoneId, a.layerId, a.featureId) <
               std::tie(b.projectId, b.zoneId, b.layerId, b.featureId);
    });
    return out;
}

} // namespace cw::planning
