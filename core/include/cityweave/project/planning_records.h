// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/plan_crs.h"
#include "cityweave/geometry/geometry_store.h"
#include "cityweave/project/localized_text.h"
#include "cityweave/project/planning_catalog.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::project {

struct Partner {
    PartnerKind kind = PartnerKind::Company;
    LocalizedText name;
    bool operator==(const Partner&) const = default;
};

/// A measured quantity of a project: e.g. Magok's electric self-sufficiency, 30 % targeted
/// for 2022. Values are absent when unknown, never zero by default.
struct Indicator {
    std::string id; ///< stable key shared across projects for roll-ups, e.g. "ghg_reduction"
    LocalizedText name;
    std::string unit; ///< "%", "t/yr", "kWh/yr"
    int year = 0;     ///< the year the target or measurement refers to
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> measured;
    /// Extensive quantities (tonnes, kWh) add up across projects; intensive ones (shares, %)
    /// are averaged by weight in a roll-up.
    bool additive = true;
    bool operator==(const Indicator&) const = default;
};

/// A limit a sandbox zone puts on what runs inside it under its exemptions.
enum class CapKind { Projects, Features, AreaM2, LengthM };
const char* capKindKey(CapKind kind); ///< "projects", "features", "area_m2", "length_m"
std::optional<CapKind> capKindFromKey(const std::string& key);

struct ZoneCap {
    CapKind kind = CapKind::Features;
    double limit = 0;
    bool operator==(const ZoneCap&) const = default;
};

/// A regulatory sandbox zone: an area where some of the six exemptions apply for a limited
/// time (up to 4 years, extendable once by up to 2).
struct SandboxZone {
    std::string id;
    LocalizedText name;
    geometry::GeometryStore area; ///< one polygon feature, in the project's storage CRS
    std::vector<Exemption> exemptions;
    int startYear = 0;
    int validYears = 4;     ///< 1..4
    int extensionYears = 0; ///< 0..2, the single extension
    std::vector<ZoneCap> caps;
    std::string notes;

    /// Last year in which the zone is valid (inclusive), extension included.
    int lastValidYear() const { return startYear + validYears + extensionYears - 1; }
    bool grants(Exemption e) const;
    bool operator==(const SandboxZone&) const = default;
};

/// Sandbox zone areas are stored in this CRS (the project file's storage CRS, EPSG:5186).
constexpr int kSandboxZoneEpsg = crs::kPlanEpsg;

/// Stage 3: the districts a proven pilot is rolled out to, year by year.
struct RolloutStep {
    int year = 0;
    std::vector<std::string> districts; ///< district codes or names, in roll-out order
    bool operator==(const RolloutStep&) const = default;
};

} // namespace cw::project
