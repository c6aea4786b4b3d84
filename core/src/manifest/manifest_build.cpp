// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/manifest/manifest_build.h"

#include "cityweave/core/small_file.h"
#include "cityweave/core/utf8_path.h"
#include "cityweave/data/layer_writer.h"
#include "cityweave/plugin/plugin_metadata.h"
#include "cityweave/project/layer_styler.h"
#include "cityweave/project/project_store.h"
#include "manifest/manifest_planning.h"
#include "project/json_text.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

namespace cw::manifest {
namespace fs = std::filesystem;
using namespace cw::project;

namespace {

// Shades count per sector across projects (LayerStyler).
class ManifestBuilder {
public:
    ManifestBuilder(fs::path baseDir, std::string temp, std::string crs)
        : m_baseDir(std::move(baseDir)), m_temp(std::move(temp)), m_crs(std::move(crs)) {}

    Status addManifestLayers(const nlohmann::json& layers, const ProjectInfo* owner) {
        for (const auto& l : layers) {
            const Sector sector = owner ? owner->sector : Sector::None;
            LayerEntry entry;
            entry.id = l.value("id", "");
            entry.name = localizedTextFromJson(l.value("name", nlohmann::json::object()));
            entry.projectId = owner ? owner->id : "";
            entry.style = m_styler.nextForSector(sector);
            if (l.contains("label_field"))
                entry.style.labelField = l["label_field"].get<std::string>();
            if (auto s = copy(entry, pathToUtf8(m_baseDir / pathFromUtf8(l.value("file", "")))); !s)
                return s;
        }
        return Ok{};
    }

    Status addPluginLayers(const PluginLayerSource& plugin, const ProjectInfo& owner) {
        for (const sdk::LayerContribution& l : plugin.source.layers) {
            LayerEntry entry;
            entry.id = l.id;
            entry.name = l.name;
            entry.projectId = owner.id;
            entry.style = m_styler.forPluginLayer(sdk::findStyle(plugin.styles, l.styleId),
                                                  l.sector, owner.sector);
            entry.provenance = l.provenance;
            entry.origin = {plugin.pluginId, plugin.pluginVersion, plugin.source.id, l.id};
            if (auto s = copy(entry, l.file, l.sourceLayer); !s)
                return s;
        }
        return Ok{};
    }

    Project& project() { return m_project; }

private:
    Status copy(LayerEntry& entry, const std::string& source, const std::string& sourceLayer = {}) {
        entry.sourceLayer = entry.id; // stored inside the project file
        if (auto copied = data::copyLayerToGeoPackage(source, m_temp, entry.id, m_crs, sourceLayer);
            !copied)
            return copied.error();
        m_project.layers.push_back(std::move(entry));
        return Ok{};
    }

    fs::path m_baseDir;
    std::string m_temp;
    std::string m_crs;
    Project m_project;
    LayerStyler m_styler;
};

Result<ProjectInfo> readProjectInfo(const nlohmann::json& p) {
    ProjectInfo info;
    info.id = p.value("id", "");
    info.name = localizedTextFromJson(p.value("name", nlohmann::json::object()));
    const auto sector = sectorFromKey(p.value("sector", "none"));
    if (!sector)
        return makeError(ErrorCode::InvalidArgument, {"sector", p.value("sector", "")});
    info.sector = *sector;
    info.task = p.value("task", "");
    info.leadAgency = localizedTextFromJson(p.value("lead_agency", nlohmann::json::object()));
    info.stage = wholeNumber<int>(p, "stage", 1);
    info.startYear = wholeNumber<int>(p, "start_year", 0);
    info.endYear = wholeNumber<int>(p, "end_year", 0);
    return info;
}

} // namespace

ProjectInfo projectInfoFrom(const sdk::ProjectDescription& d) {
    ProjectInfo info;
    info.id = d.id;
    info.name = d.name;
    info.sector = d.sector;
    info.task = d.task;
    info.leadAgency = d.leadAgency;
    info.stage = d.stage;
    info.startYear = d.startYear;
    info.endYear = d.endYear;
    return info;
}

PluginLayerSourceLookup pluginMetadataLookup(std::vector<std::string> folders) {
    return [folders =
                std::move(folders)](const std::string& pluginId,
                                    const std::string& layerSourceId) -> Result<PluginLayerSource> {
        for (const std::string& folder : folders) {
            const fs::path pluginFolder = pathFromUtf8(folder) / pathFromUtf8(pluginId);
            std::error_code ec;
            if (!fs::exists(pluginFolder / "cityweave-plugin.json", ec))
                continue;
            auto metadata = plugin::readPluginMetadata(pathToUtf8(pluginFolder));
            if (!metadata)
                return metadata.error();
            for (sdk::LayerSource& source : metadata->layerSources) {
                if (source.id != layerSourceId)
                    continue;
                for (auto& layer : source.layers)
                    layer.file =
                        pathToUtf8((pluginFolder / pathFromUtf8(layer.file)).lexically_normal());
                return PluginLayerSource{metadata->id, metadata->version, std::move(source),
                                         metadata->styles};
            }
        }
        return makeError(ErrorCode::LayerNotFound, {pluginId + "/" + layerSourceId, "plugins"});
    };
}

namespace {

// The project a parsed manifest describes, saved to `temp`.
Result<Project> buildFromManifest(const nlohmann::json& manifest, const std::string& manifestPath,
                                  const std::string& temp, const std::string& analysisCrs,
                                  const PluginLayerSourceLookup& plugins) {
    ManifestBuilder builder(pathFromUtf8(manifestPath).parent_path(), temp, analysisCrs);
    Project& project = builder.project();
    project.title = localizedTextFromJson(manifest.value("title", nlohmann::json::object()));
    project.note = localizedTextFromJson(manifest.value("note", nlohmann::json::object()));
    project.view.crs = analysisCrs;

    if (auto s = builder.addManifestLayers(manifest.value("base_layers", nlohmann::json::array()),
                                           nullptr);
        !s)
        return s.error();
    for (const auto& p : manifest.value("projects", nlohmann::json::array())) {
        if (p.contains("plugin")) {
            const std::string pluginId = p.value("plugin", "");
            const std::string sourceId = p.value("layer_source", "");
            if (!plugins)
                return makeError(ErrorCode::LayerNotFound, {pluginId + "/" + sourceId, "plugins"},
                                 "no plugins loaded");
            auto source = plugins(pluginId, sourceId);
            if (!source)
                return source.error();
            ProjectInfo info = projectInfoFrom(source->source.project);
            if (auto planning = readManifestPlanning(p, info); !planning)
                return planning.error();
            project.projects.push_back(info);
            if (auto s = builder.addPluginLayers(*source, info); !s)
                return s.error();
            continue;
        }
        auto info = readProjectInfo(p);
        if (!info)
            return info.error();
        if (auto planning = readManifestPlanning(p, *info); !planning)
            return planning.error();
        project.projects.push_back(*info);
        if (auto s = builder.addManifestLayers(p.value("layers", nlohmann::json::array()), &*info);
            !s)
            return s.error();
    }
    auto zones = readManifestZones(manifest.value("sandbox_zones", nlohmann::json::array()),
                                   pathFromUtf8(manifestPath).parent_path());
    if (!zones)
        return zones.error();
    project.sandboxZones = std::move(zones).value();
    if (auto s = readManifestScenarios(manifest, pathFromUtf8(manifestPath).parent_path(), temp,
                                       analysisCrs, project);
        !s)
        return s.error();
    if (auto saved = ProjectStore::save(project, temp); !saved)
        return saved.error();
    return std::move(project);
}

} // namespace

Result<Project> buildProjectFromManifest(const std::string& manifestPath,
                                         const std::string& outputPath,
                                         const std::string& analysisCrs,
                                         const PluginLayerSourceLookup& plugins) {
    auto text = readSmallFile(manifestPath);
    if (!text)
        return text.error();
    const nlohmann::json manifest = nlohmann::json::parse(*text, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object())
        return makeError(ErrorCode::CorruptFile, {manifestPath}, "not valid JSON");
    std::error_code ec;
    const std::string temp = outputPath + ".building.gpkg";
    fs::remove(pathFromUtf8(temp), ec);
    Result<Project> project = makeError(ErrorCode::CorruptFile, {manifestPath});
    try {
        project = buildFromManifest(manifest, manifestPath, temp, analysisCrs, plugins);
    } catch (const nlohmann::json::exception& e) {
        // A value of the wrong type ("stage": "x", "projects": {...}) anywhere in the manifest.
        project = makeError(ErrorCode::CorruptFile, {manifestPath}, e.what());
    }
    if (!project) {
        fs::remove(pathFromUtf8(temp), ec);
        return project;
    }
    fs::rename(pathFromUtf8(temp), pathFromUtf8(outputPath), ec);
    if (ec)
        return makeError(ErrorCode::ProjectWriteFailed, {outputPath}, ec.message());
    return project;
}

} // namespace cw::manifest
