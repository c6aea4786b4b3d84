// SPDX-License-Identifier: GPL-3.0-or-later
// Plans no real city has (thousands of projects, thousands of features at one spot, a registry
// naming one project twice) end in a named limit or a correct result, never in a crash or an
// allocation the size of the square of the input.
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/parameter.h"
#include "cityweave/project/project_store.h"
#include "link_fixtures.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace cw::test::links {
namespace {

std::vector<analysis::AnalysisProject> squareProjects(int count) {
    std::vector<analysis::AnalysisProject> projects;
    for (int i = 0; i < count; ++i) {
        std::string id = std::to_string(i);
        id.insert(0, 1, 'p'); // not "p" + ...: GCC 12 warns falsely (-Wrestrict) on that
        projects.push_back(project(id, project::Sector::Energy, "1",
                                   {{"l", polygonLayer({rect(i * 10, 0, i * 10 + 15, 10)})}}));
    }
    return projects;
}

} // namespace

// Every project pair is a matrix row: past the limit (lowered here) the analysis stops with
// the count and the limit, instead of allocating n² cells (regression: 100k projects ran the
// overlay accumulators out of memory).
TEST(WorkLimits, OverlapMatrixRefusesMoreProjectsThanTheLimit) {
    const analysis::AnalysisInput in = input(squareProjects(6));
    {
        const ScopedEnv limit("CITYWEAVE_MAX_MATRIX_PROJECTS", "5");
        auto result = run(*analysis::makeOverlapMatrixAnalysis(), in);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::LimitExceeded);
        EXPECT_EQ(result.error().args.at(1), "6");
        EXPECT_EQ(result.error().args.at(2), "5");
    }
    auto result = run(*analysis::makeOverlapMatrixAnalysis(), in);
    ASSERT_TRUE(result.ok()) << result.error().detail;
    EXPECT_EQ(result->tables.front().rows.size(), 15u); // 6 * 5 / 2 pairs
}

// 400 points of one project on 400 of another, all at one spot, link every pair: 160,000
// links, stopped at a lowered limit of 10,000 with the count named.
TEST(WorkLimits, ProximityLinksStopAtTheLimit) {
    std::vector<Coord> spot(400, Coord{X0, Y0});
    const analysis::AnalysisInput in =
        input({project("a", project::Sector::Energy, "1", {{"a", pointLayer(spot)}}),
               project("b", project::Sector::Transport, "2", {{"b", pointLayer(spot)}})});
    const ScopedEnv limit("CITYWEAVE_MAX_FEATURE_PAIRS", "10000");
    auto result =
        run(*analysis::makeProximityLinksAnalysis(), in, {{"distance", "10"}, {"nearest", "0"}});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::LimitExceeded);
    EXPECT_GT(std::stoull(result.error().args.at(1)), 10000u);
}

// A plan with projects but no features: no zones, no crash (regression: the linker asked the
// group of feature 0 of none).
TEST(WorkLimits, IntegrationZonesOfAnEmptyPlanAreEmpty) {
    const analysis::AnalysisInput in = input({project("a", project::Sector::Energy, "1", {}),
                                              project("b", project::Sector::Transport, "2", {})});
    auto result = run(*analysis::makeIntegrationZonesAnalysis(), in, {{"distance", "800"}});
    ASSERT_TRUE(result.ok()) << result.error().detail;
    for (const auto& layer : result->layers)
        EXPECT_TRUE(layer.rows.empty());
}

// A registry naming a project id twice, or a project with the empty id of base layers: each
// layer goes to one owner (regression: a moved-from layer was handed out again and crashed).
TEST(WorkLimits, DuplicateProjectIdsShareNoLayer) {
    TempDir tmp;
    auto sample = sampleInput(tmp);
    ASSERT_TRUE(sample.ok());
    auto project = project::ProjectStore::load(tmp.file("sample.cwproj.gpkg"));
    ASSERT_TRUE(project.ok());
    ASSERT_FALSE(project->projects.empty());
    project->projects.push_back(project->projects.front()); // the same id again
    project->projects.push_back(project->projects.front());
    project->projects.back().id.clear();
    auto in = analysis::inputFromProject(tmp.file("sample.cwproj.gpkg"), *project, crs5186());
    ASSERT_TRUE(in.ok()) << in.error().detail;
    std::size_t layers = in->baseLayers.size();
    for (const auto& p : in->projects) {
        layers += p.layers.size();
        for (const auto& l : p.layers)
            EXPECT_NE(l.data, nullptr) << p.id << "/" << l.id;
    }
    EXPECT_EQ(layers, project->layers.size());
    EXPECT_EQ(in->projects.size(), project->projects.size());
    EXPECT_TRUE(in->projects.back().layers.empty()); // the empty id owns nothing
}

// Numbers no parameter can hold are refused before any cast (regression: 2.7e122 and NaN
// were cast to long long, which is undefined).
TEST(WorkLimits, ParametersOutOfAnyRangeAreRefused) {
    const std::vector<analysis::ParameterSpec> specs{
        {"n",
         {"n", "n"},
         {"", ""},
         analysis::ParameterType::Integer,
         "1",
         std::nullopt,
         std::nullopt,
         {},
         ""},
        {"d", {"d", "d"}, {"", ""}, analysis::ParameterType::Double, "1", 0.0, 10.0, {}, ""}};
    for (const char* bad : {"2.7e122", "nan", "inf", "-inf", "1e300", "1.5"})
        EXPECT_FALSE(analysis::ParameterValues::resolve(specs, {{"n", bad}}).ok()) << bad;
    for (const char* bad : {"nan", "inf", "11"})
        EXPECT_FALSE(analysis::ParameterValues::resolve(specs, {{"d", bad}}).ok()) << bad;
    auto ok = analysis::ParameterValues::resolve(specs, {{"n", "9007199254740992"}});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->integer("n"), 9007199254740992LL);
}

} // namespace cw::test::links
