// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_metadata.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace cw::plugin::detail {

/// One plugin as dependency resolution sees it.
struct DependencyNode {
    std::string id;
    std::string version;
    std::vector<PluginDependency> dependencies;
    bool candidate = false; ///< it will be loaded if its dependencies allow (enabled, trusted, ...)
};

/// What resolution decided, by index into the nodes.
struct DependencyPlan {
    std::vector<std::size_t> order; ///< candidates to try, every dependency before its dependents
    std::map<std::size_t, PluginDependency> missing;        ///< first unmet dependency
    std::map<std::size_t, std::vector<std::string>> cycles; ///< ids of the cycle, by index
};

/// A dependency is missing when no node has its id or the version found is too low. Candidates
/// on a cycle (of candidates) are reported with all its members. The order lists the other
/// candidates; ties keep the nodes' order (discovery order), so loading is reproducible.
DependencyPlan planLoadOrder(const std::vector<DependencyNode>& nodes);

} // namespace cw::plugin::detail
