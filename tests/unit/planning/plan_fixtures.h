// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/project/project.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cw::test {

struct Rect {
    double x0, y0, x1, y1;
};

inline void addRect(geometry::GeometryStore& store, Rect r) {
    store.beginFeature();
    store.beginPart(true);
    for (auto [x, y] :
         {std::pair{r.x0, r.y0}, {r.x1, r.y0}, {r.x1, r.y1}, {r.x0, r.y1}, {r.x0, r.y0}})
        store.addCoord(x, y);
    store.endPart();
    store.endFeature();
}

inline std::shared_ptr<data::VectorLayer> polygonLayer(const std::string& name,
                                                       const std::vector<Rect>& rects) {
    auto layer = std::make_shared<data::VectorLayer>();
    layer->name = name;
    layer->family = geometry::GeometryFamily::Polygon;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        addRect(layer->geometries, rects[i]);
        layer->fids.push_back(static_cast<std::int64_t>(i + 1));
        layer->attributes.push_back({});
    }
    return layer;
}

inline std::shared_ptr<data::VectorLayer> pointLayer(const std::string& name,
                                                     const std::vector<geometry::Coord>& points) {
    auto layer = std::make_shared<data::VectorLayer>();
    layer->name = name;
    layer->family = geometry::GeometryFamily::Point;
    for (std::size_t i = 0; i < points.size(); ++i) {
        layer->geometries.beginFeature();
        layer->geometries.beginPart(false);
        layer->geometries.addCoord(points[i].x, points[i].y);
        layer->geometries.endPart();
        layer->geometries.endFeature();
        layer->fids.push_back(static_cast<std::int64_t>(i + 1));
        layer->attributes.push_back({});
    }
    return layer;
}

inline std::shared_ptr<data::VectorLayer>
lineLayer(const std::string& name, const std::vector<std::vector<geometry::Coord>>& lines) {
    auto layer = std::make_shared<data::VectorLayer>();
    layer->name = name;
    layer->family = geometry::GeometryFamily::Line;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        layer->geometries.beginFeature();
        layer->geometries.beginPart(false);
        for (const auto& c : lines[i])
            layer->geometries.addCoord(c.x, c.y);
        layer->geometries.endPart();
        layer->geometries.endFeature();
        layer->fids.push_back(static_cast<std::int64_t>(i + 1));
        layer->attributes.push_back({});
    }
    return layer;
}

inline analysis::AnalysisProject footprint(const std::string& id,
                                           std::shared_ptr<data::VectorLayer> layer) {
    analysis::AnalysisProject p;
    p.id = id;
    p.layers.push_back({id + "_layer", {}, std::move(layer), 0});
    return p;
}

inline project::SandboxZone zone(const std::string& id, Rect r,
                                 std::vector<project::Exemption> exemptions, int start, int years,
                                 int extension) {
    project::SandboxZone z;
    z.id = id;
    z.name = {id, id};
    addRect(z.area, r);
    z.exemptions = std::move(exemptions);
    z.startYear = start;
    z.validYears = years;
    z.extensionYears = extension;
    return z;
}

} // namespace cw::test
