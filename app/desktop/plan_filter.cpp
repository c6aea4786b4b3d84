// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/plan_filter.h"

#include "cityweave/planning/timeline.h"

namespace cw::desktop {

bool PlanFilter::showsProject(const project::ProjectInfo& info) const {
    if (!stages.empty() && !stages.contains(info.stage))
        return false;
    return !year || planning::activeInYear(info, *year);
}

bool PlanFilter::showsLayer(const project::Project& plan, const project::LayerEntry& entry) const {
    if (entry.projectId.empty())
        return true;
    const auto* info = plan.findProject(entry.projectId);
    return !info || showsProject(*info);
}

std::vector<render::RenderLayer>
filteredRenderLayers(const std::vector<render::LoadedLayer>& layers, const project::Project& plan,
                     const PlanFilter& filter) {
    std::vector<render::RenderLayer> out;
    for (const auto& l : layers)
        if (l.entry.visible && l.indexed && filter.showsLayer(plan, l.entry))
            out.push_back(render::LayerSet::renderLayer(l));
    return out;
}

} // namespace cw::desktop
