// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/analysis_input.h"

#include "analysis/framework/chunk_pool.h"
#include "analysis/geometry/zone_grid.h"
#include "cityweave/analysis/file_inputs.h"
#include "cityweave/core/utf8_path.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/project/effective_layer.h"
#include "cityweave/project/layer_loading.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>

namespace cw::analysis {
namespace {

// The layer in the analysis CRS with invalid polygons repaired.
Result<AnalysisLayer> prepare(data::VectorLayer layer, const std::string& id,
                              project::LocalizedText name, const crs::Crs& crs) {
    if (layer.crs.isValid() && !(layer.crs == crs)) {
        auto transform = crs::CoordinateTransform::create(layer.crs, crs);
        if (!transform)
            return transform.error();
        std::size_t failed = 0;
        layer.geometries.transformInPlace(
            [&](double* xs, double* ys, std::size_t n, std::size_t stride) {
                failed += transform->transform(xs, ys, n, stride);
            });
        // NaN or infinite coordinates, or places outside what the CRSs cover.
        if (failed > 0)
            layer.report.warnings.push_back(std::to_string(failed) + " of its points could not " +
                                            "be transformed from " + layer.crs.name() + " to " +
                                            crs.name() + " and count nowhere");
        layer.crs = crs;
    }
    AnalysisLayer out;
    out.id = id;
    out.name = std::move(name);
    if (layer.family == geometry::GeometryFamily::Polygon) {
        const geometry::PolygonRepair repair = geometry::repairPolygons(layer.geometries);
        out.repairedGeometries = repair.repaired;
        out.droppedGeometries = repair.dropped;
    }
    out.data = std::make_shared<const data::VectorLayer>(std::move(layer));
    return out;
}

// What a layer's rows without a position mean for the figures: they are in no zone and no
// distance, which the analyses' own counts would otherwise blame on the places.
std::string badRowText(data::BadRowReason reason) {
    switch (reason) {
    case data::BadRowReason::Empty:
        return "with empty or non-numeric coordinates";
    case data::BadRowReason::Zero:
        return "at (0,0)";
    case data::BadRowReason::SameXY:
        return "with the same value in X and Y";
    case data::BadRowReason::Swapped:
        return "with latitude and longitude swapped";
    case data::BadRowReason::DegreesInTm:
        return "with degrees in a metre column";
    case data::BadRowReason::OutsideKorea:
        return "outside Korea";
    case data::BadRowReason::InvalidText:
        return "with unreadable WKT";
    }
    return {};
}

// Features far from the rest of their layer (see usualArea): a vertex at (0,0) or a flipped
// byte among Seoul coordinates stretches the extent a thousandfold. How many, and one of them.
std::pair<std::size_t, geometry::Envelope> strayFeatures(const data::VectorLayer& layer) {
    const geometry::Envelope usual = usualArea(layer);
    std::pair<std::size_t, geometry::Envelope> stray{0, {}};
    if (usual.isNull())
        return stray;
    for (std::size_t f = 0; f < layer.featureCount(); ++f)
        if (const geometry::Envelope& e = layer.geometries.envelope(f);
            !layer.geometries.isEmpty(f) && !inUsualArea(usual, e)) {
            if (stray.first++ == 0)
                stray.second = e;
        }
    return stray;
}

void noteRepairs(AnalysisInput& input, const AnalysisLayer& layer) {
    for (const std::string& w : layer.data->report.warnings)
        input.warnings.push_back("layer " + layer.name.in("en") + ": " + w);
    if (const auto [count, example] = strayFeatures(*layer.data); count > 0) {
        char text[160];
        std::snprintf(text, sizeof text, "from (%.0f, %.0f) to (%.0f, %.0f)", example.minX,
                      example.minY, example.maxX, example.maxY);
        input.warnings.push_back("layer " + layer.name.in("en") + ": " + std::to_string(count) +
                                 (count == 1 ? " feature lies" : " features lie") +
                                 " far from the rest (one reaches " + text +
                                 "); check for misplaced vertices such as (0,0)");
    }
    if (layer.repairedGeometries > 0)
        input.warnings.push_back("layer " + layer.name.in("en") + ": " +
                                 std::to_string(layer.repairedGeometries) +
                                 " invalid geometries repaired with MakeValid");
    if (layer.droppedGeometries > 0)
        input.warnings.push_back("layer " + layer.name.in("en") + ": " +
                                 std::to_string(layer.droppedGeometries) +
                                 " polygons retrace their own outline and count nowhere");
    const data::BadRows& bad = layer.data->report.badRows;
    for (std::size_t r = 0; r < data::kBadRowReasonCount; ++r) {
        const auto reason = static_cast<data::BadRowReason>(r);
        if (const std::size_t n = bad.count(reason))
            input.warnings.push_back("layer " + layer.name.in("en") + ": " + std::to_string(n) +
                                     (n == 1 ? " row " : " rows ") + badRowText(reason) +
                                     (bad.dropped
                                          ? (n == 1 ? " was left out" : " were left out")
                                          : (n == 1 ? " has no position" : " have no position")));
    }
}

// Reads layers side by side, each read opening its own dataset (two 100k-polygon layers load in
// about half the time on two cores); the results keep the order of the jobs.
std::vector<Result<AnalysisLayer>>
readLayers(const std::vector<std::function<Result<AnalysisLayer>()>>& jobs,
           const CancelToken& cancel) {
    std::vector<std::optional<Result<AnalysisLayer>>> slots(jobs.size());
    std::vector<int> workers(
        std::min<std::size_t>(threadCount(0), std::max<std::size_t>(1, jobs.size())));
    runChunks(workers, 0, jobs.size(), cancel,
              [&](int&, std::size_t k) { slots[k].emplace(jobs[k]()); });
    std::vector<Result<AnalysisLayer>> layers;
    for (auto& slot : slots)
        layers.push_back(slot ? std::move(*slot)
                              : Result<AnalysisLayer>(makeError(ErrorCode::Cancelled)));
    return layers;
}

} // namespace

Result<AnalysisInput> inputFromProject(const std::string& projectPath,
                                       const project::Project& project, const crs::Crs& crs,
                                       const CancelToken& cancel) {
    // Every layer is read first (side by side), then handed to its project in the plan's order.
    std::vector<std::function<Result<AnalysisLayer>()>> jobs;
    for (const project::LayerEntry& entry : project.layers)
        jobs.push_back([&]() -> Result<AnalysisLayer> {
            // The active scenario may draw this layer from another table (a moved site).
            auto data = project::loadProjectLayer(projectPath,
                                                  project::effectiveLayer(project, entry), cancel);
            if (!data)
                return data.error();
            return prepare(**data, entry.id, entry.name, crs);
        });
    std::vector<Result<AnalysisLayer>> layers;
    {
        const data::ReuseOpenFiles reuse; // most layers sit in the project file itself
        layers = readLayers(jobs, cancel);
    }
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);

    AnalysisInput input;
    input.crs = crs;
    input.rules = project.rules;
    // Each layer goes to one owner: a damaged registry may name a project id twice, or give a
    // project the empty id that marks base layers.
    std::vector<bool> taken(project.layers.size(), false);
    for (const project::ProjectInfo& info : project.projects) {
        AnalysisProject p{info.id, info.name, info.sector, info.task, {}};
        for (std::size_t k = 0; k < project.layers.size(); ++k) {
            if (taken[k] || info.id.empty() || project.layers[k].projectId != info.id)
                continue;
            if (!layers[k])
                return layers[k].error();
            taken[k] = true;
            noteRepairs(input, *layers[k]);
            p.layers.push_back(std::move(layers[k]).value());
        }
        input.projects.push_back(std::move(p));
    }
    for (std::size_t k = 0; k < project.layers.size(); ++k) {
        const project::LayerEntry& entry = project.layers[k];
        if (taken[k] || !entry.projectId.empty())
            continue;
        // Only analyses that name a base layer need it: one that cannot be read is a warning.
        if (!layers[k]) {
            input.warnings.push_back("base layer " + entry.id + " could not be read: " +
                                     errorCodeName(layers[k].error().code));
            continue;
        }
        noteRepairs(input, *layers[k]);
        input.baseLayers.push_back(std::move(layers[k]).value());
    }
    return input;
}

Result<AnalysisInput> inputFromFiles(const std::vector<InputSpec>& specs, const crs::Crs& crs,
                                     const CancelToken& cancel) {
    std::vector<std::function<Result<AnalysisLayer>()>> jobs;
    for (const InputSpec& spec : specs)
        for (const std::string& text : spec.files)
            jobs.push_back([&]() -> Result<AnalysisLayer> {
                // "stops.csv|x=경도|y=위도": a file with the choices its reading needs.
                auto source = data::layerSourceFromText(text);
                if (!source)
                    return source.error();
                data::ReadOptions options = source->readOptions();
                options.cancel = cancel;
                auto read = data::LayerReader::read(source->path, options);
                if (!read)
                    return read.error();
                const std::string id = pathToUtf8(pathFromUtf8(source->path).stem());
                return prepare(std::move(read).value(), id, {id, id}, crs);
            });
    std::vector<Result<AnalysisLayer>> layers = readLayers(jobs, cancel);
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);

    AnalysisInput input;
    input.crs = crs;
    std::size_t k = 0;
    for (const InputSpec& spec : specs) {
        AnalysisProject p;
        p.id = spec.projectName;
        p.name = {spec.projectName, spec.projectName};
        for (std::size_t f = 0; f < spec.files.size(); ++f, ++k) {
            if (!layers[k])
                return layers[k].error();
            noteRepairs(input, *layers[k]);
            p.layers.push_back(std::move(layers[k]).value());
        }
        input.projects.push_back(std::move(p));
    }
    return input;
}

Status setZoneLayer(AnalysisInput& input, const std::string& path, const std::string& nameField) {
    auto read = data::LayerReader::read(path);
    if (!read)
        return read.error();
    if (!nameField.empty() && read->fieldIndex(nameField) < 0)
        return makeError(ErrorCode::InvalidArgument, {"zone name field", nameField});
    auto layer = prepare(std::move(read).value(), "zones", {"구역", "zones"}, input.crs);
    if (!layer)
        return layer.error();
    noteRepairs(input, *layer);
    input.zones = layer->data;
    input.zoneNameField = nameField;
    return Ok{};
}

} // namespace cw::analysis
