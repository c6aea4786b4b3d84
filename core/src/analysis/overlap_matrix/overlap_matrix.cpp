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

// Each project's footprint area, line length and point count.
ResultTable footprintTable(const std::vector<AnalysisProject>& projects,
                           const ProjectFigures& figures) {
    ResultTable table{"project_footprints",
                      {{"project", data::FieldType::String},
                       {"name", data::FieldType::String},
                       {"sector", data::FieldType::String},
                       {"footprint_area_m2", data::FieldType::Real},
                       {"line_length_m", data::FieldType::Real},
                       {"point_count", data::FieldType::Integer}},
                      {}};
    for (std::size_t i = 0; i < projects.size(); ++i)
        table.rows.push_back({projects[i].id, projects[i].name.in("ko"),
                              project::sectorKey(projects[i].sector), figures.area[i],
                              figures.lineLength[i], figures.pointCount[i]});
    return table;
}

// One row per unordered pair (i < j, input order). The directed columns say which way:
// lines_a_in_b_m is A's line length inside B's polygons.
struct PairMatrix {
    ResultTable table;
    double totalArea = 0;
    std::int64_t overlappingPairs = 0;
};

PairMatrix pairMatrix(const std::vector<AnalysisProject>& projects, const ProjectFigures& figures) {
    PairMatrix m;
    m.table = {outputs::kOverlapMatrix,
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
    const std::size_t n = projects.size();
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double area = figures.pairArea[i * n + j];
            if (area > 0) {
                ++m.overlappingPairs;
                m.totalArea += area;
            }
            m.table.rows.push_back({projects[i].id, projects[j].id, projects[i].name.in("ko"),
                                    projects[j].name.in("ko"),
                                    project::sectorKey(projects[i].sector),
                                    project::sectorKey(projects[j].sector), area,
                                    shareOf(area, figures.area[i]), shareOf(area, figures.area[j]),
                                    figures.linesIn[i * n + j], figures.linesIn[j * n + i],
                                    figures.pointsIn[i * n + j], figures.pointsIn[j * n + i]});
        }
    }
    return m;
}

// Two polygon layers of different projects whose extents meet, weighted by their features for
// the progress bar.
struct PairJob {
    std::size_t pa, la, pb, lb;
    double weight;
};

std::vector<PairJob> pairJobs(const std::vector<AnalysisProject>& projects) {
    auto isPolygon = [](const AnalysisLayer& l) {
        return l.data && l.data->family == GeometryFamily::Polygon;
    };
    std::vector<PairJob> jobs;
    for (std::size_t i = 0; i < projects.size(); ++i)
        for (std::size_t j = i + 1; j < projects.size(); ++j)
            for (std::size_t li = 0; li < projects[i].layers.size(); ++li)
                for (std::size_t lj = 0; lj < projects[j].layers.size(); ++lj) {
                    const auto& la = projects[i].layers[li];
                    const auto& lb = projects[j].layers[lj];
                    if (!isPolygon(la) || !isPolygon(lb) ||
                        !la.data->geometries.extent().intersects(lb.data->geometries.extent()))
                        continue;
                    const double w = 1.0 + static_cast<double>(la.data->featureCount() +
                                                               lb.data->featureCount());
                    jobs.push_back({i, li, j, lj, w});
                }
    return jobs;
}

// The feature pairs of every job into `pairs`: with a table sink (the CLI writing a
// GeoPackage) batch by batch in feature order, so memory stays bounded whatever their number;
// otherwise collected and ordered by (fid_a, fid_b).
class FeaturePairs {
public:
    FeaturePairs(const AnalysisInput& input, const ParameterValues& params,
                 const CancelToken& cancel, ProgressFn progress, ResultTable& pairs,
                 std::vector<std::string>& warnings)
        : m_projects(input.projects), m_sink(input.tableSink), m_params(params), m_cancel(cancel),
          m_progress(std::move(progress)), m_pairs(pairs), m_warnings(warnings) {}

    Status run() {
        const std::vector<PairJob> jobs = pairJobs(m_projects);
        for (const PairJob& job : jobs)
            m_totalWeight += job.weight;
        if (m_sink)
            if (auto ok = m_sink->begin(m_pairs.key, m_pairs.columns); !ok)
                return ok;
        for (const PairJob& job : jobs) {
            if (auto ok = add(job); !ok)
                return ok;
            m_doneWeight += job.weight;
        }
        if (m_sink) {
            if (auto ok = m_sink->end(); !ok)
                return ok;
            m_pairs.streamed = true;
        }
        return Ok{};
    }
    const OverlapStats& totals() const { return m_totals; }

private:
    Status add(const PairJob& job) {
        const AnalysisLayer& la = m_projects[job.pa].layers[job.la];
        const AnalysisLayer& lb = m_projects[job.pb].layers[job.lb];
        const auto& fidsA = la.data->fids;
        const auto& fidsB = lb.data->fids;
        m_batchRows.clear(); // they carry this job's project and layer names
        auto fidA = [&](const OverlapPair& p) {
            return p.a < fidsA.size() ? fidsA[p.a] : std::int64_t(p.a);
        };
        auto fidB = [&](const OverlapPair& p) {
            return p.b < fidsB.size() ? fidsB[p.b] : std::int64_t(p.b);
        };
        auto rowOf = [&](const OverlapPair& p) -> data::AttributeRow {
            return {m_projects[job.pa].id,
                    la.id,
                    fidA(p),
                    m_projects[job.pb].id,
                    lb.id,
                    fidB(p),
                    p.area};
        };
        OverlapOptions options;
        options.minArea = m_params.number("min_area");
        options.threads = static_cast<unsigned>(m_params.integer("threads"));
        options.cancel = m_cancel;
        options.progress = [&](double f) {
            m_progress((m_doneWeight + f * job.weight) / m_totalWeight);
        };
        std::vector<OverlapPair> list;
        Status streamed = Ok{};
        auto take = [&](std::span<const OverlapPair> batch) {
            if (!m_sink) {
                list.insert(list.end(), batch.begin(), batch.end());
                return;
            }
            if (!streamed)
                return;
            // The rows are reused batch to batch: only the fids and the area change within a
            // job, so a million pairs cost no string copies.
            if (m_batchRows.size() < batch.size())
                m_batchRows.resize(batch.size(), rowOf(batch.front()));
            for (std::size_t k = 0; k < batch.size(); ++k) {
                m_batchRows[k][2] = fidA(batch[k]);
                m_batchRows[k][5] = fidB(batch[k]);
                m_batchRows[k][6] = batch[k].area;
            }
            streamed = m_sink->append(
                std::span<const data::AttributeRow>(m_batchRows.data(), batch.size()));
            m_pairs.streamedRows += batch.size();
        };
        OverlapStats stats;
        auto found =
            forEachPolygonOverlap(la.data->geometries, lb.data->geometries, options, take, &stats);
        if (!found)
            return found.error();
        if (!streamed)
            return streamed.error();
        m_totals.candidates += stats.candidates;
        m_totals.fastPath += stats.fastPath;
        m_totals.geosFallback += stats.geosFallback;
        m_totals.geosFailed += stats.geosFailed;
        if (stats.geosFailed > 0)
            m_warnings.push_back("layers " + la.id + " x " + lb.id + ": " +
                                 std::to_string(stats.geosFailed) +
                                 " feature pairs could not be intersected and were left out");
        // The engine gives feature index order; the table promises (fid_a, fid_b).
        std::stable_sort(list.begin(), list.end(), [&](const OverlapPair& l, const OverlapPair& r) {
            const auto left = fidA(l), right = fidA(r);
            return left != right ? left < right : fidB(l) < fidB(r);
        });
        m_pairs.rows.reserve(m_pairs.rows.size() + list.size());
        for (const OverlapPair& p : list)
            m_pairs.rows.push_back(rowOf(p));
        return Ok{};
    }

    const std::vector<AnalysisProject>& m_projects;
    TableSink* m_sink;
    const ParameterValues& m_params;
    const CancelToken& m_cancel;
    ProgressFn m_progress;
    ResultTable& m_pairs;
    std::vector<std::string>& m_warnings;
    std::vector<data::AttributeRow> m_batchRows;
    OverlapStats m_totals;
    double m_totalWeight = 0;
    double m_doneWeight = 0;
};

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
        const std::size_t n = input.projects.size();
        if (n > limits::kMatrixProjects.value())
            return limits::kMatrixProjects.exceeded(n);

        // 0 .. 0.4: every project-level figure in one pass of the overlay engine.
        auto figures =
            projectFigures(input.projects, params, cancel, [&](double f) { report(0.4 * f); });
        if (!figures)
            return figures.error();
        PairMatrix matrix = pairMatrix(input.projects, *figures);

        // 0.4 .. 1: feature pairs between polygon layers of different projects.
        ResultTable pairs{outputs::kOverlapPairs, overlapPairColumns(), {}};
        OverlapStats totals;
        if (params.flag("feature_pairs")) {
            FeaturePairs featurePairs(
                input, params, cancel, [&](double f) { report(0.4 + 0.6 * f); }, pairs,
                result.warnings);
            if (auto ok = featurePairs.run(); !ok)
                return ok.error();
            totals = featurePairs.totals();
        }
        report(1.0);

        result.summary["overlapping_project_pairs"] = static_cast<double>(matrix.overlappingPairs);
        result.summary["total_overlap_area_m2"] = matrix.totalArea;
        result.summary["feature_pairs"] =
            static_cast<double>(pairs.streamed ? pairs.streamedRows : pairs.rows.size());
        result.summary["feature_pairs_geos_fallback"] = static_cast<double>(totals.geosFallback);
        result.tables.push_back(std::move(matrix.table));
        if (params.flag("feature_pairs"))
            result.tables.push_back(std::move(pairs));
        result.tables.push_back(footprintTable(input.projects, *figures));
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
