// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/indicator_rollup.h"
#include "plan_fixtures.h"

#include <gtest/gtest.h>

namespace cw::planning {
namespace {

project::Indicator indicator(const std::string& id, const std::string& unit, bool additive,
                             std::optional<double> target, std::optional<double> measured = {}) {
    project::Indicator i;
    i.id = id;
    i.unit = unit;
    i.year = 2022;
    i.additive = additive;
    i.target = target;
    i.measured = measured;
    return i;
}

const IndicatorRollupRow* find(const std::vector<IndicatorRollupRow>& rows, const std::string& zone,
                               const std::string& id) {
    for (const auto& r : rows)
        if (r.zone == zone && r.indicatorId == id)
            return &r;
    return nullptr;
}

TEST(IndicatorRollup, ApportionsByFootprintShare) {
    // Zones: fids 1 (0..100) and 2 (100..200), named by fid.
    const auto zones = test::polygonLayer("zones", {{0, 0, 100, 100}, {100, 0, 200, 100}});
    std::vector<project::ProjectInfo> projects(3);
    std::vector<analysis::AnalysisProject> footprints;
    // Q1 spans 50..150: half in each zone.
    projects[0].id = "Q1";
    projects[0].indicators = {indicator("ghg", "t/yr", true, 1000),
                              indicator("self", "%", false, 30)};
    footprints.push_back(test::footprint("Q1", test::polygonLayer("q1", {{50, 0, 150, 100}})));
    // Q2 lies wholly in zone 2.
    projects[1].id = "Q2";
    projects[1].indicators = {indicator("ghg", "t/yr", true, 200),
                              indicator("self", "%", false, 10, 8)};
    footprints.push_back(test::footprint("Q2", test::polygonLayer("q2", {{120, 0, 170, 100}})));
    // Q3: four points, two in zone 1, one in zone 2, one outside → shares 0.5 and 0.25.
    projects[2].id = "Q3";
    projects[2].indicators = {indicator("chargers", "count", true, {}, 40)};
    footprints.push_back(
        test::footprint("Q3", test::pointLayer("q3", {{10, 10}, {20, 20}, {150, 50}, {250, 50}})));

    const auto result = rollupIndicators(projects, footprints, *zones, "");
    ASSERT_TRUE(result.ok());
    const auto& rows = result.value();

    const auto* ghg1 = find(rows, "1", "ghg");
    ASSERT_NE(ghg1, nullptr);
    EXPECT_NEAR(*ghg1->target, 500, 1e-9); // 0.5 x 1000
    const auto* ghg2 = find(rows, "2", "ghg");
    ASSERT_NE(ghg2, nullptr);
    EXPECT_NEAR(*ghg2->target, 700, 1e-9); // 0.5 x 1000 + 1 x 200
    EXPECT_EQ(ghg2->projects, 2);

    // Intensive: weighted mean (0.5 x 30 + 1 x 10) / 1.5 = 16.667; measured only from Q2.
    const auto* self2 = find(rows, "2", "self");
    ASSERT_NE(self2, nullptr);
    EXPECT_NEAR(*self2->target, 25.0 / 1.5, 1e-9);
    EXPECT_NEAR(*self2->measured, 8, 1e-9);
    EXPECT_FALSE(self2->baseline.has_value());
    const auto* self1 = find(rows, "1", "self");
    ASSERT_NE(self1, nullptr);
    EXPECT_NEAR(*self1->target, 30, 1e-9);

    EXPECT_NEAR(*find(rows, "1", "chargers")->measured, 20, 1e-9); // 0.5 x 40
    EXPECT_NEAR(*find(rows, "2", "chargers")->measured, 10, 1e-9); // 0.25 x 40
}

TEST(IndicatorRollup, UnknownZoneNameFieldIsAnError) {
    const auto zones = test::polygonLayer("zones", {{0, 0, 1, 1}});
    const auto result = rollupIndicators({}, {}, *zones, "no_such_field");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
}

} // namespace
} // namespace cw::planning
