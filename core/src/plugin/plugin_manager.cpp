// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/plugin/plugin_manager.h"

#include "cityweave/core/utf8_path.h"
#include "plugin/dependency_order.h"
#include "plugin/plugin_loading.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace cw::plugin {
namespace {

namespace fs = std::filesystem;

struct Found {
    PluginRecord record;
    bool valid = false;   ///< metadata read and id not taken
    bool trusted = false; ///< its folder is the install's or one the user trusts
};

void refuse(PluginRecord& record, PluginProblem problem, std::vector<std::string> args = {},
            std::string detail = {}) {
    record.state = PluginState::Refused;
    record.problem = problem;
    record.problemArgs = std::move(args);
    record.problemDetail = std::move(detail);
}

std::vector<fs::path> pluginFoldersIn(const std::string& folder) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(pathFromUtf8(folder), ec))
        if (entry.is_directory(ec) && fs::exists(entry.path() / "cityweave-plugin.json", ec))
            found.push_back(entry.path());
    std::sort(found.begin(), found.end()); // directory order differs between file systems
    return found;
}

// Every plugin in every folder, in search order, with its metadata; nothing is loaded here.
std::vector<Found> discover(const std::vector<PluginFolder>& folders,
                            const PluginPreferences& preferences) {
    std::vector<Found> all;
    std::map<std::string, std::string> winners; // id -> folder of the first valid plugin
    for (const PluginFolder& folder : folders) {
        const std::string normalized = normalizedFolder(folder.path);
        const bool trusted = folder.origin == FolderOrigin::Install ||
                             preferences.trustedFolders.count(normalized) > 0;
        for (const fs::path& path : pluginFoldersIn(folder.path)) {
            Found f;
            f.trusted = trusted;
            f.record.folder = normalizedFolder(pathToUtf8(path));
            f.record.origin = folder.origin;
            auto metadata = readPluginMetadata(f.record.folder);
            if (!metadata) {
                f.record.metadata.id = pathToUtf8(path.filename());
                const auto& args = metadata.error().args;
                refuse(f.record, PluginProblem::BadMetadata, {args.empty() ? "" : args[0]},
                       args.size() > 1 ? args[1] : metadata.error().detail);
            } else {
                f.record.metadata = std::move(metadata.value());
                const auto [it, first] = winners.emplace(f.record.metadata.id, f.record.folder);
                if (first)
                    f.valid = true;
                else
                    refuse(f.record, PluginProblem::DuplicateId, {it->second});
            }
            all.push_back(std::move(f));
        }
    }
    return all;
}

} // namespace

struct PluginManager::Library {
    std::unique_ptr<detail::SharedLibrary> handle;
};

PluginManager::PluginManager(std::string stateFolder) : m_stateFolder(std::move(stateFolder)) {
    // A damaged plugins.json must not stop the application: start from no choices, and leave
    // the file as it is until the user changes something.
    if (auto prefs = PluginPreferences::load(m_stateFolder))
        m_preferences = std::move(prefs.value());
}

PluginManager::~PluginManager() = default;

void PluginManager::loadAll(const std::vector<PluginFolder>& folders,
                            analysis::AnalysisRegistry& registry) {
    const detail::CrashGuard guard(m_stateFolder);
    const std::vector<std::string> leftovers = guard.takeLeftovers();
    for (const std::string& id : leftovers) {
        if (std::find(m_crashed.begin(), m_crashed.end(), id) == m_crashed.end())
            m_crashed.push_back(id);
        m_preferences.disabled.insert(id);
    }
    if (!leftovers.empty())
        (void)m_preferences.save(m_stateFolder); // best effort: it is reported as crashed anyway

    std::vector<Found> found = discover(folders, m_preferences);
    // Plugins loaded by an earlier call stay as they are: their code already ran.
    for (Found& f : found) {
        const PluginRecord* old = find(f.record.metadata.id);
        if (!f.valid || !old || old->state != PluginState::Loaded)
            continue;
        if (old->folder == f.record.folder)
            f.record = *old;
        else
            refuse(f.record, PluginProblem::DuplicateId, {old->folder});
        f.valid = old->folder == f.record.folder;
    }

    std::vector<detail::DependencyNode> nodes;
    std::vector<std::size_t> nodeToFound;
    for (std::size_t i = 0; i < found.size(); ++i) {
        Found& f = found[i];
        if (!f.valid)
            continue;
        PluginRecord& r = f.record;
        const std::string& id = r.metadata.id;
        bool candidate = false;
        if (r.state == PluginState::Loaded)
            candidate = false;
        else if (std::find(m_crashed.begin(), m_crashed.end(), id) != m_crashed.end())
            r.state = PluginState::CrashedLastStart;
        else if (m_preferences.disabled.count(id))
            r.state = PluginState::Disabled;
        else if (!f.trusted)
            r.state = PluginState::Untrusted;
        else if (r.metadata.sdkMinimum > CITYWEAVE_SDK_VERSION ||
                 r.metadata.sdkMaximum < CITYWEAVE_SDK_VERSION)
            // Checked from the metadata alone: an incompatible library is never even opened.
            refuse(r, PluginProblem::SdkMismatch,
                   {sdkVersionText(r.metadata.sdkMinimum) + "–" +
                        sdkVersionText(r.metadata.sdkMaximum),
                    sdkVersionText(CITYWEAVE_SDK_VERSION)});
        else
            candidate = true;
        nodes.push_back({id, r.metadata.version, r.metadata.dependencies, candidate});
        nodeToFound.push_back(i);
    }

    const detail::DependencyPlan plan = detail::planLoadOrder(nodes);
    for (const auto& [node, dep] : plan.missing)
        refuse(found[nodeToFound[node]].record, PluginProblem::MissingDependency,
               {dep.id, dep.minimumVersion});
    for (const auto& [node, ids] : plan.cycles)
        refuse(found[nodeToFound[node]].record, PluginProblem::DependencyCycle, ids);

    std::map<std::string, const PluginRecord*> byId;
    for (const Found& f : found)
        if (f.valid)
            byId.emplace(f.record.metadata.id, &f.record);
    for (std::size_t node : plan.order) {
        PluginRecord& r = found[nodeToFound[node]].record;
        const auto notLoaded = std::find_if(
            r.metadata.dependencies.begin(), r.metadata.dependencies.end(),
            [&](const PluginDependency& d) { return byId.at(d.id)->state != PluginState::Loaded; });
        if (notLoaded != r.metadata.dependencies.end()) {
            refuse(r, PluginProblem::DependencyRefused, {notLoaded->id});
            continue;
        }
        r.problem = PluginProblem::None;
        detail::CollectingRegistrar registrar(r.folder);
        if (!r.metadata.isDataOnly()) {
            auto library = detail::runPluginCode(r, guard, registrar);
            if (library)
                m_libraries.push_back(std::make_unique<Library>(Library{std::move(library)}));
            if (r.problem != PluginProblem::None)
                continue; // the registrar, and every contribution in it, is dropped here
        }
        detail::commitContributions(r, registrar, registry);
    }

    m_records.clear();
    for (Found& f : found)
        m_records.push_back(std::move(f.record));
}

const PluginRecord* PluginManager::find(const std::string& id) const {
    const PluginRecord* fallback = nullptr;
    for (const PluginRecord& r : m_records) {
        if (r.metadata.id != id)
            continue;
        if (r.problem != PluginProblem::BadMetadata && r.problem != PluginProblem::DuplicateId)
            return &r;
        if (!fallback)
            fallback = &r;
    }
    return fallback;
}

std::vector<std::pair<std::string, sdk::LayerSource>> PluginManager::layerSources() const {
    std::vector<std::pair<std::string, sdk::LayerSource>> all;
    for (const PluginRecord& r : m_records)
        if (r.state == PluginState::Loaded)
            for (const auto& source : r.layerSources)
                all.emplace_back(r.metadata.id, source);
    return all;
}

Status PluginManager::setEnabled(const std::string& pluginId, bool enabled) {
    if (enabled)
        m_preferences.disabled.erase(pluginId);
    else
        m_preferences.disabled.insert(pluginId);
    return m_preferences.save(m_stateFolder);
}

Status PluginManager::setFolderTrusted(const std::string& folder, bool trusted) {
    const std::string normalized = normalizedFolder(folder);
    if (trusted) {
        m_preferences.trustedFolders.insert(normalized);
    } else {
        m_preferences.trustedFolders.erase(normalized);
        m_preferences.trustedFolders.erase(folder);
    }
    return m_preferences.save(m_stateFolder);
}

Status PluginManager::setExtraFolders(std::vector<std::string> folders) {
    for (std::string& folder : folders)
        folder = normalizedFolder(folder);
    m_preferences.extraFolders = std::move(folders);
    return m_preferences.save(m_stateFolder);
}

} // namespace cw::plugin
