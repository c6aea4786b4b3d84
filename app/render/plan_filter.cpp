// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/plan_filter.h"

#include "cityweave/planning/timeline.h"
#include "render/style_classes.h"

#include <algorithm>
#include <list>
#include <mutex>

namespace cw::render {
namespace {

constexpr const char* kStartField = "start_year";
constexpr const char* kEndField = "end_year";

// A few recent masks: the years a slider drag passes over, for the layers on the map. Keyed by
// the data itself (weakly, so a freed layer never matches a new one at the same address).
class MaskCache {
public:
    using Mask = std::shared_ptr<const std::vector<std::uint8_t>>;

    Mask get(const LoadedLayer& layer, int year) {
        std::lock_guard lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->year != year || it->generation != layer.generation ||
                it->layerId != layer.entry.id || it->data.lock() != layer.data)
                continue;
            m_entries.splice(m_entries.begin(), m_entries, it); // most recent first
            return m_entries.front().mask;
        }
        Mask mask;
        auto flags = planning::activeFeatures(*layer.data, year, kStartField, kEndField);
        if (std::find(flags.begin(), flags.end(), 0) != flags.end())
            mask = std::make_shared<const std::vector<std::uint8_t>>(std::move(flags));
        m_entries.push_front({layer.entry.id, layer.generation, year, layer.data, mask});
        if (m_entries.size() > kCapacity)
            m_entries.pop_back();
        return mask;
    }

private:
    static constexpr std::size_t kCapacity = 256;
    struct Entry {
        std::string layerId;
        std::uint64_t generation;
        int year;
        std::weak_ptr<const data::VectorLayer> data;
        Mask mask; // null: every feature exists that year
    };
    std::mutex m_mutex;
    std::list<Entry> m_entries;
};

MaskCache& maskCache() {
    static MaskCache cache;
    return cache;
}

} // namespace

bool PlanFilter::showsProject(const project::ProjectInfo& info) const {
    return whyHidden(info) == Hidden::No;
}

PlanFilter::Hidden PlanFilter::whyHidden(const project::ProjectInfo& info) const {
    if (!stages.empty() && !stages.contains(info.stage))
        return Hidden::StageFilteredOut;
    if (year && !planning::activeInYear(info, *year))
        return Hidden::OutsideYear;
    return Hidden::No;
}

bool PlanFilter::showsLayer(const project::Project& plan, const project::LayerEntry& entry) const {
    if (entry.projectId.empty())
        return true;
    const auto* info = plan.findProject(entry.projectId);
    return !info || showsProject(*info);
}

bool hasFeatureYears(const data::VectorLayer& layer) {
    return layer.fieldIndex(kStartField) >= 0 || layer.fieldIndex(kEndField) >= 0;
}

std::shared_ptr<const std::vector<std::uint8_t>> featureMaskFor(const LoadedLayer& layer,
                                                                int year) {
    if (!layer.data || !hasFeatureYears(*layer.data))
        return nullptr;
    return maskCache().get(layer, year);
}

std::vector<RenderLayer> filteredRenderLayers(const std::vector<LoadedLayer>& layers,
                                              const project::Project& plan,
                                              const PlanFilter& filter) {
    std::vector<RenderLayer> out;
    for (const auto& l : layers) {
        if (!l.entry.visible || !l.indexed || !filter.showsLayer(plan, l.entry))
            continue;
        RenderLayer layer = LayerSet::renderLayer(l);
        if (filter.year) {
            if (auto mask = featureMaskFor(l, *filter.year)) {
                // Tiles of the masked layer are cached apart from the unmasked ones.
                layer.key += "#year";
                layer.key += std::to_string(*filter.year);
                layer.featureMask = std::move(mask);
            }
        }
        for (RenderLayer& part : splitByStyleClass(std::move(layer)))
            out.push_back(std::move(part));
    }
    return out;
}

} // namespace cw::render
