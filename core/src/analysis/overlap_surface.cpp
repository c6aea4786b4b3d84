// SPDX-License-Identifier: GPL-3.0-or-later
// Overlap count surface: the union of all project footprints cut into pieces, each with the
// projects that cover it.
//
// Footprints that touch or overlap are grouped (union-find over intersecting pairs); a group of
// one is its own piece. Within a larger group every boundary is noded against every other
// (unary union of the boundaries as lines) and the noded lines are polygonized into faces. A
// point inside each face (PointOnSurface) is tested against the footprints to find the projects
// covering the face; faces covered by nothing (holes) are dropped. Adjacent faces with the same
// project set are merged, so pieces are the largest connected areas of one set.
#include "analysis/builtin_analyses.h"
#include "analysis/feature_links.h"
#include "cityweave/geometry/packed_rtree.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

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
    };
    return d;
}

struct Piece {
    std::vector<std::uint32_t> projects; // input order
    GeosGeometry geometry;               // one polygon
    double area = 0;
    double minX = 0;
    double minY = 0;
};

/// The polygons of a (multi)polygon or collection, cloned.
void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<GeosGeometry>& out) {
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g) == 0)
            out.emplace_back(h, GEOSGeom_clone_r(h, g));
        return;
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

/// Takes ownership of the geometries.
GeosGeometry collection(GEOSContextHandle_t h, std::vector<GeosGeometry>& parts) {
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (GeosGeometry& p : parts)
        raw.push_back(p.release());
    parts.clear();
    return {h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, raw.data(),
                                           static_cast<unsigned>(raw.size()))};
}

/// Unary union, retried on a 1 mm grid when floating-point noding fails.
GeosGeometry robustUnion(GEOSContextHandle_t h, const GEOSGeometry* g, bool& snapped) {
    GeosGeometry u(h, GEOSUnaryUnion_r(h, g));
    if (!u) {
        u = GeosGeometry(h, GEOSUnaryUnionPrec_r(h, g, 0.001));
        snapped = true;
    }
    return u;
}

Piece makePiece(GEOSContextHandle_t h, std::vector<std::uint32_t> projects, GeosGeometry polygon) {
    Piece p;
    p.projects = std::move(projects);
    GEOSArea_r(h, polygon.get(), &p.area);
    GEOSGeom_getXMin_r(h, polygon.get(), &p.minX);
    GEOSGeom_getYMin_r(h, polygon.get(), &p.minY);
    p.geometry = std::move(polygon);
    return p;
}

/// Faces of one project set merged where they share an edge, as polygons. Faces are first
/// grouped by shared edges (index + relate; a shared corner alone does not join them, or chains
/// of corners would make city-wide unions) so each union stays small: one cascaded union over
/// thousands of scattered faces costs far more than many small ones.
std::vector<GeosGeometry> mergeTouching(GEOSContextHandle_t h, std::vector<GeosGeometry>& faces,
                                        bool& snapped) {
    std::vector<geometry::Envelope> envelopes;
    for (const GeosGeometry& f : faces) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(h, f.get(), &x0);
        GEOSGeom_getYMin_r(h, f.get(), &y0);
        GEOSGeom_getXMax_r(h, f.get(), &x1);
        GEOSGeom_getYMax_r(h, f.get(), &y1);
        envelopes.push_back(geometry::Envelope::of(x0, y0, x1, y1));
    }
    const geometry::PackedRTree tree(envelopes);
    DisjointSets touching(faces.size());
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        candidates.clear();
        tree.query(envelopes[i], candidates);
        for (const std::uint32_t j : candidates)
            if (j > i && touching.find(i) != touching.find(j) &&
                GEOSRelatePattern_r(h, faces[i].get(), faces[j].get(), "****1****") == 1)
                touching.unite(i, j);
    }
    std::map<std::size_t, std::vector<GeosGeometry>> parts; // by root, in order of first face
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const std::size_t root = touching.find(i);
        if (!parts.count(root))
            order.push_back(root);
        parts[root].push_back(std::move(faces[i]));
    }
    std::vector<GeosGeometry> out;
    for (const std::size_t root : order) {
        std::vector<GeosGeometry>& part = parts[root];
        if (part.size() == 1) {
            out.push_back(std::move(part[0]));
            continue;
        }
        GeosGeometry sameSet = collection(h, part);
        GeosGeometry merged = robustUnion(h, sameSet.get(), snapped);
        // Unmerged faces when even the snapped union fails: right areas, more pieces.
        collectPolygons(h, merged ? merged.get() : sameSet.get(), out);
    }
    return out;
}

/// Faces of one group of touching footprints, by the set of projects covering them. A group
/// with more than kTileMembers boundaries is cut into quadrants (recursively): each tile nodes
/// only the boundaries crossing it, clipped to it, together with the tile's outline, so memory
/// and time stay proportional to the tile, not to the group. Faces are counted against the
/// whole footprints, so the counts do not depend on the tiling; faces split at tile edges are
/// merged again when pieces are merged.
struct FaceBuilder {
    FaceBuilder(GEOSContextHandle_t handle, FeatureCatalog& catalog,
                const geometry::PackedRTree& tree, const CancelToken& token)
        : h(handle), footprints(catalog), index(tree), cancel(token) {}

    static constexpr std::size_t kTileMembers = 256;
    static constexpr int kMaxDepth = 12;

    GEOSContextHandle_t h;
    FeatureCatalog& footprints;
    const geometry::PackedRTree& index;
    const CancelToken& cancel;
    std::map<std::vector<std::uint32_t>, std::vector<GeosGeometry>> bySet;
    bool snapped = false;
    std::size_t tiles = 0;

    Result<Ok> node(const std::vector<std::uint32_t>& members, const geometry::Envelope& box,
                    bool clip, int depth) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (members.size() > kTileMembers && depth < kMaxDepth)
            return split(members, box, depth);
        ++tiles;

        std::vector<GeosGeometry> lines;
        for (const std::uint32_t m : members) {
            GeosGeometry boundary(h, GEOSBoundary_r(h, footprints.geometry(m)));
            if (boundary && clip)
                boundary = GeosGeometry(
                    h, GEOSClipByRect_r(h, boundary.get(), box.minX, box.minY, box.maxX, box.maxY));
            if (boundary && GEOSisEmpty_r(h, boundary.get()) == 0)
                lines.push_back(std::move(boundary));
        }
        if (clip)
            lines.push_back(outline(box));
        GeosGeometry all = collection(h, lines);
        GeosGeometry noded = robustUnion(h, all.get(), snapped);
        if (!noded)
            return makeError(ErrorCode::InvalidArgument, {"overlap-surface", "noding"},
                             "GEOS could not node the footprint boundaries");
        const GEOSGeometry* nodedRaw = noded.get();
        GeosGeometry faces(h, GEOSPolygonize_r(h, &nodedRaw, 1));
        if (!faces)
            return makeError(ErrorCode::InvalidArgument, {"overlap-surface", "polygonize"},
                             "GEOS could not polygonize the noded footprint boundaries");

        std::vector<std::uint32_t> candidates;
        const int faceCount = GEOSGetNumGeometries_r(h, faces.get());
        for (int fi = 0; fi < faceCount; ++fi) {
            if ((fi & 255) == 255 && cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces.get(), fi);
            GeosGeometry inside(h, GEOSPointOnSurface_r(h, face));
            double x = 0, y = 0;
            if (!inside || GEOSGeomGetX_r(h, inside.get(), &x) != 1 ||
                GEOSGeomGetY_r(h, inside.get(), &y) != 1)
                continue;
            candidates.clear();
            index.query(geometry::Envelope::of(x, y, x, y), candidates);
            std::vector<std::uint32_t> covering;
            for (const std::uint32_t c : candidates)
                if (GEOSPreparedIntersects_r(h, footprints.prepared(c), inside.get()) == 1)
                    covering.push_back(footprints.ref(c).project);
            if (covering.empty())
                continue; // a hole, or a part of the tile outside every footprint
            std::sort(covering.begin(), covering.end());
            covering.erase(std::unique(covering.begin(), covering.end()), covering.end());
            bySet[covering].emplace_back(h, GEOSGeom_clone_r(h, face));
        }
        return Ok{};
    }

private:
    Result<Ok> split(const std::vector<std::uint32_t>& members, const geometry::Envelope& box,
                     int depth) {
        const double cx = box.centerX(), cy = box.centerY();
        const geometry::Envelope quadrants[4] = {
            geometry::Envelope::of(box.minX, box.minY, cx, cy),
            geometry::Envelope::of(cx, box.minY, box.maxX, cy),
            geometry::Envelope::of(box.minX, cy, cx, box.maxY),
            geometry::Envelope::of(cx, cy, box.maxX, box.maxY)};
        for (const geometry::Envelope& q : quadrants) {
            GeosGeometry quad(h, GEOSGeom_createRectangle_r(h, q.minX, q.minY, q.maxX, q.maxY));
            std::vector<std::uint32_t> crossing;
            bool anyCover = false;
            for (const std::uint32_t m : members) {
                const geometry::Envelope& e = footprints.envelope(m);
                if (!e.intersects(q))
                    continue;
                // A footprint holding the whole tile has no boundary in it: the face counting
                // finds it through the index.
                const bool holdsTile =
                    e.minX <= q.minX && e.minY <= q.minY && e.maxX >= q.maxX && e.maxY >= q.maxY &&
                    GEOSPreparedContainsProperly_r(h, footprints.prepared(m), quad.get()) == 1;
                if (holdsTile)
                    anyCover = true;
                else
                    crossing.push_back(m);
            }
            if (crossing.empty() && !anyCover)
                continue;
            if (auto ok = node(crossing, q, true, depth + 1); !ok)
                return ok;
        }
        return Ok{};
    }

    GeosGeometry outline(const geometry::Envelope& b) const {
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, 5, 2);
        const double xs[5] = {b.minX, b.maxX, b.maxX, b.minX, b.minX};
        const double ys[5] = {b.minY, b.minY, b.maxY, b.maxY, b.minY};
        for (unsigned i = 0; i < 5; ++i)
            GEOSCoordSeq_setXY_r(h, seq, i, xs[i], ys[i]);
        return {h, GEOSGeom_createLineString_r(h, seq)};
    }
};

class OverlapSurfaceAnalysis final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override { return surfaceDescriptor(); }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        const double buffer = params.number("point_line_buffer");
        const bool merge = params.flag("merge_pieces");
        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();

        AnalysisResult result = newResult(descriptor().id, input, params);

        // Footprints: polygon features, and buffered points and lines when asked.
        FeatureCatalog footprints(h);
        std::size_t skippedLayers = 0;
        for (std::size_t p = 0; p < input.projects.size(); ++p) {
            const AnalysisProject& project = input.projects[p];
            for (std::size_t l = 0; l < project.layers.size(); ++l) {
                const auto& data = project.layers[l].data;
                if (!data)
                    continue;
                const GeometryFamily family = data->family;
                const bool polygonal = family == GeometryFamily::Polygon;
                if (!polygonal && (buffer <= 0 || family == GeometryFamily::Unknown)) {
                    ++skippedLayers;
                    continue;
                }
                for (std::size_t f = 0; f < data->geometries.featureCount(); ++f) {
                    if ((f & 1023) == 0 && cancel.isCancelled())
                        return makeError(ErrorCode::Cancelled);
                    if (data->geometries.isEmpty(f))
                        continue;
                    GeosGeometry g = geometry::toGeos(h, data->geometries, f, family);
                    if (g && !polygonal)
                        g = GeosGeometry(h, GEOSBuffer_r(h, g.get(), buffer, 16));
                    footprints.add({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(l),
                                    static_cast<std::uint32_t>(f), GeometryFamily::Polygon},
                                   std::move(g));
                }
            }
        }
        if (skippedLayers > 0)
            result.warnings.push_back(std::to_string(skippedLayers) +
                                      " point or line layers left out of the surface "
                                      "(point_line_buffer is 0)");

        // Groups of footprints that touch or overlap, in order of their first footprint.
        auto found = findFeatureLinks(footprints, {0.0, true, false}, cancel,
                                      subProgress(progress, 0.0, 0.3));
        if (!found)
            return found.error();
        const std::size_t n = footprints.size();
        DisjointSets sets(n);
        for (const FeatureLink& link : *found)
            sets.unite(link.a, link.b);
        std::vector<std::vector<std::uint32_t>> groups;
        {
            std::vector<std::size_t> groupOfRoot(n, SIZE_MAX);
            for (std::uint32_t i = 0; i < n; ++i) {
                const std::size_t root = sets.find(i);
                if (groupOfRoot[root] == SIZE_MAX) {
                    groupOfRoot[root] = groups.size();
                    groups.emplace_back();
                }
                groups[groupOfRoot[root]].push_back(i);
            }
        }
        const geometry::PackedRTree index(footprints.envelopes());

        std::vector<Piece> pieces;
        bool snapped = false;
        std::size_t done = 0;
        std::size_t tiles = 0;
        for (const std::vector<std::uint32_t>& group : groups) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (progress)
                progress(0.3 + 0.65 * static_cast<double>(done) / static_cast<double>(n));
            done += group.size();

            if (group.size() == 1) {
                std::vector<GeosGeometry> polygons;
                collectPolygons(h, footprints.geometry(group[0]), polygons);
                for (GeosGeometry& poly : polygons)
                    pieces.push_back(
                        makePiece(h, {footprints.ref(group[0]).project}, std::move(poly)));
                continue;
            }

            FaceBuilder faces(h, footprints, index, cancel);
            if (auto ok = faces.node(group, footprints.groupExtent(group), false, 0); !ok)
                return ok.error();
            snapped = snapped || faces.snapped;
            tiles += faces.tiles;
            for (auto& [projects, faceList] : faces.bySet) {
                if (!merge || faceList.size() == 1) {
                    for (GeosGeometry& face : faceList)
                        pieces.push_back(makePiece(h, projects, std::move(face)));
                    continue;
                }
                if (cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled);
                for (GeosGeometry& poly : mergeTouching(h, faceList, snapped))
                    pieces.push_back(makePiece(h, projects, std::move(poly)));
            }
        }
        result.summary["noding_tiles"] = static_cast<double>(tiles);
        if (snapped)
            result.warnings.push_back("footprint boundaries were snapped to a 1 mm grid where "
                                      "floating-point noding failed");

        // Most-covered first; ties by project list, larger first, then position.
        std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
            if (a.projects.size() != b.projects.size())
                return a.projects.size() > b.projects.size();
            return std::tuple(a.projects, -a.area, a.minX, a.minY) <
                   std::tuple(b.projects, -b.area, b.minX, b.minY);
        });

        ResultLayer layer;
        layer.key = "overlap_surface";
        layer.family = GeometryFamily::Polygon;
        layer.columns = {{"project_count", FieldType::Integer},
                         {"project_ids", FieldType::String},
                         {"project_names", FieldType::String},
                         {"sectors", FieldType::String},
                         {"area_m2", FieldType::Real}};
        double covered = 0, multi = 0;
        std::size_t maxCount = 0;
        for (const Piece& piece : pieces) {
            const ProjectSetText text = describeProjects(input, piece.projects);
            layer.rows.push_back({static_cast<std::int64_t>(piece.projects.size()), text.ids,
                                  text.names, text.sectors, piece.area});
            geometry::appendGeos(h, piece.geometry.get(), layer.geometries, layer.family);
            covered += piece.area;
            if (piece.projects.size() >= 2)
                multi += piece.area;
            maxCount = std::max(maxCount, piece.projects.size());
        }
        result.summary["pieces"] = static_cast<double>(pieces.size());
        result.summary["covered_area_m2"] = covered;
        result.summary["area_2plus_m2"] = multi;
        result.summary["max_project_count"] = static_cast<double>(maxCount);
        result.layers.push_back(std::move(layer));
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
