// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_json.h"

#include "json_text.h"
#include "plan_json.h"

#include <nlohmann/json.hpp>

namespace cw::project {
namespace {

using nlohmann::json;

json text(const LocalizedText& t) {
    return {{"ko", t.ko}, {"en", t.en}};
}
json optional(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}
std::optional<double> optionalFrom(const json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null())
        return std::nullopt;
    return j[key].get<double>();
}

json exemptionsJson(const std::vector<Exemption>& list) {
    json out = json::array();
    for (Exemption e : list)
        out.push_back(exemptionKey(e));
    return out;
}

std::vector<Exemption> exemptionsFrom(const json& j) {
    std::vector<Exemption> out;
    for (const auto& k : j)
        if (auto e = exemptionFromKey(k.get<std::string>()))
            out.push_back(*e);
    return out;
}

} // namespace

json projectJson(const ProjectInfo& p) {
    json partners = json::array(), indicators = json::array(), rollout = json::array();
    for (const auto& pa : p.partners)
        partners.push_back({{"kind", partnerKindKey(pa.kind)}, {"name", text(pa.name)}});
    for (const auto& i : p.indicators)
        indicators.push_back({{"id", i.id},
                              {"name", text(i.name)},
                              {"unit", i.unit},
                              {"year", i.year},
                              {"baseline", optional(i.baseline)},
                              {"target", optional(i.target)},
                              {"measured", optional(i.measured)},
                              {"additive", i.additive}});
    for (const auto& s : p.rollout)
        rollout.push_back({{"year", s.year}, {"districts", s.districts}});
    return {{"id", p.id},
            {"name", text(p.name)},
            {"sector", sectorKey(p.sector)},
            {"task", p.task},
            {"lead_agency", text(p.leadAgency)},
            {"stage", p.stage},
            {"start_year", p.startYear},
            {"end_year", p.endYear},
            {"axis", axisKey(p.axis)},
            {"partners", partners},
            {"budget_krw", p.budgetKrw ? json(*p.budgetKrw) : json(nullptr)},
            {"status", projectStatusKey(p.status)},
            {"provenance",
             {{"source", p.provenance.source},
              {"owner", p.provenance.owner},
              {"date", p.provenance.date},
              {"licence", p.provenance.licence}}},
            {"required_exemptions", exemptionsJson(p.requiredExemptions)},
            {"indicators", indicators},
            {"rollout", rollout}};
}

ProjectInfo projectFrom(const json& j) {
    ProjectInfo p;
    p.id = j.at("id").get<std::string>();
    p.name = localizedTextFromJson(j.value("name", json::object()));
    p.sector = sectorFromKey(j.value("sector", "none")).value_or(Sector::None);
    p.task = j.value("task", "");
    p.leadAgency = localizedTextFromJson(j.value("lead_agency", json::object()));
    p.stage = wholeNumber<int>(j, "stage", 1);
    p.startYear = wholeNumber<int>(j, "start_year", 0);
    p.endYear = wholeNumber<int>(j, "end_year", 0);
    p.axis = axisFromKey(j.value("axis", "")).value_or(Axis::None);
    for (const auto& pa : j.value("partners", json::array()))
        p.partners.push_back(
            {partnerKindFromKey(pa.value("kind", "company")).value_or(PartnerKind::Company),
             localizedTextFromJson(pa.value("name", json::object()))});
    if (j.contains("budget_krw") && !j["budget_krw"].is_null())
        p.budgetKrw = wholeNumber<long long>(j, "budget_krw", 0);
    p.status = projectStatusFromKey(j.value("status", "planned")).value_or(ProjectStatus::Planned);
    const json prov = j.value("provenance", json::object());
    p.provenance = {prov.value("source", ""), prov.value("owner", ""), prov.value("date", ""),
                    prov.value("licence", "")};
    p.requiredExemptions = exemptionsFrom(j.value("required_exemptions", json::array()));
    for (const auto& i : j.value("indicators", json::array()))
        p.indicators.push_back(
            {i.value("id", ""), localizedTextFromJson(i.value("name", json::object())),
             i.value("unit", ""), wholeNumber<int>(i, "year", 0), optionalFrom(i, "baseline"),
             optionalFrom(i, "target"), optionalFrom(i, "measured"), i.value("additive", true)});
    for (const auto& s : j.value("rollout", json::array()))
        p.rollout.push_back(
            {wholeNumber<int>(s, "year", 0), s.value("districts", std::vector<std::string>{})});
    return p;
}

json zoneJson(const SandboxZone& z) {
    json rings = json::array();
    if (z.area.featureCount() > 0)
        for (std::size_t p = z.area.firstPart(0); p < z.area.endPart(0); ++p) {
            json coords = json::array();
            for (const auto& c : z.area.part(p))
                coords.push_back({c.x, c.y});
            rings.push_back({{"exterior", z.area.partStartsPolygon(p)}, {"coords", coords}});
        }
    json caps = json::array();
    for (const auto& c : z.caps)
        caps.push_back({{"kind", capKindKey(c.kind)}, {"limit", c.limit}});
    return {{"id", z.id},
            {"name", text(z.name)},
            {"rings", rings},
            {"exemptions", exemptionsJson(z.exemptions)},
            {"start_year", z.startYear},
            {"valid_years", z.validYears},
            {"extension_years", z.extensionYears},
            {"caps", caps},
            {"notes", z.notes}};
}

SandboxZone zoneFrom(const json& j) {
    SandboxZone z;
    z.id = j.at("id").get<std::string>();
    z.name = localizedTextFromJson(j.value("name", json::object()));
    const json rings = j.value("rings", json::array());
    if (!rings.empty()) {
        z.area.beginFeature();
        for (const auto& r : rings) {
            z.area.beginPart(r.value("exterior", true));
            for (const auto& c : r.at("coords"))
                z.area.addCoord(c.at(0).get<double>(), c.at(1).get<double>());
            z.area.endPart();
        }
        z.area.endFeature();
    }
    z.exemptions = exemptionsFrom(j.value("exemptions", json::array()));
    z.startYear = wholeNumber<int>(j, "start_year", 0);
    z.validYears = wholeNumber<int>(j, "valid_years", 4);
    z.extensionYears = wholeNumber<int>(j, "extension_years", 0);
    for (const auto& c : j.value("caps", json::array()))
        if (auto kind = capKindFromKey(c.value("kind", "")))
            z.caps.push_back({*kind, c.value("limit", 0.0)});
    z.notes = j.value("notes", "");
    return z;
}

std::string scenarioPlanToJson(const Scenario& s) {
    json projects = json::array(), zones = json::array();
    for (const auto& p : s.projects)
        projects.push_back(projectJson(p));
    for (const auto& z : s.sandboxZones)
        zones.push_back(zoneJson(z));
    return json{
        {"projects", projects}, {"sandbox_zones", zones}, {"layer_variants", s.layerVariants}}
        .dump();
}

std::optional<Scenario> scenarioPlanFromJson(const std::string& textValue) {
    const json j = json::parse(textValue, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    try {
        Scenario s;
        for (const auto& p : j.value("projects", json::array()))
            s.projects.push_back(projectFrom(p));
        for (const auto& z : j.value("sandbox_zones", json::array()))
            s.sandboxZones.push_back(zoneFrom(z));
        s.layerVariants = j.value("layer_variants", std::map<std::string, std::string>{});
        return s;
    } catch (const json::exception&) {
        return std::nullopt; // a field of the wrong type: treat the scenario as unreadable
    }
}

} // namespace cw::project
