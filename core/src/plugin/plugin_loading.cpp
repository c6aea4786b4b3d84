// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/plugin_loading.h"

#include "cityweave/core/utf8_path.h"
#include "plugin/metadata_json.h"

#include <exception>
#include <filesystem>
#include <set>

namespace cw::plugin::detail {
namespace {

namespace fs = std::filesystem;

void refuse(PluginRecord& record, PluginProblem problem, std::vector<std::string> args = {},
            std::string detail = {}) {
    record.state = PluginState::Refused;
    record.problem = problem;
    record.problemArgs = std::move(args);
    record.problemDetail = std::move(detail);
}

// Runs the entry point; never lets an exception out. Returns false with `what` set on a throw.
bool callEntry(CityWeavePluginEntry entry, CollectingRegistrar& registrar, int& version,
               std::string& what) {
    try {
        version = entry(CITYWEAVE_SDK_VERSION, &registrar);
        return true;
    } catch (const std::exception& e) {
        what = e.what();
    } catch (...) {
        what = "an exception that is not a std::exception";
    }
    return false;
}

// Layer sources registered by code get the checks the JSON reader gives declared ones.
void checkRegisteredSource(const sdk::LayerSource& source, const fs::path& folder) {
    const nlohmann::json none;
    const JsonField where(none, "registered layer source \"" + source.id + "\"");
    if (!isValidId(source.id, true))
        where.fail("not a valid id");
    if (source.layers.empty())
        where.fail("a layer source needs at least one layer");
    for (const auto& layer : source.layers) {
        const JsonField at(none, where.path() + ", layer \"" + layer.id + "\"");
        if (!isValidId(layer.id, true))
            at.fail("not a valid id");
        checkFileInFolder(at, folder, layer.file);
    }
}

// The first id that occurs twice, or empty.
template <typename T> std::string duplicateId(const std::vector<T>& items) {
    std::set<std::string> seen;
    for (const auto& item : items)
        if (!seen.insert(item.id).second)
            return item.id;
    return {};
}

} // namespace

std::unique_ptr<SharedLibrary> runPluginCode(PluginRecord& record, const CrashGuard& guard,
                                             CollectingRegistrar& registrar) {
    const fs::path path =
        pathFromUtf8(record.folder) / pathFromUtf8(pluginLibraryFileName(record.metadata.library));
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        refuse(record, PluginProblem::MissingLibrary, {pathToUtf8(path)});
        return nullptr;
    }
    // From here on the plugin's code runs (static constructors at load, then the entry point):
    // a crash leaves the sentinel behind and the next start disables the plugin.
    guard.begin(record.metadata.id);
    auto library = std::make_unique<SharedLibrary>();
    if (!library->open(pathToUtf8(path))) {
        guard.end();
        refuse(record, PluginProblem::LoadFailed, {pathToUtf8(path)}, library->error());
        return nullptr;
    }
    const auto entry =
        reinterpret_cast<CityWeavePluginEntry>(library->symbol(CITYWEAVE_PLUGIN_ENTRY_SYMBOL));
    if (!entry) {
        guard.end();
        refuse(record, PluginProblem::NoEntryPoint, {pathToUtf8(path)});
        return library;
    }
    int builtAgainst = 0;
    std::string what;
    const bool returned = callEntry(entry, registrar, builtAgainst, what);
    guard.end();
    if (!returned) {
        refuse(record, PluginProblem::EntryThrew, {}, what);
        return library;
    }
    if (!sdk::sdkCompatible(builtAgainst, CITYWEAVE_SDK_VERSION))
        refuse(record, PluginProblem::SdkMismatch,
               {sdkVersionText(builtAgainst), sdkVersionText(CITYWEAVE_SDK_VERSION)});
    return library;
}

void commitContributions(PluginRecord& record, CollectingRegistrar& registrar,
                         analysis::AnalysisRegistry& registry) {
    const fs::path folder = pathFromUtf8(record.folder);
    std::vector<sdk::LayerSource> sources = record.metadata.layerSources;
    std::vector<sdk::StyleContribution> styles = record.metadata.styles;
    try {
        for (const auto& source : registrar.layerSources)
            checkRegisteredSource(source, folder);
    } catch (const MetadataError& e) {
        refuse(record, PluginProblem::BadMetadata, {}, e.what());
        return;
    }
    sources.insert(sources.end(), registrar.layerSources.begin(), registrar.layerSources.end());
    styles.insert(styles.end(), registrar.styles.begin(), registrar.styles.end());
    std::set<std::string> analysisIds;
    std::string taken = duplicateId(sources);
    if (taken.empty())
        taken = duplicateId(styles);
    for (const auto& a : registrar.analyses) {
        const std::string& id = a->descriptor().id;
        if (taken.empty() && (registry.find(id) || !analysisIds.insert(id).second))
            taken = id;
    }
    if (!taken.empty()) {
        refuse(record, PluginProblem::ContributionConflict, {taken});
        return;
    }
    for (auto& a : registrar.analyses) {
        record.analyses.push_back(a->descriptor().id);
        registry.add(std::move(a)); // cannot fail: every id was checked above
    }
    registrar.analyses.clear();
    for (auto& source : sources)
        for (auto& layer : source.layers)
            layer.file = pathToUtf8((folder / pathFromUtf8(layer.file)).lexically_normal());
    record.layerSources = std::move(sources);
    record.styles = std::move(styles);
    record.state = PluginState::Loaded;
    record.problem = PluginProblem::None;
}

} // namespace cw::plugin::detail
