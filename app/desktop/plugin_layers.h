// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"
#include "cityweave/project/project.h"

#include <functional>
#include <string>
#include <vector>

namespace cw::desktop {

/// What adding one plugin layer source puts into a project: its project (for the plan, so the
/// layer tree groups the layers) and one entry per layer, with provenance, origin and style.
struct PluginLayerAddition {
    project::ProjectInfo project;
    std::vector<project::LayerEntry> layers;
};

/// True when `entry` was added from layer `layer` of `source` of plugin `pluginId`.
bool isFromPluginLayer(const project::LayerEntry& entry, const std::string& pluginId,
                       const sdk::LayerSource& source, const sdk::LayerContribution& layer);

/// Builds the addition for `source` of `plugin`, leaving out the layers `present` says are in
/// the project already. Each layer gets the plugin's style named by its styleId (or its
/// sector's default), the absolute path of its file (plugin data stays in the plugin's folder,
/// which does not move with the project) and an id that `taken` says is free.
PluginLayerAddition
pluginLayerAddition(const plugin::PluginRecord& plugin, const sdk::LayerSource& source,
                    const std::function<bool(const sdk::LayerContribution&)>& present,
                    const std::function<bool(const std::string&)>& taken);

} // namespace cw::desktop
