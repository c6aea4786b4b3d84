// SPDX-License-Identifier: GPL-3.0-or-later
// One vertex at (0,0) among Seoul coordinates (a flipped byte does it) stretches a layer's extent
// a thousandfold: the input names the layer and the feature, and a default grid over such an
// extent is refused with the extent named instead of being allocated; a default grid covers
// where the features usually lie.
#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/file_inputs.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cw::analysis {
namespace {

std::string squares(cw::test::TempDir& tmp, const std::string& name, int count,
                    const std::string& extraRing) {
    std::string json = R"({"type":"FeatureCollection","crs":{"type":"name","properties":)"
                       R"({"name":"urn:ogc:def:crs:EPSG::5186"}},"features":[)";
    for (int i = 0; i < count; ++i) {
        const int x = 200000 + (i % 10) * 300, y = 550000 + (i / 10) * 300;
        json += (i ? "," : "") + std::string(R"({"type":"Feature","properties":{},"geometry":)") +
                R"({"type":"Polygon","coordinates":[[[)" + std::to_string(x) + "," +
                std::to_string(y) + "],[" + std::to_string(x + 50) + "," + std::to_string(y) +
                "],[" + std::to_string(x + 50) + "," + std::to_string(y + 50) + "],[" +
                std::to_string(x) + "," + std::to_string(y) + "]]]}}";
    }
    if (!extraRing.empty())
        json += R"(,{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
                R"("coordinates":[[)" +
                extraRing + "]]}}";
    json += "]}";
    const std::string path = tmp.file(name);
    cw::test::writeText(path, json);
    return path;
}

TEST(StrayFeatures, AVertexAtTheOriginIsNamedAndTheGridRefused) {
    cw::test::TempDir tmp;
    const std::string clean = squares(tmp, "clean.geojson", 60, "");
    const std::string stray = squares(tmp, "stray.geojson", 60,
                                      "[200000,550000],[200050,550000],[0.5,0.5],[200000,550000]");
    auto crs = cw::crs::Crs::fromEpsg(5186);
    ASSERT_TRUE(crs);
    auto input = inputFromFiles({InputSpec{"A", {clean}}, InputSpec{"B", {stray}}}, *crs);
    ASSERT_TRUE(input);
    ASSERT_EQ(input->warnings.size(), 1u);
    EXPECT_EQ(input->warnings[0],
              "layer stray: 1 feature lies far from the rest (one reaches from (0, 0) to "
              "(200050, 550000)); check for misplaced vertices such as (0,0)");

    // A 10 m grid over 200 km x 550 km would have a billion cells.
    AnalysisRegistry registry;
    registerBuiltInAnalyses(registry);
    const Analysis* rollup = registry.find("district-rollup");
    ASSERT_NE(rollup, nullptr);
    auto params = ParameterValues::resolve(rollup->descriptor().parameters, {{"grid_size", "10"}});
    ASSERT_TRUE(params);
    auto result = rollup->run(*input, *params, {}, {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(result.error().detail.find("over the extent 0, 0 - "), std::string::npos)
        << result.error().detail;

    // A grid laid by default covers where the features usually are, not the stray's reach
    // (regression: pilot-ranking ranked 440,000 cells over 200 km x 550 km for 140 s).
    const Analysis* ranking = registry.find("pilot-ranking");
    ASSERT_NE(ranking, nullptr);
    auto defaults = ParameterValues::resolve(ranking->descriptor().parameters, {});
    ASSERT_TRUE(defaults);
    auto ranked = ranking->run(*input, *defaults, {}, {});
    ASSERT_TRUE(ranked) << ranked.error().detail;
    ASSERT_FALSE(ranked->layers.empty());
    const geometry::Envelope cells = ranked->layers[0].geometries.extent();
    EXPECT_GT(cells.minX, 150000);
    EXPECT_GT(cells.minY, 500000);
}

} // namespace
} // namespace cw::analysis
