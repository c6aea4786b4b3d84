// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios in a sample manifest (docs/scenarios.md): patches replace planning keys, layer
// variants become tables of the project file, and the named scenario is the working plan.
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/project_store.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace cw::planning {
namespace {
namespace fs = std::filesystem;

std::string pointLayer(double lon) {
    std::string s = R"({"type": "FeatureCollection", "features": [{"type": "Feature",
        "properties": {"id": 1}, "geometry": {"type": "Point", "coordinates": [)";
    s += std::to_string(lon);
    s += R"(, 37.55]}}]})";
    return s;
}

class ManifestScenarios : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("cw-manifest-scenarios-" + std::to_string(cw::test::processId()));
        fs::create_directories(dir);
        std::ofstream(dir / "chargers.geojson") << pointLayer(126.90);
        std::ofstream(dir / "chargers_moved.geojson") << pointLayer(127.00);
    }
    void TearDown() override { fs::remove_all(dir); }

    Result<project::Project> build(const std::string& scenarios) {
        std::string manifest = R"({"projects": [{"id": "ev", "sector": "energy", "task": "E2",
            "stage": 3, "start_year": 2020, "end_year": 2025,
            "required_exemptions": ["private_network"],
            "rollout": [{"year": 2024, "districts": ["11500"]}, {"year": 2025, "districts": ["11680"]}],
            "layers": [{"id": "chargers", "file": "chargers.geojson"}]}], )";
        manifest += scenarios;
        manifest += "}";
        std::ofstream(dir / "m.json") << manifest;
        return manifest::buildProjectFromManifest((dir / "m.json").string(),
                                                  (dir / "out.gpkg").string());
    }
    fs::path dir;
};

TEST_F(ManifestScenarios, PatchesReplaceKeysAndVariantsBecomeTables) {
    auto p = build(R"("scenarios": [{"id": "base", "name": {"ko": "원안", "en": "Base"}},
        {"id": "late", "name": "Late", "projects_patch": {"ev": {"end_year": 2027,
             "rollout": [{"year": 2026, "districts": ["11440"]}]}},
         "layer_variants": {"chargers": "chargers_moved.geojson"}}],
        "active_scenario": "late")");
    ASSERT_TRUE(p.ok()) << p.error().detail;
    ASSERT_EQ(p->scenarios.size(), 2u);
    EXPECT_EQ(p->activeScenario, "late");
    // The working plan is "late": end year and roll-out replaced (one step, not three), the
    // exemptions the patch does not name kept.
    ASSERT_EQ(p->projects.size(), 1u);
    EXPECT_EQ(p->projects[0].endYear, 2027);
    ASSERT_EQ(p->projects[0].rollout.size(), 1u);
    EXPECT_EQ(p->projects[0].rollout[0].districts, std::vector<std::string>{"11440"});
    EXPECT_EQ(p->projects[0].requiredExemptions.size(), 1u);
    // The base scenario is the manifest's plan as written.
    EXPECT_EQ(p->scenarios[0].projects[0].endYear, 2025);
    EXPECT_EQ(p->scenarios[0].projects[0].rollout.size(), 2u);
    EXPECT_EQ(p->scenarios[1].layerVariants.at("chargers"), "chargers__late");

    // Saved and loaded back, the variant table is what the active scenario draws.
    auto loaded = project::ProjectStore::load((dir / "out.gpkg").string());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->activeScenario, "late");
    const project::LayerEntry& entry = loaded->layers.at(0);
    auto moved =
        project::loadProjectLayer((dir / "out.gpkg").string(), effectiveLayer(*loaded, entry));
    ASSERT_TRUE(moved.ok());
    ASSERT_TRUE(switchScenario(*loaded, "base").ok());
    auto original =
        project::loadProjectLayer((dir / "out.gpkg").string(), effectiveLayer(*loaded, entry));
    ASSERT_TRUE(original.ok());
    // 0.1° of longitude at 37.55° N is about 8.8 km in EPSG:5186.
    const double dx = (*moved)->geometries.part(0)[0].x - (*original)->geometries.part(0)[0].x;
    EXPECT_NEAR(dx, 8820, 100);
    const auto d = compareFeatures(**original, **moved);
    EXPECT_EQ(d.moved.size(), 1u);
    EXPECT_TRUE(d.added.empty() && d.removed.empty() && d.edited.empty());
}

TEST_F(ManifestScenarios, WithoutActiveScenarioTheFirstIsTheWorkingPlan) {
    auto p = build(R"("scenarios": [{"id": "a", "projects_patch": {"ev": {"stage": 2}}},
                                     {"id": "b"}])");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->activeScenario, "a");
    EXPECT_EQ(p->projects[0].stage, 2);
}

TEST_F(ManifestScenarios, UnknownNamesAreRefused) {
    EXPECT_FALSE(build(R"("scenarios": [{"id": "a", "projects_patch": {"nope": {}}}])").ok());
    EXPECT_FALSE(
        build(R"("scenarios": [{"id": "a", "layer_variants": {"nope": "x.geojson"}}])").ok());
    EXPECT_FALSE(build(R"("scenarios": [{"id": "a"}], "active_scenario": "b")").ok());
    EXPECT_FALSE(build(R"("scenarios": [{"name": "no id"}])").ok());
}

} // namespace
} // namespace cw::planning
