// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/coordinate_transform.h"
#include "crs/reference_points.h"

#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using cw::crs::CoordinateTransform;
using cw::crs::Crs;
using cw::test::kSeoulPoints;

namespace {

constexpr double kCm = 0.01;
// Back to degrees: 1e-7 deg is about 1 cm in Seoul.
constexpr double kDegCm = 1e-7;

Crs epsg(int code) {
    auto c = Crs::fromEpsg(code);
    EXPECT_TRUE(c.ok()) << code;
    return c.ok() ? *c : Crs{};
}

CoordinateTransform make(int from, int to) {
    auto t = CoordinateTransform::create(epsg(from), epsg(to));
    EXPECT_TRUE(t.ok()) << from << " -> " << to;
    return std::move(t).value();
}

struct Expect {
    int epsg;
    double cw::test::ReferencePoint::*e;
    double cw::test::ReferencePoint::*n;
};

} // namespace

TEST(CoordinateTransform, Wgs84ToKoreanGridsMatchCs2csWithin1cmAndBack) {
    using RP = cw::test::ReferencePoint;
    const Expect targets[] = {{5186, &RP::e5186, &RP::n5186},
                              {5181, &RP::e5181, &RP::n5181},
                              {5179, &RP::e5179, &RP::n5179}};
    for (const Expect& t : targets) {
        const CoordinateTransform fwd = make(4326, t.epsg);
        const CoordinateTransform back = make(t.epsg, 4326);
        EXPECT_FALSE(fwd.isIdentity());
        for (const auto& p : kSeoulPoints) {
            double x = p.lon, y = p.lat;
            ASSERT_TRUE(fwd.transformPoint(x, y)) << p.name;
            EXPECT_NEAR(x, p.*t.e, kCm) << p.name << " EPSG:" << t.epsg;
            EXPECT_NEAR(y, p.*t.n, kCm) << p.name << " EPSG:" << t.epsg;

            // Back through a separate transform, and through the inverse of the forward one.
            double bx = p.*t.e, by = p.*t.n;
            ASSERT_TRUE(back.transformPoint(bx, by));
            EXPECT_NEAR(bx, p.lon, kDegCm) << p.name;
            EXPECT_NEAR(by, p.lat, kDegCm) << p.name;
            double ix = p.*t.e, iy = p.*t.n;
            ASSERT_TRUE(fwd.inversePoint(ix, iy));
            EXPECT_NEAR(ix, p.lon, kDegCm) << p.name;
            EXPECT_NEAR(iy, p.lat, kDegCm) << p.name;
        }
    }
}

TEST(CoordinateTransform, BatchTransformMatchesPointwise) {
    const CoordinateTransform fwd = make(4326, 5186);
    std::vector<double> xs, ys;
    for (const auto& p : kSeoulPoints) {
        xs.push_back(p.lon);
        ys.push_back(p.lat);
    }
    EXPECT_EQ(fwd.transform(xs.data(), ys.data(), xs.size()), 0u);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        EXPECT_NEAR(xs[i], kSeoulPoints[i].e5186, kCm);
        EXPECT_NEAR(ys[i], kSeoulPoints[i].n5186, kCm);
    }
}

TEST(CoordinateTransform, Central5181And5186DifferBy100kmInNorthingOnly) {
    const CoordinateTransform t = make(5181, 5186);
    for (const auto& p : kSeoulPoints) {
        double x = p.e5181, y = p.n5181;
        ASSERT_TRUE(t.transformPoint(x, y));
        EXPECT_NEAR(x, p.e5181, 1e-6) << p.name;
        EXPECT_NEAR(y - p.n5181, 100000.0, 1e-6) << p.name;
    }
}

TEST(CoordinateTransform, Korean1985ToKorea2000AgreesWithWgs84Path) {
    const CoordinateTransform t = make(5174, 5186);
    EXPECT_NE(t.operationName().find("Korean 1985 to Korea 2000"), std::string::npos)
        << t.operationName();
    for (const auto& p : kSeoulPoints) {
        // p.e5174/p.n5174 are cs2cs 4326 -> 5174 of the same place.
        double x = p.e5174, y = p.n5174;
        ASSERT_TRUE(t.transformPoint(x, y));
        EXPECT_NEAR(x, p.e5186, 10.0) << p.name;
        EXPECT_NEAR(y, p.n5186, 10.0) << p.name;
        // The datum shift is real: with the 100 km false-northing difference removed, the raw
        // Bessel grid still sits ~310 m away from Korea 2000 (City Hall: 69 m E, 305 m N).
        EXPECT_GT(std::hypot(p.e5174 - p.e5186, p.n5174 + 100000 - p.n5186), 250.0);
    }
}

TEST(CoordinateTransform, SameCrsIsIdentity) {
    auto t = CoordinateTransform::create(epsg(5186), epsg(5186));
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->isIdentity());
    double x = 1.5, y = 2.5;
    EXPECT_TRUE(t->transformPoint(x, y));
    EXPECT_EQ(x, 1.5);
    EXPECT_EQ(y, 2.5);
}

TEST(CoordinateTransform, InvalidCrsIsAnError) {
    auto t = CoordinateTransform::create(Crs{}, epsg(5186));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, cw::ErrorCode::MissingCrs);
}

TEST(CoordinateTransform, FailedPointsBecomeNaNAndAreCounted) {
    const CoordinateTransform t = make(4326, 5186);
    double xs[] = {126.9779692, 500.0};
    double ys[] = {37.5662952, 1000.0};
    EXPECT_EQ(t.transform(xs, ys, 2), 1u);
    EXPECT_NEAR(xs[0], kSeoulPoints[0].e5186, kCm);
    EXPECT_TRUE(std::isnan(xs[1]));
    EXPECT_TRUE(std::isnan(ys[1]));
}
