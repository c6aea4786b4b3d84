// SPDX-License-Identifier: GPL-3.0-or-later
// Overlap count surface: the union of all project footprints cut into pieces, each with the
// projects that cover it.
//
// The overlay engine labels every boundary piece with the projects covering either side; the
// pieces bounding the ground covered by exactly one set of projects are chained into that set's
// polygons (region_rings), set by set in parallel. With merge_pieces off, every feature is its
// own label, so the pieces are the faces of all boundaries rather than the largest connected
// areas of one project set.
#include "analysis/framework/builtin_analyses.h"
#include "analysis/framework/chunk_pool.h"
#include "analysis/geometry/boundary_overlay.h"
#include "analysis/geometry/region_rings.h"
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/result_columns.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>

namespace cw::analysis {
namespace {
using data::FieldType;
using geometry::GeometryFamily;
using geometry::GeosGeometry;

const AnalysisDescriptor& surfaceDescriptor() {
    static const AnalysisDescriptor d{
        "overlap-surface",
        {"중첩 사업 수 지도", "Overlap count surface"},
        {"모든 사업 영역의 합을 조각으로 나누고, 조각마다 그곳을 덮는 사업의 수와 목록을 붙입니다 "
         "(\"이 곳에 몇 개 사업이 겹치는가\")",
         "The union of all project footprints cut into pieces, each with the number and the list "
         "of projects covering it (\"how many projects cover this spot\")"},
        {ParameterSpec{"point_line_buffer",
                       {"점·선 버퍼", "Point and line buffer"},
                       {"0보다 크면 점·선 객체를 이 거리로 버퍼링해 영역에 포함합니다 (0: 제외)",
                        "When above 0, point and line features are buffered by this distance and "
                        "count as footprints (0: they are ignored)"},
                       ParameterType::Double,
                       "0",
                       0.0,
                       5000.0,
                       {},
                       "m"},
         ParameterSpec{"merge_pieces",
                       {"같은 조합 병합", "Merge equal pieces"},
                       {"같은 사업 조합의 인접한 조각을 하나로 합칩니다",
                        "Adjacent faces covered by the same projects become one piece"},
                       ParameterType::Boolean,
                       "true",
                       {},
                       {},
                       {},
                       ""}},
        {OutputSpec{"overlap_surface",
                    {"중첩 사업 수", "Overlap count surface"},
                    OutputKind::PolygonLayer}},
        {}, // columns: all in the catalogue
    };
    return d;
}

struct Piece {
    std::vector<std::uint32_t> projects; // input order
    overlay::PolygonRings rings;
    double area = 0;
    double minX = 0;
    double minY = 0;
};

struct LabelsHash {
    std::size_t operator()(const std::vector<std::uint32_t>& v) const {
        std::size_t h = v.size();
        for (const std::uint32_t x : v)
            h = h * 1000003u ^ x;
        return h;
    }
};
using RegionSegments =
    std::unordered_map<std::vector<std::uint32_t>, std::vector<overlay::Segment>, LabelsHash>;

// Every boundary piece goes to the region on its left and, reversed, to the one on its right.
class SurfaceAccumulator final : public overlay::Accumulator {
public:
    void boundary(const overlay::BoundaryPiece& piece) override {
        if (!piece.left.empty())
            add(piece.left).push_back({piece.from, piece.to});
        if (!piece.right.empty())
            add(piece.right).push_back({piece.to, piece.from});
    }
    void line(std::uint32_t, overlay::Labels, double) override {}
    void point(std::uint32_t, overlay::Labels) override {}
    RegionSegments regions;

private:
    std::vector<overlay::Segment>& add(overlay::Labels labels) {
        m_key.assign(labels.begin(), labels.end());
        return regions[m_key];
    }
    std::vector<std::uint32_t> m_key;
};

// The footprints as the engine reads them: polygon layers as they are, points and lines
// buffered into stores of their own when asked.
struct SurfaceInputs {
    std::deque<geometry::GeometryStore> buffered;
    overlay::OverlayInputs overlay;
    std::vector<std::uint32_t> projectOfLabel;
    std::size_t skippedLayers = 0;
};

Result<SurfaceInputs> surfaceInputs(const AnalysisInput& input, double buffer, bool merge,
                                    const CancelToken& cancel) {
    SurfaceInputs out;
    geometry::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    for (std::size_t p = 0; p < input.projects.size(); ++p) {
        for (const AnalysisLayer& layer : input.projects[p].layers) {
            const auto& data = layer.data;
            if (!data)
                continue;
            const GeometryFamily family = data->family;
            const geometry::GeometryStore* store = &data->geometries;
            if (family != GeometryFamily::Polygon) {
                if (buffer <= 0 || family == GeometryFamily::Unknown) {
                    ++out.skippedLayers;
                    continue;
                }
                geometry::GeometryStore& discs = out.buffered.emplace_back();
                for (std::size_t f = 0; f < data->geometries.featureCount(); ++f) {
                    if ((f & 1023) == 0 && cancel.isCancelled())
                        return makeError(ErrorCode::Cancelled);
                    GeosGeometry g = geometry::toGeos(h, data->geometries, f, family);
                    GeosGeometry b(h, g ? GEOSBuffer_r(h, g.get(), buffer, 16) : nullptr);
                    if (!b || !geometry::appendGeos(h, b.get(), discs, GeometryFamily::Polygon)) {
                        discs.beginFeature();
                        discs.endFeature();
                    }
                }
                store = &discs;
            }
            const auto label = static_cast<std::uint32_t>(out.projectOfLabel.size());
            if (merge) {
                out.overlay.polygons.push_back({store, static_cast<std::uint32_t>(p), false});
                continue;
            }
            out.overlay.polygons.push_back({store, label, true});
            out.projectOfLabel.insert(out.projectOfLabel.end(), store->featureCount(),
                                      static_cast<std::uint32_t>(p));
        }
    }
    if (merge)
        for (std::size_t p = 0; p < input.projects.size(); ++p)
            out.projectOfLabel.push_back(static_cast<std::uint32_t>(p));
    return out;
}

Piece makePiece(std::vector<std::uint32_t> projects, overlay::PolygonRings rings) {
    Piece p;
    p.projects = std::move(projects);
    p.area = overlay::ringArea(rings.front());
    for (std::size_t r = 1; r < rings.size(); ++r)
        p.area -= overlay::ringArea(rings[r]);
    p.minX = rings.front().front().x;
    p.minY = rings.front().front().y;
    for (const geometry::Coord& c : rings.front()) {
        p.minX = std::min(p.minX, c.x);
        p.minY = std::min(p.minY, c.y);
    }
    p.rings = std::move(rings);
    return p;
}

// The boundary pieces of every region, by the labels covering it.
Result<RegionSegments> regionSegments(const SurfaceInputs& inputs, const CancelToken& cancel,
                                      const ProgressFn& progress) {
    RegionSegments regions;
    overlay::OverlayOptions options;
    options.cancel = cancel;
    options.progress = progress;
    auto overlaid = overlay::run(
        inputs.overlay, options, [] { return std::make_unique<SurfaceAccumulator>(); },
        [&](std::unique_ptr<overlay::Accumulator> chunk) {
            for (auto& [labels, segments] : static_cast<SurfaceAccumulator&>(*chunk).regions) {
                auto& into = regions[labels];
                into.insert(into.end(), segments.begin(), segments.end());
            }
        });
    if (!overlaid)
        return overlaid.error();
    return regions;
}

// Each region's polygons (regions in parallel, largest first) as pieces with their projects,
// most-covered first; ties by project list, larger first, then position.
Result<std::vector<Piece>> assemblePieces(RegionSegments regions,
                                          const std::vector<std::uint32_t>& projectOfLabel,
                                          const CancelToken& cancel, std::size_t& unclosed) {
    std::vector<std::pair<std::vector<std::uint32_t>, std::vector<overlay::Segment>>> work;
    for (auto& [labels, segments] : regions)
        work.emplace_back(labels, std::move(segments));
    regions.clear();
    std::sort(work.begin(), work.end(), [](const auto& l, const auto& r) {
        return l.second.size() != r.second.size() ? l.second.size() > r.second.size()
                                                  : l.first < r.first;
    });
    std::vector<overlay::RegionPolygons> assembled(work.size());
    std::vector<int> workers(threadCount(0));
    runChunks(workers, 0, work.size(), cancel, [&](int&, std::size_t k) {
        assembled[k] = overlay::assemblePolygons(std::move(work[k].second));
    });
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);

    std::vector<Piece> pieces;
    for (std::size_t k = 0; k < work.size(); ++k) {
        std::vector<std::uint32_t> projects;
        for (const std::uint32_t label : work[k].first)
            projects.push_back(projectOfLabel[label]);
        std::sort(projects.begin(), projects.end());
        projects.erase(std::unique(projects.begin(), projects.end()), projects.end());
        for (overlay::PolygonRings& rings : assembled[k].polygons)
            pieces.push_back(makePiece(projects, std::move(rings)));
        unclosed += assembled[k].unclosedSegments;
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        if (a.projects.size() != b.projects.size())
            return a.projects.size() > b.projects.size();
        return std::tuple(a.projects, -a.area, a.minX, a.minY) <
               std::tuple(b.projects, -b.area, b.minX, b.minY);
    });
    return pieces;
}

// The surface as a layer, with the areas the summary reports.
struct SurfaceLayer {
    ResultLayer layer;
    double covered = 0, multi = 0;
    std::size_t maxCount = 0;
};

SurfaceLayer surfaceLayer(const AnalysisInput& input, const std::vector<Piece>& pieces) {
    SurfaceLayer out;
    out.layer.key = "overlap_surface";
    out.layer.family = GeometryFamily::Polygon;
    out.layer.columns = {{columns::kProjectCount, FieldType::Integer},
                         {"project_ids", FieldType::String},
                         {columns::kProjectNames, FieldType::String},
                         {"sectors", FieldType::String},
                         {columns::kAreaM2, FieldType::Real}};
    for (const Piece& piece : pieces) {
        const ProjectSetText text = describeProjects(input, piece.projects);
        out.layer.rows.push_back({static_cast<std::int64_t>(piece.projects.size()), text.ids,
                                  text.names, text.sectors, piece.area});
        overlay::appendPolygon(out.layer.geometries, piece.rings);
        out.covered += piece.area;
        if (piece.projects.size() >= 2)
            out.multi += piece.area;
        out.maxCount = std::max(out.maxCount, piece.projects.size());
    }
    return out;
}

class OverlapSurfaceAnalysis final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override { return surfaceDescriptor(); }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        AnalysisResult result = newResult(descriptor().id, input, params);
        auto inputs = surfaceInputs(input, params.number("point_line_buffer"),
                                    params.flag("merge_pieces"), cancel);
        if (!inputs)
            return inputs.error();
        if (inputs->skippedLayers > 0)
            result.warnings.push_back(std::to_string(inputs->skippedLayers) +
                                      " point or line layers left out of the surface "
                                      "(point_line_buffer is 0)");

        auto regions = regionSegments(*inputs, cancel, subProgress(progress, 0.0, 0.6));
        if (!regions)
            return regions.error();
        std::size_t unclosed = 0;
        auto pieces =
            assemblePieces(std::move(regions).value(), inputs->projectOfLabel, cancel, unclosed);
        if (!pieces)
            return pieces.error();
        if (progress)
            progress(0.95);
        if (unclosed > 0)
            result.warnings.push_back(std::to_string(unclosed) +
                                      " boundary pieces did not close into rings (crossings "
                                      "closer than floating-point rounding); their slivers are "
                                      "left out");
        SurfaceLayer surface = surfaceLayer(input, *pieces);
        result.summary["pieces"] = static_cast<double>(pieces->size());
        result.summary["covered_area_m2"] = surface.covered;
        result.summary["area_2plus_m2"] = surface.multi;
        result.summary["max_project_count"] = static_cast<double>(surface.maxCount);
        result.layers.push_back(std::move(surface.layer));
        if (progress)
            progress(1.0);
        return result;
    }
};

} // namespace

std::unique_ptr<Analysis> makeOverlapSurfaceAnalysis() {
    return std::make_unique<OverlapSurfaceAnalysis>();
}

} // namespace cw::analysis
