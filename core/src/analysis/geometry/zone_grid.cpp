// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/geometry/zone_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace cw::analysis {

Status checkGridCells(double cells, double size, const geometry::Envelope& extent) {
    if (std::isfinite(cells) && cells <= static_cast<double>(kMaxGridCells))
        return Ok{};
    char text[200];
    std::snprintf(text, sizeof text,
                  "a grid of %.3g cells over the extent %.0f, %.0f - %.0f, %.0f; check the layers "
                  "for misplaced vertices or give a zone layer",
                  cells, extent.minX, extent.minY, extent.maxX, extent.maxY);
    return makeError(ErrorCode::InvalidArgument, {"grid_size", std::to_string(size)}, text);
}

Result<data::VectorLayer> makeSquareGrid(const geometry::Envelope& extent, double cellSize,
                                         const crs::Crs& crs) {
    if (extent.isNull() || !(cellSize > 0) || !std::isfinite(cellSize))
        return makeError(ErrorCode::InvalidArgument, {"grid_size", std::to_string(cellSize)});
    const double x0 = std::floor(extent.minX / cellSize) * cellSize;
    const double y0 = std::floor(extent.minY / cellSize) * cellSize;
    // At least one cell, so a single point (or a line along a cell edge) is still covered.
    const double colsD = std::max(1.0, std::ceil((extent.maxX - x0) / cellSize));
    const double rowsD = std::max(1.0, std::ceil((extent.maxY - y0) / cellSize));
    if (auto fits = checkGridCells(colsD * rowsD, cellSize, extent); !fits)
        return fits.error();
    const auto cols = static_cast<std::size_t>(colsD);
    const auto rows = static_cast<std::size_t>(rowsD);

    data::VectorLayer grid;
    grid.name = "grid";
    grid.driver = "generated";
    grid.family = geometry::GeometryFamily::Polygon;
    grid.crs = crs;
    grid.fields = {{"cell", data::FieldType::String},
                   {"row", data::FieldType::Integer},
                   {"col", data::FieldType::Integer}};
    grid.geometries.reserve(rows * cols, rows * cols * 5);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            // Corners from the integer index, not by accumulating, so shared edges are
            // bit-identical between neighbouring cells.
            const double xa = x0 + static_cast<double>(c) * cellSize;
            const double xb = x0 + static_cast<double>(c + 1) * cellSize;
            const double ya = y0 + static_cast<double>(r) * cellSize;
            const double yb = y0 + static_cast<double>(r + 1) * cellSize;
            grid.geometries.beginFeature();
            grid.geometries.beginPart(true);
            grid.geometries.addCoord(xa, ya);
            grid.geometries.addCoord(xb, ya);
            grid.geometries.addCoord(xb, yb);
            grid.geometries.addCoord(xa, yb);
            grid.geometries.addCoord(xa, ya);
            grid.geometries.endPart();
            grid.geometries.endFeature();
            grid.fids.push_back(static_cast<std::int64_t>(grid.fids.size()));
            grid.attributes.push_back({"r" + std::to_string(r) + "c" + std::to_string(c),
                                       static_cast<std::int64_t>(r), static_cast<std::int64_t>(c)});
        }
    }
    return grid;
}

geometry::Envelope usualArea(const data::VectorLayer& layer) {
    std::vector<double> xs, ys;
    for (std::size_t f = 0; f < layer.featureCount(); ++f)
        if (!layer.geometries.isEmpty(f)) {
            xs.push_back(layer.geometries.envelope(f).centerX());
            ys.push_back(layer.geometries.envelope(f).centerY());
        }
    if (xs.size() < 20)
        return {};
    auto quantile = [](std::vector<double>& v, double q) {
        auto at = v.begin() + static_cast<std::ptrdiff_t>(q * static_cast<double>(v.size() - 1));
        std::nth_element(v.begin(), at, v.end());
        return *at;
    };
    const auto middle = geometry::Envelope::of(quantile(xs, 0.25), quantile(ys, 0.25),
                                               quantile(xs, 0.75), quantile(ys, 0.75));
    return middle.buffered(std::max(10000.0, 3 * std::max(middle.width(), middle.height())));
}

bool inUsualArea(const geometry::Envelope& usual, const geometry::Envelope& feature) {
    return usual.isNull() || (usual.contains(feature.minX, feature.minY) &&
                              usual.contains(feature.maxX, feature.maxY));
}

geometry::Envelope usualExtent(const AnalysisInput& input) {
    geometry::Envelope extent;
    for (const AnalysisProject& p : input.projects)
        for (const AnalysisLayer& l : p.layers) {
            if (!l.data)
                continue;
            const geometry::Envelope usual = usualArea(*l.data);
            for (std::size_t f = 0; f < l.data->featureCount(); ++f) {
                const geometry::Envelope& e = l.data->geometries.envelope(f);
                if (!l.data->geometries.isEmpty(f) && inUsualArea(usual, e))
                    extent.expand(e);
            }
        }
    return extent;
}

} // namespace cw::analysis
