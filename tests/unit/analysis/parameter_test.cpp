// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/parameter.h"
#include "cityweave/analysis/sector_rules.h"

#include <gtest/gtest.h>

namespace {
using namespace cw::analysis;
using cw::project::Sector;

std::vector<ParameterSpec> specs() {
    ParameterSpec distance{
        "distance", {"거리", "Distance"}, {}, ParameterType::Double, "500", 0.0, 50000.0, {}, "m"};
    ParameterSpec count{"count", {"개수", "Count"}, {}, ParameterType::Integer, "3", 1.0, {}, {},
                        ""};
    ParameterSpec flag{
        "features", {"객체", "Features"}, {}, ParameterType::Boolean, "true", {}, {}, {}, ""};
    ParameterSpec zone{"zones", {"구역", "Zones"},      {}, ParameterType::Choice, "gu", {},
                       {},      {"gu", "dong", "grid"}, ""};
    return {distance, count, flag, zone};
}

TEST(ParameterValues, DefaultsFillMissingKeys) {
    auto v = ParameterValues::resolve(specs(), {});
    ASSERT_TRUE(v);
    EXPECT_DOUBLE_EQ(v->number("distance"), 500.0);
    EXPECT_EQ(v->integer("count"), 3);
    EXPECT_TRUE(v->flag("features"));
    EXPECT_EQ(v->text("zones"), "gu");
}

TEST(ParameterValues, RejectsWrongTypesRangesUnknownKeysAndChoices) {
    for (const auto& bad : std::vector<std::map<std::string, std::string>>{{{"distance", "far"}},
                                                                           {{"distance", "-1"}},
                                                                           {{"distance", "60000"}},
                                                                           {{"count", "2.5"}},
                                                                           {{"count", "0"}},
                                                                           {{"features", "maybe"}},
                                                                           {{"zones", "planet"}}}) {
        auto v = ParameterValues::resolve(specs(), bad);
        ASSERT_FALSE(v) << bad.begin()->first << "=" << bad.begin()->second;
        EXPECT_EQ(v.error().code, cw::ErrorCode::InvalidArgument);
        EXPECT_EQ(v.error().args.at(0), bad.begin()->first);
    }
    auto unknown = ParameterValues::resolve(specs(), {{"colour", "red"}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, cw::ErrorCode::UnknownParameter);
    EXPECT_EQ(unknown.error().args, std::vector<std::string>{"colour"});
    auto ok = ParameterValues::resolve(specs(), {{"distance", "250.5"}, {"features", "false"}});
    ASSERT_TRUE(ok);
    EXPECT_DOUBLE_EQ(ok->number("distance"), 250.5);
    EXPECT_FALSE(ok->flag("features"));
}

TEST(SectorRules, TaskRulesBeatSectorRulesAndPairsAreUnordered) {
    const SectorRuleTable t = SectorRuleTable::defaults();
    const SectorRule* r =
        t.match(Sector::Transport, "T2", Sector::Energy, "E2", Relation::Proximity);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->id, "ev-charging-x-iot-parking");
    EXPECT_EQ(r->label, ZoneLabel::Synergy);
    // Storage and chargers are complementary even on the same ground...
    r = t.match(Sector::Energy, "E1", Sector::Energy, "E2", Relation::Overlap);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->label, ZoneLabel::Synergy);
    // ...but two storage projects on one block duplicate each other; near each other they don't.
    r = t.match(Sector::Energy, "E1", Sector::Energy, "E1", Relation::Overlap);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->label, ZoneLabel::Duplication);
    EXPECT_EQ(t.match(Sector::Energy, "E1", Sector::Energy, "E1", Relation::Proximity), nullptr);
    EXPECT_EQ(t.match(Sector::None, "", Sector::None, "", Relation::Overlap), nullptr);
}

} // namespace
