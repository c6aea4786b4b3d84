// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/indicator_areas.h"
#include "cityweave/planning/indicator_rollup.h"
#include "plan_fixtures.h"

#include <gtest/gtest.h>

namespace cw::planning {
namespace {

project::Indicator ghg(double target) {
    project::Indicator i;
    i.id = "ghg";
    i.unit = "t/yr";
    i.year = 2022;
    i.target = target;
    return i;
}

std::string text(const data::AttributeValue& v) {
    return data::toDisplayString(v);
}

TEST(IndicatorAreas, SandboxZonesBecomeANamedLayerWithoutTheEmptyOnes) {
    std::vector<project::SandboxZone> zones = {test::zone("a", {0, 0, 100, 100}, {}, 2020, 4, 0),
                                               test::zone("b", {0, 0, 1, 1}, {}, 2020, 4, 0),
                                               test::zone("c", {100, 0, 200, 100}, {}, 2020, 4, 0)};
    zones[0].name = {"가 구역", "Zone A"};
    zones[1].area = {}; // not drawn yet: no feature
    zones[2].name = {}; // unnamed: its id names it

    auto en = sandboxZonesLayer(zones, "en");
    ASSERT_TRUE(en.ok());
    ASSERT_EQ(en->featureCount(), 2u);
    EXPECT_EQ(en->family, geometry::GeometryFamily::Polygon);
    EXPECT_EQ(en->crs, *crs::Crs::fromEpsg(5186));
    const int field = en->fieldIndex(kZoneNameField);
    ASSERT_EQ(field, 0);
    EXPECT_EQ(text(en->attributes[0][0]), "Zone A");
    EXPECT_EQ(text(en->attributes[1][0]), "c");
    EXPECT_EQ(en->geometries.extent().maxX, 200);
    auto ko = sandboxZonesLayer(zones, "ko");
    ASSERT_TRUE(ko.ok());
    EXPECT_EQ(text(ko->attributes[0][0]), "가 구역");

    // A project spanning x 50..150 lies half in each zone: 1,000 t/yr splits 500 / 500.
    std::vector<project::ProjectInfo> projects(1);
    projects[0].id = "Q";
    projects[0].indicators = {ghg(1000)};
    const std::vector<analysis::AnalysisProject> footprints = {
        test::footprint("Q", test::polygonLayer("q", {{50, 0, 150, 100}}))};
    auto rows = rollupIndicators(projects, footprints, *en, kZoneNameField);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].zone, "Zone A");
    EXPECT_NEAR(*(*rows)[0].target, 500, 1e-9);
    EXPECT_EQ((*rows)[1].zone, "c");
    EXPECT_NEAR(*(*rows)[1].target, 500, 1e-9);
}

TEST(IndicatorAreas, LayerForRollupMovesIntoTheRollupCrs) {
    // EPSG:5186 has its origin at 38° N, 127° E with false easting 200,000 and northing 600,000.
    auto wgs = test::pointLayer("p", {{127.0, 38.0}});
    wgs->crs = *crs::Crs::fromEpsg(4326);
    const crs::Crs korea = *crs::Crs::fromEpsg(5186);
    auto moved = layerForRollup(*wgs, korea);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->crs, korea);
    const auto c = moved->geometries.part(0)[0];
    EXPECT_NEAR(c.x, 200000, 1e-3);
    EXPECT_NEAR(c.y, 600000, 1e-3);
    // The source is left as it was.
    EXPECT_EQ(wgs->geometries.part(0)[0].x, 127.0);

    // A layer without a CRS is taken as already in the target.
    auto bare = test::pointLayer("q", {{5, 6}});
    auto same = layerForRollup(*bare, korea);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->geometries.part(0)[0].x, 5);
    EXPECT_EQ(same->crs, korea);
}

TEST(IndicatorAreas, FootprintsTakeEachProjectsOwnLayers) {
    std::vector<project::ProjectInfo> projects(2);
    projects[0].id = "P";
    projects[1].id = "R"; // has no layer: an empty footprint
    const std::vector<ProjectLayerData> layers = {
        {"P", "p1", test::polygonLayer("p1", {{0, 0, 10, 10}})},
        {"X", "x1", test::polygonLayer("x1", {{0, 0, 5, 5}})}, // a project not asked for
        {"P", "p2", test::pointLayer("p2", {{1, 1}, {2, 2}})},
        {"P", "p3", nullptr}}; // not loaded
    auto footprints = footprintsFromLayers(projects, layers, *crs::Crs::fromEpsg(5186));
    ASSERT_TRUE(footprints.ok());
    ASSERT_EQ(footprints->size(), 2u);
    EXPECT_EQ((*footprints)[0].id, "P");
    ASSERT_EQ((*footprints)[0].layers.size(), 2u);
    EXPECT_EQ((*footprints)[0].layers[0].id, "p1");
    EXPECT_EQ((*footprints)[0].layers[1].data->featureCount(), 2u);
    EXPECT_TRUE((*footprints)[1].layers.empty());

    CancelToken cancel;
    cancel.cancel();
    auto cancelled = footprintsFromLayers(projects, layers, *crs::Crs::fromEpsg(5186), cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}

} // namespace
} // namespace cw::planning
