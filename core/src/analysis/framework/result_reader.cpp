// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_reader.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/data/layer_reader.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

namespace cw::analysis {
namespace {

std::string textAt(const data::AttributeRow& row, int index) {
    if (index < 0 || std::size_t(index) >= row.size())
        return {};
    const auto* s = std::get_if<std::string>(&row[std::size_t(index)]);
    return s ? *s : std::string();
}

// Reads one output: a layer when it has geometries, a table otherwise.
Status readOutput(const std::string& path, const std::string& key, AnalysisResult& result) {
    data::ReadOptions options;
    options.layerName = key;
    options.requireCrs = false;
    auto layer = data::LayerReader::read(path, options);
    if (!layer)
        return layer.error();
    if (layer->family == geometry::GeometryFamily::Unknown) {
        result.tables.push_back({key, layer->fields, std::move(layer->attributes)});
        return Ok{};
    }
    ResultLayer out;
    out.key = key;
    out.family = layer->family;
    out.geometries = std::move(layer->geometries);
    out.columns = layer->fields;
    out.rows = std::move(layer->attributes);
    result.layers.push_back(std::move(out));
    return Ok{};
}

} // namespace

Result<std::vector<AnalysisResult>> readResultsGeoPackage(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(pathFromUtf8(path), ec))
        return makeError(ErrorCode::FileNotFound, {path});
    const data::ReuseOpenFiles reuse; // one open for every output
    data::ReadOptions options;
    options.layerName = "cw_analysis_runs";
    options.requireCrs = false;
    auto runs = data::LayerReader::read(path, options);
    if (!runs)
        return makeError(ErrorCode::NotAResultsFile, {path});
    const int analysisCol = runs->fieldIndex("analysis");
    const int paramsCol = runs->fieldIndex("parameters");
    const int timeCol = runs->fieldIndex("computed_at");
    const int crsCol = runs->fieldIndex("crs");
    const int outputsCol = runs->fieldIndex("outputs");
    const int warningsCol = runs->fieldIndex("warnings");
    std::vector<AnalysisResult> results;
    for (const data::AttributeRow& row : runs->attributes) {
        AnalysisResult r;
        r.analysisId = textAt(row, analysisCol);
        r.computedAt = textAt(row, timeCol);
        if (auto crs = crs::Crs::fromUserInput(textAt(row, crsCol)))
            r.crs = *crs;
        const auto params = nlohmann::json::parse(textAt(row, paramsCol), nullptr, false);
        if (params.is_object())
            for (const auto& [k, v] : params.items())
                r.parameters[k] = v.is_string() ? v.get<std::string>() : v.dump();
        const auto warnings = nlohmann::json::parse(textAt(row, warningsCol), nullptr, false);
        if (warnings.is_array())
            for (const auto& w : warnings)
                if (w.is_string())
                    r.warnings.push_back(w.get<std::string>());
        const auto outputs = nlohmann::json::parse(textAt(row, outputsCol), nullptr, false);
        // Each output once, however often a damaged or crafted row names it.
        std::set<std::string> read;
        if (outputs.is_array())
            for (const auto& key : outputs)
                if (key.is_string() && read.insert(key.get<std::string>()).second)
                    if (auto s = readOutput(path, key.get<std::string>(), r); !s)
                        return s.error();
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace cw::analysis
