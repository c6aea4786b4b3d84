// SPDX-License-Identifier: GPL-3.0-or-later
// "sangam-rsu-coverage": how much of each autonomous-driving route lies within radio range of a
// V2X roadside unit (RSU), and where the gaps are.
//
// Exact, with no buffering: on a segment P(t) = A + t·(B − A), t in [0, 1], the part within
// radius r of an RSU at C solves |A + t·d − C|² ≤ r², a quadratic in t. The covered set of a
// segment is the union of those t-intervals; covered length = Σ interval widths × |d|. The
// complement, joined across vertices, gives the uncovered pieces as polylines.
#include "rsu_coverage.h"

#include "plugin_analysis_support.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace cw::plugins::sangam {
namespace {

using analysis::OutputKind;
using analysis::ParameterType;
using data::FieldType;
using geometry::Coord;
using geometry::GeometryFamily;
using Interval = std::pair<double, double>;

analysis::AnalysisDescriptor makeDescriptor() {
    analysis::AnalysisDescriptor d;
    d.id = "sangam-rsu-coverage";
    d.name = {"상암 노변기지국 노선 커버리지", "Sangam route coverage by roadside units"};
    d.description = {"자율주행 노선마다 V2X 노변기지국 통신 반경 안에 드는 길이와 비율을 구하고 "
                     "통신이 닿지 않는 구간을 선 레이어로 냅니다.",
                     "Per autonomous-driving route: the length and share within radio range of a "
                     "V2X roadside unit, and the uncovered pieces as a line layer."};
    d.parameters = {
        {"radius",
         {"통신 반경", "Radio range"},
         {"노변기지국 한 대가 닿는 거리", "Distance one roadside unit reaches"},
         ParameterType::Double,
         "300",
         1.0,
         5000.0,
         {},
         "m"},
        {"routes_layer",
         {"노선 레이어", "Routes layer"},
         {"자율주행 노선 (선)", "Autonomous-driving routes (lines)"},
         ParameterType::Layer,
         "sangam_testbed_roads",
         {},
         {},
         {"line"},
         ""},
        {"rsu_layer",
         {"노변기지국 레이어", "Roadside-unit layer"},
         {"V2X 노변기지국 (점)", "V2X roadside units (points)"},
         ParameterType::Layer,
         "sangam_v2x_rsu",
         {},
         {},
         {"point"},
         ""},
    };
    // The figures and columns of its own, by name in the panel, comparisons and reports.
    d.columns = {
        {"routes", {"노선 수", "Routes"}, analysis::ColumnKind::Count},
        {"roadside_units", {"노변기지국 수", "Roadside units"}, analysis::ColumnKind::Count},
        {"radius_m", {"통신 반경 (m)", "Radio range (m)"}, analysis::ColumnKind::Length},
        {"total_length_m",
         {"노선 길이 합계 (m)", "Total route length (m)"},
         analysis::ColumnKind::Length},
        {"covered_length_m", {"커버 길이 (m)", "Covered length (m)"}, analysis::ColumnKind::Length},
        {"covered_pct", {"커버 비율 (%)", "Covered (%)"}, analysis::ColumnKind::Percent},
        {"routes_fully_covered",
         {"완전 커버 노선", "Routes fully covered"},
         analysis::ColumnKind::Count},
        {"uncovered_pieces", {"음영 구간 수", "Uncovered pieces"}, analysis::ColumnKind::Count},
        {"route_id", {"노선", "Route"}, analysis::ColumnKind::Identifier},
    };
    d.outputs = {
        {"sangam_rsu_coverage", {"노선별 커버리지", "Coverage by route"}, OutputKind::Table},
        {"sangam_uncovered_routes",
         {"통신 음영 구간", "Uncovered route pieces"},
         OutputKind::LineLayer},
    };
    return d;
}

// The t-interval of segment a→b within `radius` of `c`; empty (first > second) when none.
Interval withinRadius(Coord a, Coord b, Coord c, double radius) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double fx = a.x - c.x, fy = a.y - c.y;
    const double qa = (dx * dx) + (dy * dy);
    const double qb = 2.0 * ((fx * dx) + (fy * dy));
    const double qc = (fx * fx) + (fy * fy) - (radius * radius);
    if (qa == 0.0)
        return qc <= 0.0 ? Interval{0.0, 1.0} : Interval{1.0, 0.0};
    const double disc = (qb * qb) - (4.0 * qa * qc);
    if (disc < 0.0)
        return {1.0, 0.0};
    const double root = std::sqrt(disc);
    const double t0 = std::max(0.0, (-qb - root) / (2.0 * qa));
    const double t1 = std::min(1.0, (-qb + root) / (2.0 * qa));
    return {t0, t1};
}

// Sorted, merged covered intervals of one segment.
std::vector<Interval> coveredIntervals(Coord a, Coord b, const std::vector<Coord>& rsus,
                                       double radius) {
    std::vector<Interval> found;
    const double minX = std::min(a.x, b.x) - radius, maxX = std::max(a.x, b.x) + radius;
    const double minY = std::min(a.y, b.y) - radius, maxY = std::max(a.y, b.y) + radius;
    for (const Coord& c : rsus) {
        if (c.x < minX || c.x > maxX || c.y < minY || c.y > maxY)
            continue;
        const Interval i = withinRadius(a, b, c, radius);
        if (i.first < i.second)
            found.push_back(i);
    }
    std::sort(found.begin(), found.end());
    std::vector<Interval> merged;
    for (const Interval& i : found) {
        if (!merged.empty() && i.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, i.second);
        else
            merged.push_back(i);
    }
    return merged;
}

Coord at(Coord a, Coord b, double t) {
    return {a.x + (t * (b.x - a.x)), a.y + (t * (b.y - a.y))};
}

struct RouteCoverage {
    double length = 0;
    double covered = 0;
    std::vector<std::vector<Coord>> gaps; ///< uncovered pieces, each a polyline
};

// Walks one line part segment by segment, extending the open gap through uncovered stretches.
void measurePart(std::span<const Coord> line, const std::vector<Coord>& rsus, double radius,
                 RouteCoverage& out) {
    std::vector<Coord> gap;
    auto closeGap = [&] {
        if (gap.size() >= 2)
            out.gaps.push_back(std::move(gap));
        gap.clear();
    };
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Coord a = line[i], b = line[i + 1];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        out.length += length;
        double t = 0.0;
        for (const Interval& c : coveredIntervals(a, b, rsus, radius)) {
            out.covered += (c.second - c.first) * length;
            if (c.first > t) {
                if (gap.empty())
                    gap.push_back(at(a, b, t));
                gap.push_back(at(a, b, c.first));
            }
            closeGap();
            t = c.second;
        }
        if (t < 1.0) {
            if (gap.empty())
                gap.push_back(at(a, b, t));
            gap.push_back(b);
        }
    }
    closeGap();
}

std::vector<Coord> pointsOf(const data::VectorLayer& layer) {
    std::vector<Coord> points;
    for (std::size_t f = 0; f < layer.featureCount(); ++f)
        for (std::size_t p = layer.geometries.firstPart(f); p < layer.geometries.endPart(f); ++p)
            points.push_back(layer.geometries.part(p)[0]);
    return points;
}

class RsuCoverage final : public analysis::Analysis {
public:
    const analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues& params,
                                         const ProgressFn& progress,
                                         const CancelToken& cancel) const override {
        if (auto projected = requireProjected(input); !projected)
            return projected.error();
        auto routes = requireLayer(input, params, "routes_layer", GeometryFamily::Line);
        if (!routes)
            return routes.error();
        auto rsuLayer = requireLayer(input, params, "rsu_layer", GeometryFamily::Point);
        if (!rsuLayer)
            return rsuLayer.error();
        const data::VectorLayer& r = **routes;
        const std::vector<Coord> rsus = pointsOf(**rsuLayer);
        const double radius = params.number("radius");

        analysis::AnalysisResult result = newResult(m_descriptor.id, input, params);
        analysis::ResultTable table{"sangam_rsu_coverage",
                                    {{"route_id", FieldType::Integer},
                                     {"name", FieldType::String},
                                     {"length_m", FieldType::Real},
                                     {"covered_m", FieldType::Real},
                                     {"uncovered_m", FieldType::Real},
                                     {"covered_pct", FieldType::Real}},
                                    {}};
        analysis::ResultLayer gaps;
        gaps.key = "sangam_uncovered_routes";
        gaps.family = GeometryFamily::Line;
        gaps.columns = {{"route_id", FieldType::Integer},
                        {"name", FieldType::String},
                        {"length_m", FieldType::Real}};
        double total = 0, covered = 0;
        int fullyCovered = 0;
        for (std::size_t f = 0; f < r.featureCount(); ++f) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            RouteCoverage route;
            for (std::size_t p = r.geometries.firstPart(f); p < r.geometries.endPart(f); ++p)
                measurePart(r.geometries.part(p), rsus, radius, route);
            const std::int64_t id = featureId(r, f);
            const std::string name = textField(r, f, "name");
            const double share = route.length > 0 ? 100.0 * route.covered / route.length : 0.0;
            table.rows.push_back(
                {id, name, route.length, route.covered, route.length - route.covered, share});
            for (const auto& piece : route.gaps) {
                double length = 0;
                gaps.geometries.beginFeature();
                gaps.geometries.beginPart(false);
                for (std::size_t i = 0; i < piece.size(); ++i) {
                    gaps.geometries.addCoord(piece[i].x, piece[i].y);
                    if (i > 0)
                        length +=
                            std::hypot(piece[i].x - piece[i - 1].x, piece[i].y - piece[i - 1].y);
                }
                gaps.geometries.endPart();
                gaps.geometries.endFeature();
                gaps.rows.push_back({id, name, length});
            }
            total += route.length;
            covered += route.covered;
            // A gap shorter than a millimetre is rounding at a circle's edge.
            fullyCovered += route.length - route.covered < 1e-3 ? 1 : 0;
            if (progress)
                progress(double(f + 1) / double(r.featureCount()));
        }
        result.summary = {{"routes", double(r.featureCount())},
                          {"roadside_units", double(rsus.size())},
                          {"radius_m", radius},
                          {"total_length_m", total},
                          {"covered_length_m", covered},
                          {"covered_pct", total > 0 ? 100.0 * covered / total : 0.0},
                          {"routes_fully_covered", double(fullyCovered)},
                          {"uncovered_pieces", double(gaps.rows.size())}};
        result.tables.push_back(std::move(table));
        result.layers.push_back(std::move(gaps));
        return result;
    }

private:
    analysis::AnalysisDescriptor m_descriptor = makeDescriptor();
};

} // namespace

std::unique_ptr<analysis::Analysis> makeRsuCoverageAnalysis() {
    return std::make_unique<RsuCoverage>();
}

} // namespace cw::plugins::sangam
