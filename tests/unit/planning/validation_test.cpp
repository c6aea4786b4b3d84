// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/validation.h"
#include "plan_fixtures.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace cw::planning {
namespace {

bool has(const std::vector<ValidationProblem>& problems, ProblemCode code,
         const std::string& field = {}) {
    return std::any_of(problems.begin(), problems.end(), [&](const ValidationProblem& p) {
        return p.code == code && (field.empty() || p.field == field);
    });
}

project::ProjectInfo magok() {
    project::ProjectInfo p;
    p.id = "magok-energy";
    p.name = {"마곡 스마트 에너지", "Magok smart energy"};
    p.sector = project::Sector::Energy;
    p.task = "E1";
    p.stage = 1;
    p.startYear = 2014;
    p.endYear = 2022;
    // Magok's 30 % electric self-sufficiency target for 2022 (DOMAIN.md).
    p.indicators = {{"electric_self_sufficiency",
                     {"전력 자립률", "Electric self-sufficiency"},
                     std::string("%"),
                     2022,
                     std::nullopt,
                     30.0,
                     std::nullopt,
                     false}};
    return p;
}

TEST(PlanValidation, ARealProjectIsValid) {
    EXPECT_TRUE(validateProject(magok()).empty());
}

TEST(PlanValidation, ImpossibleYears) {
    auto p = magok();
    p.endYear = 2010; // before its start
    EXPECT_TRUE(has(validateProject(p), ProblemCode::YearsReversed, "end_year"));
    p = magok();
    p.startYear = 1800;
    EXPECT_TRUE(has(validateProject(p), ProblemCode::YearOutOfRange, "start_year"));
    p = magok();
    p.endYear = 0; // open-ended is allowed
    EXPECT_TRUE(validateProject(p).empty());
}

TEST(PlanValidation, TaskMustBeOneOfTheElevenAndMatchTheSector) {
    auto p = magok();
    p.task = "E9";
    EXPECT_TRUE(has(validateProject(p), ProblemCode::UnknownTask, "task"));
    p.task = "T3"; // a transport task on an energy project
    EXPECT_TRUE(has(validateProject(p), ProblemCode::TaskSectorMismatch, "task"));
    EXPECT_EQ(project::coreTasks().size(), 11u);
}

TEST(PlanValidation, StageBudgetIndicatorsRollout) {
    auto p = magok();
    p.stage = 4;
    p.budgetKrw = -1;
    p.indicators.push_back(p.indicators.front()); // same id and year twice
    p.indicators.push_back({});                   // no id and no value
    p.rollout = {{2030, {"11500"}}};              // stage 3 only, and after the project's end
    const auto problems = validateProject(p);
    EXPECT_TRUE(has(problems, ProblemCode::StageOutOfRange));
    EXPECT_TRUE(has(problems, ProblemCode::NegativeBudget));
    EXPECT_TRUE(has(problems, ProblemCode::DuplicateIndicator));
    EXPECT_TRUE(has(problems, ProblemCode::IndicatorWithoutValue));
    EXPECT_TRUE(has(problems, ProblemCode::RolloutNeedsStage3));
    EXPECT_TRUE(has(problems, ProblemCode::RolloutYearOutsideProject));
}

TEST(PlanValidation, SandboxValidityAndExtensionLimits) {
    auto z = test::zone("z", {0, 0, 1, 1}, {project::Exemption::DroneReporting}, 2024, 4, 2);
    EXPECT_TRUE(validateZone(z).empty());
    EXPECT_EQ(z.lastValidYear(), 2029); // 2024..2027 plus 2028..2029
    z.extensionYears = 3;               // one extension of up to 2 years
    EXPECT_TRUE(has(validateZone(z), ProblemCode::ExtensionTooLong, "extension_years"));
    z.extensionYears = 0;
    z.validYears = 5; // special cases run up to 4 years
    EXPECT_TRUE(has(validateZone(z), ProblemCode::ValidityTooLong, "valid_years"));
    z.validYears = 4;
    z.exemptions.clear();
    z.area = {};
    EXPECT_TRUE(has(validateZone(z), ProblemCode::ZoneWithoutExemptions));
    EXPECT_TRUE(has(validateZone(z), ProblemCode::ZoneWithoutArea));
}

TEST(PlanValidation, DuplicateIdsAcrossThePlan) {
    const auto problems = validatePlan({magok(), magok()}, {});
    EXPECT_TRUE(has(problems, ProblemCode::DuplicateId, "magok-energy.id"));
}

TEST(PlanCatalog, KeysRoundTrip) {
    for (int e = 1; e <= project::kExemptionCount; ++e) {
        const auto ex = static_cast<project::Exemption>(e);
        EXPECT_EQ(project::exemptionFromKey(project::exemptionKey(ex)), ex);
        EXPECT_FALSE(project::exemptionName(ex).ko.empty());
    }
    EXPECT_EQ(project::axisFromKey("green_energy"), project::Axis::GreenEnergy);
    EXPECT_FALSE(project::axisFromKey("blue").has_value());
    EXPECT_EQ(project::findCoreTask("S2")->sector, project::Sector::Safety);
}

} // namespace
} // namespace cw::planning
