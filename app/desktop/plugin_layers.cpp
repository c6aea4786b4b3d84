// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/plugin_layers.h"

#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/layer_styler.h"

#include <algorithm>

namespace cw::desktop {

bool isFromPluginLayer(const project::LayerEntry& entry, const std::string& pluginId,
                       const sdk::LayerSource& source, const sdk::LayerContribution& layer) {
    return entry.origin.pluginId == pluginId && entry.origin.layerSourceId == source.id &&
           entry.origin.layerId == layer.id;
}

PluginLayerAddition
pluginLayerAddition(const plugin::PluginRecord& plugin, const sdk::LayerSource& source,
                    const std::function<bool(const sdk::LayerContribution&)>& present,
                    const std::function<bool(const std::string&)>& taken) {
    PluginLayerAddition out;
    out.project = manifest::projectInfoFrom(source.project);
    std::vector<std::string> newIds;
    auto isFree = [&](const std::string& id) {
        return !taken(id) && std::find(newIds.begin(), newIds.end(), id) == newIds.end();
    };
    project::LayerStyler styler;
    for (const sdk::LayerContribution& layer : source.layers) {
        // Styled before the check, so that a layer keeps its shade when another is present.
        const style::LayerStyle style = styler.forPluginLayer(
            sdk::findStyle(plugin.styles, layer.styleId), layer.sector, source.project.sector);
        if (present(layer))
            continue;
        project::LayerEntry entry;
        entry.id = layer.id.empty() ? source.id : layer.id;
        for (int n = 2; !isFree(entry.id); ++n)
            entry.id = layer.id + "_" + std::to_string(n);
        newIds.push_back(entry.id);
        entry.name = layer.name;
        entry.projectId = source.project.id;
        entry.source = layer.file;
        entry.sourceLayer = layer.sourceLayer;
        entry.style = style;
        entry.provenance = layer.provenance;
        entry.origin = {plugin.metadata.id, plugin.metadata.version, source.id, layer.id};
        out.layers.push_back(std::move(entry));
    }
    return out;
}

} // namespace cw::desktop
