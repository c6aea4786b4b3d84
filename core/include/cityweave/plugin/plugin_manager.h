// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/core/error.h"
#include "cityweave/plugin/plugin_metadata.h"
#include "cityweave/sdk/contributions.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace cw::plugin {

/// Where a plugin folder was found; also the search order.
enum class FolderOrigin { Install, User, Settings };

struct PluginFolder {
    std::string path; ///< a folder whose sub-folders each hold one plugin
    FolderOrigin origin = FolderOrigin::Install;
};

/// What became of one plugin. Every plugin found is listed, loadable or not.
enum class PluginState {
    Loaded,           ///< code (if any) ran; contributions registered
    Disabled,         ///< the user disabled it
    Untrusted,        ///< its folder is not trusted yet: not loaded until the user agrees
    CrashedLastStart, ///< it was being loaded when the process died last time: disabled now
    Refused,          ///< see `problem`
};

/// Why a plugin was refused; the application turns it into a translated sentence.
enum class PluginProblem {
    None,
    BadMetadata,          ///< detail: the parser's reason
    DuplicateId,          ///< args: the folder of the plugin that won (earlier in search order)
    SdkMismatch,          ///< args: plugin's range or built-against version, host version
    MissingDependency,    ///< args: dependency id, required version
    DependencyCycle,      ///< args: the ids in the cycle
    DependencyRefused,    ///< args: dependency id (it exists but was not loaded)
    MissingLibrary,       ///< args: expected library path
    LoadFailed,           ///< detail: the loader's message (dlerror)
    NoEntryPoint,         ///< args: library path
    EntryThrew,           ///< detail: exception what()
    ContributionConflict, ///< args: the analysis id already taken
};

struct PluginRecord {
    std::string folder; ///< the plugin's own folder
    FolderOrigin origin = FolderOrigin::Install;
    PluginMetadata metadata; ///< id falls back to the folder name when the JSON is unreadable
    PluginState state = PluginState::Refused;
    PluginProblem problem = PluginProblem::None;
    std::vector<std::string> problemArgs;
    std::string problemDetail;
    std::vector<std::string> analyses;          ///< ids registered (Loaded only)
    std::vector<sdk::LayerSource> layerSources; ///< JSON + code contributions, files made absolute
    std::vector<sdk::StyleContribution> styles;
};

/// The user's choices about plugins, kept in `<stateFolder>/plugins.json` so that the GUI and
/// the CLI share them.
struct PluginPreferences {
    std::set<std::string> disabled;        ///< plugin ids
    std::set<std::string> trustedFolders;  ///< absolute folder paths
    std::vector<std::string> extraFolders; ///< "folders named in the settings", in order

    static Result<PluginPreferences> load(const std::string& stateFolder); ///< missing file: empty
    Status save(const std::string& stateFolder) const;                     ///< temp file + rename
};

/// Finds, checks and loads plugins. Loading order follows dependencies. Plugin libraries are
/// never unloaded, so registries filled by a manager may outlive it.
class PluginManager {
public:
    /// `stateFolder` holds plugins.json and the crash sentinel (created when missing).
    explicit PluginManager(std::string stateFolder);
    ~PluginManager();
    PluginManager(const PluginManager&) = delete;
    PluginManager& operator=(const PluginManager&) = delete;

    /// Scans `folders` (install, user, then settings; the Install origin is always trusted),
    /// then loads every enabled, trusted, valid plugin, registering analyses into `registry`.
    /// A plugin whose load was interrupted by a crash last time is disabled (persisted) and
    /// reported as CrashedLastStart. Never throws; problems are in records(). May be called
    /// again (e.g. after the user trusted a folder): loaded plugins stay, the rest are re-checked.
    void loadAll(const std::vector<PluginFolder>& folders, analysis::AnalysisRegistry& registry);

    const std::vector<PluginRecord>& records() const { return m_records; }
    const PluginRecord* find(const std::string& id) const;
    /// Ids disabled in this start because they crashed the previous one (to tell the user).
    const std::vector<std::string>& crashedLastStart() const { return m_crashed; }
    /// Every layer source of the loaded plugins, with the id of the plugin offering it.
    std::vector<std::pair<std::string, sdk::LayerSource>> layerSources() const;

    const PluginPreferences& preferences() const { return m_preferences; }
    /// Each persists immediately and takes effect at the next start (loaded code stays).
    Status setEnabled(const std::string& pluginId, bool enabled);
    Status setFolderTrusted(const std::string& folder, bool trusted);
    Status setExtraFolders(std::vector<std::string> folders);

private:
    struct Library;
    std::string m_stateFolder;
    PluginPreferences m_preferences;
    std::vector<PluginRecord> m_records;
    std::vector<std::string> m_crashed;
    std::vector<std::unique_ptr<Library>> m_libraries;
};

/// Platform file name of a plugin library: "libNAME.so", "NAME.dll", "libNAME.dylib".
std::string pluginLibraryFileName(const std::string& baseName);

/// "1.0" for 1000 (a CITYWEAVE_SDK_VERSION value).
std::string sdkVersionText(int sdkVersion);
/// Stable English keys for JSON output and logs: "loaded", "crashed-last-start", ...
const char* pluginStateKey(PluginState state);
const char* pluginProblemKey(PluginProblem problem); ///< "none", "sdk-mismatch", ...
const char* folderOriginKey(FolderOrigin origin);    ///< "install", "user", "settings"
/// The form folders are compared and stored in: absolute, symbolic links resolved.
std::string normalizedFolder(const std::string& folder);

} // namespace cw::plugin
