// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw::project {

/// Where a layer's data comes from, as a report's "data sources" section cites it.
struct Provenance {
    std::string source;  ///< e.g. "Seoul Open Data Plaza", "approximate sample (hand-drawn)"
    std::string owner;   ///< e.g. "SH Corporation"
    std::string date;    ///< ISO 8601 date of the data, e.g. "2024-05-01"
    std::string licence; ///< e.g. "KOGL Type 1", "CC-BY-4.0"
    bool empty() const {
        return source.empty() && owner.empty() && date.empty() && licence.empty();
    }
    bool operator==(const Provenance&) const = default;
};

/// Which plugin layer source a layer was added from; empty pluginId: added by hand.
struct LayerOrigin {
    std::string pluginId;
    std::string pluginVersion;
    std::string layerSourceId;
    std::string layerId; ///< the LayerContribution id
    bool operator==(const LayerOrigin&) const = default;
};

} // namespace cw::project
