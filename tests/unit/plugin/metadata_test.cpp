// SPDX-License-Identifier: GPL-3.0-or-later
// cityweave-plugin.json: a valid description read in full, and each malformed case refused with
// a reason that names the offending field.
#include "cityweave/plugin/plugin_metadata.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using cw::plugin::readPluginMetadata;
using nlohmann::json;

json validCodePlugin() {
    return json::parse(R"({
      "id": "magok-energy",
      "name": {"ko": "마곡 에너지", "en": "Magok energy"},
      "description": {"ko": "설명", "en": "Description"},
      "version": "1.2.0",
      "sdk": {"min": "1.0", "max": "1.99"},
      "depends": [{"id": "base-layers", "version": "2.0"}, {"id": "other"}],
      "library": "magok_energy",
      "licence": "GPL-3.0-or-later",
      "provides": {"analyses": ["magok-self-sufficiency"], "layer_sources": ["magok"],
                   "styles": ["solar"]},
      "styles": [{"id": "solar", "name": {"ko": "태양광", "en": "Solar"},
                  "fill": "#e69f0080", "stroke": "#000000ff", "stroke_width_mm": 0.4,
                  "point_size_mm": 3, "point_symbol": "triangle", "opacity": 0.8,
                  "label_field": "name"}],
      "layer_sources": [{
        "id": "magok", "name": {"ko": "마곡", "en": "Magok"},
        "description": {"ko": "마곡 설명", "en": "About Magok"},
        "project": {"id": "magok-energy", "name": {"ko": "마곡 에너지", "en": "Magok energy"},
                    "sector": "energy", "task": "E1",
                    "lead_agency": {"ko": "SH공사", "en": "SH Corporation"}, "stage": 2,
                    "start_year": 2020, "end_year": 2025},
        "layers": [{"id": "magok_solar", "name": {"ko": "태양광", "en": "Solar"},
                    "sector": "energy", "file": "data/solar.geojson", "source_layer": "solar",
                    "style": "solar",
                    "provenance": {"source": "approximate sample", "owner": "SH Corporation",
                                   "date": "2024-05-01", "licence": "CC-BY-4.0"}}]
      }]
    })");
}

class MetadataTest : public ::testing::Test {
protected:
    void SetUp() override { cw::test::writeText(dir.path() / "data/solar.geojson", "{}"); }

    // Writes `metadata` and expects a refusal whose reason contains `reasonPart`.
    void expectRefusedText(const std::string& text, const std::string& reasonPart) {
        cw::test::writeText(dir.path() / "cityweave-plugin.json", text);
        const auto result = readPluginMetadata(dir.path().string());
        ASSERT_FALSE(result.ok()) << "accepted: " << text;
        EXPECT_EQ(result.error().code, cw::ErrorCode::PluginBadMetadata);
        ASSERT_EQ(result.error().args.size(), 2u);
        EXPECT_NE(result.error().args[1].find(reasonPart), std::string::npos)
            << "reason: " << result.error().args[1];
    }
    void expectRefused(const json& j, const std::string& reasonPart) {
        expectRefusedText(j.dump(), reasonPart);
    }

    cw::test::TempDir dir;
};

TEST_F(MetadataTest, ReadsEveryField) {
    cw::test::writeText(dir.path() / "cityweave-plugin.json", validCodePlugin().dump());
    const auto result = readPluginMetadata(dir.path().string());
    ASSERT_TRUE(result.ok()) << result.error().args.back();
    const auto& m = result.value();
    EXPECT_EQ(m.id, "magok-energy");
    EXPECT_EQ(m.name.ko, "마곡 에너지");
    EXPECT_EQ(m.version, "1.2.0");
    EXPECT_EQ(m.sdkMinimum, 1000);
    EXPECT_EQ(m.sdkMaximum, 1099);
    ASSERT_EQ(m.dependencies.size(), 2u);
    EXPECT_EQ(m.dependencies[0].minimumVersion, "2.0");
    EXPECT_EQ(m.dependencies[1].minimumVersion, "");
    EXPECT_EQ(m.library, "magok_energy");
    EXPECT_FALSE(m.isDataOnly());
    EXPECT_EQ(m.providedAnalyses, std::vector<std::string>{"magok-self-sufficiency"});
    ASSERT_EQ(m.styles.size(), 1u);
    const auto& style = m.styles[0].style;
    EXPECT_EQ(style.fill, (cw::style::Rgba{0xe6, 0x9f, 0x00, 0x80}));
    EXPECT_EQ(style.pointSymbol, cw::style::PointSymbol::Triangle);
    EXPECT_DOUBLE_EQ(style.strokeWidthMm, 0.4);
    EXPECT_DOUBLE_EQ(style.opacity, 0.8);
    EXPECT_EQ(style.labelField, "name");
    ASSERT_EQ(m.layerSources.size(), 1u);
    const auto& source = m.layerSources[0];
    EXPECT_EQ(source.project.sector, cw::project::Sector::Energy);
    EXPECT_EQ(source.project.task, "E1");
    EXPECT_EQ(source.project.stage, 2);
    EXPECT_EQ(source.project.endYear, 2025);
    ASSERT_EQ(source.layers.size(), 1u);
    EXPECT_EQ(source.layers[0].file, "data/solar.geojson"); // absolute only once loaded
    EXPECT_EQ(source.layers[0].sourceLayer, "solar");
    EXPECT_EQ(source.layers[0].provenance.owner, "SH Corporation");
}

TEST_F(MetadataTest, DataOnlyNeedsNoLibrary) {
    json j = validCodePlugin();
    j.erase("library");
    j["provides"].erase("analyses");
    cw::test::writeText(dir.path() / "cityweave-plugin.json", j.dump());
    const auto result = readPluginMetadata(dir.path().string());
    ASSERT_TRUE(result.ok()) << result.error().args.back();
    EXPECT_TRUE(result->isDataOnly());
}

TEST_F(MetadataTest, MissingFileIsNotFound) {
    const auto result = readPluginMetadata(dir.path().string());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, cw::ErrorCode::FileNotFound);
}

TEST_F(MetadataTest, MalformedJson) {
    expectRefusedText(R"({"id": "x", "name": )", "parse error");
    expectRefusedText(R"(["not", "an", "object"])", "expected a JSON object");
}

TEST_F(MetadataTest, MissingOrIllFormedFields) {
    for (const char* key : {"id", "name", "version", "sdk", "licence"}) {
        json j = validCodePlugin();
        j.erase(key);
        expectRefused(j, std::string("missing \"") + key + "\"");
    }
    json j = validCodePlugin();
    j["id"] = "Magok Energy";
    expectRefused(j, "id: \"Magok Energy\" is not a valid plugin id");
    j = validCodePlugin();
    j["name"] = json{{"ko", "마곡"}};
    expectRefused(j, "name: missing \"en\"");
    j = validCodePlugin();
    j["name"]["en"] = "  ";
    expectRefused(j, "name.en: must not be empty");
    j = validCodePlugin();
    j["version"] = "1.x";
    expectRefused(j, "version: \"1.x\" is not a version");
    j = validCodePlugin();
    j["version"] = 1;
    expectRefused(j, "version: expected a string");
}

TEST_F(MetadataTest, SdkRange) {
    json j = validCodePlugin();
    j["sdk"]["min"] = "one";
    expectRefused(j, "sdk.min: expected an SDK version");
    j = validCodePlugin();
    j["sdk"]["max"] = "1.0.0";
    expectRefused(j, "sdk.max: expected an SDK version");
    j = validCodePlugin();
    j["sdk"] = json{{"min", "1.5"}, {"max", "1.2"}};
    expectRefused(j, "\"max\" is lower than \"min\"");
}

TEST_F(MetadataTest, Dependencies) {
    json j = validCodePlugin();
    j["depends"] = json::array({json{{"id", "magok-energy"}}});
    expectRefused(j, "cannot depend on itself");
    j["depends"] = json::array({json{{"id", "other"}, {"version", "two"}}});
    expectRefused(j, "depends[0].version");
    j["depends"] = json{{"id", "other"}};
    expectRefused(j, "depends: expected an array");
}

TEST_F(MetadataTest, Library) {
    json j = validCodePlugin();
    j["library"] = "../../usr/lib/evil";
    expectRefused(j, "library: \"../../usr/lib/evil\" must be a base name");
    j["library"] = "/tmp/libx.so";
    expectRefused(j, "must be a base name");
}

TEST_F(MetadataTest, DataOnlyCannotProvideAnalysesOrBeEmpty) {
    json j = validCodePlugin();
    j.erase("library");
    expectRefused(j, "without \"library\" cannot provide analyses");
    j = validCodePlugin();
    j.erase("library");
    j.erase("provides");
    j.erase("layer_sources");
    j.erase("styles");
    expectRefused(j, "must declare layer_sources or styles");
}

TEST_F(MetadataTest, LayerDeclarations) {
    json j = validCodePlugin();
    j["layer_sources"][0]["layers"][0]["sector"] = "water";
    expectRefused(j, "layer_sources[0].layers[0].sector: unknown sector \"water\"");
    j = validCodePlugin();
    j["layer_sources"][0]["project"]["task"] = "E9";
    expectRefused(j, "unknown task \"E9\"");
    j = validCodePlugin();
    j["layer_sources"][0]["project"]["stage"] = 4;
    expectRefused(j, "stage: must be 1, 2 or 3");
    j = validCodePlugin();
    j["layer_sources"][0]["layers"] = json::array();
    expectRefused(j, "at least one layer");
    j = validCodePlugin();
    j["layer_sources"][0]["layers"][0]["style"] = "nope";
    expectRefused(j, "no style \"nope\"");
    j = validCodePlugin();
    j["layer_sources"][0]["layers"][0]["provenance"]["date"] = "May 2024";
    expectRefused(j, "expected an ISO date");
    j = validCodePlugin();
    j["layer_sources"][0]["layers"].push_back(j["layer_sources"][0]["layers"][0]);
    expectRefused(j, "duplicate layer id \"magok_solar\"");
}

TEST_F(MetadataTest, DataFilesStayInsideTheFolder) {
    cw::test::writeText(dir.path().parent_path() / "outside.geojson", "{}");
    json j = validCodePlugin();
    j["layer_sources"][0]["layers"][0]["file"] = "../outside.geojson";
    expectRefused(j, "leads outside the plugin folder");
    j["layer_sources"][0]["layers"][0]["file"] = "data/../../outside.geojson";
    expectRefused(j, "leads outside the plugin folder");
    j["layer_sources"][0]["layers"][0]["file"] = (dir.path() / "data/solar.geojson").string();
    expectRefused(j, "must be relative to the plugin folder");
    j["layer_sources"][0]["layers"][0]["file"] = "data/missing.geojson";
    expectRefused(j, "does not exist in the plugin folder");
    // A symbolic link inside the folder that leads out of it.
    std::filesystem::create_symlink(dir.path().parent_path() / "outside.geojson",
                                    dir.path() / "data/link.geojson");
    j["layer_sources"][0]["layers"][0]["file"] = "data/link.geojson";
    expectRefused(j, "leads outside the plugin folder");
    std::filesystem::remove(dir.path().parent_path() / "outside.geojson");
}

TEST_F(MetadataTest, Styles) {
    json j = validCodePlugin();
    j["styles"][0]["fill"] = "red";
    expectRefused(j, "styles[0].fill: expected a colour \"#rrggbbaa\"");
    j = validCodePlugin();
    j["styles"][0]["opacity"] = 1.5;
    expectRefused(j, "styles[0].opacity: must be between");
    j = validCodePlugin();
    j["styles"][0]["point_symbol"] = "star";
    expectRefused(j, "unknown point symbol \"star\"");
    j = validCodePlugin();
    j["styles"].push_back(j["styles"][0]);
    expectRefused(j, "duplicate id \"solar\"");
}

TEST(VersionCompare, NumericNotTextual) {
    using cw::plugin::compareVersions;
    EXPECT_EQ(compareVersions("1.10.0", "1.9.0"), 1); // "1.10" < "1.9" as text
    EXPECT_EQ(compareVersions("1.9", "1.10"), -1);
    EXPECT_EQ(compareVersions("1.2", "1.2.0"), 0);
    EXPECT_EQ(compareVersions("2", "1.99.99"), 1);
    EXPECT_EQ(compareVersions("0.9.1", "0.9.1"), 0);
    EXPECT_EQ(compareVersions("1.0.0.1", "1.0.0"), 1);
}

} // namespace
