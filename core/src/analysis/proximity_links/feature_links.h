// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the analyses: the feature-pair search that the overlap surface, proximity links and
// integration zones share.

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/core/work_limits.h"
#include "geometry/feature_distance.h"
#include "geometry/geos_bridge.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw::analysis {

/// Where a catalogued geometry came from: indices into AnalysisInput::projects, its layers and
/// the layer's features.
struct FeatureRef {
    std::uint32_t project = 0;
    std::uint32_t layer = 0;
    std::uint32_t feature = 0;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    /// The layer's store, for measuring without GEOS (null: GEOS only).
    const geometry::GeometryStore* store = nullptr;
};

/// GEOS geometries of features with their envelopes, in one GEOS context, with prepared
/// geometries created on first use. Not copyable; lives on the analysing thread.
class FeatureCatalog {
public:
    explicit FeatureCatalog(GEOSContextHandle_t h) : m_h(h) {}
    ~FeatureCatalog();
    FeatureCatalog(const FeatureCatalog&) = delete;
    FeatureCatalog& operator=(const FeatureCatalog&) = delete;

    /// Takes `geometry` (ignored when null or empty).
    void add(const FeatureRef& ref, geometry::GeosGeometry geometry);

    std::size_t size() const { return m_refs.size(); }
    const FeatureRef& ref(std::size_t i) const { return m_refs[i]; }
    const GEOSGeometry* geometry(std::size_t i) const { return m_geoms[i].get(); }
    const geometry::Envelope& envelope(std::size_t i) const { return m_envelopes[i]; }
    const std::vector<geometry::Envelope>& envelopes() const { return m_envelopes; }
    /// The envelope of some of the features.
    geometry::Envelope groupExtent(const std::vector<std::uint32_t>& members) const {
        geometry::Envelope e;
        for (const std::uint32_t m : members)
            e.expand(m_envelopes[m]);
        return e;
    }
    const GEOSPreparedGeometry* prepared(std::size_t i);
    GEOSContextHandle_t handle() const { return m_h; }

private:
    GEOSContextHandle_t m_h;
    std::vector<FeatureRef> m_refs;
    std::vector<geometry::GeosGeometry> m_geoms;
    std::vector<geometry::Envelope> m_envelopes;
    std::vector<const GEOSPreparedGeometry*> m_prepared;
};

/// Every non-empty feature of every project layer, as is (points, lines and polygons).
Result<Ok> catalogAllFeatures(const AnalysisInput& input, FeatureCatalog& catalog,
                              const CancelToken& cancel);

/// i and j measured on their layer stores when both are small enough for the direct method
/// (geometry::FeatureDistance); nullopt when GEOS must measure them.
std::optional<geometry::NearestPoints> measureDirectly(const FeatureCatalog& catalog,
                                                       std::uint32_t i, std::uint32_t j,
                                                       geometry::FeatureDistance& direct);

/// Distance between two envelopes (0 when they meet): no geometry inside them is closer.
double envelopeDistance(const geometry::Envelope& a, const geometry::Envelope& b);

struct LinkOptions {
    double distance = 0;          ///< pairs with GEOS distance <= this are linked
    bool sameProject = false;     ///< also link features of one project
    bool classifyOverlap = false; ///< fill FeatureLink::overlap
    /// 0: every pair within the distance. k > 0: each feature keeps, per other project, its k
    /// nearest features within the distance (with every tie at the k-th distance); a pair is
    /// linked when either end keeps the other. Never with sameProject.
    std::uint32_t nearest = 0;
    bool segments = false; ///< fill FeatureLink::from and to
};

/// Two catalogued features within the distance; `a < b`.
struct FeatureLink {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    double distance = 0;
    /// They overlap: polygon interiors meet (area > 0), or a point or line touches the other.
    bool overlap = false;
    /// The shortest segment joining them, from a's side to b's (equal points when they meet).
    geometry::Coord from{};
    geometry::Coord to{};
};

/// All linked pairs, sorted by (a, b). Candidates come from a packed R-tree over envelopes grown
/// by the distance and are rejected by envelope distance before any GEOS call, so the cost
/// follows the number of candidate pairs, not n²; with `nearest` the search radius grows from a
/// small one until each project's nearest are certain, so dense layers cost what their
/// neighbourhoods hold, not what the whole distance holds. Progress goes from 0 to 1 over the
/// features.
Result<std::vector<FeatureLink>> findFeatureLinks(FeatureCatalog& catalog,
                                                  const LinkOptions& options,
                                                  const CancelToken& cancel,
                                                  const ProgressFn& progress);

/// The shortest segment between two geometries (GEOSNearestPoints) as a line string; both ends
/// coincide when they touch.
geometry::GeosGeometry shortestSegment(GEOSContextHandle_t h, const GEOSGeometry* a,
                                       const GEOSGeometry* b);

/// Stops a search when one feature has more features within reach than any real layer has
/// (limits::kNeighbours): thousands at one spot mean a broken or crafted file, and would have
/// each feature measured against all the others. Shared by the threads of one search.
class NeighbourLimit {
public:
    NeighbourLimit() : m_max(limits::kNeighbours.value()) {}
    /// Whether a feature may go on with `found` features within reach (false is noted).
    bool accept(std::size_t found) {
        if (found <= m_max)
            return true;
        for (std::size_t most = m_most; found > most && !m_most.compare_exchange_weak(most, found);)
            ;
        return false;
    }
    /// LimitExceeded with the most found, once any feature was refused.
    Status status() const {
        return m_most > 0 ? Status(limits::kNeighbours.exceeded(m_most)) : Status(Ok{});
    }

private:
    std::size_t m_max;
    std::atomic<std::size_t> m_most{0};
};

/// Union-find over indices 0..n-1.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n);
    std::size_t find(std::size_t i);
    void unite(std::size_t a, std::size_t b);

private:
    std::vector<std::size_t> m_parent;
    std::vector<std::uint32_t> m_rank;
};

/// How a set of projects (indices into AnalysisInput::projects, in input order) is written in
/// output rows: ids joined by ",", Korean names by ", ", distinct sector keys by ",".
struct ProjectSetText {
    std::string ids;
    std::string names;
    std::string sectors;
};
ProjectSetText describeProjects(const AnalysisInput& input,
                                const std::vector<std::uint32_t>& projects);

/// "a,b,c" (or with another separator).
std::string joinStrings(const std::vector<std::string>& parts, const std::string& separator);

/// Maps a phase's progress [0, 1] onto [from, to] of the whole run (exactly `to` at the end, so
/// the next phase starting at `to` never goes backwards).
inline ProgressFn subProgress(const ProgressFn& progress, double from, double to) {
    if (!progress)
        return {};
    return [progress, from, to](double f) { progress(f >= 1 ? to : from + (to - from) * f); };
}

} // namespace cw::analysis
