// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::plugin::detail {

/// Remembers, on disk, which plugin's code is running its entry point, so that a crash there
/// can be blamed on it at the next start. One sentinel per process
/// (`<state>/plugin-loading-<pid>.json`): the GUI and several CLI runs may start at once, and a
/// sentinel of a process that is still alive is not a crash. A fatal signal while the plugin's
/// code runs (SIGSEGV, SIGABRT, ...; an unhandled exception on Windows) renames the sentinel to
/// `plugin-crashed-<pid>.json`: only that is blamed. A process stopped from outside (Ctrl+C, a
/// kill, a power cut) leaves the plain sentinel, which is dropped without blame.
class CrashGuard {
public:
    explicit CrashGuard(std::string stateFolder) : m_stateFolder(std::move(stateFolder)) {}

    /// Plugin ids named by crash sentinels; those and the sentinels of processes that no longer
    /// run are removed. Damaged sentinels are dropped.
    std::vector<std::string> takeLeftovers() const;
    /// Writes and flushes to disk the sentinel naming `pluginId` before its code runs, and
    /// arms the fatal-signal handlers that mark it crashed.
    void begin(const std::string& pluginId) const;
    /// Disarms the handlers and removes this process's sentinel after the code returned
    /// (normally or by exception).
    void end() const;

    static std::string sentinelFileName(long long pid);
    static std::string crashedFileName(long long pid);

private:
    std::string m_stateFolder;
};

} // namespace cw::plugin::detail
