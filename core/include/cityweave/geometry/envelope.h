// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>

namespace cw::geometry {

/// Axis-aligned bounding box; a default-constructed one is null (contains nothing).
struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    static Envelope of(double x0, double y0, double x1, double y1) {
        return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
    }
    bool isNull() const { return minX > maxX || minY > maxY; }
    double width() const { return isNull() ? 0.0 : maxX - minX; }
    double height() const { return isNull() ? 0.0 : maxY - minY; }
    double centerX() const { return (minX + maxX) / 2; }
    double centerY() const { return (minY + maxY) / 2; }
    void expand(double x, double y) {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void expand(const Envelope& o) {
        if (o.isNull())
            return;
        expand(o.minX, o.minY);
        expand(o.maxX, o.maxY);
    }
    bool intersects(const Envelope& o) const {
        return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
    }
    bool contains(double x, double y) const {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
    /// Grown by the given margin on every side.
    Envelope buffered(double margin) const {
        return {minX - margin, minY - margin, maxX + margin, maxY + margin};
    }
    bool operator==(const Envelope&) const = default;
};

} // namespace cw::geometry
