// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/legacy_korean_crs.h"

#include <array>
#include <cmath>

namespace cw::crs {
namespace {

constexpr double kBesselA = 6377397.155;
constexpr double kBesselInvF = 299.1528128;
// The "modified" belts moved the central meridians by 10.405" east (Korean 1985 practice).
constexpr double kModifiedShift = 10.405 / 3600.0;

struct Belt {
    double centralMeridian;
    double falseNorthing;
    double falseEasting;
    double scaleFactor;
    double latitudeOfOrigin;
    int epsg;
};

constexpr std::array kBelts{
    Belt{125.0 + kModifiedShift, 500000, 200000, 1.0, 38, 5173}, // Modified West Belt
    Belt{127.0 + kModifiedShift, 500000, 200000, 1.0, 38, 5174}, // Modified Central Belt
    Belt{127.0 + kModifiedShift, 550000, 200000, 1.0, 38, 5175}, // Modified Central Belt Jeju
    Belt{129.0 + kModifiedShift, 500000, 200000, 1.0, 38, 5176}, // Modified East Belt
    Belt{131.0 + kModifiedShift, 500000, 200000, 1.0, 38, 5177}, // Modified East Sea Belt
    Belt{125.0, 500000, 200000, 1.0, 38, 2098},                  // West Belt
    Belt{127.0, 500000, 200000, 1.0, 38, 2097},                  // Central Belt
    Belt{129.0, 500000, 200000, 1.0, 38, 2096},                  // East Belt
    Belt{127.5, 2000000, 1000000, 0.9996, 38, 5178},             // Unified CS (Bessel)
};

bool near(double a, double b, double tolerance) {
    return std::fabs(a - b) <= tolerance;
}

} // namespace

std::optional<int> matchLegacyKoreanBessel(const TransverseMercatorParams& p) {
    if (p.hasDatumShift)
        return std::nullopt;
    if (!near(p.semiMajor, kBesselA, 0.01) || !near(p.inverseFlattening, kBesselInvF, 1e-4))
        return std::nullopt;
    for (const Belt& belt : kBelts) {
        // 1e-5 degrees (about 1 m) tells 127 from 127.00289; .prj files round to ~1e-9.
        if (near(p.centralMeridian, belt.centralMeridian, 1e-5) &&
            near(p.latitudeOfOrigin, belt.latitudeOfOrigin, 1e-6) &&
            near(p.scaleFactor, belt.scaleFactor, 1e-7) &&
            near(p.falseEasting, belt.falseEasting, 0.5) &&
            near(p.falseNorthing, belt.falseNorthing, 0.5))
            return belt.epsg;
    }
    return std::nullopt;
}

} // namespace cw::crs
