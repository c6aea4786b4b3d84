// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/layer_set.h"

#include "cityweave/project/layer_loading.h"
#include "render/style_classes.h"

#include <atomic>

namespace cw::render {

std::uint64_t nextLayerGeneration() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

LoadedLayer LayerSet::load(const std::string& projectPath, const project::LayerEntry& entry,
                           const crs::Crs& mapCrs, const CancelToken& cancel) {
    LoadedLayer out;
    out.entry = entry;
    auto data = project::loadProjectLayer(projectPath, entry, cancel);
    if (!data) {
        out.error = data.error();
        return out;
    }
    out.data = std::move(data).value();
    if (auto status = reindex(out, mapCrs); !status)
        out.error = status.error();
    return out;
}

Status LayerSet::reindex(LoadedLayer& layer, const crs::Crs& mapCrs) {
    if (!layer.data)
        return makeError(ErrorCode::LayerSourceMissing,
                         {layer.entry.name.in("en"), layer.entry.source});
    auto indexed = data::buildIndexedGeometries(layer.data, mapCrs);
    if (!indexed)
        return indexed.error();
    layer.indexed = std::move(indexed).value();
    layer.generation = nextLayerGeneration();
    return Ok{};
}

RenderLayer LayerSet::renderLayer(const LoadedLayer& l) {
    return RenderLayer{l.entry.id + "@" + std::to_string(l.generation), l.indexed, l.data,
                       l.entry.style};
}

std::vector<RenderLayer> LayerSet::renderLayers() const {
    std::vector<RenderLayer> out;
    for (const LoadedLayer& l : m_layers)
        if (l.entry.visible && l.indexed)
            for (RenderLayer& part : splitByStyleClass(renderLayer(l)))
                out.push_back(std::move(part));
    return out;
}

geometry::Envelope LayerSet::fullExtent() const {
    geometry::Envelope extent;
    for (const LoadedLayer& l : m_layers)
        if (l.indexed)
            extent.expand(l.indexed->geometries.extent());
    return extent;
}

} // namespace cw::render
