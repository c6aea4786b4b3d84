// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/indexed_geometries.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/style/layer_style.h"

#include <QRectF>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cw::render {

/// One layer of a render job: geometries already in the map CRS, and how to draw them.
struct RenderLayer {
    /// Identifies the data (e.g. "layer-id@generation"); tiles are cached under it, so it must
    /// change whenever `geometries` does.
    std::string key;
    std::shared_ptr<const data::IndexedGeometries> geometries;
    std::shared_ptr<const data::VectorLayer> attributes; ///< for labels; may be null
    style::LayerStyle style;
    /// Which features are drawn (and labelled), one flag per feature; null draws them all.
    /// Tiles are cached under `key`, so a layer with a mask must carry a key naming it.
    std::shared_ptr<const std::vector<std::uint8_t>> featureMask = nullptr;
    /// Only its labels are drawn (the label pass of a layer split into style classes).
    bool labelsOnly = false;

    bool drawsFeature(std::uint32_t f) const {
        return !featureMask || (f < featureMask->size() && (*featureMask)[f] != 0);
    }
};

/// What a render job did, for the status bar, the CLI and the benchmarks.
struct RenderStats {
    int tilesRendered = 0;
    int tilesFromCache = 0;
    std::size_t featuresDrawn = 0;
    double milliseconds = 0;
    bool cancelled = false;
    /// Where the labels were placed, in the image's pixels: overlays drawn over the map (the
    /// sandbox zones' names) keep clear of them.
    std::vector<QRectF> labelRects;
};

} // namespace cw::render
