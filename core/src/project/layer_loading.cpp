// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/layer_loading.h"

#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_writer.h"
#include "cityweave/project/project_store.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

namespace cw::project {
namespace fs = std::filesystem;

Result<std::shared_ptr<const data::VectorLayer>> loadProjectLayer(const std::string& projectPath,
                                                                  const LayerEntry& entry,
                                                                  const CancelToken& cancel,
                                                                  const ProgressFn& progress) {
    const std::string path = ProjectStore::resolveSource(projectPath, entry);
    std::error_code ec;
    if (path.find(':') == std::string::npos && !fs::exists(path, ec))
        return makeError(ErrorCode::LayerSourceMissing, {entry.name.in("en"), path});
    data::ReadOptions options;
    options.layerName = entry.sourceLayer;
    options.encodingOverride = entry.encoding;
    options.crsOverride = entry.crsOverride;
    options.cancel = cancel;
    options.progress = progress;
    auto layer = data::LayerReader::read(path, options);
    if (!layer)
        return layer.error();
    return std::shared_ptr<const data::VectorLayer>(
        std::make_shared<data::VectorLayer>(std::move(layer).value()));
}

namespace {

LocalizedText text(const nlohmann::json& j) {
    if (j.is_string())
        return {j.get<std::string>(), j.get<std::string>()};
    return {j.value("ko", ""), j.value("en", "")};
}

} // namespace

Result<Project> buildProjectFromManifest(const std::string& manifestPath,
                                         const std::string& outputPath,
                                         const std::string& analysisCrs) {
    std::ifstream in(manifestPath);
    if (!in)
        return makeError(ErrorCode::FileNotFound, {manifestPath});
    nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object())
        return makeError(ErrorCode::CorruptFile, {manifestPath}, "not valid JSON");
    const fs::path baseDir = fs::path(manifestPath).parent_path();
    std::error_code ec;
    const std::string temp = outputPath + ".building.gpkg";
    fs::remove(temp, ec);

    Project project;
    project.title = text(manifest.value("title", nlohmann::json::object()));
    project.note = text(manifest.value("note", nlohmann::json::object()));
    project.view.crs = analysisCrs;

    // Shades and point symbols count per sector across projects, so that three energy
    // projects do not draw in one identical green.
    std::map<Sector, int> variantsUsed;
    auto addLayers = [&](const nlohmann::json& layers, const ProjectInfo* owner) -> Status {
        for (const auto& l : layers) {
            const Sector sector = owner ? owner->sector : Sector::None;
            const int variant = variantsUsed[sector]++;
            LayerEntry entry;
            entry.id = l.value("id", "");
            entry.name = text(l.value("name", nlohmann::json::object()));
            entry.projectId = owner ? owner->id : "";
            entry.sourceLayer = entry.id; // stored inside the project file
            entry.style = defaultStyleForSector(sector, variant);
            if (l.contains("label_field"))
                entry.style.labelField = l["label_field"].get<std::string>();
            const std::string source = (baseDir / l.value("file", "")).string();
            if (auto copied = data::copyLayerToGeoPackage(source, temp, entry.id, analysisCrs);
                !copied)
                return copied.error();
            project.layers.push_back(std::move(entry));
        }
        return Ok{};
    };

    if (auto s = addLayers(manifest.value("base_layers", nlohmann::json::array()), nullptr); !s)
        return s.error();
    for (const auto& p : manifest.value("projects", nlohmann::json::array())) {
        ProjectInfo info;
        info.id = p.value("id", "");
        info.name = text(p.value("name", nlohmann::json::object()));
        const auto sector = sectorFromKey(p.value("sector", "none"));
        if (!sector)
            return makeError(ErrorCode::InvalidArgument, {"sector", p.value("sector", "")});
        info.sector = *sector;
        info.task = p.value("task", "");
        info.leadAgency = text(p.value("lead_agency", nlohmann::json::object()));
        info.stage = p.value("stage", 1);
        info.startYear = p.value("start_year", 0);
        info.endYear = p.value("end_year", 0);
        project.projects.push_back(info);
        if (auto s = addLayers(p.value("layers", nlohmann::json::array()), &info); !s)
            return s.error();
    }
    if (auto saved = ProjectStore::save(project, temp); !saved)
        return saved.error();
    fs::rename(temp, outputPath, ec);
    if (ec)
        return makeError(ErrorCode::ProjectWriteFailed, {outputPath}, ec.message());
    return project;
}

} // namespace cw::project
