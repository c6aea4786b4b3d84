// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/localized_text.h"
#include "cityweave/project/provenance.h"
#include "cityweave/project/sector.h"
#include "cityweave/style/layer_style.h"

#include <string>
#include <vector>

namespace cw::sdk {

using project::Provenance;

/// One layer a plugin contributes: a file shipped in the plugin's folder (any vector format
/// GDAL reads), its names, its sector and where it comes from.
struct LayerContribution {
    std::string id; ///< unique within the layer source, e.g. "magok_solar"
    project::LocalizedText name;
    project::Sector sector = project::Sector::None;
    std::string file;        ///< relative to the plugin folder, e.g. "data/magok.gpkg"
    std::string sourceLayer; ///< layer inside `file`; empty: its only (or first) layer
    std::string styleId;     ///< a StyleContribution id of the same plugin; empty: sector default
    Provenance provenance;
};

/// The project the layers of a layer source belong to, as the registry records it.
struct ProjectDescription {
    std::string id; ///< e.g. "magok-energy"
    project::LocalizedText name;
    project::Sector sector = project::Sector::None;
    std::string task; ///< one of the 11 core tasks, e.g. "E1"; empty: unknown
    project::LocalizedText leadAgency;
    int stage = 1; ///< 1 unit project, 2 integrated pilot (living lab), 3 region-wide roll-out
    int startYear = 0;
    int endYear = 0;
};

/// A named, described set of layers that makes up one project: what "Add layers from plugin"
/// offers and what a project file records as the layers' origin.
struct LayerSource {
    std::string id; ///< unique within the plugin, e.g. "magok"
    project::LocalizedText name;
    project::LocalizedText description;
    ProjectDescription project;
    std::vector<LayerContribution> layers;
};

/// A named style a plugin offers for its own layers (and that users may pick for others).
struct StyleContribution {
    std::string id; ///< unique within the plugin, e.g. "solar"
    project::LocalizedText name;
    style::LayerStyle style;
};

/// The style of `styles` whose id is `id`, or null (also for an empty id).
inline const style::LayerStyle* findStyle(const std::vector<StyleContribution>& styles,
                                          const std::string& id) {
    if (!id.empty())
        for (const StyleContribution& s : styles)
            if (s.id == id)
                return &s.style;
    return nullptr;
}

} // namespace cw::sdk
