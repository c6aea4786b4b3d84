// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"
#include "render/map_settings.h"

#include <QImage>

namespace cw::cli {

/// Draws a full map image (layers, scale bar, north arrow) the way the CLI and benchmarks do.
QImage renderMapImage(const render::LayerSet& layers, const render::MapSettings& settings,
                      render::RenderStats* stats);

} // namespace cw::cli
