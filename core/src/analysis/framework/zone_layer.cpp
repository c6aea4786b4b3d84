// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/zone_layer.h"

#include "analysis/framework/layer_refs.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cw::analysis {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool containsAny(const std::string& text, std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view part) { return text.find(part) != std::string::npos; });
}

bool hasField(const std::vector<data::Field>& fields,
              std::initializer_list<std::string_view> names) {
    return std::any_of(fields.begin(), fields.end(), [&](const data::Field& f) {
        const std::string name = lower(f.name);
        return std::find(names.begin(), names.end(), name) != names.end();
    });
}

} // namespace

std::vector<ParameterSpec> zoneLayerParameters() {
    return {
        layerParameter(zoneParameters::kLayer, {"구역 레이어", "Zone layer"},
                       {"집계 단위가 될 폴리곤 레이어 (자치구, 행정동 등). 비우면 격자를 씁니다",
                        "Polygon layer of the units to roll up by (gu, dong, ...); empty: a "
                        "grid"},
                       "polygon"),
        fieldParameter(zoneParameters::kNameField, {"구역 이름 필드", "Zone name field"},
                       {"구역의 이름이 든 필드 (비우면 이름처럼 보이는 필드)",
                        "Field holding each zone's name (empty: a field that looks like a "
                        "name)"},
                       zoneParameters::kLayer)};
}

Result<ZoneLayer> zoneLayerOf(const AnalysisInput& input, const ParameterValues& values) {
    ZoneLayer out{input.zones, input.zoneNameField};
    const auto& all = values.all();
    const auto given = all.find(zoneParameters::kLayer);
    if (given != all.end() && !given->second.empty()) {
        auto layer = resolveLayerRef(input, zoneParameters::kLayer, given->second,
                                     geometry::GeometryFamily::Polygon);
        if (!layer)
            return layer.error();
        out = {*layer, {}};
    }
    if (!out.layer)
        return out;
    if (out.layer->family != geometry::GeometryFamily::Polygon)
        return makeError(ErrorCode::WrongGeometryType, {out.layer->name, "polygon"});
    const auto field = all.find(zoneParameters::kNameField);
    if (field != all.end() && !field->second.empty())
        out.nameField = field->second;
    if (!out.nameField.empty() && out.layer->fieldIndex(out.nameField) < 0)
        return out.layer->missingField(out.nameField);
    if (out.nameField.empty())
        out.nameField = nameFieldOf(out.layer->fields);
    return out;
}

std::string nameFieldOf(const std::vector<data::Field>& fields) {
    // Most specific first: the Korean name of Korean boundary data, then generic names.
    static constexpr std::array<std::string_view, 10> kExact{
        "sig_kor_nm", "emd_kor_nm", "adm_nm", "adm_dr_nm", "sgg_nm",
        "name_ko",    "name",       "이름",   "명칭",      "nm"};
    for (std::string_view wanted : kExact)
        for (const data::Field& f : fields)
            if (f.type == data::FieldType::String && lower(f.name) == wanted)
                return f.name;
    for (const data::Field& f : fields) {
        const std::string name = lower(f.name);
        if (f.type == data::FieldType::String &&
            (name.ends_with("명") || name.ends_with("_nm") || name.ends_with("name")))
            return f.name;
    }
    return {};
}

int districtLikeness(std::string_view idOrName, const std::vector<data::Field>& fields) {
    const std::string name = lower(idOrName);
    int score = 0;
    if (hasField(fields, {"sig_cd", "sig_kor_nm", "sgg_cd", "sgg_nm"}))
        score += 4; // gu: the usual unit of a city-wide roll-up
    if (hasField(fields, {"emd_cd", "emd_kor_nm", "adm_cd", "adm_nm", "adm_dr_cd"}))
        score += 3;
    if (containsAny(name, {"municipalit", "자치구", "시군구", "_gu", "gu_", "district"}))
        score += 2;
    if (containsAny(name, {"neighborhood", "neighbourhood", "dong", "행정동", "법정동", "읍면동"}))
        score += 1;
    return score;
}

int boundaryLikeness(std::string_view idOrName) {
    const std::string name = lower(idOrName);
    return containsAny(name, {"outline", "boundary", "border", "경계", "시계"}) ? 1 : 0;
}

} // namespace cw::analysis
