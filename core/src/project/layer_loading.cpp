// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/layer_loading.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/source_access.h"
#include "cityweave/project/layer_styler.h"
#include "cityweave/project/project_store.h"
#include "cityweave/project/qgis_layer_style.h"

#include <algorithm>
#include <filesystem>

namespace cw::project {
namespace fs = std::filesystem;

Result<std::shared_ptr<const data::VectorLayer>> loadProjectLayer(const std::string& projectPath,
                                                                  const LayerEntry& entry,
                                                                  const CancelToken& cancel,
                                                                  const ProgressFn& progress) {
    const std::string path = ProjectStore::resolveSource(projectPath, entry);
    std::error_code ec;
    if (data::isLocalSource(path) && !fs::exists(pathFromUtf8(path), ec))
        return makeError(ErrorCode::LayerSourceMissing, {entry.name.in("en"), path});
    data::ReadOptions options = layerSourceOf(entry).readOptions();
    options.cancel = cancel;
    options.progress = progress;
    auto layer = data::LayerReader::read(path, options);
    if (!layer)
        return layer.error();
    return std::shared_ptr<const data::VectorLayer>(
        std::make_shared<data::VectorLayer>(std::move(layer).value()));
}

data::LayerSource layerSourceOf(const LayerEntry& entry) {
    return {entry.source, entry.sourceLayer, entry.encoding, entry.crsOverride, entry.table};
}

LayerEntry addedLayerEntry(const data::LayerSource& source, const std::string& name,
                           const std::string& idBase, const std::string& projectPath,
                           const std::vector<std::string>& takenIds) {
    LayerEntry entry;
    const std::string base = idBase.empty() ? std::string("layer") : idBase;
    entry.id = base;
    for (int n = 2; std::find(takenIds.begin(), takenIds.end(), entry.id) != takenIds.end(); ++n)
        entry.id = std::string(base).append("_").append(std::to_string(n));
    entry.name = {name, name};
    // Relative to the project file when there is one, so the folder can move as a whole.
    const std::string absolute =
        pathToUtf8(fs::absolute(pathFromUtf8(source.path)).lexically_normal());
    entry.source =
        projectPath.empty() ? absolute : ProjectStore::relativeSource(projectPath, absolute);
    entry.sourceLayer = source.layer;
    entry.encoding = source.encoding;
    entry.crsOverride = source.crs;
    entry.table = source.table;
    entry.style = LayerStyler::forFile(takenIds.size());
    // A GeoPackage styled in QGIS keeps the look it was given there.
    std::string layerName = source.layer;
    if (layerName.empty())
        if (auto layers = data::LayerReader::listLayers(source.path); layers && !layers->empty())
            layerName = layers->front().name;
    if (auto qgis = qgisStyleInGeoPackage(source.path, layerName))
        entry.style = *qgis;
    return entry;
}

} // namespace cw::project
