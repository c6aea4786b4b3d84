// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/scenarios.h"
#include "plan_fixtures.h"

#include <gtest/gtest.h>

namespace cw::planning {
namespace {

project::Project basePlan() {
    project::Project p;
    project::ProjectInfo ev;
    ev.id = "ev-rollout";
    ev.stage = 3;
    ev.startYear = 2025;
    ev.endYear = 2028;
    ev.rollout = {{2026, {"Gangseo", "Mapo"}}, {2027, {"Guro"}}};
    ev.indicators = {
        {"chargers", {}, std::string("count"), 2028, 100.0, 900.0, std::nullopt, true}};
    p.projects = {ev};
    p.sandboxZones = {
        test::zone("z1", {0, 0, 10, 10}, {project::Exemption::DroneReporting}, 2025, 4, 0)};
    project::LayerEntry layer;
    layer.id = "chargers";
    layer.sourceLayer = "chargers";
    p.layers = {layer};
    return p;
}

TEST(Scenarios, CopySwitchAndCompareTwoRolloutOrders) {
    project::Project p = basePlan();
    ASSERT_TRUE(saveCurrentPlanAs(p, "order-a", {"순서 A", "Order A"}).ok());
    ASSERT_TRUE(saveCurrentPlanAs(p, "order-b", {"순서 B", "Order B"}).ok());
    EXPECT_EQ(p.activeScenario, "order-b");
    ASSERT_EQ(p.scenarios.size(), 2u);
    EXPECT_TRUE(compareScenarios(p.scenarios[0], p.scenarios[1]).empty());

    // Order B: Guro first, one more year, a higher target, and the zone extended.
    p.projects[0].rollout = {{2026, {"Guro"}}, {2027, {"Gangseo", "Mapo"}}};
    p.projects[0].endYear = 2029;
    p.projects[0].indicators[0].target = 1200.0;
    p.sandboxZones[0].extensionYears = 2;
    p.scenarios[1].layerVariants["chargers"] = "chargers__order_b";

    ASSERT_TRUE(switchScenario(p, "order-a").ok());
    EXPECT_EQ(p.projects, basePlan().projects); // A was never touched
    EXPECT_EQ(effectiveLayer(p, p.layers[0]).sourceLayer, "chargers");

    const auto d = compareScenarios(p.scenarios[0], p.scenarios[1]);
    ASSERT_EQ(d.projectsChanged.size(), 1u);
    EXPECT_EQ(d.projectsChanged[0].fields,
              (std::vector<std::string>{"end_year", "indicators", "rollout"}));
    ASSERT_EQ(d.indicators.size(), 1u);
    EXPECT_EQ(*d.indicators[0].targetA, 900.0);
    EXPECT_EQ(*d.indicators[0].targetB, 1200.0);
    ASSERT_EQ(d.zonesChanged.size(), 1u);
    EXPECT_EQ(d.zonesChanged[0].fields, (std::vector<std::string>{"validity"}));
    EXPECT_EQ(d.layersWithOtherData, (std::vector<std::string>{"chargers"}));

    ASSERT_TRUE(switchScenario(p, "order-b").ok());
    EXPECT_EQ(p.projects[0].endYear, 2029); // B's edits were kept when switching away
    EXPECT_EQ(effectiveLayer(p, p.layers[0]).sourceLayer, "chargers__order_b");
    EXPECT_FALSE(switchScenario(p, "no-such").ok());
    EXPECT_FALSE(saveCurrentPlanAs(p, "", {}).ok());
}

TEST(Scenarios, ProjectsAddedAndRemoved) {
    project::Scenario a, b;
    a.projects.resize(2);
    a.projects[0].id = "kept";
    a.projects[1].id = "dropped";
    b.projects.resize(2);
    b.projects[0].id = "kept";
    b.projects[1].id = "new";
    const auto d = compareScenarios(a, b);
    EXPECT_EQ(d.projectsOnlyInA, (std::vector<std::string>{"dropped"}));
    EXPECT_EQ(d.projectsOnlyInB, (std::vector<std::string>{"new"}));
    EXPECT_TRUE(d.projectsChanged.empty());
}

TEST(Scenarios, ChangedFeaturesByFid) {
    // fid 1 same, 2 moved, 3 only in A, 4 only in B, 5 same place but another attribute.
    auto a = test::pointLayer("a", {{0, 0}, {1, 1}, {2, 2}, {5, 5}});
    a->fids = {1, 2, 3, 5};
    a->attributes = {{std::int64_t{1}}, {std::int64_t{2}}, {std::int64_t{3}}, {std::int64_t{5}}};
    auto b = test::pointLayer("b", {{0, 0}, {1, 9}, {4, 4}, {5, 5}});
    b->fids = {1, 2, 4, 5};
    b->attributes = {{std::int64_t{1}}, {std::int64_t{2}}, {std::int64_t{4}}, {std::int64_t{50}}};
    const auto d = compareFeatures(*a, *b);
    EXPECT_EQ(d.moved, (std::vector<std::int64_t>{2}));
    EXPECT_EQ(d.removed, (std::vector<std::int64_t>{3}));
    EXPECT_EQ(d.added, (std::vector<std::int64_t>{4}));
    EXPECT_EQ(d.edited, (std::vector<std::int64_t>{5}));
}

} // namespace
} // namespace cw::planning
