// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built inputs for the overlap-surface, proximity-links and integration-zones tests:
// layers made directly in EPSG:5186 around an origin in Seoul, wrapped into projects.
#pragma once

#include "analysis/framework/builtin_analyses.h"
#include "cityweave/analysis/analysis.h"
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cw::test::links {

using geometry::Coord;
using geometry::GeometryFamily;

// Origin of the test world (EPSG:5186 metres, in Seoul); shapes are given relative to it.
constexpr double X0 = 200000;
constexpr double Y0 = 550000;

inline crs::Crs crs5186() {
    auto crs = crs::Crs::fromEpsg(5186);
    EXPECT_TRUE(crs);
    return crs ? *crs : crs::Crs{};
}

/// A closed axis-aligned square ring (counter-clockwise), relative to the origin.
inline std::vector<Coord> rect(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

/// One feature per entry; fids 1, 2, 3...; each feature is a list of parts (rings for polygons,
/// line strings for lines, single coordinates for points). For polygons the first ring of a
/// feature is its shell and the others its holes.
inline std::shared_ptr<const data::VectorLayer>
layer(GeometryFamily family, const std::vector<std::vector<std::vector<Coord>>>& features) {
    data::VectorLayer l;
    l.family = family;
    l.crs = crs5186();
    for (std::size_t i = 0; i < features.size(); ++i) {
        l.fids.push_back(static_cast<std::int64_t>(i + 1));
        l.attributes.emplace_back();
        l.geometries.beginFeature();
        for (std::size_t p = 0; p < features[i].size(); ++p) {
            l.geometries.beginPart(family == GeometryFamily::Polygon && p == 0);
            for (const Coord& c : features[i][p])
                l.geometries.addCoord(X0 + c.x, Y0 + c.y);
            l.geometries.endPart();
        }
        l.geometries.endFeature();
    }
    return std::make_shared<const data::VectorLayer>(std::move(l));
}

inline std::shared_ptr<const data::VectorLayer>
polygonLayer(const std::vector<std::vector<Coord>>& shells) {
    std::vector<std::vector<std::vector<Coord>>> features;
    for (const auto& s : shells)
        features.push_back({s});
    return layer(GeometryFamily::Polygon, features);
}

inline std::shared_ptr<const data::VectorLayer> pointLayer(const std::vector<Coord>& points) {
    std::vector<std::vector<std::vector<Coord>>> features;
    for (const Coord& c : points)
        features.push_back({{c}});
    return layer(GeometryFamily::Point, features);
}

inline std::shared_ptr<const data::VectorLayer>
lineLayer(const std::vector<std::vector<Coord>>& lines) {
    std::vector<std::vector<std::vector<Coord>>> features;
    for (const auto& l : lines)
        features.push_back({l});
    return layer(GeometryFamily::Line, features);
}

inline analysis::AnalysisProject
project(const std::string& id, project::Sector sector, const std::string& task,
        std::vector<std::pair<std::string, std::shared_ptr<const data::VectorLayer>>> layers) {
    analysis::AnalysisProject p;
    p.id = id;
    p.name = {id + " 사업", id + " project"};
    p.sector = sector;
    p.task = task;
    for (auto& [layerId, data] : layers)
        p.layers.push_back(analysis::AnalysisLayer{layerId, {layerId, layerId}, data, 0});
    return p;
}

inline analysis::AnalysisInput input(std::vector<analysis::AnalysisProject> projects) {
    analysis::AnalysisInput in;
    in.crs = crs5186();
    in.projects = std::move(projects);
    return in;
}

inline Result<analysis::AnalysisResult> run(const analysis::Analysis& a,
                                            const analysis::AnalysisInput& in,
                                            const std::map<std::string, std::string>& given = {},
                                            const CancelToken& cancel = {},
                                            const ProgressFn& progress = {}) {
    auto params = analysis::ParameterValues::resolve(a.descriptor().parameters, given);
    EXPECT_TRUE(params);
    if (!params)
        return params.error();
    return a.run(in, *params, progress, cancel);
}

/// Column index by name (fails the test when missing).
template <typename T> std::size_t column(const T& tableOrLayer, const std::string& name) {
    for (std::size_t i = 0; i < tableOrLayer.columns.size(); ++i)
        if (tableOrLayer.columns[i].name == name)
            return i;
    ADD_FAILURE() << "no column " << name;
    return 0;
}

inline std::string text(const data::AttributeRow& row, std::size_t i) {
    return std::get<std::string>(row.at(i));
}
inline double real(const data::AttributeRow& row, std::size_t i) {
    return std::get<double>(row.at(i));
}
inline std::int64_t integer(const data::AttributeRow& row, std::size_t i) {
    return std::get<std::int64_t>(row.at(i));
}

/// The bundled sample project, built into `tmp` and read in EPSG:5186.
inline Result<analysis::AnalysisInput> sampleInput(const TempDir& tmp) {
    const std::string path = tmp.file("sample.cwproj.gpkg");
    auto built = manifest::buildProjectFromManifest(
        std::string(CW_SOURCE_DIR) + "/resources/sample/projects.json", path, "EPSG:5186",
        manifest::pluginMetadataLookup({CW_SOURCE_DIR "/plugins"})); // Magok, Sangam, G-Valley
    if (!built)
        return built.error();
    return analysis::inputFromProject(path, *built, crs5186());
}

} // namespace cw::test::links
