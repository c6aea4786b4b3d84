// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/proximity_links/feature_links.h"

#include "analysis/framework/chunk_pool.h"
#include "cityweave/core/work_limits.h"
#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>

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
                             static_cast<std::uint32_t>(f), family, &store},
                            geometry::toGeos(catalog.handle(), store, f, family));
            }
        }
    }
    return Ok{};
}

std::optional<geometry::NearestPoints> measureDirectly(const FeatureCatalog& catalog,
                                                       std::uint32_t i, std::uint32_t j,
                                                       geometry::FeatureDistance& direct) {
    const FeatureRef& a = catalog.ref(i);
    const FeatureRef& b = catalog.ref(j);
    if (!a.store || !b.store)
        return std::nullopt;
    return direct.measure(*a.store, a.feature, a.family == GeometryFamily::Polygon, *b.store,
                          b.feature, b.family == GeometryFamily::Polygon);
}

double envelopeDistance(const Envelope& a, const Envelope& b) {
    const double dx = std::max({0.0, a.minX - b.maxX, b.minX - a.maxX});
    const double dy = std::max({0.0, a.minY - b.maxY, b.minY - a.maxY});
    return std::hypot(dx, dy);
}

namespace {

// One thread's share of the linking: its own GEOS context and its own copies of the geometries
// it touches (GEOS objects are not shared between threads), kept for one block of features.
struct LinkWorker {
    geometry::GeosContext geos;
    std::unordered_map<std::uint32_t, GeosGeometry> copies;
    std::vector<std::uint32_t> candidates;
    std::vector<std::vector<FeatureLink>> nearestByProject;   // nearest mode, per project
    std::vector<double> kthNearest;                           // nearest mode, per project
    std::vector<std::pair<double, std::uint32_t>> byEnvelope; // (envelope distance, candidate)
    std::vector<double> distances;
    geometry::FeatureDistance direct;     // small features, without GEOS
    NeighbourLimit* neighbours = nullptr; // shared by the workers of one search

    const GEOSGeometry* copyOf(const FeatureCatalog& catalog, std::uint32_t i) {
        auto it = copies.find(i);
        if (it == copies.end())
            it = copies
                     .emplace(i, GeosGeometry(geos.handle(),
                                              GEOSGeom_clone_r(geos.handle(), catalog.geometry(i))))
                     .first;
        return it->second.get();
    }
};

// Features in blocks along a Hilbert curve: a block's candidates are mostly shared, so each
// thread copies few geometries.
std::vector<std::uint32_t> hilbertOrder(const FeatureCatalog& catalog) {
    Envelope extent;
    for (const Envelope& e : catalog.envelopes())
        extent.expand(e);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> keyed(catalog.size());
    for (std::uint32_t i = 0; i < catalog.size(); ++i)
        keyed[i] = {geometry::hilbertKey(extent, catalog.envelope(i)), i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::uint32_t> order(keyed.size());
    for (std::size_t k = 0; k < keyed.size(); ++k)
        order[k] = keyed[k].second;
    return order;
}

// A link found from one of its ends; when both ends find it (nearest mode), the measurement made
// from its first end is kept.
struct FoundLink {
    FeatureLink link;
    bool fromSecondEnd = false;
};

// Interiors meet: a shared area, not just a shared edge or corner (points and lines: any contact).
bool overlaps(const FeatureCatalog& catalog, std::uint32_t i, std::uint32_t j, LinkWorker& w) {
    if (catalog.ref(i).family != GeometryFamily::Polygon ||
        catalog.ref(j).family != GeometryFamily::Polygon)
        return true;
    return GEOSRelatePattern_r(w.geos.handle(), w.copyOf(catalog, i), w.copyOf(catalog, j),
                               "T********") == 1;
}

// Measures i against j: false when they are farther apart than d. The segment runs from i to j.
// Small features are measured on their stores; the rest with GEOS, i prepared once as `pi`.
bool measure(const FeatureCatalog& catalog, const GEOSPreparedGeometry*& pi, std::uint32_t i,
             std::uint32_t j, double d, const LinkOptions& options, LinkWorker& w,
             FeatureLink& link) {
    if (const auto near = measureDirectly(catalog, i, j, w.direct)) {
        if (near->distance > d)
            return false;
        link.distance = near->distance;
        link.overlap = options.classifyOverlap && near->distance == 0 && overlaps(catalog, i, j, w);
        link.from = near->onA;
        link.to = near->onB;
        return true;
    }
    const GEOSContextHandle_t h = w.geos.handle();
    if (!pi)
        pi = GEOSPrepare_r(h, w.copyOf(catalog, i));
    const GEOSGeometry* gj = w.copyOf(catalog, j);
    double dist = 0;
    const bool meet = GEOSPreparedIntersects_r(h, pi, gj) == 1;
    if (!meet) {
        if (d <= 0)
            return false;
        // GEOS 3.11 measures a prepared line only to the other geometry's outline, so a line
        // lying inside a polygon got the distance to its edge; only geometries that do not meet
        // are measured (their distance is between outlines, which is right).
        if (GEOSPreparedDistanceWithin_r(h, pi, gj, d) != 1)
            return false;
        if (GEOSPreparedDistance_r(h, pi, gj, &dist) != 1 || dist > d)
            return false;
    }
    link.distance = dist;
    link.overlap = options.classifyOverlap && dist == 0 && overlaps(catalog, i, j, w);
    if (options.segments) {
        // Meeting geometries: the unprepared operation, which sees a line inside a polygon.
        GEOSCoordSequence* seq = meet ? GEOSNearestPoints_r(h, w.copyOf(catalog, i), gj)
                                      : GEOSPreparedNearestPoints_r(h, pi, gj);
        if (seq) {
            GEOSCoordSeq_getXY_r(h, seq, 0, &link.from.x, &link.from.y);
            GEOSCoordSeq_getXY_r(h, seq, 1, &link.to.x, &link.to.y);
            GEOSCoordSeq_destroy_r(h, seq);
        }
    }
    return true;
}

// Every feature after i (in catalog order) within the distance.
void allLinksOf(std::uint32_t i, const FeatureCatalog& catalog, const geometry::PackedRTree& tree,
                const LinkOptions& options, LinkWorker& w, std::vector<FoundLink>& out) {
    const GEOSContextHandle_t h = w.geos.handle();
    const double d = std::max(0.0, options.distance);
    w.candidates.clear();
    tree.query(catalog.envelope(i).buffered(d), w.candidates);
    if (!w.neighbours->accept(w.candidates.size()))
        return;
    std::sort(w.candidates.begin(), w.candidates.end());
    const FeatureRef& ri = catalog.ref(i);
    const GEOSPreparedGeometry* pi = nullptr;
    for (const std::uint32_t j : w.candidates) {
        if (j <= i)
            continue;
        if (!options.sameProject && ri.project == catalog.ref(j).project)
            continue;
        if (envelopeDistance(catalog.envelope(i), catalog.envelope(j)) > d)
            continue;
        FeatureLink link{i, j, 0, false, {}, {}};
        if (measure(catalog, pi, i, j, d, options, w, link))
            out.push_back({link, false});
    }
    if (pi)
        GEOSPreparedGeom_destroy_r(h, pi);
}

// The k-th smallest distance of `links` (infinity while there are fewer than k).
double kthDistance(const std::vector<FeatureLink>& links, std::size_t k,
                   std::vector<double>& scratch) {
    if (links.size() < k)
        return std::numeric_limits<double>::infinity();
    scratch.clear();
    for (const FeatureLink& l : links)
        scratch.push_back(l.distance);
    std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(k - 1),
                     scratch.end());
    return scratch[k - 1];
}

// The k nearest features of each other project within the distance (ties at the k-th kept).
// The search box starts at a sixteenth of the distance and doubles until every project's k-th
// nearest is nearer than the box reaches (a feature outside it is farther than that). Within a
// box, candidates are measured nearest envelope first, and one whose envelope is already
// farther than its project's k-th nearest so far is not measured (the envelope distance is a
// lower bound; equal ones are, for ties).
void nearestLinksOf(std::uint32_t i, const FeatureCatalog& catalog,
                    const geometry::PackedRTree& tree, const std::vector<bool>& projectPresent,
                    const LinkOptions& options, LinkWorker& w, std::vector<FoundLink>& out) {
    const std::size_t projectCount = projectPresent.size();
    const GEOSContextHandle_t h = w.geos.handle();
    const double d = std::max(0.0, options.distance);
    const std::size_t k = options.nearest;
    const FeatureRef& ri = catalog.ref(i);
    w.nearestByProject.resize(projectCount);
    for (auto& list : w.nearestByProject)
        list.clear();
    w.kthNearest.assign(projectCount, std::numeric_limits<double>::infinity());
    const GEOSPreparedGeometry* pi = nullptr;
    double reached = -1; // candidates with envelope distance <= reached are settled
    for (double r = d / 16;; r = std::min(d, r * 2)) {
        w.candidates.clear();
        tree.query(catalog.envelope(i).buffered(r), w.candidates);
        if (!w.neighbours->accept(w.candidates.size()))
            return;
        w.byEnvelope.clear();
        for (const std::uint32_t j : w.candidates) {
            if (catalog.ref(j).project == ri.project)
                continue;
            const double e = envelopeDistance(catalog.envelope(i), catalog.envelope(j));
            if (e > reached && e <= r)
                w.byEnvelope.push_back({e, j});
        }
        std::sort(w.byEnvelope.begin(), w.byEnvelope.end());
        for (const auto& [e, j] : w.byEnvelope) {
            const std::uint32_t p = catalog.ref(j).project;
            if (e > w.kthNearest[p])
                continue;
            FeatureLink link{i, j, 0, false, {}, {}};
            if (measure(catalog, pi, i, j, d, options, w, link)) {
                w.nearestByProject[p].push_back(link);
                w.kthNearest[p] = kthDistance(w.nearestByProject[p], k, w.distances);
            }
        }
        reached = r;
        bool settled = true;
        for (std::size_t p = 0; p < projectCount && settled; ++p) {
            if (p == ri.project || !projectPresent[p])
                continue; // a project without features would keep the search going to d
            std::size_t within = 0;
            for (const FeatureLink& l : w.nearestByProject[p])
                within += l.distance <= r ? 1 : 0;
            settled = within >= k;
        }
        if (settled || r >= d)
            break;
    }
    if (pi)
        GEOSPreparedGeom_destroy_r(h, pi);
    for (auto& list : w.nearestByProject) {
        std::sort(list.begin(), list.end(), [](const FeatureLink& x, const FeatureLink& y) {
            return x.distance != y.distance ? x.distance < y.distance : x.b < y.b;
        });
        for (std::size_t n = 0; n < list.size(); ++n) {
            if (n >= k && list[n].distance > list[k - 1].distance)
                break;
            FeatureLink link = list[n];
            const bool swapped = link.b < link.a;
            if (swapped) {
                std::swap(link.a, link.b);
                std::swap(link.from, link.to);
            }
            out.push_back({link, swapped});
        }
    }
}

} // namespace

Result<std::vector<FeatureLink>> findFeatureLinks(FeatureCatalog& catalog,
                                                  const LinkOptions& options,
                                                  const CancelToken& cancel,
                                                  const ProgressFn& progress) {
    const std::size_t n = catalog.size();
    std::vector<FeatureLink> links;
    if (n < 2) {
        if (progress)
            progress(1.0);
        return links;
    }
    const geometry::PackedRTree tree(catalog.envelopes());
    const std::vector<std::uint32_t> order = hilbertOrder(catalog);
    std::vector<bool> projectPresent;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t p = catalog.ref(i).project;
        if (p >= projectPresent.size())
            projectPresent.resize(p + 1, false);
        projectPresent[p] = true;
    }
    const bool nearest = options.nearest > 0 && !options.sameProject;
    constexpr std::size_t kBlock = 256;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<LinkWorker> workers(threadCount(0));
    NeighbourLimit neighbours;
    for (LinkWorker& w : workers)
        w.neighbours = &neighbours;
    const std::size_t window = std::max<std::size_t>(16, workers.size() * 8);
    std::vector<std::vector<FoundLink>> found(blocks);
    // Thousands of features at one spot would link every pair: stop at the limit, not at the
    // memory's end.
    const std::size_t maxLinks = limits::kFeaturePairs.value();
    std::atomic<std::size_t> foundCount{0};
    for (std::size_t first = 0; first < blocks; first += window) {
        const std::size_t last = std::min(blocks, first + window);
        runChunks(workers, first, last, cancel, [&](LinkWorker& w, std::size_t b) {
            w.copies.clear();
            for (std::size_t k = b * kBlock; k < std::min(n, (b + 1) * kBlock); ++k) {
                const std::size_t before = found[b].size();
                if (nearest)
                    nearestLinksOf(order[k], catalog, tree, projectPresent, options, w, found[b]);
                else
                    allLinksOf(order[k], catalog, tree, options, w, found[b]);
                if (foundCount.fetch_add(found[b].size() - before) > maxLinks ||
                    !neighbours.status())
                    return;
            }
        });
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (foundCount.load() > maxLinks)
            return limits::kFeaturePairs.exceeded(foundCount.load());
        if (auto within = neighbours.status(); !within)
            return within.error();
        if (progress)
            progress(static_cast<double>(last) / static_cast<double>(blocks));
    }
    std::vector<FoundLink> all;
    for (auto& block : found) {
        all.insert(all.end(), block.begin(), block.end());
        std::vector<FoundLink>().swap(block);
    }
    std::sort(all.begin(), all.end(), [](const FoundLink& x, const FoundLink& y) {
        return std::tuple(x.link.a, x.link.b, x.fromSecondEnd) <
               std::tuple(y.link.a, y.link.b, y.fromSecondEnd);
    });
    links.reserve(all.size());
    for (const FoundLink& f : all)
        if (links.empty() || links.back().a != f.link.a || links.back().b != f.link.b)
            links.push_back(f.link);
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
