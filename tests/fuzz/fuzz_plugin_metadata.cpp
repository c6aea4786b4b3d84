// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin folder's cityweave-plugin.json, read before any plugin code runs (readPluginMetadata),
// then what the manager does with it: version comparison and dependency ordering.
#include "cityweave/plugin/plugin_metadata.h"
#include "fuzz_support.h"
#include "plugin/dependency_order.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw::plugin;
    static const std::string folder = [] {
        // Files a metadata may name, so that the checks after "file" are reached.
        cw::fuzz::writeFile(cw::fuzz::scratchPath("plugin/data/zones.geojson"), "{}");
        cw::fuzz::writeFile(cw::fuzz::scratchPath("plugin/data/sites.csv"), "x,y\n");
        return cw::fuzz::scratchPath("plugin").string();
    }();
    cw::fuzz::writeFile(cw::fuzz::scratchPath("plugin/cityweave-plugin.json"),
                        cw::fuzz::asText(data, size));
    auto metadata = readPluginMetadata(folder);
    if (!metadata)
        return 0;
    std::vector<detail::DependencyNode> nodes{
        {metadata->id, metadata->version, metadata->dependencies, true}};
    for (const PluginDependency& d : metadata->dependencies) {
        compareVersions(d.minimumVersion, metadata->version);
        nodes.push_back({d.id, d.minimumVersion, {}, true});
    }
    detail::planLoadOrder(nodes);
    return 0;
}
