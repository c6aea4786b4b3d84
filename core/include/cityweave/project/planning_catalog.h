// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/localized_text.h"
#include "cityweave/project/sector.h"

#include <optional>
#include <span>
#include <string>

namespace cw::project {

/// One of the plan's eleven core strategic tasks (T1..T3, S1..S3, E1..E2, I1..I3).
struct CoreTask {
    const char* code; ///< "T1"
    Sector sector;
    LocalizedText name;
};

/// The eleven tasks in the plan's order.
std::span<const CoreTask> coreTasks();
const CoreTask* findCoreTask(const std::string& code);

/// The plan's three core axes.
enum class Axis { None, NewIndustry, GreenEnergy, Regeneration };
const char* axisKey(Axis axis); ///< "new_industry", "green_energy", "regeneration", ""
std::optional<Axis> axisFromKey(const std::string& key);

/// The six exemptions the Smart City Act grants inside a regulatory sandbox zone, numbered as
/// the Act lists them (1..6).
enum class Exemption {
    PublicInformationUse = 1,
    NegotiatedLandContracts = 2,
    AutonomousDriverDuties = 3,
    DroneReporting = 4,
    LargeCompanyPublicSoftware = 5,
    PrivateNetworkLinkage = 6,
};
constexpr int kExemptionCount = 6;
const char* exemptionKey(Exemption e); ///< "public_information", "negotiated_contracts", ...
std::optional<Exemption> exemptionFromKey(const std::string& key);
const LocalizedText& exemptionName(Exemption e);

enum class PartnerKind { Company, SchoolOrResearch, CitizenGroup };
const char* partnerKindKey(PartnerKind kind); ///< "company", "school_research", "citizen_group"
std::optional<PartnerKind> partnerKindFromKey(const std::string& key);

enum class ProjectStatus { Planned, Running, Completed, Suspended };
const char* projectStatusKey(ProjectStatus status); ///< "planned", "running", ...
std::optional<ProjectStatus> projectStatusFromKey(const std::string& key);

} // namespace cw::project
