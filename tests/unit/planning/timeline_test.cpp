// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/timeline.h"
#include "plan_fixtures.h"

#include <gtest/gtest.h>

namespace cw::planning {
namespace {

TEST(Timeline, ProjectYearsAreInclusiveAndOpenEnded) {
    project::ProjectInfo p;
    p.startYear = 2019;
    p.endYear = 2025;
    EXPECT_FALSE(activeInYear(p, 2018));
    EXPECT_TRUE(activeInYear(p, 2019));
    EXPECT_TRUE(activeInYear(p, 2025));
    EXPECT_FALSE(activeInYear(p, 2026));
    p.endYear = 0;
    EXPECT_TRUE(activeInYear(p, 2040));
}

TEST(Timeline, FeaturesFollowTheirOwnYearsOrTheirProject) {
    auto layer = test::pointLayer("chargers", {{0, 0}, {1, 1}, {2, 2}, {3, 3}});
    layer->fields = {{"start_year", data::FieldType::Integer},
                     {"end_year", data::FieldType::String}};
    layer->attributes = {{std::int64_t{2020}, std::string{"2022-06-30"}},
                         {std::int64_t{2023}, std::monostate{}},
                         {std::monostate{}, std::monostate{}},
                         {std::int64_t{2018}, std::string{"2019"}}};
    EXPECT_EQ(activeFeatures(*layer, 2021), (std::vector<std::uint8_t>{1, 0, 1, 0}));
    EXPECT_EQ(activeFeatures(*layer, 2023), (std::vector<std::uint8_t>{0, 1, 1, 0}));
    // A layer without year fields: every feature follows its project.
    auto plain = test::pointLayer("plain", {{0, 0}});
    EXPECT_EQ(activeFeatures(*plain, 1900), (std::vector<std::uint8_t>{1}));
}

TEST(Timeline, RolloutReachesDistrictsInOrder) {
    project::ProjectInfo p;
    p.stage = 3;
    p.rollout = {{2026, {"Mapo", "Gangseo"}}, {2025, {"Guro"}}, {2027, {"Mapo", "Nowon"}}};
    EXPECT_TRUE(rolledOutDistricts(p, 2024).empty());
    EXPECT_EQ(rolledOutDistricts(p, 2026), (std::vector<std::string>{"Guro", "Mapo", "Gangseo"}));
    EXPECT_EQ(rolledOutDistricts(p, 2030),
              (std::vector<std::string>{"Guro", "Mapo", "Gangseo", "Nowon"}));
}

TEST(Timeline, PlanYearsSpanEveryProject) {
    std::vector<project::ProjectInfo> ps(3);
    ps[0].startYear = 2014;
    ps[0].endYear = 2022;
    ps[1].startYear = 2019;
    ps[2].endYear = 2030;
    EXPECT_EQ(planYears(ps), (std::pair<int, int>{2014, 2030}));
}

} // namespace
} // namespace cw::planning
