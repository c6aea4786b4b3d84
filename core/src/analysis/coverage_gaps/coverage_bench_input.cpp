// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/coverage_bench_input.h"

#include <cmath>
#include <memory>
#include <numbers>
#include <random>

namespace cw::analysis {
namespace {
constexpr double kCx = 198000, kCy = 552000; // Seoul City Hall, EPSG:5186 (approximate)
constexpr double kA = 16000;
const double kB = 605e6 / (std::numbers::pi * kA);
} // namespace

data::VectorLayer seoulSizedBoundary(const crs::Crs& crs5186) {
    data::VectorLayer l;
    l.name = "boundary";
    l.driver = "generated";
    l.family = geometry::GeometryFamily::Polygon;
    l.crs = crs5186;
    l.geometries.beginFeature();
    l.geometries.beginPart(true);
    for (int i = 0; i <= 256; ++i) {
        const double t = 2 * std::numbers::pi * (i % 256) / 256.0;
        l.geometries.addCoord(kCx + kA * std::cos(t), kCy + kB * std::sin(t));
    }
    l.geometries.endPart();
    l.geometries.endFeature();
    l.fids = {1};
    l.attributes = {{}};
    return l;
}

AnalysisInput syntheticCoverageInput(std::size_t n, std::uint64_t seed, const crs::Crs& crs5186) {
    static const char* const kTypes[] = {"iot_sensor", "cctv", "ev_charger", "parking_sensor",
                                         "roadside_unit"};
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    data::VectorLayer points;
    points.name = "iot_sensors";
    points.driver = "generated";
    points.family = geometry::GeometryFamily::Point;
    points.crs = crs5186;
    points.fields = {{"type", data::FieldType::String}};
    while (points.fids.size() < n) {
        const double x = u(rng), y = u(rng);
        if (x * x + y * y > 1)
            continue;
        points.geometries.beginFeature();
        points.geometries.beginPart(false);
        points.geometries.addCoord(kCx + kA * x, kCy + kB * y);
        points.geometries.endPart();
        points.geometries.endFeature();
        points.attributes.push_back({std::string(kTypes[points.fids.size() % 5])});
        points.fids.push_back(std::int64_t(points.fids.size() + 1));
    }
    AnalysisInput in;
    in.crs = crs5186;
    AnalysisProject p;
    p.id = "assets";
    p.name = {"시설", "assets"};
    p.sector = project::Sector::Safety;
    p.layers.push_back({"iot_sensors",
                        {"시설", "assets"},
                        std::make_shared<const data::VectorLayer>(std::move(points)),
                        0});
    in.projects.push_back(std::move(p));
    in.baseLayers.push_back({"boundary",
                             {"경계", "boundary"},
                             std::make_shared<const data::VectorLayer>(seoulSizedBoundary(crs5186)),
                             0});
    return in;
}

data::VectorLayer syntheticRoadGrid(double spacing, const crs::Crs& crs5186) {
    data::VectorLayer l;
    l.name = "roads";
    l.driver = "generated";
    l.family = geometry::GeometryFamily::Line;
    l.crs = crs5186;
    const int nx = static_cast<int>(2 * kA / spacing), ny = static_cast<int>(2 * kB / spacing);
    auto node = [&](int i, int j) {
        return geometry::Coord{kCx - kA + i * spacing, kCy - kB + j * spacing};
    };
    auto link = [&](geometry::Coord a, geometry::Coord b) {
        l.geometries.beginFeature();
        l.geometries.beginPart(false);
        l.geometries.addCoord(a.x, a.y);
        l.geometries.addCoord(b.x, b.y);
        l.geometries.endPart();
        l.geometries.endFeature();
        l.fids.push_back(std::int64_t(l.fids.size() + 1));
        l.attributes.emplace_back();
    };
    for (int i = 0; i <= nx; ++i)
        for (int j = 0; j <= ny; ++j) {
            if (i < nx)
                link(node(i, j), node(i + 1, j));
            if (j < ny)
                link(node(i, j), node(i, j + 1));
        }
    return l;
}

mcda::CriteriaMatrix syntheticCriteria(std::size_t units, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    mcda::CriteriaMatrix m;
    for (const char* key :
         {"projects", "sectors", "integration", "gaps", "transit", "sandbox", "field"})
        m.criteria.push_back({key, mcda::Direction::Benefit, 1.0});
    m.criteria[4].direction = mcda::Direction::Cost;
    m.unitCount = units;
    m.values.resize(units * m.criteria.size());
    for (double& v : m.values)
        v = u(rng);
    return m;
}

} // namespace cw::analysis
