// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"
#include "render/render_layer.h"

#include <memory>
#include <optional>
#include <vector>

namespace cw::render {

/// A project layer as loaded: its entry, its data, its geometries in the map CRS, or the error.
/// A new value for LoadedLayer::generation: one counter for every layer the process draws
/// (project, result and plugin layers alike), so that no two share tiles in the cache.
std::uint64_t nextLayerGeneration();

struct LoadedLayer {
    project::LayerEntry entry;
    std::shared_ptr<const data::VectorLayer> data;
    std::shared_ptr<const data::IndexedGeometries> indexed;
    std::optional<Error> error;
    std::uint64_t generation = 0; ///< changes whenever `indexed` does; keys the tile cache

    bool isLoaded() const { return indexed != nullptr; }
};

/// The layers of an open project in drawing order, ready to render in one map CRS.
class LayerSet {
public:
    /// Loads and indexes one entry; failures are kept in the result, not thrown. Thread-safe.
    static LoadedLayer load(const std::string& projectPath, const project::LayerEntry& entry,
                            const crs::Crs& mapCrs, const CancelToken& cancel = {});
    /// Re-projects an already loaded layer into another map CRS.
    static Status reindex(LoadedLayer& layer, const crs::Crs& mapCrs);

    std::vector<LoadedLayer>& layers() { return m_layers; }
    const std::vector<LoadedLayer>& layers() const { return m_layers; }
    /// One loaded layer as the renderer takes it, keyed so the tile cache sees every change.
    static RenderLayer renderLayer(const LoadedLayer& layer);
    /// The visible, loaded layers as the renderer takes them.
    std::vector<RenderLayer> renderLayers() const;
    /// Union of the loaded layers' extents in the map CRS.
    geometry::Envelope fullExtent() const;

private:
    std::vector<LoadedLayer> m_layers;
};

} // namespace cw::render
