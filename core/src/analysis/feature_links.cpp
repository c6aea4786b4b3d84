// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/feature_links.h"

#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cw::analysis {
using geometry::Envelope;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

FeatureCatalog::~FeatureCatalog() {
    for (const GEOSPreparedGeometry* p : m_prepared)
        if (p)
            GEOSPreparedGeom_destroy_r(m_h, p);
}

void FeatureCatalog::add(const FeatureRef& ref, GeosGeometry geometry) {
    if (!geometry || GEOSisEmpty_r(m_h, geometry.get()) != 0)
        return;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(m_h, geometry.get(), &x0);
    GEOSGeom_getYMin_r(m_h, geometry.get(), &y0);
    GEOSGeom_getXMax_r(m_h, geometry.get(), &x1);
    GEOSGeom_getYMax_r(m_h, geometry.get(), &y1);
    m_refs.push_back(ref);
    m_geoms.push_back(std::move(geometry));
    m_envelopes.push_back(Envelope::of(x0, y0, x1, y1));
    m_prepared.push_back(nullptr);
}

const GEOSPreparedGeometry* FeatureCatalog::prepared(std::size_t i) {
    if (!m_prepared[i])
        m_prepared[i] = GEOSPrepare_r(m_h, m_geoms[i].get());
    return m_prepared[i];
}

Result<Ok> catalogAllFeatures(const AnalysisInput& input, FeatureCatalog& catalog,
                              const CancelToken& cancel) {
    for (std::size_t p = 0; p < input.projects.size(); ++p) {
        const AnalysisProject& project = input.projects[p];
        for (std::size_t l = 0; l < project.layers.size(); ++l) {
            const auto& data = project.layers[l].data;
            if (!data)
                continue;
            const GeometryFamily family = data->family;
            if (family == GeometryFamily::Unknown)
                continue;
            const geometry::GeometryStore& store = data->geometries;
            for (std::size_t f = 0; f < store.featureCount(); ++f) {
                if ((f & 1023) == 0 && cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled);
                if (store.isEmpty(f))
                    continue;
                catalog.add({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(l),
                             static_cast<std::uint32_t>(f), family},
                            geometry::toGeos(catalog.handle(), store, f, family));
            }
        }
    }
    return Ok{};
}

double envelopeDistance(const Envelope& a, const Envelope& b) {
    const double dx = std::max({0.0, a.minX - b.maxX, b.minX - a.maxX});
    const double dy = std::max({0.0, a.minY - b.maxY, b.minY - a.maxY});
    return std::hypot(dx, dy);
}

Result<std::vector<FeatureLink>> findFeatureLinks(FeatureCatalog& catalog,
                                                  const LinkOptions& options,
                                                  const CancelToken& cancel,
                                                  const ProgressFn& progress) {
    const GEOSContextHandle_t h = catalog.handle();
    const std::size_t n = catalog.size();
    const double d = std::max(0.0, options.distance);
    std::vector<FeatureLink> links;
    if (n < 2) {
        if (progress)
            progress(1.0);
        return links;
    }
    const geometry::PackedRTree tree(catalog.envelopes());
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 63) == 0) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (progress)
                progress(static_cast<double>(i) / static_cast<double>(n));
        }
        candidates.clear();
        tree.query(catalog.envelope(i).buffered(d), candidates);
        std::sort(candidates.begin(), candidates.end());
        const FeatureRef& ri = catalog.ref(i);
        for (const std::uint32_t j : candidates) {
            if (j <= i)
                continue;
            const FeatureRef& rj = catalog.ref(j);
            if (!options.sameProject && ri.project == rj.project)
                continue;
            if (envelopeDistance(catalog.envelope(i), catalog.envelope(j)) > d)
                continue;
            const GEOSPreparedGeometry* pi = catalog.prepared(i);
            double dist = 0;
            if (d <= 0) {
                if (GEOSPreparedIntersects_r(h, pi, catalog.geometry(j)) != 1)
                    continue;
            } else if (GEOSPreparedIntersects_r(h, pi, catalog.geometry(j)) != 1) {
                // GEOS 3.11 measures a prepared line only to the other geometry's outline, so a
                // line lying inside a polygon got the distance to its edge; only geometries that
                // do not meet are measured (their distance is between outlines, which is right).
                if (GEOSPreparedDistanceWithin_r(h, pi, catalog.geometry(j), d) != 1)
                    continue;
                if (GEOSPreparedDistance_r(h, pi, catalog.geometry(j), &dist) != 1)
                    continue;
                if (dist > d)
                    continue;
            }
            FeatureLink link{static_cast<std::uint32_t>(i), j, dist, false};
            if (options.classifyOverlap && dist == 0) {
                if (ri.family == GeometryFamily::Polygon && rj.family == GeometryFamily::Polygon)
                    // Interiors meet: a shared area, not just a shared edge or corner.
                    link.overlap = GEOSRelatePattern_r(h, catalog.geometry(i), catalog.geometry(j),
                                                       "T********") == 1;
                else
                    link.overlap = true;
            }
            links.push_back(link);
        }
    }
    if (progress)
        progress(1.0);
    return links;
}

GeosGeometry shortestSegment(GEOSContextHandle_t h, const GEOSGeometry* a, const GEOSGeometry* b) {
    GEOSCoordSequence* seq = GEOSNearestPoints_r(h, a, b);
    if (!seq)
        return {};
    return {h, GEOSGeom_createLineString_r(h, seq)};
}

DisjointSets::DisjointSets(std::size_t n) : m_parent(n), m_rank(n, 0) {
    std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
}

std::size_t DisjointSets::find(std::size_t i) {
    while (m_parent[i] != i) {
        m_parent[i] = m_parent[m_parent[i]];
        i = m_parent[i];
    }
    return i;
}

void DisjointSets::unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a == b)
        return;
    if (m_rank[a] < m_rank[b])
        std::swap(a, b);
    m_parent[b] = a;
    if (m_rank[a] == m_rank[b])
        ++m_rank[a];
}

ProjectSetText describeProjects(const AnalysisInput& input,
                                const std::vector<std::uint32_t>& projects) {
    std::vector<std::string> ids, names;
    std::vector<project::Sector> sectors;
    for (const std::uint32_t p : projects) {
        const AnalysisProject& project = input.projects[p];
        ids.push_back(project.id);
        names.push_back(project.name.in("ko"));
        if (project.sector != project::Sector::None)
            sectors.push_back(project.sector);
    }
    std::sort(sectors.begin(), sectors.end());
    sectors.erase(std::unique(sectors.begin(), sectors.end()), sectors.end());
    std::vector<std::string> sectorKeys;
    for (const project::Sector s : sectors)
        sectorKeys.emplace_back(project::sectorKey(s));
    return {joinStrings(ids, ","), joinStrings(names, ", "), joinStrings(sectorKeys, ",")};
}

std::string joinStrings(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += separator;
        out += parts[i];
    }
    return out;
}

} // namespace cw::analysis
