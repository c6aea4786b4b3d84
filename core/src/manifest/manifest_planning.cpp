// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/manifest_planning.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_writer.h"
#include "project/json_text.h"

#include <algorithm>

namespace cw::manifest {
using namespace cw::project;
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
            info.budgetKrw = wholeNumber<long long>(p, "budget_krw", 0);
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
                 i.value("unit", ""), wholeNumber<int>(i, "year", 0), number(i, "baseline"),
                 number(i, "target"), number(i, "measured"), i.value("additive", true)});
        for (const auto& s : p.value("rollout", json::array()))
            info.rollout.push_back(
                {wholeNumber<int>(s, "year", 0), s.value("districts", std::vector<std::string>{})});
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
        zone.startYear = wholeNumber<int>(z, "start_year", 0);
        zone.validYears = wholeNumber<int>(z, "valid_years", 4);
        zone.extensionYears = wholeNumber<int>(z, "extension_years", 0);
        const json caps = z.value("caps", json::object());
        for (const auto& [key, limit] : caps.items()) {
            auto kind = capKindFromKey(key);
            if (!kind)
                return unknown("cap", key);
            zone.caps.push_back({*kind, limit.get<double>()});
        }
        zone.notes = z.value("notes", "");
        auto layer =
            data::LayerReader::read(pathToUtf8(baseDir / pathFromUtf8(z.value("file", ""))));
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

namespace {

// The planning keys of `patch` replace those of `info`: lists are replaced, not appended to.
Status applyProjectPatch(const json& patch, ProjectInfo& info) {
    if (patch.contains("partners"))
        info.partners.clear();
    if (patch.contains("indicators"))
        info.indicators.clear();
    if (patch.contains("rollout"))
        info.rollout.clear();
    const auto keptExemptions = info.requiredExemptions;
    if (auto s = readManifestPlanning(patch, info); !s)
        return s;
    if (!patch.contains("required_exemptions"))
        info.requiredExemptions = keptExemptions;
    try {
        info.stage = wholeNumber<int>(patch, "stage", info.stage);
        info.startYear = wholeNumber<int>(patch, "start_year", info.startYear);
        info.endYear = wholeNumber<int>(patch, "end_year", info.endYear);
    } catch (const json::exception& e) {
        return makeError(ErrorCode::InvalidArgument, {"manifest", info.id}, e.what());
    }
    return Ok{};
}

} // namespace

Status readManifestScenarios(const json& manifest, const std::filesystem::path& baseDir,
                             const std::string& geoPackagePath, const std::string& crs,
                             Project& project) {
    const json scenarios = manifest.value("scenarios", json::array());
    if (!scenarios.is_array() || scenarios.empty())
        return Ok{};
    for (const json& s : scenarios) {
        Scenario scenario;
        scenario.id = s.value("id", "");
        if (scenario.id.empty())
            return unknown("scenario", "");
        scenario.name = localizedTextFromJson(s.value("name", json::object()));
        scenario.description = s.value("description", "");
        scenario.projects = project.projects;
        scenario.sandboxZones = project.sandboxZones;
        const json patches = s.value("projects_patch", json::object());
        for (const auto& [id, patch] : patches.items()) {
            auto it = std::find_if(scenario.projects.begin(), scenario.projects.end(),
                                   [&, &id = id](const ProjectInfo& p) { return p.id == id; });
            if (it == scenario.projects.end())
                return unknown("project", id);
            if (auto patched = applyProjectPatch(patch, *it); !patched)
                return patched;
        }
        const json variants = s.value("layer_variants", json::object());
        for (const auto& [layerId, file] : variants.items()) {
            const bool known = std::any_of(
                project.layers.begin(), project.layers.end(),
                [&, &layerId = layerId](const LayerEntry& l) { return l.id == layerId; });
            if (!known || !file.is_string())
                return unknown("layer", layerId);
            std::string table = layerId;
            table += "__";
            table += scenario.id;
            if (auto copied = data::copyLayerToGeoPackage(
                    pathToUtf8(baseDir / pathFromUtf8(file.get<std::string>())), geoPackagePath,
                    table, crs);
                !copied)
                return copied;
            scenario.layerVariants[layerId] = table;
        }
        project.scenarios.push_back(std::move(scenario));
    }
    project.activeScenario = manifest.value("active_scenario", project.scenarios.front().id);
    for (const Scenario& s : project.scenarios)
        if (s.id == project.activeScenario) {
            project.projects = s.projects;
            project.sandboxZones = s.sandboxZones;
            return Ok{};
        }
    return unknown("active_scenario", project.activeScenario);
}

} // namespace cw::manifest
