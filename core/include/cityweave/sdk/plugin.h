// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one header a plugin includes. A plugin is a shared library with one extern "C" entry
// point plus a cityweave-plugin.json beside it; see sdk/README.md and docs/plugins.md.

#include "cityweave/analysis/analysis.h"
#include "cityweave/sdk/contributions.h"
#include "cityweave/sdk/sdk_version.h"

#include <memory>
#include <string>

namespace cw::sdk {

/// True when a plugin built against SDK `pluginVersion` may run in a host of SDK `hostVersion`
/// (both CITYWEAVE_SDK_VERSION values): same major, host minor at least the plugin's.
constexpr bool sdkCompatible(int pluginVersion, int hostVersion) {
    return pluginVersion / 1000 == hostVersion / 1000 && hostVersion % 1000 >= pluginVersion % 1000;
}

/// What a plugin receives to register its contributions. Contributions are intents (data,
/// analyses, styles), never menus or widgets: the host decides where they appear.
class Registrar {
public:
    virtual ~Registrar() = default;
    /// The folder holding the plugin's cityweave-plugin.json, library and data.
    virtual std::string pluginFolder() const = 0;
    virtual void addLayerSource(LayerSource source) = 0;
    /// Runs in the GUI and the CLI like a built-in analysis. Its id must be unique in the host.
    virtual void addAnalysis(std::unique_ptr<analysis::Analysis> analysis) = 0;
    virtual void addStyle(StyleContribution style) = 0;
};

} // namespace cw::sdk

/// Name of the entry point the host looks up with dlsym / GetProcAddress.
#define CITYWEAVE_PLUGIN_ENTRY_SYMBOL "cityweave_plugin_entry"

/// The entry point's type: returns the SDK version the plugin was built against. It calls
/// registration only when the host's SDK version is compatible, so that an incompatible plugin
/// never touches the host's types.
extern "C" {
typedef int (*CityWeavePluginEntry)(int hostSdkVersion, cw::sdk::Registrar* registrar);
}

#if defined(_WIN32)
#define CITYWEAVE_PLUGIN_EXPORT __declspec(dllexport)
#else
#define CITYWEAVE_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/// Defines the entry point around `registerFunction(cw::sdk::Registrar&)`. Exceptions thrown by
/// it reach the host, which refuses the plugin and keeps running.
#define CITYWEAVE_PLUGIN(registerFunction)                                                         \
    extern "C" CITYWEAVE_PLUGIN_EXPORT int cityweave_plugin_entry(int hostSdkVersion,              \
                                                                  cw::sdk::Registrar* registrar) { \
        if (registrar && cw::sdk::sdkCompatible(CITYWEAVE_SDK_VERSION, hostSdkVersion))            \
            registerFunction(*registrar);                                                          \
        return CITYWEAVE_SDK_VERSION;                                                              \
    }
