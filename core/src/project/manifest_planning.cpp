// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest_planning.h"

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/layer_reader.h"
#include "json_text.h"

namespace cw::project {
namespace {

using nlohmann::json;

std::optional<double> number(const json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null())
        return std::nullopt;
    return j[key].get<double>();
}

Error unknown(const char* what, const std::string& value) {
    return makeError(ErrorCode::InvalidArgument, {what, value});
}

Result<std::vector<Exemption>> exemptions(const json& list) {
    std::vector<Exemption> out;
    for (const auto& k : list) {
        auto e = exemptionFromKey(k.get<std::string>());
        if (!e)
            return unknown("exemption", k.get<std::string>());
        out.push_back(*e);
    }
    return out;
}

} // namespace

Status readManifestPlanning(const json& p, ProjectInfo& info) {
    try {
        if (p.contains("axis")) {
            auto axis = axisFromKey(p["axis"].get<std::string>());
            if (!axis)
                return unknown("axis", p["axis"].get<std::string>());
            info.axis = *axis;
        }
        for (const auto& pa : p.value("partners", json::array())) {
            auto kind = partnerKindFromKey(pa.value("kind", ""));
            if (!kind)
                return unknown("partner kind", pa.value("kind", ""));
            info.partners.push_back(
                {*kind, localizedTextFromJson(pa.value("name", json::object()))});
        }
        if (p.contains("budget_krw"))
            info.budgetKrw = p["budget_krw"].get<long long>();
        if (p.contains("status")) {
            auto status = projectStatusFromKey(p["status"].get<std::string>());
            if (!status)
                return unknown("status", p["status"].get<std::string>());
            info.status = *status;
        }
        if (p.contains("provenance")) {
            const json& pr = p["provenance"];
            info.provenance = {pr.value("source", ""), pr.value("owner", ""), pr.value("date", ""),
                               pr.value("licence", "")};
        }
        auto needed = exemptions(p.value("required_exemptions", json::array()));
        if (!needed)
            return needed.error();
        info.requiredExemptions = *needed;
        for (const auto& i : p.value("indicators", json::array()))
            info.indicators.push_back(
                {i.value("id", ""), localizedTextFromJson(i.value("name", json::object())),
                 i.value("unit", ""), i.value("year", 0), number(i, "baseline"),
                 number(i, "target"), number(i, "measured"), i.value("additive", true)});
        for (const auto& s : p.value("rollout", json::array()))
            info.rollout.push_back(
                {s.value("year", 0), s.value("districts", std::vector<std::string>{})});
    } catch (const json::exception& e) {
        return makeError(ErrorCode::InvalidArgument, {"manifest", info.id}, e.what());
    }
    return Ok{};
}

Result<std::vector<SandboxZone>> readManifestZones(const json& zones,
                                                   const std::filesystem::path& baseDir) {
    auto storage = crs::Crs::fromEpsg(kSandboxZoneEpsg);
    if (!storage)
        return storage.error();
    std::vector<SandboxZone> out;
    for (const auto& z : zones) {
        SandboxZone zone;
        zone.id = z.value("id", "");
        zone.name = localizedTextFromJson(z.value("name", json::object()));
        auto granted = exemptions(z.value("exemptions", json::array()));
        if (!granted)
            return granted.error();
        zone.exemptions = *granted;
        zone.startYear = z.value("start_year", 0);
        zone.validYears = z.value("valid_years", 4);
        zone.extensionYears = z.value("extension_years", 0);
        const json caps = z.value("caps", json::object());
        for (const auto& [key, limit] : caps.items()) {
            auto kind = capKindFromKey(key);
            if (!kind)
                return unknown("cap", key);
            zone.caps.push_back({*kind, limit.get<double>()});
        }
        zone.notes = z.value("notes", "");
        auto layer = data::LayerReader::read((baseDir / z.value("file", "")).string());
        if (!layer)
            return layer.error();
        auto transform = crs::CoordinateTransform::create(layer->crs, *storage);
        if (!transform)
            return transform.error();
        if (layer->featureCount() == 0)
            return makeError(ErrorCode::NoLayers, {z.value("file", "")});
        // The first feature, copied ring by ring and reprojected.
        const auto& g = layer->geometries;
        zone.area.beginFeature();
        for (std::size_t part = g.firstPart(0); part < g.endPart(0); ++part) {
            zone.area.beginPart(g.partStartsPolygon(part));
            for (const auto& c : g.part(part)) {
                double x = c.x, y = c.y;
                if (!transform->transformPoint(x, y))
                    return makeError(ErrorCode::TransformFailed, {z.value("file", "")});
                zone.area.addCoord(x, y);
            }
            zone.area.endPart();
        }
        zone.area.endFeature();
        out.push_back(std::move(zone));
    }
    return out;
}

} // namespace cw::project
