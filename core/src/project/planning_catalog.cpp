// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/planning_catalog.h"

#include <array>

namespace cw::project {
namespace {

const std::array<CoreTask, 11> kTasks{{
    {"T1",
     Sector::Transport,
     {"빅데이터 기반 교통정보 시스템", "Big-data traffic information system"}},
    {"T2", Sector::Transport, {"IoT 기반 주차 공급", "IoT parking supply"}},
    {"T3",
     Sector::Transport,
     {"대중교통 중심 자율주행", "Autonomous driving centred on public transit"}},
    {"S1",
     Sector::Safety,
     {"통합안전상황실 연계 재난·안전 빅데이터",
      "Disaster and safety big data linked to the integrated safety situation room"}},
    {"S2",
     Sector::Safety,
     {"IoT 기반 기상재난(미세먼지·폭염) 감시",
      "IoT monitoring of weather disasters (fine dust, heat)"}},
    {"S3", Sector::Safety, {"시민 체감형 안전 서비스", "Safety services citizens can feel"}},
    {"E1", Sector::Energy, {"신재생에너지 저장·거래", "Renewable-energy storage and exchange"}},
    {"E2", Sector::Energy, {"전기차 인프라", "Electric-vehicle infrastructure"}},
    {"I1", Sector::IndustrySpace, {"스마트시티 신산업 육성", "New smart-city industries"}},
    {"I2", Sector::IndustrySpace, {"혁신지구 조성", "Innovation districts"}},
    {"I3",
     Sector::IndustrySpace,
     {"창업 지원·혁신 공간", "Start-up support and innovation spaces"}},
}};

struct ExemptionInfo {
    Exemption exemption;
    const char* key;
    LocalizedText name;
};

const std::array<ExemptionInfo, kExemptionCount> kExemptions{{
    {Exemption::PublicInformationUse,
     "public_information",
     {"공공서비스를 위한 다양한 정보 활용", "Use of various information for public services"}},
    {Exemption::NegotiatedLandContracts,
     "negotiated_contracts",
     {"토지개발 수의계약 범위 확대", "Wider negotiated contracts for land development"}},
    {Exemption::AutonomousDriverDuties,
     "autonomous_driving",
     {"자율주행차 운전자 의무 완화", "Relaxed driver obligations for autonomous vehicles"}},
    {Exemption::DroneReporting,
     "drone_reporting",
     {"무인비행장치(드론) 신고 완화", "Relaxed reporting for unmanned aerial vehicles"}},
    {Exemption::LargeCompanyPublicSoftware,
     "large_company_software",
     {"공공 SW사업 대기업 참여 제한 예외", "Large companies allowed in public software projects"}},
    {Exemption::PrivateNetworkLinkage,
     "private_network",
     {"자가망 연계 범위 확대", "Wider linkage of private (self-owned) networks"}},
}};

template <typename Enum, std::size_t N>
const char* keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [v, k] : table)
        if (v == value)
            return k;
    return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const std::string& key) {
    for (const auto& [v, k] : table)
        if (key == k)
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<Axis, const char*>, 3> kAxes{{
    {Axis::NewIndustry, "new_industry"},
    {Axis::GreenEnergy, "green_energy"},
    {Axis::Regeneration, "regeneration"},
}};
constexpr std::array<std::pair<PartnerKind, const char*>, 3> kPartnerKinds{{
    {PartnerKind::Company, "company"},
    {PartnerKind::SchoolOrResearch, "school_research"},
    {PartnerKind::CitizenGroup, "citizen_group"},
}};
constexpr std::array<std::pair<ProjectStatus, const char*>, 4> kStatuses{{
    {ProjectStatus::Planned, "planned"},
    {ProjectStatus::Running, "running"},
    {ProjectStatus::Completed, "completed"},
    {ProjectStatus::Suspended, "suspended"},
}};

} // namespace

std::span<const CoreTask> coreTasks() {
    return kTasks;
}

const CoreTask* findCoreTask(const std::string& code) {
    for (const auto& t : kTasks)
        if (code == t.code)
            return &t;
    return nullptr;
}

const char* axisKey(Axis axis) {
    return keyOf(kAxes, axis);
}
std::optional<Axis> axisFromKey(const std::string& key) {
    if (key.empty())
        return Axis::None;
    return valueOf(kAxes, key);
}

const char* exemptionKey(Exemption e) {
    for (const auto& x : kExemptions)
        if (x.exemption == e)
            return x.key;
    return "";
}

std::optional<Exemption> exemptionFromKey(const std::string& key) {
    for (const auto& x : kExemptions)
        if (key == x.key)
            return x.exemption;
    return std::nullopt;
}

const LocalizedText& exemptionName(Exemption e) {
    for (const auto& x : kExemptions)
        if (x.exemption == e)
            return x.name;
    return kExemptions[0].name;
}

const char* partnerKindKey(PartnerKind kind) {
    return keyOf(kPartnerKinds, kind);
}
std::optional<PartnerKind> partnerKindFromKey(const std::string& key) {
    return valueOf(kPartnerKinds, key);
}

const char* projectStatusKey(ProjectStatus status) {
    return keyOf(kStatuses, status);
}
std::optional<ProjectStatus> projectStatusFromKey(const std::string& key) {
    return valueOf(kStatuses, key);
}

} // namespace cw::project
