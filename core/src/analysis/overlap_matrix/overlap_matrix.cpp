// SPDX-License-Identifier: GPL-3.0-or-later
// "overlap-matrix": where projects share ground. The project matrix measures unions and their
// intersections with the boundary overlay engine (no union geometry is built); the feature-pair
// table can have millions of rows and comes from the pair-area engine (boundary integration,
// GEOS only for degenerate pairs).
#include "analysis/framework/builtin_analyses.h"
#include "analysis/geometry/boundary_overlay.h"
#include "cityweave/analysis/polygon_overlap_area.h"
#include "cityweave/analysis/result_columns.h"
#include "cityweave/core/work_limits.h"
#include "cityweave/project/sector.h"

#include <algorithm>

namespace cw::analysis {
namespace {

using geometry::GeometryFamily;

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

// Project-level figures from the overlay engine: each project's polygons carry its index as
// label, its lines and points are probes with the same index.
struct ProjectFigures {
    explicit ProjectFigures(std::size_t n)
        : n(n), area(n), lineLength(n), pointCount(n), pairArea(n * n), linesIn(n * n),
          pointsIn(n * n) {}
    std::size_t n;
    std::vector<double> area;       // of the union of the project's polygons
    std::vector<double> lineLength; // all of its lines
    std::vector<std::int64_t> pointCount;
    std::vector<double> pairArea;       // [i * n + j], i < j: ∪i ∩ ∪j
    std::vector<double> linesIn;        // [i * n + j]: i's lines inside ∪j
    std::vector<std::int64_t> pointsIn; // [i * n + j]: i's points inside ∪j

    void add(const ProjectFigures& o) {
        auto sum = [](auto& into, const auto& from) {
            for (std::size_t k = 0; k < into.size(); ++k)
                into[k] += from[k];
        };
        sum(area, o.area);
        sum(lineLength, o.lineLength);
        sum(pointCount, o.pointCount);
        sum(pairArea, o.pairArea);
        sum(linesIn, o.linesIn);
        sum(pointsIn, o.pointsIn);
    }
};

class FigureAccumulator final : public overlay::Accumulator {
public:
    explicit FigureAccumulator(std::size_t n) : figures(n) {}
    void boundary(const overlay::BoundaryPiece& piece) override {
        addSide(piece.left, piece.twiceArea / 2);
        addSide(piece.right, -piece.twiceArea / 2);
    }
    void line(std::uint32_t probe, overlay::Labels cover, double length) override {
        figures.lineLength[probe] += length;
        for (const std::uint32_t j : cover)
            figures.linesIn[probe * figures.n + j] += length;
    }
    void point(std::uint32_t probe, overlay::Labels cover) override {
        ++figures.pointCount[probe];
        for (const std::uint32_t j : cover)
            ++figures.pointsIn[probe * figures.n + j];
    }
    ProjectFigures figures;

private:
    void addSide(overlay::Labels side, double area) {
        for (std::size_t a = 0; a < side.size(); ++a) {
            figures.area[side[a]] += area;
            for (std::size_t b = a + 1; b < side.size(); ++b)
                figures.pairArea[side[a] * figures.n + side[b]] += area;
        }
    }
};

Result<ProjectFigures> projectFigures(const std::vector<AnalysisProject>& projects,
                                      const ParameterValues& params, const CancelToken& cancel,
                                      const ProgressFn& progress) {
    overlay::OverlayInputs inputs;
    for (std::size_t i = 0; i < projects.size(); ++i) {
        const auto label = static_cast<std::uint32_t>(i);
        for (const AnalysisLayer& layer : projects[i].layers) {
            if (!layer.data)
                continue;
            const auto* store = &layer.data->geometries;
            switch (layer.data->family) {
            case GeometryFamily::Polygon:
                inputs.polygons.push_back({store, label, false});
                break;
            case GeometryFamily::Line:
                inputs.lines.push_back({store, label});
                break;
            case GeometryFamily::Point:
                inputs.points.push_back({store, label});
                break;
            default:
                break;
            }
        }
    }
    const std::size_t n = projects.size();
    ProjectFigures figures(n);
    overlay::OverlayOptions options;
    options.threads = static_cast<unsigned>(params.integer("threads"));
    options.cancel = cancel;
    options.progress = progress;
    auto done = overlay::run(
        inputs, options, [n] { return std::make_unique<FigureAccumulator>(n); },
        [&](std::unique_ptr<overlay::Accumulator> chunk) {
            figures.add(static_cast<FigureAccumulator&>(*chunk).figures);
        });
    if (!done)
        return done.error();
    for (double& a : figures.area)
        a = std::max(a, 0.0); // rounding can leave a hair below zero
    for (double& a : figures.pairArea)
        a = std::max(a, 0.0);
    return figures;
}

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

        const auto& projects = input.projects;
        const std::size_t n = projects.size();
        if (n > limits::kMatrixProjects.value())
            return limits::kMatrixProjects.exceeded(n);

        // 0 .. 0.4: every project-level figure in one pass of the overlay engine.
        auto figures = projectFigures(projects, params, cancel, [&](double f) { report(0.4 * f); });
        if (!figures)
            return figures.error();
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
                                           project::sectorKey(projects[i].sector), figures->area[i],
                                           figures->lineLength[i], figures->pointCount[i]});

        // One row per unordered pair (i < j, input order). The directed columns say which way:
        // lines_a_in_b_m is A's line length inside B's polygons.
        ResultTable matrix{"overlap_matrix",
                           {{columns::kProjectA, data::FieldType::String},
                            {columns::kProjectB, data::FieldType::String},
                            {"name_a", data::FieldType::String},
                            {"name_b", data::FieldType::String},
                            {"sector_a", data::FieldType::String},
                            {"sector_b", data::FieldType::String},
                            {columns::kAreaM2, data::FieldType::Real},
                            {columns::kShareOfA, data::FieldType::Real},
                            {columns::kShareOfB, data::FieldType::Real},
                            {columns::kLinesAInBM, data::FieldType::Real},
                            {columns::kLinesBInAM, data::FieldType::Real},
                            {columns::kPointsAInB, data::FieldType::Integer},
                            {columns::kPointsBInA, data::FieldType::Integer}},
                           {}};
        double totalArea = 0;
        std::int64_t overlappingPairs = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const double area = figures->pairArea[i * n + j];
                if (area > 0) {
                    ++overlappingPairs;
                    totalArea += area;
                }
                matrix.rows.push_back(
                    {projects[i].id, projects[j].id, projects[i].name.in("ko"),
                     projects[j].name.in("ko"), project::sectorKey(projects[i].sector),
                     project::sectorKey(projects[j].sector), area, shareOf(area, figures->area[i]),
                     shareOf(area, figures->area[j]), figures->linesIn[i * n + j],
                     figures->linesIn[j * n + i], figures->pointsIn[i * n + j],
                     figures->pointsIn[j * n + i]});
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
            // With a table sink (the CLI writing a GeoPackage) the pairs go out batch by batch
            // in feature order, so memory stays bounded whatever their number; otherwise they
            // are collected and ordered by (fid_a, fid_b).
            TableSink* sink = input.tableSink;
            if (sink)
                if (auto ok = sink->begin(pairs.key, pairs.columns); !ok)
                    return ok.error();
            std::vector<data::AttributeRow> batchRows;
            double doneWeight = 0;
            for (const Job& job : jobs) {
                const AnalysisLayer& la = projects[job.pa].layers[job.la];
                const AnalysisLayer& lb = projects[job.pb].layers[job.lb];
                const auto& fidsA = la.data->fids;
                const auto& fidsB = lb.data->fids;
                batchRows.clear(); // they carry this job's project and layer names
                auto fidA = [&](const OverlapPair& p) {
                    return p.a < fidsA.size() ? fidsA[p.a] : std::int64_t(p.a);
                };
                auto fidB = [&](const OverlapPair& p) {
                    return p.b < fidsB.size() ? fidsB[p.b] : std::int64_t(p.b);
                };
                auto rowOf = [&](const OverlapPair& p) -> data::AttributeRow {
                    return {projects[job.pa].id,
                            la.id,
                            fidA(p),
                            projects[job.pb].id,
                            lb.id,
                            fidB(p),
                            p.area};
                };
                OverlapOptions options;
                options.minArea = params.number("min_area");
                options.threads = static_cast<unsigned>(params.integer("threads"));
                options.cancel = cancel;
                options.progress = [&](double f) {
                    report(0.4 + 0.6 * (doneWeight + f * job.weight) / totalWeight);
                };
                std::vector<OverlapPair> list;
                Status streamed = Ok{};
                auto take = [&](std::span<const OverlapPair> batch) {
                    if (!sink) {
                        list.insert(list.end(), batch.begin(), batch.end());
                        return;
                    }
                    if (!streamed)
                        return;
                    // The rows are reused batch to batch: only the fids and the area change
                    // within a job, so a million pairs cost no string copies.
                    if (batchRows.size() < batch.size())
                        batchRows.resize(batch.size(), rowOf(batch.front()));
                    for (std::size_t k = 0; k < batch.size(); ++k) {
                        batchRows[k][2] = fidA(batch[k]);
                        batchRows[k][5] = fidB(batch[k]);
                        batchRows[k][6] = batch[k].area;
                    }
                    streamed = sink->append(
                        std::span<const data::AttributeRow>(batchRows.data(), batch.size()));
                    pairs.streamedRows += batch.size();
                };
                OverlapStats stats;
                auto found = forEachPolygonOverlap(la.data->geometries, lb.data->geometries,
                                                   options, take, &stats);
                if (!found)
                    return found.error();
                if (!streamed)
                    return streamed.error();
                totals.candidates += stats.candidates;
                totals.fastPath += stats.fastPath;
                totals.geosFallback += stats.geosFallback;
                totals.geosFailed += stats.geosFailed;
                if (stats.geosFailed > 0)
                    result.warnings.push_back(
                        "layers " + la.id + " x " + lb.id + ": " +
                        std::to_string(stats.geosFailed) +
                        " feature pairs could not be intersected and were left out");
                // The engine gives feature index order; the table promises (fid_a, fid_b).
                std::stable_sort(list.begin(), list.end(),
                                 [&](const OverlapPair& l, const OverlapPair& r) {
                                     const auto la2 = fidA(l), ra = fidA(r);
                                     return la2 != ra ? la2 < ra : fidB(l) < fidB(r);
                                 });
                pairs.rows.reserve(pairs.rows.size() + list.size());
                for (const OverlapPair& p : list)
                    pairs.rows.push_back(rowOf(p));
                doneWeight += job.weight;
            }
            if (sink) {
                if (auto ok = sink->end(); !ok)
                    return ok.error();
                pairs.streamed = true;
            }
        }
        report(1.0);

        result.summary["overlapping_project_pairs"] = static_cast<double>(overlappingPairs);
        result.summary["total_overlap_area_m2"] = totalArea;
        result.summary["feature_pairs"] =
            static_cast<double>(pairs.streamed ? pairs.streamedRows : pairs.rows.size());
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
