// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/geometry/envelope.h"

#include <cstdint>
#include <string>

namespace cw::data {

/// Parameters of generated test data: random simple (star-shaped) polygons.
struct RandomPolygonSpec {
    std::size_t count = 10000;
    std::uint64_t seed = 42;
    /// Where centres fall, in EPSG:5186: Seoul's bounding box by default.
    geometry::Envelope area{179000, 537000, 216000, 567000};
    double minDiameter = 20, maxDiameter = 400; ///< metres
    int minVertices = 8, maxVertices = 40;
};

/// Writes `spec.count` random polygons in EPSG:5186 to a new GeoPackage layer `layerName`
/// (with an `id` and a `name` field), for benchmarks and randomised tests.
Status writeRandomPolygons(const std::string& geoPackagePath, const std::string& layerName,
                           const RandomPolygonSpec& spec, const ProgressFn& progress = {});

} // namespace cw::data
