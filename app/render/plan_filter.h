// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"
#include "render/layer_set.h"
#include "render/render_layer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace cw::render {

/// What the timeline shows: the plan as it stands in one year, and which roll-out stages.
/// The map, the legend and the registry all follow it.
struct PlanFilter {
    std::optional<int> year; ///< none: every year at once
    std::set<int> stages;    ///< shown stages (1..3); empty: all

    /// Why the filter hides a project: the legend says so.
    enum class Hidden { No, OutsideYear, StageFilteredOut };

    bool isActive() const { return year.has_value() || !stages.empty(); }
    /// Whether `info` runs in the year and belongs to a shown stage.
    bool showsProject(const project::ProjectInfo& info) const;
    Hidden whyHidden(const project::ProjectInfo& info) const;
    /// Whether a layer is drawn at all: base layers (no project) always are.
    bool showsLayer(const project::Project& plan, const project::LayerEntry& entry) const;
    bool operator==(const PlanFilter&) const = default;
};

/// Whether the layer's features carry their own years (a start_year or end_year field).
bool hasFeatureYears(const data::VectorLayer& layer);

/// Which features of `layer` exist in `year` (see planning::activeFeatures), or null when the
/// layer has no feature years or every feature exists. Masks are cached per (layer data,
/// generation, year), so dragging the year slider back and forth recomputes nothing.
std::shared_ptr<const std::vector<std::uint8_t>> featureMaskFor(const LoadedLayer& layer, int year);

/// The visible, loaded layers as the renderer takes them under `filter`: layers of projects the
/// filter hides are left out, and features outside the year (by their own start/end year
/// fields) are masked.
std::vector<RenderLayer> filteredRenderLayers(const std::vector<LoadedLayer>& layers,
                                              const project::Project& plan,
                                              const PlanFilter& filter);

} // namespace cw::render
