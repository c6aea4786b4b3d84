// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/localized_text.h"
#include "cityweave/sdk/contributions.h"

#include <string>
#include <vector>

namespace cw::plugin {

/// A dependency on another plugin: its id and the lowest version that satisfies.
struct PluginDependency {
    std::string id;
    std::string minimumVersion; ///< "1.2.0"; empty: any
};

/// A cityweave-plugin.json, read without loading any code.
struct PluginMetadata {
    std::string id; ///< [a-z0-9-]+, unique across all folders
    project::LocalizedText name;
    project::LocalizedText description;
    std::string version; ///< "1.0.0"
    int sdkMinimum =
        0; ///< CITYWEAVE_SDK_VERSION form (major*1000+minor), from "sdk": {"min": "1.0"}
    int sdkMaximum = 0; ///< from "sdk": {"max": "1.99"}; the major must match the host's
    std::vector<PluginDependency> dependencies;
    std::string library; ///< base name, e.g. "magok_energy" → libmagok_energy.so; empty: data-only
    std::string licence;
    std::vector<std::string> providedAnalyses; ///< ids the library promises ("provides")
    /// Declared in the JSON itself: data-only plugins carry all their content here, code
    /// plugins may too.
    std::vector<sdk::LayerSource> layerSources;
    std::vector<sdk::StyleContribution> styles;

    bool isDataOnly() const { return library.empty(); }
};

/// Reads and validates `<folder>/cityweave-plugin.json`. PluginBadMetadata (args: file, reason)
/// for malformed JSON, a missing or ill-formed field, or a data file outside the folder.
Result<PluginMetadata> readPluginMetadata(const std::string& folder);

/// Compares dotted versions numerically: -1, 0, 1.
int compareVersions(const std::string& a, const std::string& b);

} // namespace cw::plugin
