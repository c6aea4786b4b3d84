// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::plugin::detail {

/// Remembers, on disk, which plugin's code is running its entry point, so that a crash there
/// can be blamed on it at the next start. One sentinel per process
/// (`<state>/plugin-loading-<pid>.json`): the GUI and several CLI runs may start at once, and a
/// sentinel of a process that is still alive is not a crash.
class CrashGuard {
public:
    explicit CrashGuard(std::string stateFolder) : m_stateFolder(std::move(stateFolder)) {}

    /// Plugin ids named by sentinels of processes that no longer run; the sentinels are removed.
    std::vector<std::string> takeLeftovers() const;
    /// Writes and flushes to disk the sentinel naming `pluginId` before its code runs.
    void begin(const std::string& pluginId) const;
    /// Removes this process's sentinel after the code returned (normally or by exception).
    void end() const;

    static std::string sentinelFileName(long long pid);

private:
    std::string m_stateFolder;
};

} // namespace cw::plugin::detail
