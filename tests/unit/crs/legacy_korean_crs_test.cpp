// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/legacy_korean_crs.h"

#include <gtest/gtest.h>

using cw::crs::matchLegacyKoreanBessel;
using cw::crs::TransverseMercatorParams;

namespace {

// Bessel 1841 as in EPSG:7004.
TransverseMercatorParams bessel(double lon0, double fe, double fn, double k = 1.0) {
    TransverseMercatorParams p;
    p.semiMajor = 6377397.155;
    p.inverseFlattening = 299.1528128;
    p.latitudeOfOrigin = 38;
    p.centralMeridian = lon0;
    p.scaleFactor = k;
    p.falseEasting = fe;
    p.falseNorthing = fn;
    return p;
}

// 127 deg + 10.405" (EPSG:5174's longitude of origin, 127.002890277778 in `projinfo EPSG:5174`).
constexpr double kModifiedCentral = 127.0 + 10.405 / 3600.0;

} // namespace

TEST(LegacyKoreanBessel, ModifiedCentralBeltIs5174) {
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(kModifiedCentral, 200000, 500000)), 5174);
    // As rounded in typical .prj files.
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.0028902777778, 200000, 500000)), 5174);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.00289, 200000, 500000)), 5174);
    // Jeju variant differs only by the false northing.
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(kModifiedCentral, 200000, 550000)), 5175);
}

TEST(LegacyKoreanBessel, UnmodifiedCentralBeltIs2097) {
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.0, 200000, 500000)), 2097);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(125.0, 200000, 500000)), 2098);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(129.0, 200000, 500000)), 2096);
}

TEST(LegacyKoreanBessel, UnifiedOnBesselIs5178) {
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.5, 1000000, 2000000, 0.9996)), 5178);
    // Same projection with k = 1 is no Korean CRS.
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.5, 1000000, 2000000, 1.0)), std::nullopt);
}

TEST(LegacyKoreanBessel, DatumShiftPresentIsNoMatch) {
    auto p = bessel(kModifiedCentral, 200000, 500000);
    p.hasDatumShift = true; // TOWGS84 in the file
    EXPECT_EQ(matchLegacyKoreanBessel(p), std::nullopt);
}

TEST(LegacyKoreanBessel, OtherEllipsoidIsNoMatch) {
    auto wgs = bessel(kModifiedCentral, 200000, 500000);
    wgs.semiMajor = 6378137.0;
    wgs.inverseFlattening = 298.257223563;
    EXPECT_EQ(matchLegacyKoreanBessel(wgs), std::nullopt);
    // GRS80 with Korea 2000 parameters (EPSG:5181) is modern, not legacy.
    auto grs = bessel(127.0, 200000, 500000);
    grs.semiMajor = 6378137.0;
    grs.inverseFlattening = 298.257222101;
    EXPECT_EQ(matchLegacyKoreanBessel(grs), std::nullopt);
}

TEST(LegacyKoreanBessel, WrongParametersAreNoMatch) {
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(kModifiedCentral, 200000, 600000)), std::nullopt);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(kModifiedCentral, 0, 500000)), std::nullopt);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(128.0, 200000, 500000)), std::nullopt);
    EXPECT_EQ(matchLegacyKoreanBessel(bessel(127.001, 200000, 500000)), std::nullopt);
    auto lat = bessel(kModifiedCentral, 200000, 500000);
    lat.latitudeOfOrigin = 0;
    EXPECT_EQ(matchLegacyKoreanBessel(lat), std::nullopt);
}
