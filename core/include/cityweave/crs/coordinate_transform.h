// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"

#include <memory>
#include <string>

namespace cw::crs {

/// Transforms coordinates between two CRSs with PROJ, in x/y = easting/northing (lon/lat)
/// order whatever the CRS's axis order. Not thread-safe: one object per thread (each owns its
/// own PROJ context).
class CoordinateTransform {
public:
    static Result<CoordinateTransform> create(const Crs& source, const Crs& target);
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;
    ~CoordinateTransform();

    bool isIdentity() const;
    /// Transforms n points in place; points that fail become NaN. Returns how many failed.
    /// `strideBytes` lets x and y come interleaved from an array of structs.
    std::size_t transform(double* xs, double* ys, std::size_t n,
                          std::size_t strideBytes = sizeof(double)) const;
    /// Same for one point; false if it failed.
    bool transformPoint(double& x, double& y) const;
    /// Transforms in the inverse direction (target to source).
    bool inversePoint(double& x, double& y) const;
    /// The operation PROJ chose, e.g. "Inverse of Korea Modified Central Belt + Korean 1985
    /// to Korea 2000 (1) + Korea Central Belt 2010", and its accuracy in metres (-1: unknown).
    std::string operationName() const;
    double operationAccuracy() const;

private:
    struct Impl;
    explicit CoordinateTransform(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cw::crs
