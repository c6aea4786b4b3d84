// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the bundled sector plugins share. Header-only and built on the SDK's public
// types alone (a plugin sees no GEOS or GDAL): finding input layers by id, reading numbers from
// attributes, exact planar point-in-polygon and polygon area on a GeometryStore.

#include "cityweave/core/utc_time.h"
#include "cityweave/sdk/plugin.h"

#include <cmath>
#include <string>

namespace cw::plugins {

/// The layer with id `layerId` in any project of the input; null when absent.
inline const analysis::AnalysisLayer* findLayer(const analysis::AnalysisInput& input,
                                                const std::string& layerId) {
    for (const auto& project : input.projects)
        for (const auto& layer : project.layers)
            if (layer.id == layerId && layer.data)
                return &layer;
    return nullptr;
}

/// LayerNotFound listing the layers there are ("There is no layer X in a, b, c") and naming
/// the parameter to change.
inline Error missingLayer(const analysis::AnalysisInput& input, const std::string& layerId,
                          const std::string& parameterKey) {
    std::string available;
    for (const auto& project : input.projects)
        for (const auto& layer : project.layers)
            available += (available.empty() ? "" : ", ") + layer.id;
    return makeError(ErrorCode::LayerNotFound, {layerId, available.empty() ? "-" : available},
                     "--param " + parameterKey + "=<layer id>");
}

/// Finds `layerId` and checks its geometry family.
inline Result<const data::VectorLayer*> requireLayer(const analysis::AnalysisInput& input,
                                                     const analysis::ParameterValues& params,
                                                     const std::string& parameterKey,
                                                     geometry::GeometryFamily family) {
    const std::string& id = params.text(parameterKey);
    const analysis::AnalysisLayer* layer = findLayer(input, id);
    if (!layer)
        return missingLayer(input, id, parameterKey);
    if (layer->data->family != family && layer->data->featureCount() > 0)
        return makeError(ErrorCode::InvalidArgument, {parameterKey, id},
                         "the layer has the wrong geometry type for this parameter");
    return layer->data.get();
}

/// A number from an attribute (integer, real or numeric text); `fallback` when null or not one.
inline double numberOf(const data::AttributeValue& value, double fallback = 0.0) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* s = std::get_if<std::string>(&value)) {
        char* end = nullptr;
        const double v = std::strtod(s->c_str(), &end);
        if (end != s->c_str())
            return v;
    }
    return fallback;
}

/// Field `name` of feature `row` as a number; `fallback` when the field is missing.
inline double numberField(const data::VectorLayer& layer, std::size_t row, const std::string& name,
                          double fallback = 0.0) {
    const int index = layer.fieldIndex(name);
    return index < 0 ? fallback : numberOf(layer.attributes[row][std::size_t(index)], fallback);
}

/// Field `name` of feature `row` as display text; empty when the field is missing.
inline std::string textField(const data::VectorLayer& layer, std::size_t row,
                             const std::string& name) {
    const int index = layer.fieldIndex(name);
    return index < 0 ? std::string()
                     : data::toDisplayString(layer.attributes[row][std::size_t(index)]);
}

/// The feature's "id" attribute when it has one, else its FID: what a report calls the feature.
inline std::int64_t featureId(const data::VectorLayer& layer, std::size_t row) {
    const int index = layer.fieldIndex("id");
    if (index >= 0)
        if (const auto* i = std::get_if<std::int64_t>(&layer.attributes[row][std::size_t(index)]))
            return *i;
    return layer.fids[row];
}

/// Even-odd test over every ring of a (multi)polygon feature, so holes and separate parts
/// count right. A point exactly on an edge may fall either way; hand-drawn sample points are
/// kept away from edges.
inline bool featureContains(const geometry::GeometryStore& store, std::size_t feature,
                            geometry::Coord p) {
    const geometry::Envelope& box = store.envelope(feature);
    if (box.isNull() || p.x < box.minX || p.x > box.maxX || p.y < box.minY || p.y > box.maxY)
        return false;
    bool inside = false;
    for (std::size_t part = store.firstPart(feature); part < store.endPart(feature); ++part) {
        const auto ring = store.part(part);
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const geometry::Coord a = ring[i], b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
                inside = !inside;
        }
    }
    return inside;
}

/// Planar area of a (multi)polygon feature: exterior rings minus their holes (shoelace).
inline double featureArea(const geometry::GeometryStore& store, std::size_t feature) {
    double area = 0.0;
    for (std::size_t part = store.firstPart(feature); part < store.endPart(feature); ++part) {
        const auto ring = store.part(part);
        double twice = 0.0;
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            twice += (ring[j].x * ring[i].y) - (ring[i].x * ring[j].y);
        area += (store.partStartsPolygon(part) ? 1.0 : -1.0) * std::abs(twice) / 2.0;
    }
    return area;
}

/// Copies feature `feature` of `from` into `to` as one new feature.
/// A result stamped like the built-ins': analysis id, resolved parameters, UTC time, CRS and
/// the input's warnings.
inline analysis::AnalysisResult newResult(const std::string& analysisId,
                                          const analysis::AnalysisInput& input,
                                          const analysis::ParameterValues& params) {
    analysis::AnalysisResult result;
    result.analysisId = analysisId;
    result.parameters = params.all();
    result.computedAt = utcTimestamp();
    result.crs = input.crs;
    result.warnings = input.warnings;
    return result;
}

/// "Area and length need a projected CRS": the analyses measure in the input CRS's units.
inline Status requireProjected(const analysis::AnalysisInput& input) {
    if (input.crs.isGeographic())
        return makeError(ErrorCode::NotProjectedCrs, {"crs", input.crs.storageString()});
    return Ok{};
}

} // namespace cw::plugins
