// SPDX-License-Identifier: GPL-3.0-or-later
// The data-only example plugin (plugins/data-only-example: JSON + GeoJSON + a style, no code),
// found in a user plugin folder (the build's example folder), waits for the user's trust, is
// then loaded, and a project built from a manifest naming its layer source embeds its layer
// with the plugin's style, provenance and origin.
#include "cli_runner.h"

#include <nlohmann/json.hpp>

using namespace cw::test;

namespace {

const std::string kExamples = CW_PLUGIN_EXAMPLES_DIR;

// `plugins --json`'s entry for `id` (null json when absent).
nlohmann::json pluginEntry(const std::string& listing, const std::string& id) {
    const auto json = nlohmann::json::parse(listing, nullptr, false);
    if (json.is_discarded())
        return {};
    for (const auto& p : json.at("plugins"))
        if (p.value("id", "") == id)
            return p;
    return {};
}

// Trusts the example folder in this test's own plugin state.
void trustExamples(const TempDir& tmp) {
    const CliRun trust = runCli(tmp, "plugins trust '" + kExamples + "'", kExamples);
    ASSERT_EQ(trust.exitCode, 0) << trust.err;
}

} // namespace

TEST(DataOnlyPlugin, IsLoadedOnceItsFolderIsTrusted) {
    TempDir tmp;
    const CliRun before = runCli(tmp, "plugins --json", kExamples);
    ASSERT_EQ(before.exitCode, 0) << before.err;
    EXPECT_EQ(pluginEntry(before.out, "smart-shelters-example").value("state", ""), "untrusted")
        << before.out;

    trustExamples(tmp);
    const CliRun run = runCli(tmp, "plugins --json", kExamples);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto entry = pluginEntry(run.out, "smart-shelters-example");
    ASSERT_FALSE(entry.is_null()) << run.out;
    EXPECT_EQ(entry.value("state", ""), "loaded");
    EXPECT_EQ(entry.value("origin", ""), "user");
    EXPECT_TRUE(entry.value("data_only", false));
    EXPECT_EQ(entry.at("layer_sources"), nlohmann::json::array({"shelters"}));
    EXPECT_TRUE(entry.at("analyses").empty());
}

TEST(DataOnlyPlugin, ManifestEmbedsItsLayer) {
    TempDir tmp;
    writeText(tmp.path() / "manifest.json",
              R"({"title": {"ko": "쉼터", "en": "Shelters"},
                  "projects": [{"plugin": "smart-shelters-example", "layer_source": "shelters"}]})");
    const std::string out = tmp.file("shelters.gpkg");
    trustExamples(tmp);
    const CliRun run =
        runCli(tmp, "build-sample '" + tmp.file("manifest.json") + "' '" + out + "'", kExamples);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("1 projects and 1 layers"), std::string::npos) << run.out;

    Dataset ds = openVector(out);
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("smart_shelters");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetFeatureCount(), 4); // four shelters in data/smart_shelters.geojson
    const auto layers = readRows(*ds, "cw_layers");
    ASSERT_EQ(layers.size(), 1u);
    EXPECT_EQ(layers[0].at("origin_plugin"), "smart-shelters-example");
    EXPECT_EQ(layers[0].at("origin_layer_source"), "shelters");
    EXPECT_EQ(layers[0].at("provenance_owner"), "CityWeave sample data");
    EXPECT_EQ(layers[0].at("fill"), "#e69f00ff"); // the plugin's "shelter" style
    EXPECT_EQ(layers[0].at("point_symbol"), "square");
    const auto projects = readRows(*ds, "cw_projects");
    ASSERT_EQ(projects.size(), 1u);
    EXPECT_EQ(projects[0].at("id"), "smart-shelters");
    EXPECT_EQ(projects[0].at("sector"), "safety");
    EXPECT_EQ(projects[0].at("task"), "S3");
}

TEST(DataOnlyPlugin, UnknownLayerSourceIsRefused) {
    TempDir tmp;
    writeText(tmp.path() / "manifest.json",
              R"({"projects": [{"plugin": "smart-shelters-example", "layer_source": "nope"}]})");
    const std::string out = tmp.file("none.gpkg");
    trustExamples(tmp);
    const CliRun run =
        runCli(tmp, "build-sample '" + tmp.file("manifest.json") + "' '" + out + "'", kExamples);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("nope"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}
