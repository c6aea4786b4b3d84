// SPDX-License-Identifier: GPL-3.0-or-later
// The built sample project takes Magok, Sangam and G-Valley from the bundled plugins: every
// plugin layer is embedded with its feature count, its provenance and its origin. Counts are
// what `ogrinfo -so <sample> <layer>` reports; they are the features drawn in the plugins' data
// files (plugins/*/data/*.geojson; the firms come from tools/generate_firms.py: 7 blocks with
// 64+48+22+40+36+30+18 firms plus 12 outside blocks = 270).
#include "cli_runner.h"

using namespace cw::test;

namespace {

struct Expected {
    const char* layer;
    const char* plugin;
    const char* layerSource;
    GIntBig features;
};

constexpr Expected kPluginLayers[] = {
    {"magok_district", "magok-energy", "magok", 1},
    {"magok_energy_facilities", "magok-energy", "magok", 12},
    {"magok_blocks", "magok-energy", "magok", 8},
    {"magok_solar", "magok-energy", "magok", 11},
    {"magok_ess", "magok-energy", "magok", 4},
    {"magok_fuel_cells", "magok-energy", "magok", 3},
    {"magok_heating_network", "magok-energy", "magok", 5},
    {"sangam_dmc", "sangam-mobility", "sangam", 1},
    {"sangam_testbed_roads", "sangam-mobility", "sangam", 8},
    {"sangam_v2x_rsu", "sangam-mobility", "sangam", 9},
    {"gvalley_complexes", "gvalley-industry", "gvalley", 3},
    {"gvalley_innovation_hubs", "gvalley-industry", "gvalley", 8},
    {"gvalley_blocks", "gvalley-industry", "gvalley", 7},
    {"gvalley_firms", "gvalley-industry", "gvalley", 270},
};

} // namespace

TEST(SampleFromPlugins, PluginLayersAreEmbeddedWithTheirCounts) {
    Dataset ds = openVector(CW_SAMPLE_PROJECT);
    ASSERT_TRUE(ds) << CW_SAMPLE_PROJECT;
    for (const Expected& e : kPluginLayers) {
        OGRLayer* layer = ds->GetLayerByName(e.layer);
        ASSERT_NE(layer, nullptr) << e.layer;
        EXPECT_EQ(layer->GetFeatureCount(), e.features) << e.layer;
    }
}

TEST(SampleFromPlugins, LayersRecordOriginAndProvenance) {
    Dataset ds = openVector(CW_SAMPLE_PROJECT);
    ASSERT_TRUE(ds);
    std::map<std::string, std::map<std::string, std::string>> byId;
    for (auto& row : readRows(*ds, "cw_layers"))
        byId[row["id"]] = row;
    for (const Expected& e : kPluginLayers) {
        ASSERT_EQ(byId.count(e.layer), 1u) << e.layer;
        const auto& row = byId[e.layer];
        EXPECT_EQ(row.at("origin_plugin"), e.plugin) << e.layer;
        EXPECT_EQ(row.at("origin_plugin_version"), "1.0.0") << e.layer;
        EXPECT_EQ(row.at("origin_layer_source"), e.layerSource) << e.layer;
        EXPECT_EQ(row.at("origin_layer"), e.layer) << e.layer;
        EXPECT_EQ(row.at("provenance_source"), "approximate sample, hand-drawn, not official")
            << e.layer;
        EXPECT_EQ(row.at("provenance_licence"), "CC0-1.0") << e.layer;
    }
    // Layers the manifest lists itself have no plugin origin.
    ASSERT_EQ(byId.count("ev_chargers"), 1u);
    EXPECT_EQ(byId["ev_chargers"].at("origin_plugin"), "");
    // Project ids the existing tests and the GUI know stay as they were.
    std::set<std::string> projects;
    for (auto& row : readRows(*ds, "cw_projects"))
        projects.insert(row["id"]);
    for (const char* id : {"magok-energy", "sangam-av", "gvalley-industry"})
        EXPECT_EQ(projects.count(id), 1u) << id;
    // A plugin style replaces the sector default: the solar style's fill is #e69f00ff.
    EXPECT_EQ(byId["magok_solar"].at("fill"), "#e69f00ff");
}
