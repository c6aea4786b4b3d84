// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::planning {

enum class ViolationKind {
    NoZoneGrants,         ///< no zone at all grants an exemption the project needs
    OutsideGrantingZones, ///< a feature lies (partly) outside every zone granting the exemption
    RunsPastValidity,     ///< the project ends after its zone's validity (or never ends)
    StartsBeforeZone,     ///< the project starts before its zone is valid
    CapExceeded,          ///< a zone's cap is exceeded by what runs under its exemptions
};

/// One violation with its reason; `layerId` / `featureId` locate the feature to highlight.
struct Violation {
    ViolationKind kind;
    std::string projectId;
    std::string zoneId;
    std::string layerId;
    std::int64_t featureId = -1; ///< the feature's fid; -1 when the violation is not a feature's
    project::Exemption exemption = project::Exemption::PublicInformationUse;
    project::CapKind cap = project::CapKind::Features;
    double value = 0; ///< area/length outside, the project's end year, or the capped quantity
    double limit = 0; ///< the zone's last valid year or the cap's limit
};

/// A feature counts as inside when what lies outside the granting zones is at most this much
/// (m² for polygons, m for lines): hand-drawn outlines against surveyed zone edges.
struct ComplianceOptions {
    double areaTolerance = 1.0;
    double lengthTolerance = 1.0;
};

/// The sandbox compliance check. `footprints` are the projects' layers in the same CRS as the
/// zones' areas (an AnalysisInput in the zones' CRS); `projects` carry the exemptions needed
/// and the years. Violations are ordered by project, then zone, then feature.
Result<std::vector<Violation>>
checkCompliance(const std::vector<project::ProjectInfo>& projects,
                const std::vector<analysis::AnalysisProject>& footprints,
                const std::vector<project::SandboxZone>& zones,
                const ComplianceOptions& options = {}, const CancelToken& cancel = {});

} // namespace cw::planning
