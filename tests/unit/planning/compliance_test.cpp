// SPDX-License-Identifier: GPL-3.0-or-later
// Sandbox compliance on a hand-built plan; every expected figure is worked out in the comments.
#include "cityweave/planning/compliance.h"
#include "plan_fixtures.h"

#include <gtest/gtest.h>

namespace cw::planning {
namespace {

using project::CapKind;
using project::Exemption;
using project::ProjectInfo;
using test::Rect;

ProjectInfo needing(const std::string& id, std::vector<Exemption> e, int start, int end) {
    ProjectInfo p;
    p.id = id;
    p.requiredExemptions = std::move(e);
    p.startYear = start;
    p.endYear = end;
    return p;
}

class ComplianceTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Zone A: 0..100 square, autonomous driving only, 2020 + 4 years → valid to 2023;
        // at most 2 features and 5000 m².
        auto a = test::zone("A", {0, 0, 100, 100}, {Exemption::AutonomousDriverDuties}, 2020, 4, 0);
        a.caps = {{CapKind::Features, 2}, {CapKind::AreaM2, 5000}};
        // Zone B: the square east of A, autonomous driving + public information, 2021 + 4 + 2
        // → valid to 2026.
        auto b = test::zone("B", {100, 0, 200, 100},
                            {Exemption::AutonomousDriverDuties, Exemption::PublicInformationUse},
                            2021, 4, 2);
        zones = {std::move(a), std::move(b)};
        // P1: f1 inside A; f2 half outside B (100x50 = 5000 m², 2500 m² outside);
        // f3 straddles A and B, covered by their union.
        projects.push_back(needing("P1", {Exemption::AutonomousDriverDuties}, 2020, 2023));
        footprints.push_back(test::footprint(
            "P1",
            test::polygonLayer("p1", {{10, 10, 60, 60}, {150, 10, 250, 60}, {90, 70, 110, 90}})));
        // P2: a 60 m line in A, needs public information, which only B grants.
        projects.push_back(needing("P2", {Exemption::PublicInformationUse}, 2021, 2022));
        footprints.push_back(test::footprint("P2", test::lineLayer("p2", {{{20, 20}, {80, 20}}})));
        // P3: drones, granted nowhere.
        projects.push_back(needing("P3", {Exemption::DroneReporting}, 2021, 2022));
        footprints.push_back(test::footprint("P3", test::pointLayer("p3", {{50, 50}})));
        // P4: two points in A, running to 2025 while A ends in 2023.
        projects.push_back(needing("P4", {Exemption::AutonomousDriverDuties}, 2022, 2025));
        footprints.push_back(test::footprint("P4", test::pointLayer("p4", {{30, 30}, {40, 40}})));
        // P5 needs no exemption: never checked, even outside every zone.
        projects.push_back(needing("P5", {}, 2000, 0));
        footprints.push_back(test::footprint("P5", test::pointLayer("p5", {{500, 500}})));
    }

    std::vector<project::SandboxZone> zones;
    std::vector<ProjectInfo> projects;
    std::vector<analysis::AnalysisProject> footprints;
};

TEST_F(ComplianceTest, ListsEveryViolationWithItsReason) {
    const auto result = checkCompliance(projects, footprints, zones);
    ASSERT_TRUE(result.ok());
    const auto& v = result.value();
    ASSERT_EQ(v.size(), 6u);

    // A holds P1's f1 and f3 and P4's two points: 4 features > 2. Area: f1 2500 + the part of
    // f3 in A (10 x 20 = 200) = 2700 <= 5000, so only the feature cap fires.
    EXPECT_EQ(v[0].kind, ViolationKind::CapExceeded);
    EXPECT_EQ(v[0].zoneId, "A");
    EXPECT_EQ(v[0].cap, CapKind::Features);
    EXPECT_DOUBLE_EQ(v[0].value, 4);
    EXPECT_DOUBLE_EQ(v[0].limit, 2);

    EXPECT_EQ(v[1].kind, ViolationKind::OutsideGrantingZones);
    EXPECT_EQ(v[1].projectId, "P1");
    EXPECT_EQ(v[1].layerId, "P1_layer");
    EXPECT_EQ(v[1].featureId, 2);
    EXPECT_NEAR(v[1].value, 2500, 1e-6);

    // P1 starts in 2020, B only in 2021.
    EXPECT_EQ(v[2].kind, ViolationKind::StartsBeforeZone);
    EXPECT_EQ(v[2].zoneId, "B");
    EXPECT_DOUBLE_EQ(v[2].value, 2020);
    EXPECT_DOUBLE_EQ(v[2].limit, 2021);

    EXPECT_EQ(v[3].kind, ViolationKind::OutsideGrantingZones);
    EXPECT_EQ(v[3].projectId, "P2");
    EXPECT_EQ(v[3].exemption, Exemption::PublicInformationUse);
    EXPECT_NEAR(v[3].value, 60, 1e-9);

    EXPECT_EQ(v[4].kind, ViolationKind::NoZoneGrants);
    EXPECT_EQ(v[4].projectId, "P3");
    EXPECT_EQ(v[4].exemption, Exemption::DroneReporting);

    EXPECT_EQ(v[5].kind, ViolationKind::RunsPastValidity);
    EXPECT_EQ(v[5].projectId, "P4");
    EXPECT_EQ(v[5].zoneId, "A");
    EXPECT_DOUBLE_EQ(v[5].value, 2025);
    EXPECT_DOUBLE_EQ(v[5].limit, 2023);
}

TEST_F(ComplianceTest, ExtensionMovesTheValidityEnd) {
    // Extending A by 2 years (to 2025) clears P4's validity violation.
    zones[0].extensionYears = 2;
    const auto result = checkCompliance(projects, footprints, zones);
    ASSERT_TRUE(result.ok());
    for (const auto& v : result.value())
        EXPECT_NE(v.kind, ViolationKind::RunsPastValidity) << v.projectId;
}

TEST_F(ComplianceTest, SliverOutsideWithinToleranceIsCompliant) {
    // A polygon overhanging A by 0.5 m² (1 x 0.5) stays compliant; 2 m² does not.
    projects = {needing("S", {Exemption::AutonomousDriverDuties}, 2020, 2023)};
    footprints = {test::footprint("S", test::polygonLayer("s", {{99, 10, 100.5, 11}}))};
    zones.resize(1);
    auto result = checkCompliance(projects, footprints, zones);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().empty());
    footprints = {test::footprint("S", test::polygonLayer("s", {{99, 10, 102, 11}}))};
    result = checkCompliance(projects, footprints, zones);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.value().size(), 1u);
    EXPECT_NEAR(result.value()[0].value, 2.0, 1e-9);
}

TEST_F(ComplianceTest, OpenEndedProjectRunsPastEveryZone) {
    projects = {needing("O", {Exemption::AutonomousDriverDuties}, 2020, 0)};
    footprints = {test::footprint("O", test::pointLayer("o", {{5, 5}}))};
    const auto result = checkCompliance(projects, footprints, zones);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.value().size(), 1u);
    EXPECT_EQ(result.value()[0].kind, ViolationKind::RunsPastValidity);
}

TEST_F(ComplianceTest, CancelledCheckSaysSo) {
    CancelToken cancel;
    cancel.cancel();
    const auto result = checkCompliance(projects, footprints, zones, {}, cancel);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

} // namespace
} // namespace cw::planning
