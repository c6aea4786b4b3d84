// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/table_options.h"
#include "cityweave/geometry/envelope.h"
#include "cityweave/project/localized_text.h"
#include "cityweave/project/planning_records.h"
#include "cityweave/project/provenance.h"
#include "cityweave/project/sector.h"
#include "cityweave/project/sector_rules.h"
#include "cityweave/style/layer_style.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw::project {

/// One smart-city project of the plan (a planning object, not a layer).
struct ProjectInfo {
    std::string id;
    LocalizedText name;
    Sector sector = Sector::None;
    std::string task; ///< one of the 11 core tasks, e.g. "E1"
    LocalizedText leadAgency;
    int stage = 1;     ///< 1 unit project, 2 integrated pilot, 3 region-wide roll-out
    int startYear = 0; ///< 0: unknown
    int endYear = 0;   ///< 0: open-ended
    Axis axis = Axis::None;
    std::vector<Partner> partners;
    std::optional<long long> budgetKrw;
    ProjectStatus status = ProjectStatus::Planned;
    Provenance provenance;
    std::vector<Exemption> requiredExemptions; ///< what it needs from a sandbox zone
    std::vector<Indicator> indicators;
    std::vector<RolloutStep> rollout; ///< stage 3 only: districts per year
    bool operator==(const ProjectInfo&) const = default;
};

/// A layer in the project: where its data is and how it is drawn.
struct LayerEntry {
    std::string id;
    LocalizedText name;
    std::string projectId; ///< empty: a base layer belonging to no project
    std::string source;    ///< path relative to the project file; empty: inside the project file
    std::string sourceLayer;
    std::string encoding;     ///< user override for legacy text; empty: detect
    std::string crsOverride;  ///< the CRS of the data (for a table: of its coordinate values)
    data::TableOptions table; ///< how a CSV/XLSX source is read; defaults: detect
    bool visible = true;
    style::LayerStyle style;
    Provenance provenance;
    LayerOrigin origin; ///< set when the layer came from a plugin's layer source
    bool operator==(const LayerEntry&) const = default;
};

struct ViewState {
    std::string crs = crs::kPlanCrsText;
    geometry::Envelope extent; ///< in `crs`; null: full extent
    bool operator==(const ViewState&) const = default;
};

/// A named variant of the plan (e.g. another stage-3 roll-out order, or a project moved to
/// another site): its own registry and zones, and layers it draws from other tables.
struct Scenario {
    std::string id;
    LocalizedText name;
    std::string description;
    std::vector<ProjectInfo> projects;
    std::vector<SandboxZone> sandboxZones;
    /// Layer id → the table inside the project file this scenario draws that layer from.
    std::map<std::string, std::string> layerVariants;
    bool operator==(const Scenario&) const = default;
};

/// Everything a project file holds besides the layer data itself. Layers are in drawing order:
/// the first is drawn first (at the bottom).
struct Project {
    LocalizedText title;
    LocalizedText note;
    std::vector<ProjectInfo> projects;
    std::vector<LayerEntry> layers;
    ViewState view;
    SectorRuleTable rules = SectorRuleTable::defaults();
    std::vector<SandboxZone> sandboxZones;
    /// The variants; `projects` and `sandboxZones` above are the working plan, which is the
    /// scenario named by `activeScenario` (empty: the base plan, before any scenario exists).
    std::vector<Scenario> scenarios;
    std::string activeScenario;
    /// What of the file could not be read and was left out (a sandbox zone whose boundary is
    /// damaged, a scenario whose plan is), in English for the user; never saved.
    std::vector<std::string> damagedParts;

    const ProjectInfo* findProject(const std::string& id) const;
    bool operator==(const Project&) const = default;
};

} // namespace cw::project
