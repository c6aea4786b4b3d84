// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace cw::crs {

/// Parameters of a Transverse Mercator definition, as read from a `.prj` or WKT.
struct TransverseMercatorParams {
    double semiMajor = 0;
    double inverseFlattening = 0;
    double latitudeOfOrigin = 0;
    double centralMeridian = 0;
    double scaleFactor = 1;
    double falseEasting = 0;
    double falseNorthing = 0;
    bool hasDatumShift = false; ///< TOWGS84 or a named, known datum present
};

/// The EPSG code of the Korean 1985 (Bessel) CRS a datum-less Bessel Transverse Mercator
/// definition stands for, or nothing when the parameters match none of the Korean belts.
/// Such legacy `.prj` files lack the datum, so PROJ would otherwise apply no datum shift and
/// place features hundreds of metres off.
std::optional<int> matchLegacyKoreanBessel(const TransverseMercatorParams& params);

} // namespace cw::crs
