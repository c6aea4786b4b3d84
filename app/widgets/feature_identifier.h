// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layer_set.h"

#include <optional>
#include <vector>

namespace cw::widgets {

/// A feature found under the cursor: which layer (index in drawing order) and which feature.
struct IdentifyHit {
    std::size_t layerIndex;
    std::size_t feature;
};

/// Finds the topmost visible feature at a map point: inside a polygon (even-odd over its
/// rings), or within `tolerance` map units of a line or point. Pure geometry, no Qt widgets.
class FeatureIdentifier {
public:
    static std::optional<IdentifyHit> identify(const std::vector<render::LoadedLayer>& layers,
                                               double x, double y, double tolerance);
    /// Every visible feature at the point, topmost first (layers from the top, features from
    /// the last drawn), at most `limit`.
    static std::vector<IdentifyHit> identifyAll(const std::vector<render::LoadedLayer>& layers,
                                                double x, double y, double tolerance,
                                                std::size_t limit = 500);
    /// The features of `layer` that touch the rectangle `box` (map CRS), in feature order.
    static std::vector<std::size_t> featuresIn(const render::LoadedLayer& layer,
                                               const geometry::Envelope& box);
    /// Whether the feature at `feature` is under the point (inside a polygon, or within
    /// `tolerance` of a line or point).
    static bool hits(const render::LoadedLayer& layer, std::size_t feature, double x, double y,
                     double tolerance);
    static bool containsPoint(const geometry::GeometryStore& store, std::size_t feature, double x,
                              double y);
    static double distanceTo(const geometry::GeometryStore& store, std::size_t feature,
                             geometry::GeometryFamily family, double x, double y);
};

} // namespace cw::widgets
