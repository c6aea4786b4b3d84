// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::widgets {

/// Where a loaded layer's data came from and what was done to it on the way to the map:
/// its CRS (and whether a legacy Korean definition was reinterpreted), the transformation
/// applied, the text encoding and any geometry problems. Shown as the layer's tooltip.
class LayerSourceDescription {
    Q_DECLARE_TR_FUNCTIONS(LayerSourceDescription)

public:
    static QStringList lines(const render::LoadedLayer& layer);
};

} // namespace cw::widgets
