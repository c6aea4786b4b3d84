// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/render_layer.h"

#include <vector>

namespace cw::render {

/// A layer with a categorized or graduated style as the renderer draws it: one layer per class
/// (the class's colours, a mask of its features, a key of its own for the tile cache), then
/// the features of no class in the base style. A single style, or a layer without attributes
/// or without the style's field, comes back as it is.
std::vector<RenderLayer> splitByStyleClass(RenderLayer layer);

} // namespace cw::render
