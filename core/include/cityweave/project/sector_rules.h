// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/localized_text.h"
#include "cityweave/project/sector.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::project {

/// What two projects meeting in one place mean for the plan.
enum class ZoneLabel { Neutral, Synergy, Duplication };
/// How the two projects meet: overlapping footprints, or within the proximity distance.
enum class Relation { Any, Overlap, Proximity };

/// "A project of sector/task X meeting one of sector/task Y is a synergy / duplication".
/// Empty task fields match any task of the sector; the pair is unordered.
struct SectorRule {
    std::string id; ///< stable, e.g. "ev-charging-x-iot-parking"
    LocalizedText name;
    Sector sectorA = Sector::None;
    std::string taskA;
    Sector sectorB = Sector::None;
    std::string taskB;
    Relation relation = Relation::Any;
    ZoneLabel label = ZoneLabel::Neutral;
    bool operator==(const SectorRule&) const = default;
};

/// The editable rule table saved in the project file. The first matching rule wins, and rules
/// naming tasks are tried before rules naming only sectors.
class SectorRuleTable {
public:
    static SectorRuleTable defaults();

    const std::vector<SectorRule>& rules() const { return m_rules; }
    std::vector<SectorRule>& rules() { return m_rules; }
    /// The rule for two projects meeting by `relation`, or nothing (neutral).
    const SectorRule* match(Sector a, const std::string& taskA, Sector b, const std::string& taskB,
                            Relation relation) const;
    bool operator==(const SectorRuleTable&) const = default;

private:
    std::vector<SectorRule> m_rules;
};

const char* zoneLabelKey(ZoneLabel label);  ///< "neutral", "synergy", "duplication"
const char* relationKey(Relation relation); ///< "any", "overlap", "proximity"
std::optional<ZoneLabel> zoneLabelFromKey(const std::string& key);
std::optional<Relation> relationFromKey(const std::string& key);

} // namespace cw::project
