// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/sector_rules.h"

namespace cw::project {

SectorRuleTable SectorRuleTable::defaults() {
    SectorRuleTable t;
    auto add = [&](const char* id, const char* ko, const char* en, Sector a, const char* ta,
                   Sector b, const char* tb, Relation r, ZoneLabel l) {
        t.m_rules.push_back(SectorRule{id, {ko, en}, a, ta, b, tb, r, l});
    };
    // Task pairs the plan names as mutually reinforcing.
    add("ev-charging-x-iot-parking", "전기차 충전 × IoT 주차", "EV charging x IoT parking",
        Sector::Energy, "E2", Sector::Transport, "T2", Relation::Any, ZoneLabel::Synergy);
    add("ev-charging-x-autonomous-transit", "전기차 충전 × 자율주행 대중교통",
        "EV charging x autonomous transit", Sector::Energy, "E2", Sector::Transport, "T3",
        Relation::Any, ZoneLabel::Synergy);
    add("energy-storage-x-ev-charging", "에너지 저장·거래 × 전기차 충전",
        "Energy storage and exchange x EV charging", Sector::Energy, "E1", Sector::Energy, "E2",
        Relation::Any, ZoneLabel::Synergy);
    add("weather-sensing-x-traffic-data", "IoT 기상 감시 × 교통 빅데이터",
        "IoT weather monitoring x traffic big data", Sector::Safety, "S2", Sector::Transport, "T1",
        Relation::Any, ZoneLabel::Synergy);
    add("innovation-district-x-startups", "혁신지구 × 창업 지원",
        "Innovation district x start-up support", Sector::IndustrySpace, "I2",
        Sector::IndustrySpace, "I3", Relation::Any, ZoneLabel::Synergy);
    add("autonomous-driving-x-innovation-district", "자율주행 × 혁신지구",
        "Autonomous driving x innovation district", Sector::Transport, "T3", Sector::IndustrySpace,
        "I2", Relation::Any, ZoneLabel::Synergy);
    // The same sector twice on the same ground: separate budgets for one job.
    add("energy-x-energy-overlap", "같은 곳의 에너지 사업 중복",
        "Two energy projects on the same ground", Sector::Energy, "", Sector::Energy, "",
        Relation::Overlap, ZoneLabel::Duplication);
    add("safety-x-safety-overlap", "같은 곳의 안전 사업 중복",
        "Two safety projects on the same ground", Sector::Safety, "", Sector::Safety, "",
        Relation::Overlap, ZoneLabel::Duplication);
    add("transport-x-transport-overlap", "같은 곳의 교통 사업 중복",
        "Two transport projects on the same ground", Sector::Transport, "", Sector::Transport, "",
        Relation::Overlap, ZoneLabel::Duplication);
    // Different sectors in one place: room for a shared living lab.
    add("energy-x-industry", "에너지 × 산업·공간", "Energy x industry and space", Sector::Energy,
        "", Sector::IndustrySpace, "", Relation::Any, ZoneLabel::Synergy);
    add("safety-x-transport", "안전 × 교통", "Safety x transport", Sector::Safety, "",
        Sector::Transport, "", Relation::Any, ZoneLabel::Synergy);
    return t;
}

const SectorRule* SectorRuleTable::match(Sector a, const std::string& taskA, Sector b,
                                         const std::string& taskB, Relation relation) const {
    auto fits = [&](const SectorRule& r, Sector sa, const std::string& ta, Sector sb,
                    const std::string& tb) {
        return r.sectorA == sa && r.sectorB == sb && (r.taskA.empty() || r.taskA == ta) &&
               (r.taskB.empty() || r.taskB == tb);
    };
    auto relationFits = [&](const SectorRule& r) {
        return r.relation == Relation::Any || relation == Relation::Any || r.relation == relation;
    };
    for (bool specific : {true, false}) {
        for (const SectorRule& r : m_rules) {
            const bool namesTask = !r.taskA.empty() || !r.taskB.empty();
            if (namesTask != specific || !relationFits(r))
                continue;
            if (fits(r, a, taskA, b, taskB) || fits(r, b, taskB, a, taskA))
                return &r;
        }
    }
    return nullptr;
}

const char* zoneLabelKey(ZoneLabel label) {
    switch (label) {
    case ZoneLabel::Synergy:
        return "synergy";
    case ZoneLabel::Duplication:
        return "duplication";
    default:
        return "neutral";
    }
}

const char* relationKey(Relation relation) {
    switch (relation) {
    case Relation::Overlap:
        return "overlap";
    case Relation::Proximity:
        return "proximity";
    default:
        return "any";
    }
}

std::optional<ZoneLabel> zoneLabelFromKey(const std::string& key) {
    for (ZoneLabel l : {ZoneLabel::Neutral, ZoneLabel::Synergy, ZoneLabel::Duplication})
        if (key == zoneLabelKey(l))
            return l;
    return std::nullopt;
}

std::optional<Relation> relationFromKey(const std::string& key) {
    for (Relation r : {Relation::Any, Relation::Overlap, Relation::Proximity})
        if (key == relationKey(r))
            return r;
    return std::nullopt;
}

} // namespace cw::project
