// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/crs.h"

#include <gtest/gtest.h>

using cw::ErrorCode;
using cw::crs::Crs;

namespace {

// An ESRI-style .prj as old Korean survey data ships it: a Bessel 1841 Transverse Mercator with
// no datum shift (no TOWGS84, datum named after the ellipsoid only).
std::string besselTmPrj(double centralMeridian, double falseEasting, double falseNorthing,
                        double scale = 1.0, const std::string& extraDatum = {}) {
    char buf[1024];
    std::snprintf(buf, sizeof buf,
                  "PROJCS[\"Bessel_TM\",GEOGCS[\"GCS_Bessel_1841\",DATUM[\"D_Bessel_1841\","
                  "SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]%s],PRIMEM[\"Greenwich\",0.0],"
                  "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                  "PARAMETER[\"False_Easting\",%.1f],PARAMETER[\"False_Northing\",%.1f],"
                  "PARAMETER[\"Central_Meridian\",%.13f],PARAMETER[\"Scale_Factor\",%.4f],"
                  "PARAMETER[\"Latitude_Of_Origin\",38.0],UNIT[\"Meter\",1.0]]",
                  extraDatum.c_str(), falseEasting, falseNorthing, centralMeridian, scale);
    return buf;
}

} // namespace

TEST(Crs, FromEpsgKnownCodes) {
    auto c5186 = Crs::fromEpsg(5186);
    ASSERT_TRUE(c5186.ok());
    EXPECT_EQ(c5186->authId(), "EPSG:5186");
    EXPECT_EQ(c5186->name(), "Korea 2000 / Central Belt 2010");
    EXPECT_FALSE(c5186->isGeographic());
    EXPECT_TRUE(c5186->isValid());
    EXPECT_TRUE(c5186->interpretationNote().empty());
    EXPECT_EQ(c5186->storageString(), "EPSG:5186");

    auto wgs = Crs::fromEpsg(4326);
    ASSERT_TRUE(wgs.ok());
    EXPECT_EQ(wgs->authId(), "EPSG:4326");
    EXPECT_TRUE(wgs->isGeographic());
    EXPECT_FALSE(*c5186 == *wgs);
}

TEST(Crs, FromUserInputForms) {
    auto a = Crs::fromUserInput("EPSG:5179");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->authId(), "EPSG:5179");
    EXPECT_EQ(a->name(), "Korea 2000 / Unified CS");

    // WKT2 of the CRS read back gives an equal CRS.
    auto b = Crs::fromUserInput(a->wkt());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->authId(), "EPSG:5179");
    EXPECT_TRUE(*a == *b);

    // A PROJ string has no authority code: stored as WKT.
    auto p = Crs::fromUserInput("+proj=tmerc +lat_0=38 +lon_0=127 +k=1 +x_0=200000 +y_0=600000 "
                                "+ellps=GRS80 +units=m +no_defs +type=crs");
    ASSERT_TRUE(p.ok());
    EXPECT_FALSE(p->isGeographic());
    EXPECT_EQ(p->storageString(), p->authId().empty() ? p->wkt() : p->authId());
}

TEST(Crs, UnknownInputIsUnknownCrs) {
    for (const char* input : {"EPSG:999999", "not a crs at all", "", "+proj=nonsense"}) {
        auto c = Crs::fromUserInput(input);
        ASSERT_FALSE(c.ok()) << input;
        EXPECT_EQ(c.error().code, ErrorCode::UnknownCrs) << input;
    }
    auto e = Crs::fromEpsg(123456789);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code, ErrorCode::UnknownCrs);
    auto w = Crs::fromSourceWkt("");
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, ErrorCode::UnknownCrs);
}

TEST(Crs, EsriWgs84PrjIsIdentifiedAs4326) {
    // The .prj shipped with the 2015 juso shapefiles.
    auto c =
        Crs::fromSourceWkt("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                           "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                           "0.0174532925199433]]");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->authId(), "EPSG:4326");
    EXPECT_TRUE(c->isGeographic());
    EXPECT_TRUE(c->interpretationNote().empty());
}

TEST(Crs, LegacyBesselPrjBecomesKorean1985) {
    struct Case {
        double lon0, fe, fn, k;
        const char* expected;
    };
    // EPSG parameters checked with `projinfo EPSG:5174` etc. (PROJ 9.1.1).
    const Case cases[] = {
        {127.0028902777778, 200000, 500000, 1.0, "EPSG:5174"}, // Modified Central Belt
        {125.0028902777778, 200000, 500000, 1.0, "EPSG:5173"}, // Modified West Belt
        {127.0028902777778, 200000, 550000, 1.0, "EPSG:5175"}, // Modified Central Belt Jeju
        {129.0028902777778, 200000, 500000, 1.0, "EPSG:5176"}, // Modified East Belt
        {127.0, 200000, 500000, 1.0, "EPSG:2097"},             // Central Belt
        {127.5, 1000000, 2000000, 0.9996, "EPSG:5178"},        // Unified CS on Bessel
    };
    for (const Case& c : cases) {
        auto crs = Crs::fromSourceWkt(besselTmPrj(c.lon0, c.fe, c.fn, c.k));
        ASSERT_TRUE(crs.ok()) << c.expected;
        EXPECT_EQ(crs->authId(), c.expected);
        EXPECT_FALSE(crs->interpretationNote().empty()) << c.expected;
        EXPECT_NE(crs->interpretationNote().find(c.expected), std::string::npos)
            << crs->interpretationNote();
        EXPECT_NE(crs->wkt().find("Korean 1985"), std::string::npos) << c.expected;
    }
}

TEST(Crs, BesselPrjWithTowgs84IsKeptAsIs) {
    // Same belt, but the file states its datum shift: it must not be reinterpreted.
    auto crs =
        Crs::fromSourceWkt(besselTmPrj(127.0028902777778, 200000, 500000, 1.0,
                                       ",TOWGS84[-115.8,474.99,674.11,1.16,-2.31,-1.63,6.43]"));
    ASSERT_TRUE(crs.ok());
    EXPECT_TRUE(crs->interpretationNote().empty());
    EXPECT_NE(crs->authId(), "EPSG:5174");
}

TEST(Crs, FromUserInputDoesNotApplyTheLegacyRule) {
    // Only data-source definitions are reinterpreted; what a user types is taken literally.
    auto crs = Crs::fromUserInput(besselTmPrj(127.0028902777778, 200000, 500000));
    ASSERT_TRUE(crs.ok());
    EXPECT_TRUE(crs->interpretationNote().empty());
    EXPECT_NE(crs->authId(), "EPSG:5174");
}

TEST(Crs, KoreanPresetsAreValidAndNamed) {
    const auto& presets = cw::crs::koreanPresets();
    ASSERT_FALSE(presets.empty());
    EXPECT_EQ(presets.front().epsg, 5186);
    for (const auto& p : presets) {
        auto c = Crs::fromEpsg(p.epsg);
        ASSERT_TRUE(c.ok()) << p.epsg;
        EXPECT_EQ(c->name(), p.name) << p.epsg;
    }
}

// Garbled PROJ strings (found by fuzz_crs_input: PROJ searched its database by name for them,
// over ten seconds under load) are refused at once; real ones still read.
TEST(Crs, MalformedProjStringsAreRefusedWithoutASearch) {
    for (const std::string& garbled :
         {std::string("+proj +9999999999+k=1 +x_0=200000 +ellps=GRS80 +units=m +no_defs"),
          std::string("+proja00000=\xff_ y+6\xff\xff 7777 +ellps=GRS80 +units=m"),
          std::string("+ellps=GRS80 +units=m"), std::string("+=1 +proj=tmerc")}) {
        auto crs = cw::crs::Crs::fromUserInput(garbled);
        ASSERT_FALSE(crs) << garbled;
        EXPECT_EQ(crs.error().code, cw::ErrorCode::UnknownCrs);
        EXPECT_EQ(crs.error().detail, "not a PROJ string");
    }
    auto tm = cw::crs::Crs::fromUserInput("+proj=tmerc +lat_0=38 +lon_0=127 +k=1 +x_0=200000 "
                                          "+y_0=600000 +ellps=GRS80 +units=m +no_defs");
    ASSERT_TRUE(tm);
    EXPECT_FALSE(tm->isGeographic());
    EXPECT_TRUE(cw::crs::Crs::fromUserInput("  +proj=longlat +datum=WGS84 +no_defs"));
}
