// SPDX-License-Identifier: GPL-3.0-or-later
// The files the plugin manager reads from its state folder at every start: the preferences
// (plugins.json) and the crash guard's sentinels that a crash left (plugin-loading-<pid>.json,
// plugin-crashed-<pid>.json), all with the same bytes.
#include "cityweave/plugin/plugin_manager.h"
#include "fuzz_support.h"
#include "plugin/crash_guard.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cw;
    const std::string folder = fuzz::scratchPath("state/x").parent_path().string();
    for (const char* name : {"plugins.json", "plugin-loading-7.json", "plugin-crashed-7.json"})
        fuzz::writeFile(fuzz::scratchPath(std::string("state/") + name), fuzz::asText(data, size));
    (void)plugin::PluginPreferences::load(folder);
    (void)plugin::detail::CrashGuard(folder).takeLeftovers();
    return 0;
}
