// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::widgets {

/// Where a loaded layer's data came from and what was done to it on the way to the map:
/// its CRS (and whether a legacy Korean definition was reinterpreted), the transformation
/// applied, the text encoding, how a table was read, and any geometry problems or rows without
/// a position. Shown as the layer's tooltip.
class LayerSourceDescription {
    Q_DECLARE_TR_FUNCTIONS(LayerSourceDescription)

public:
    /// Who made the data, when, under which licence, and the plugin it came from; known before
    /// (and whether or not) the data loads.
    static QStringList provenanceLines(const project::LayerEntry& entry);
    /// The provenance lines followed by what loading found.
    static QStringList lines(const render::LoadedLayer& layer);
    /// How a table was read: where the positions come from, the CRS of the values and the
    /// rows without a position (kept or left out), per reason.
    static QStringList tableLines(const data::TableDetection& table, const data::BadRows& badRows);
};

} // namespace cw::widgets
