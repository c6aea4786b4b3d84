// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/plan_crs.h"
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/plugin/plugin_manager.h"
#include "cityweave/project/layer_loading.h"
#include "cli/cli_context.h"

namespace cw::cli {
namespace {

// Layer sources of the plugins this process loaded: what a manifest's "plugin" entries name.
manifest::PluginLayerSourceLookup loadedPluginLookup(const plugin::PluginManager* plugins) {
    return [plugins](const std::string& pluginId,
                     const std::string& layerSourceId) -> Result<manifest::PluginLayerSource> {
        const plugin::PluginRecord* record = plugins ? plugins->find(pluginId) : nullptr;
        if (!record || record->state != plugin::PluginState::Loaded)
            return makeError(ErrorCode::LayerNotFound, {pluginId + "/" + layerSourceId, "plugins"},
                             "the plugin \"" + pluginId +
                                 "\" is not loaded (cityweave-cli plugins)");
        for (const sdk::LayerSource& source : record->layerSources)
            if (source.id == layerSourceId)
                return manifest::PluginLayerSource{pluginId, record->metadata.version, source,
                                                   record->styles};
        return makeError(ErrorCode::LayerNotFound, {layerSourceId, pluginId});
    };
}

} // namespace

int runBuildSample(CliContext& ctx) {
    if (ctx.args.size() != 2)
        return ctx.usage(CliContext::tr("build-sample takes MANIFEST and OUT.gpkg."));
    auto project =
        manifest::buildProjectFromManifest(ctx.args[0].toStdString(), ctx.args[1].toStdString(),
                                           crs::kPlanCrsText, loadedPluginLookup(ctx.plugins));
    if (!project)
        return ctx.fail(project.error());
    ctx.out << CliContext::tr("Built %1 with %2 projects and %3 layers.")
                   .arg(ctx.args[1])
                   .arg(project->projects.size())
                   .arg(project->layers.size())
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
