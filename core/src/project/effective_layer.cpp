// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/effective_layer.h"

namespace cw::project {

LayerEntry effectiveLayer(const Project& project, const LayerEntry& entry) {
    LayerEntry out = entry;
    for (const auto& s : project.scenarios) {
        if (s.id != project.activeScenario)
            continue;
        if (const auto it = s.layerVariants.find(entry.id); it != s.layerVariants.end()) {
            out.source.clear(); // variants live inside the project file
            out.sourceLayer = it->second;
        }
    }
    return out;
}

} // namespace cw::project
