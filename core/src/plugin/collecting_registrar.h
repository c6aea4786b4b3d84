// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/sdk/plugin.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::plugin::detail {

/// The host's Registrar: holds what a plugin registers until its entry point has returned
/// normally. Only then does the manager commit the contributions; after an exception they are
/// dropped with this object.
class CollectingRegistrar final : public sdk::Registrar {
public:
    explicit CollectingRegistrar(std::string folder) : m_folder(std::move(folder)) {}

    std::string pluginFolder() const override { return m_folder; }
    void addLayerSource(sdk::LayerSource source) override {
        layerSources.push_back(std::move(source));
    }
    void addAnalysis(std::unique_ptr<analysis::Analysis> analysis) override {
        if (analysis)
            analyses.push_back(std::move(analysis));
    }
    void addStyle(sdk::StyleContribution style) override { styles.push_back(std::move(style)); }

    std::vector<sdk::LayerSource> layerSources;
    std::vector<std::unique_ptr<analysis::Analysis>> analyses;
    std::vector<sdk::StyleContribution> styles;

private:
    std::string m_folder;
};

} // namespace cw::plugin::detail
