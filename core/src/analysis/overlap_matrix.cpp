// SPDX-License-Identifier: GPL-3.0-or-later
// "overlap-matrix": where projects share ground. The project matrix is exact with respect to
// unions (GEOS: one unary union per project, one intersection per project pair; projects are
// few). The feature-pair table can have millions of rows, so it comes from the fast pair-area
// engine (boundary integration, GEOS only for degenerate pairs).
#include "builtin_analyses.h"
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/project/sector.h"
#include "geometry/geos_bridge.h"

#include <algorithm>

namespace cw::analysis {
namespace {

using geometry::GeometryFamily;
using geometry::GeosGeometry;

AnalysisDescriptor makeDescriptor() {
    AnalysisDescriptor d;
    d.id = "overlap-matrix";
    d.name = {"사업 중첩 행렬", "Project overlap matrix"};
    d.description = {
        "사업 쌍마다 겹치는 면적과 각 사업 영역에서 차지하는 비율, 상대 영역 안의 선 길이와 "
        "점 개수, 그리고 겹치는 객체 쌍을 계산합니다. 면적은 분석 좌표계 기준 m²입니다.",
        "For every pair of projects: the shared area and its share of each project's footprint, "
        "the length of lines and the number of points inside the other's footprint; plus which "
        "features overlap which, and by how much. Areas in m² in the analysis CRS."};
    d.parameters = {
        ParameterSpec{"feature_pairs",
                      {"객체 쌍 표 작성", "Write feature pairs"},
                      {"겹치는 객체 쌍마다 한 행을 씁니다.",
                       "Write one row per overlapping pair of polygon features."},
                      ParameterType::Boolean,
                      "true",
                      {},
                      {},
                      {},
                      ""},
        ParameterSpec{"min_area",
                      {"최소 면적", "Minimum area"},
                      {"이보다 작게 겹치는 객체 쌍은 생략합니다.",
                       "Feature pairs overlapping by less than this are left out."},
                      ParameterType::Double,
                      "0",
                      0.0,
                      {},
                      {},
                      "m²"},
        ParameterSpec{"threads",
                      {"스레드 수", "Threads"},
                      {"객체 쌍 계산에 쓸 스레드 수 (0: 모든 코어).",
                       "Threads for the feature pairs (0: all cores)."},
                      ParameterType::Integer,
                      "0",
                      0.0,
                      256.0,
                      {},
                      ""},
    };
    d.outputs = {
        {"overlap_matrix", {"사업 중첩 행렬", "Project overlap matrix"}, OutputKind::Table},
        {"overlap_pairs", {"중첩 객체 쌍", "Overlapping feature pairs"}, OutputKind::Table},
        {"project_footprints", {"사업 영역", "Project footprints"}, OutputKind::Table},
    };
    return d;
}

// One project's geometry as GEOS sees it: the union of its polygons, and its lines and points
// kept apart (lengths and counts are per feature, not dissolved).
struct Footprint {
    GeosGeometry polygons; // null when the project has no polygons
    double area = 0;
    std::vector<GeosGeometry> lines;
    double lineLength = 0;
    std::vector<GeosGeometry> points; // one per point, multipoints split
};

Footprint makeFootprint(GEOSContextHandle_t h, const AnalysisProject& project,
                        std::vector<std::string>& warnings) {
    Footprint fp;
    std::vector<GEOSGeometry*> polygons;
    for (const AnalysisLayer& layer : project.layers) {
        if (!layer.data)
            continue;
        const auto& store = layer.data->geometries;
        const GeometryFamily family = layer.data->family;
        for (std::size_t f = 0; f < store.featureCount(); ++f) {
            if (store.isEmpty(f))
                continue;
            if (family == GeometryFamily::Point) {
                for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
                    const auto c = store.part(p);
                    if (!c.empty())
                        fp.points.emplace_back(h, GEOSGeom_createPointFromXY_r(h, c[0].x, c[0].y));
                }
                continue;
            }
            GeosGeometry g = geometry::toGeos(h, store, f, family);
            if (!g)
                continue;
            if (family == GeometryFamily::Polygon) {
                polygons.push_back(g.release());
            } else if (family == GeometryFamily::Line) {
                double length = 0;
                if (GEOSLength_r(h, g.get(), &length) == 1)
                    fp.lineLength += length;
                fp.lines.push_back(std::move(g));
            }
        }
    }
    if (polygons.empty())
        return fp;
    GeosGeometry all(h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, polygons.data(),
                                                    static_cast<unsigned>(polygons.size())));
    fp.polygons = GeosGeometry(h, all ? GEOSUnaryUnion_r(h, all.get()) : nullptr);
    if (!fp.polygons && all) {
        // Only when the repaired input still trips GEOS: a coarser grid rather than no answer.
        fp.polygons = GeosGeometry(h, GEOSUnaryUnionPrec_r(h, all.get(), 1e-6));
        warnings.push_back("project " + project.id +
                           ": footprint union needed a 1e-6 precision grid");
    }
    if (!fp.polygons) {
        warnings.push_back("project " + project.id + ": footprint union failed; area taken as 0");
        return fp;
    }
    GEOSArea_r(h, fp.polygons.get(), &fp.area);
    return fp;
}

double intersectionArea(GEOSContextHandle_t h, const GEOSGeometry* a, const GEOSGeometry* b) {
    GeosGeometry i(h, GEOSIntersection_r(h, a, b));
    if (!i)
        i = GeosGeometry(h, GEOSIntersectionPrec_r(h, a, b, 1e-6));
    double area = 0;
    if (i)
        GEOSArea_r(h, i.get(), &area);
    return area;
}

// Length of `lines` inside `footprint` (its boundary included), feature by feature.
double lengthInside(GEOSContextHandle_t h, const std::vector<GeosGeometry>& lines,
                    const GEOSGeometry* footprint, const GEOSPreparedGeometry* prepared) {
    double total = 0;
    for (const GeosGeometry& line : lines) {
        if (GEOSPreparedIntersects_r(h, prepared, line.get()) != 1)
            continue;
        double length = 0;
        if (GEOSPreparedCovers_r(h, prepared, line.get()) == 1) {
            GEOSLength_r(h, line.get(), &length);
        } else {
            GeosGeometry i(h, GEOSIntersection_r(h, line.get(), footprint));
            if (i)
                GEOSLength_r(h, i.get(), &length);
        }
        total += length;
    }
    return total;
}

std::int64_t pointsInside(GEOSContextHandle_t h, const std::vector<GeosGeometry>& points,
                          const GEOSPreparedGeometry* prepared) {
    std::int64_t n = 0;
    for (const GeosGeometry& p : points)
        n += p && GEOSPreparedIntersects_r(h, prepared, p.get()) == 1 ? 1 : 0;
    return n;
}

// Prepared once per project, used against every other project.
struct PreparedFootprint {
    GEOSContextHandle_t h = nullptr;
    const GEOSPreparedGeometry* prepared = nullptr;
    PreparedFootprint(GEOSContextHandle_t handle, const GEOSGeometry* g) : h(handle) {
        if (g)
            prepared = GEOSPrepare_r(h, g);
    }
    ~PreparedFootprint() {
        if (prepared)
            GEOSPreparedGeom_destroy_r(h, prepared);
    }
    PreparedFootprint(const PreparedFootprint&) = delete;
    PreparedFootprint& operator=(const PreparedFootprint&) = delete;
};

data::AttributeValue shareOf(double part, double whole) {
    if (whole <= 0)
        return std::monostate{}; // no polygon footprint: a share means nothing
    return std::min(1.0, part / whole);
}

class OverlapMatrixAnalysis final : public Analysis {
public:
    const AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                               const ProgressFn& progress,
                               const CancelToken& cancel) const override {
        auto report = [&](double f) {
            if (progress)
                progress(std::clamp(f, 0.0, 1.0));
        };
        AnalysisResult result = newResult(m_descriptor.id, input, params);
        if (input.crs.isGeographic())
            result.warnings.push_back("the analysis CRS is geographic: areas are in degree² and "
                                      "lengths in degrees, not m² and m");

        geometry::GeosContext geos;
        const GEOSContextHandle_t h = geos.handle();
        const auto& projects = input.projects;
        const std::size_t n = projects.size();

        // 0 .. 0.2: footprints.
        std::vector<Footprint> footprints;
        footprints.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            footprints.push_back(makeFootprint(h, projects[i], result.warnings));
            report(0.2 * static_cast<double>(i + 1) /
                   static_cast<double>(std::max<std::size_t>(n, 1)));
        }
        ResultTable footprintTable{"project_footprints",
                                   {{"project", data::FieldType::String},
                                    {"name", data::FieldType::String},
                                    {"sector", data::FieldType::String},
                                    {"footprint_area_m2", data::FieldType::Real},
                                    {"line_length_m", data::FieldType::Real},
                                    {"point_count", data::FieldType::Integer}},
                                   {}};
        for (std::size_t i = 0; i < n; ++i)
            footprintTable.rows.push_back({projects[i].id, projects[i].name.in("ko"),
                                           project::sectorKey(projects[i].sector),
                                           footprints[i].area, footprints[i].lineLength,
                                           static_cast<std::int64_t>(footprints[i].points.size())});

        // 0.2 .. 0.4: the project matrix, one row per unordered pair (i < j, input order). The
        // directed columns say which way: lines_a_in_b_m is A's line length inside B's polygons.
        std::vector<std::unique_ptr<PreparedFootprint>> prepared;
        for (const Footprint& fp : footprints)
            prepared.push_back(std::make_unique<PreparedFootprint>(h, fp.polygons.get()));
        ResultTable matrix{"overlap_matrix",
                           {{"project_a", data::FieldType::String},
                            {"project_b", data::FieldType::String},
                            {"name_a", data::FieldType::String},
                            {"name_b", data::FieldType::String},
                            {"sector_a", data::FieldType::String},
                            {"sector_b", data::FieldType::String},
                            {"area_m2", data::FieldType::Real},
                            {"share_of_a", data::FieldType::Real},
                            {"share_of_b", data::FieldType::Real},
                            {"lines_a_in_b_m", data::FieldType::Real},
                            {"lines_b_in_a_m", data::FieldType::Real},
                            {"points_a_in_b", data::FieldType::Integer},
                            {"points_b_in_a", data::FieldType::Integer}},
                           {}};
        double totalArea = 0;
        std::int64_t overlappingPairs = 0;
        const std::size_t pairCount = n * (n > 0 ? n - 1 : 0) / 2;
        std::size_t pairDone = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled);
                const Footprint& a = footprints[i];
                const Footprint& b = footprints[j];
                double area = 0;
                if (a.polygons && b.polygons)
                    area = intersectionArea(h, a.polygons.get(), b.polygons.get());
                double linesAinB = 0, linesBinA = 0;
                std::int64_t pointsAinB = 0, pointsBinA = 0;
                if (prepared[j]->prepared) {
                    linesAinB = lengthInside(h, a.lines, b.polygons.get(), prepared[j]->prepared);
                    pointsAinB = pointsInside(h, a.points, prepared[j]->prepared);
                }
                if (prepared[i]->prepared) {
                    linesBinA = lengthInside(h, b.lines, a.polygons.get(), prepared[i]->prepared);
                    pointsBinA = pointsInside(h, b.points, prepared[i]->prepared);
                }
                if (area > 0) {
                    ++overlappingPairs;
                    totalArea += area;
                }
                matrix.rows.push_back(
                    {projects[i].id, projects[j].id, projects[i].name.in("ko"),
                     projects[j].name.in("ko"), project::sectorKey(projects[i].sector),
                     project::sectorKey(projects[j].sector), area, shareOf(area, a.area),
                     shareOf(area, b.area), linesAinB, linesBinA, pointsAinB, pointsBinA});
                ++pairDone;
                report(0.2 + 0.2 * static_cast<double>(pairDone) /
                                 static_cast<double>(std::max<std::size_t>(pairCount, 1)));
            }
        }

        // 0.4 .. 1: feature pairs between polygon layers of different projects.
        ResultTable pairs{"overlap_pairs", overlapPairColumns(), {}};
        OverlapStats totals;
        if (params.flag("feature_pairs")) {
            struct Job {
                std::size_t pa, la, pb, lb;
                double weight;
            };
            std::vector<Job> jobs;
            double totalWeight = 0;
            auto isPolygon = [](const AnalysisLayer& l) {
                return l.data && l.data->family == GeometryFamily::Polygon;
            };
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = i + 1; j < n; ++j)
                    for (std::size_t li = 0; li < projects[i].layers.size(); ++li)
                        for (std::size_t lj = 0; lj < projects[j].layers.size(); ++lj) {
                            const auto& la = projects[i].layers[li];
                            const auto& lb = projects[j].layers[lj];
                            if (!isPolygon(la) || !isPolygon(lb) ||
                                !la.data->geometries.extent().intersects(
                                    lb.data->geometries.extent()))
                                continue;
                            const double w = 1.0 + static_cast<double>(la.data->featureCount() +
                                                                       lb.data->featureCount());
                            jobs.push_back({i, li, j, lj, w});
                            totalWeight += w;
                        }
            double doneWeight = 0;
            for (const Job& job : jobs) {
                const AnalysisLayer& la = projects[job.pa].layers[job.la];
                const AnalysisLayer& lb = projects[job.pb].layers[job.lb];
                OverlapOptions options;
                options.minArea = params.number("min_area");
                options.threads = static_cast<unsigned>(params.integer("threads"));
                options.cancel = cancel;
                options.progress = [&](double f) {
                    report(0.4 + 0.6 * (doneWeight + f * job.weight) / totalWeight);
                };
                OverlapStats stats;
                auto found =
                    polygonOverlapAreas(la.data->geometries, lb.data->geometries, options, &stats);
                if (!found)
                    return found.error();
                totals.candidates += stats.candidates;
                totals.fastPath += stats.fastPath;
                totals.geosFallback += stats.geosFallback;
                totals.geosFailed += stats.geosFailed;
                if (stats.geosFailed > 0)
                    result.warnings.push_back(
                        "layers " + la.id + " x " + lb.id + ": " +
                        std::to_string(stats.geosFailed) +
                        " feature pairs could not be intersected and were left out");
                const auto& fidsA = la.data->fids;
                const auto& fidsB = lb.data->fids;
                auto fidA = [&](const OverlapPair& p) {
                    return p.a < fidsA.size() ? fidsA[p.a] : std::int64_t(p.a);
                };
                auto fidB = [&](const OverlapPair& p) {
                    return p.b < fidsB.size() ? fidsB[p.b] : std::int64_t(p.b);
                };
                // The engine sorts by feature index; the table promises (fid_a, fid_b).
                std::vector<OverlapPair>& list = *found;
                std::stable_sort(list.begin(), list.end(),
                                 [&](const OverlapPair& l, const OverlapPair& r) {
                                     const auto la2 = fidA(l), ra = fidA(r);
                                     return la2 != ra ? la2 < ra : fidB(l) < fidB(r);
                                 });
                pairs.rows.reserve(pairs.rows.size() + list.size());
                for (const OverlapPair& p : list)
                    pairs.rows.push_back({projects[job.pa].id, la.id, fidA(p), projects[job.pb].id,
                                          lb.id, fidB(p), p.area});
                doneWeight += job.weight;
            }
        }
        report(1.0);

        result.summary["overlapping_project_pairs"] = static_cast<double>(overlappingPairs);
        result.summary["total_overlap_area_m2"] = totalArea;
        result.summary["feature_pairs"] = static_cast<double>(pairs.rows.size());
        result.summary["feature_pairs_geos_fallback"] = static_cast<double>(totals.geosFallback);
        result.tables.push_back(std::move(matrix));
        if (params.flag("feature_pairs"))
            result.tables.push_back(std::move(pairs));
        result.tables.push_back(std::move(footprintTable));
        return result;
    }

private:
    AnalysisDescriptor m_descriptor = makeDescriptor();
};

} // namespace

std::unique_ptr<Analysis> makeOverlapMatrixAnalysis() {
    return std::make_unique<OverlapMatrixAnalysis>();
}

} // namespace cw::analysis
