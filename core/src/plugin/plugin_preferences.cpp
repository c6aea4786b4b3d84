// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/durable_file.h"
#include "cityweave/core/small_file.h"
#include "cityweave/core/utf8_path.h"
#include "cityweave/plugin/plugin_manager.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

namespace cw::plugin {
namespace {

namespace fs = std::filesystem;
constexpr const char* kFileName = "plugins.json";
constexpr std::size_t kMaxPreferencesBytes = 4u << 20;

std::vector<std::string> stringList(const nlohmann::json& json, const char* key) {
    std::vector<std::string> list;
    if (!json.contains(key))
        return list;
    for (const auto& item : json.at(key))
        list.push_back(item.get<std::string>());
    return list;
}

} // namespace

Result<PluginPreferences> PluginPreferences::load(const std::string& stateFolder) {
    const fs::path file = pathFromUtf8(stateFolder) / kFileName;
    std::error_code ec;
    if (!fs::exists(file, ec))
        return PluginPreferences{};
    auto text = readSmallFile(pathToUtf8(file), kMaxPreferencesBytes);
    if (!text)
        return text.error();
    try {
        const nlohmann::json json = nlohmann::json::parse(*text);
        PluginPreferences p;
        for (auto& id : stringList(json, "disabled"))
            p.disabled.insert(std::move(id));
        for (auto& folder : stringList(json, "trusted_folders"))
            p.trustedFolders.insert(std::move(folder));
        p.extraFolders = stringList(json, "extra_folders");
        return p;
    } catch (const nlohmann::json::exception& e) {
        return makeError(ErrorCode::CorruptFile, {pathToUtf8(file)}, e.what());
    }
}

Status PluginPreferences::save(const std::string& stateFolder) const {
    const fs::path folder = pathFromUtf8(stateFolder);
    const fs::path file = folder / kFileName;
    const fs::path temp = folder / (std::string(kFileName) + ".tmp");
    std::error_code ec;
    fs::create_directories(folder, ec);
    const nlohmann::json json{{"version", 1},
                              {"disabled", disabled},
                              {"trusted_folders", trustedFolders},
                              {"extra_folders", extraFolders}};
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << json.dump(2) << '\n';
        out.flush();
        if (!out)
            return makeError(ErrorCode::OutputWriteFailed, {pathToUtf8(file)});
    }
    // The rename replaces the old file in one step: a crash leaves the old or the new one.
    return replaceWithTemporary(pathToUtf8(temp), pathToUtf8(file));
}

} // namespace cw::plugin
