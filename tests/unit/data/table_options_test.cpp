// SPDX-License-Identifier: GPL-3.0-or-later
// The layer-source description survives its text form and the project file, and a project
// reopened with a CSV layer reads the same features.
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_source.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/project_store.h"
#include "table_fixtures.h"

#include <gtest/gtest.h>

namespace {

using namespace cw::data;

TEST(TableOptions, JsonRoundTripAndDefaultsAreEmpty) {
    EXPECT_EQ(tableOptionsToJson(TableOptions{}), "");
    TableOptions o;
    o.headerRow = 3;
    o.geometry = GeometryColumns::XY;
    o.xColumn = "X좌표(GRS80TM)";
    o.yColumn = "Y좌표(GRS80TM)";
    o.textColumns = {"우편번호"};
    o.badRows = BadRowPolicy::Drop;
    auto back = tableOptionsFromJson(tableOptionsToJson(o));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, o);
    EXPECT_FALSE(tableOptionsFromJson("{not json"));
}

TEST(LayerSourceText, ParsesAndPrintsEveryKey) {
    auto s = layerSourceFromText(
        "data/정류소.csv|encoding=CP949|crs=EPSG:5181|x=X좌표|y=Y좌표|header-row=2|text=ARS-ID|"
        "bad-rows=drop");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->path, "data/정류소.csv");
    EXPECT_EQ(s->encoding, "CP949");
    EXPECT_EQ(s->crs, "EPSG:5181");
    EXPECT_EQ(s->table.xColumn, "X좌표");
    EXPECT_EQ(s->table.headerRow, 2);
    EXPECT_EQ(s->table.textColumns, std::vector<std::string>{"ARS-ID"});
    EXPECT_EQ(s->table.badRows, BadRowPolicy::Drop);
    auto again = layerSourceFromText(layerSourceToText(*s));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *s);
    EXPECT_EQ(layerSourceToText(LayerSource{"a.shp", {}, {}, {}, {}}), "a.shp");
    auto unknown = layerSourceFromText("a.csv|colour=red");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().args.at(1), "colour");
    EXPECT_FALSE(layerSourceFromText("a.csv|geometry=polygon"));
}

TEST(LayerSourceText, DetectedChoicesReproduceTheReading) {
    cw::test::TempDir tmp;
    const std::string path = tmp.file("stops.csv");
    cw::test::writeText(
        path, cw::test::toCp949(cw::test::crlf(
                  {"정류소명,위도,경도", "시청,37.5663,126.9779", "강남,37.4979,127.0276"})));
    auto layer = LayerReader::read(path);
    ASSERT_TRUE(layer);
    const LayerSource chosen =
        withDetectedChoices(LayerSource{path, {}, {}, {}, {}}, *layer->report.table);
    EXPECT_EQ(layerSourceToText(chosen),
              path + "|encoding=CP949|crs=EPSG:4326|geometry=xy|x=경도|y=위도");
    auto again = LayerReader::read(path, chosen.readOptions());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->report.table->geometryReason, "option");
    EXPECT_EQ(again->attributes, layer->attributes);
}

TEST(TableLayerInProject, ReopensWithTheSameFeatures) {
    cw::test::TempDir tmp;
    const std::string csv = tmp.file("data/cctv.csv");
    cw::test::writeText(csv, cw::test::toCp949(cw::test::crlf(
                                 {"관리번호,설치장소,가로,세로", "0001,시청앞,126.9779,37.5663",
                                  "0002,강남역,127.0276,37.4979", "0003,미상,0,0"})));
    cw::project::Project project;
    cw::project::LayerEntry entry;
    entry.id = "cctv";
    entry.name = {"CCTV", "CCTV"};
    entry.source = "data/cctv.csv";
    entry.crsOverride = "EPSG:4326";
    entry.table.xColumn = "가로";
    entry.table.yColumn = "세로";
    entry.table.badRows = BadRowPolicy::Drop;
    project.layers.push_back(entry);
    const std::string file = tmp.file("plan.cwproject.gpkg");
    ASSERT_TRUE(cw::project::ProjectStore::save(project, file));
    auto reopened = cw::project::ProjectStore::load(file);
    ASSERT_TRUE(reopened);
    ASSERT_EQ(reopened->layers.size(), 1u);
    EXPECT_EQ(reopened->layers[0].table, entry.table);
    auto layer = cw::project::loadProjectLayer(file, reopened->layers[0]);
    ASSERT_TRUE(layer) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ((*layer)->featureCount(), 2u);
    EXPECT_EQ((*layer)->report.badRows.dropped, 1u);
    EXPECT_EQ(std::get<std::string>((*layer)->attributes[1][0]), "0002");
}

} // namespace
