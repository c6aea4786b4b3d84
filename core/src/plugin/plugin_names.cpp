// SPDX-License-Identifier: GPL-3.0-or-later
// The small naming functions of plugin_manager.h: file names, version text, stable keys.
#include "cityweave/core/utf8_path.h"
#include "cityweave/plugin/plugin_manager.h"

#include <filesystem>
#include <system_error>

namespace cw::plugin {

std::string pluginLibraryFileName(const std::string& baseName) {
#if defined(_WIN32)
    return baseName + ".dll";
#elif defined(__APPLE__)
    return "lib" + baseName + ".dylib";
#else
    return "lib" + baseName + ".so";
#endif
}

std::string sdkVersionText(int sdkVersion) {
    return std::to_string(sdkVersion / 1000) + "." + std::to_string(sdkVersion % 1000);
}

const char* pluginStateKey(PluginState state) {
    switch (state) {
    case PluginState::Loaded:
        return "loaded";
    case PluginState::Disabled:
        return "disabled";
    case PluginState::Untrusted:
        return "untrusted";
    case PluginState::CrashedLastStart:
        return "crashed-last-start";
    case PluginState::Refused:
        return "refused";
    }
    return "refused";
}

const char* pluginProblemKey(PluginProblem problem) {
    switch (problem) {
    case PluginProblem::None:
        return "none";
    case PluginProblem::BadMetadata:
        return "bad-metadata";
    case PluginProblem::DuplicateId:
        return "duplicate-id";
    case PluginProblem::SdkMismatch:
        return "sdk-mismatch";
    case PluginProblem::MissingDependency:
        return "missing-dependency";
    case PluginProblem::DependencyCycle:
        return "dependency-cycle";
    case PluginProblem::DependencyRefused:
        return "dependency-refused";
    case PluginProblem::MissingLibrary:
        return "missing-library";
    case PluginProblem::LoadFailed:
        return "load-failed";
    case PluginProblem::NoEntryPoint:
        return "no-entry-point";
    case PluginProblem::EntryThrew:
        return "entry-threw";
    case PluginProblem::ContributionConflict:
        return "contribution-conflict";
    }
    return "none";
}

const char* folderOriginKey(FolderOrigin origin) {
    switch (origin) {
    case FolderOrigin::Install:
        return "install";
    case FolderOrigin::User:
        return "user";
    case FolderOrigin::Settings:
        return "settings";
    }
    return "settings";
}

std::string normalizedFolder(const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path given = pathFromUtf8(folder);
    fs::path path = fs::weakly_canonical(fs::absolute(given, ec), ec);
    if (ec)
        path = fs::absolute(given, ec).lexically_normal();
    std::string text = pathToUtf8(path);
    while (text.size() > 1 && (text.back() == '/' || text.back() == '\\'))
        text.pop_back();
    return text;
}

} // namespace cw::plugin
