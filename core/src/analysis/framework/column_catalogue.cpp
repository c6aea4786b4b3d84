// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/column_catalogue.h"

#include "cityweave/analysis/analysis.h"
#include "cityweave/analysis/pilot_ranking.h"
#include "cityweave/project/sector.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cw::analysis {
namespace {

struct Entry {
    std::string_view name;
    ColumnKind kind;
    const char* ko;
    const char* en;
};

using K = ColumnKind;

// Columns of the built-in analyses and their summary figures, alphabetical.
constexpr std::array kColumns = std::to_array<Entry>({
    {"added_to_others_m2", K::Area, "다른 사업에 더한 면적 (㎡)", "Added to the others (m²)"},
    {"analysis", K::Text, "분석", "Analysis"},
    {"area_2plus_m2", K::Area, "2개 이상 사업 면적 (㎡)", "Area with 2+ projects (m²)"},
    {"area_ha", K::Hectares, "면적 (ha)", "Area (ha)"},
    {"area_m2", K::Area, "면적 (㎡)", "Area (m²)"},
    {"asset_count", K::Count, "시설 수", "Assets"},
    {"asset_type", K::Code, "시설 유형", "Asset type"},
    {"asset_types", K::Code, "시설 유형", "Asset types"},
    {"assets", K::Count, "시설 수", "Assets"},
    {"block_id", K::Identifier, "블록", "Block"},
    {"candidate_fid", K::Identifier, "후보 ID", "Candidate ID"},
    {"cell", K::Identifier, "격자", "Cell"},
    {"change_pct", K::Percent, "가중치 변화 (%)", "Weight change (%)"},
    {"changed", K::Flag, "순위 변화", "Ranking changed"},
    {"cluster", K::Identifier, "군집", "Cluster"},
    {"col", K::Identifier, "열", "Column"},
    {"combined_m2", K::Area, "합친 서비스 면적 (㎡)", "Covered together (m²)"},
    {"combined_share", K::Share, "합친 서비스 비율 (%)", "Covered together (%)"},
    {"computed_at", K::Text, "계산 시각", "Computed at"},
    {"covered_alone_m2", K::Area, "단독 서비스 면적 (㎡)", "Covered alone (m²)"},
    {"covered_area_m2", K::Area, "서비스 면적 (㎡)", "Covered area (m²)"},
    {"covered_demand", K::Number, "서비스 수요", "Demand covered"},
    {"covered_demand_share", K::Share, "서비스 수요 비율 (%)", "Demand covered (%)"},
    {"covered_m", K::Length, "서비스 길이 (m)", "Covered length (m)"},
    {"covered_m2", K::Area, "서비스 면적 (㎡)", "Covered area (m²)"},
    {"covered_pct", K::Percent, "서비스 비율 (%)", "Covered (%)"},
    {"covered_share", K::Share, "서비스 비율 (%)", "Covered (%)"},
    {"covered_share_after", K::Share, "설치 후 서비스 비율 (%)", "Covered after (%)"},
    {"criterion", K::Code, "기준", "Criterion"},
    {"crs", K::Text, "좌표계", "CRS"},
    {"cumulative_gain", K::Number, "누적 증가", "Cumulative gain"},
    {"demand", K::Number, "수요", "Demand"},
    {"demand_mwh", K::Number, "전력 수요 (MWh)", "Demand (MWh)"},
    {"direction", K::Code, "방향", "Direction"},
    {"distance_m", K::Length, "거리 (m)", "Distance (m)"},
    {"eligible", K::Flag, "적격", "Eligible"},
    {"feature_pairs", K::Count, "겹치는 객체 쌍", "Overlapping feature pairs"},
    {"feature_pairs_geos_fallback", K::Count, "GEOS로 다시 계산한 쌍",
     "Pairs recomputed with GEOS"},
    {"features", K::Count, "객체 수", "Features"},
    {"fid", K::Identifier, "객체 ID", "Feature ID"},
    {"fid_a", K::Identifier, "객체 ID A", "Feature ID A"},
    {"fid_b", K::Identifier, "객체 ID B", "Feature ID B"},
    {"firms", K::Count, "기업 수", "Firms"},
    {"firms_per_ha", K::Score, "ha당 기업 수", "Firms per ha"},
    {"first", K::Text, "1위", "First"},
    {"footprint_area_m2", K::Area, "사업 면적 (㎡)", "Footprint (m²)"},
    {"fuel_cell_kw", K::Number, "연료전지 (kW)", "Fuel cells (kW)"},
    {"fuel_cell_mwh", K::Number, "연료전지 발전량 (MWh)", "Fuel-cell output (MWh)"},
    {"gain", K::Number, "증가", "Gain"},
    {"gap_m2", K::Area, "공백 면적 (㎡)", "Gap (m²)"},
    {"generation_mwh", K::Number, "발전량 (MWh)", "Generation (MWh)"},
    {"label", K::Code, "구분", "Label"},
    {"layer", K::Text, "레이어", "Layer"},
    {"layer_a", K::Text, "레이어 A", "Layer A"},
    {"layer_b", K::Text, "레이어 B", "Layer B"},
    {"length_m", K::Length, "길이 (m)", "Length (m)"},
    {"line_length_m", K::Length, "선 길이 (m)", "Line length (m)"},
    {"lines_a_in_b_m", K::Length, "B 안의 A 선 길이 (m)", "Lines of A in B (m)"},
    {"lines_b_in_a_m", K::Length, "A 안의 B 선 길이 (m)", "Lines of B in A (m)"},
    {"links", K::Count, "연결 수", "Links"},
    {"links_touching", K::Count, "맞닿은 연결", "Touching links"},
    {"matched_boundaries", K::Count, "연결된 경계", "Matched boundaries"},
    {"max_project_count", K::Count, "최대 사업 수", "Most projects in one place"},
    {"meets_target", K::Flag, "목표 달성", "Meets the target"},
    {"name", K::Text, "이름", "Name"},
    {"name_a", K::Text, "이름 A", "Name A"},
    {"name_b", K::Text, "이름 B", "Name B"},
    {"name_en", K::Text, "영문 이름", "Name (English)"},
    {"name_ko", K::Text, "한글 이름", "Name (Korean)"},
    {"new_sites", K::Count, "신규 위치 수", "New sites"},
    {"new_sites_gain", K::Number, "신규 위치 증가", "Gain of the new sites"},
    {"normalisation", K::Code, "정규화", "Normalisation"},
    {"normalised", K::Score, "정규화 값", "Normalised"},
    {"outputs", K::Text, "출력", "Outputs"},
    {"overlapping_project_pairs", K::Count, "겹치는 사업 쌍", "Overlapping project pairs"},
    {"parameters", K::Text, "매개변수", "Parameters"},
    {"pieces", K::Count, "조각 수", "Pieces"},
    {"point_count", K::Count, "점 수", "Points"},
    {"points", K::Score, "점수 기여", "Points"},
    {"points_a_in_b", K::Count, "B 안의 A 점", "Points of A in B"},
    {"points_b_in_a", K::Count, "A 안의 B 점", "Points of B in A"},
    {"points_outside_zones", K::Count, "구역 밖 점", "Points outside every zone"},
    {"project", K::Project, "사업", "Project"},
    {"project_a", K::Project, "사업 A", "Project A"},
    {"project_b", K::Project, "사업 B", "Project B"},
    {"project_count", K::Count, "사업 수", "Projects"},
    {"project_id", K::Project, "사업", "Project"},
    {"project_ids", K::Projects, "사업", "Projects"},
    {"project_name", K::Text, "사업명", "Project name"},
    {"project_names", K::Text, "사업명", "Project names"},
    {"project_pairs_linked", K::Count, "연결된 사업 쌍", "Linked project pairs"},
    {"projects", K::Projects, "사업", "Projects"},
    {"pv_kwp", K::Number, "태양광 (kWp)", "Solar PV (kWp)"},
    {"pv_mwh", K::Number, "태양광 발전량 (MWh)", "Solar output (MWh)"},
    {"radius_m", K::Length, "반경 (m)", "Radius (m)"},
    {"rank", K::Count, "순위", "Rank"},
    {"route_id", K::Identifier, "노선", "Route"},
    {"row", K::Identifier, "행", "Row"},
    {"rules_fired", K::Text, "적용된 규칙", "Rules applied"},
    {"score", K::Score, "점수", "Score"},
    {"sector", K::Sector, "분야", "Sector"},
    {"sector_a", K::Sector, "분야 A", "Sector A"},
    {"sector_b", K::Sector, "분야 B", "Sector B"},
    {"sectors", K::Sector, "분야", "Sectors"},
    {"self_sufficiency_pct", K::Percent, "자립률 (%)", "Self-sufficiency (%)"},
    {"share_alone", K::Share, "단독 서비스 비율 (%)", "Covered alone (%)"},
    {"share_of_a", K::Share, "A 대비 비율 (%)", "Share of A (%)"},
    {"share_of_b", K::Share, "B 대비 비율 (%)", "Share of B (%)"},
    {"share_of_project", K::Share, "사업 대비 비율 (%)", "Share of the project (%)"},
    {"share_of_score", K::Share, "점수 대비 비율 (%)", "Share of the score (%)"},
    {"share_of_zone", K::Share, "구역 대비 비율 (%)", "Share of the zone (%)"},
    {"site", K::Identifier, "위치", "Site"},
    {"site_demand_covered_before", K::Number, "설치 전 서비스 수요", "Demand covered before"},
    {"site_demand_total", K::Number, "전체 수요", "Total demand"},
    {"study_area_m2", K::Area, "분석 범위 면적 (㎡)", "Study area (m²)"},
    {"top", K::Text, "상위 단위", "Top units"},
    {"top_score", K::Score, "최고 점수", "Top score"},
    {"top_unit_id", K::Identifier, "1위 단위", "Top unit"},
    {"total_overlap_area_m2", K::Area, "겹침 면적 합계 (㎡)", "Total overlap (m²)"},
    {"type", K::Code, "유형", "Type"},
    {"uncovered_m", K::Length, "미서비스 길이 (m)", "Uncovered length (m)"},
    {"unit_id", K::Identifier, "단위 ID", "Unit ID"},
    {"unit_name", K::Text, "단위", "Unit"},
    {"units", K::Count, "단위 수", "Units"},
    {"units_eligible", K::Count, "적격 단위 수", "Eligible units"},
    {"units_ranked", K::Count, "순위 매긴 단위 수", "Units ranked"},
    {"unmatched_boundary_keys", K::Count, "연결 안 된 경계", "Unmatched boundary keys"},
    {"unmatched_table_keys", K::Count, "연결 안 된 표 행", "Unmatched table keys"},
    {"value", K::Number, "값", "Value"},
    {"warnings", K::Text, "경고", "Warnings"},
    {"weight", K::Score, "가중치", "Weight"},
    {"weight_pct", K::Percent, "가중치 (%)", "Weight (%)"},
    {"x", K::Number, "X", "X"},
    {"y", K::Number, "Y", "Y"},
    {"zone_area_m2", K::Area, "구역 면적 (㎡)", "Zone area (m²)"},
    {"zone_id", K::Identifier, "구역 ID", "Zone ID"},
    {"zone_name", K::Text, "구역", "Zone"},
    {"zones", K::Count, "구역 수", "Zones"},
    {"zones_duplication", K::Count, "중복 구역", "Duplication zones"},
    {"zones_neutral", K::Count, "중립 구역", "Neutral zones"},
    {"zones_synergy", K::Count, "시너지 구역", "Synergy zones"},
    {"zones_with_2plus_projects", K::Count, "사업 2개 이상 구역", "Zones with 2+ projects"},
    {"zones_with_projects", K::Count, "사업이 있는 구역", "Zones with projects"},
});

constexpr bool sortedByName() {
    for (std::size_t i = 1; i < kColumns.size(); ++i)
        if (!(kColumns[i - 1].name < kColumns[i].name))
            return false;
    return true;
}
static_assert(sortedByName(), "keep kColumns sorted: it is searched by bisection");

const char* sectorNameKo(project::Sector s) {
    switch (s) {
    case project::Sector::Transport:
        return "교통";
    case project::Sector::Safety:
        return "안전";
    case project::Sector::Energy:
        return "에너지";
    case project::Sector::IndustrySpace:
        return "산업·공간";
    case project::Sector::None:
        break;
    }
    return "";
}

const char* sectorNameEn(project::Sector s) {
    switch (s) {
    case project::Sector::Transport:
        return "Transport";
    case project::Sector::Safety:
        return "Safety";
    case project::Sector::Energy:
        return "Energy";
    case project::Sector::IndustrySpace:
        return "Industry and space";
    case project::Sector::None:
        break;
    }
    return "";
}

ColumnKind kindBySuffix(std::string_view name, data::FieldType type) {
    if (name.ends_with("_m2"))
        return K::Area;
    if (name.ends_with("_ha"))
        return K::Hectares;
    if (name.ends_with("_m"))
        return K::Length;
    if (name.ends_with("_pct"))
        return K::Percent;
    if (name.ends_with("_share") || name.starts_with("share_"))
        return K::Share;
    if (name.ends_with("_count"))
        return K::Count;
    switch (type) {
    case data::FieldType::Integer:
        return K::Count;
    case data::FieldType::Real:
        return K::Number;
    default:
        return K::Text;
    }
}

} // namespace

ColumnInfo describeColumn(std::string_view name, data::FieldType type) {
    const auto* it =
        std::lower_bound(kColumns.begin(), kColumns.end(), name,
                         [](const Entry& e, std::string_view n) { return e.name < n; });
    if (it != kColumns.end() && it->name == name)
        return {it->kind, {it->ko, it->en}};
    // The roll-up's sector mix: share_energy, share_transport, ...
    if (name.starts_with("share_"))
        if (const auto sector = project::sectorFromKey(std::string(name.substr(6))))
            return {K::Share,
                    {std::string(sectorNameKo(*sector)) + " 비율 (%)",
                     std::string(sectorNameEn(*sector)) + " share (%)"}};
    // The ranking's normalised criteria: c_projects, c_gaps, ...
    if (name.starts_with("c_"))
        if (const project::LocalizedText* criterion = pilotCriterionName(name.substr(2)))
            return {K::Score, {criterion->ko + " (정규화)", criterion->en + " (normalised)"}};
    const std::string plain(name);
    return {kindBySuffix(name, type), {plain, plain}};
}

ColumnInfo describeColumn(std::string_view name, data::FieldType type,
                          const AnalysisDescriptor* analysis) {
    if (analysis)
        for (const ColumnSpec& c : analysis->columns)
            if (c.key == name)
                return {c.kind, c.title};
    return describeColumn(name, type);
}

} // namespace cw::analysis
