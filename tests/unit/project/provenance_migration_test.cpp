// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 4: layer provenance and plugin origin. A schema-3 file written by hand with SQLite
// migrates (old layers get empty provenance and origin), and the new fields round-trip.
#include "cityweave/project/project_store.h"
#include "project/raw_sql.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

using cw::project::LayerEntry;
using cw::project::LayerOrigin;
using cw::project::Project;
using cw::project::ProjectStore;
using cw::project::Provenance;
using namespace cw::test;

namespace {

void createEmptyGpkg(const std::string& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(driver, nullptr);
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    GDALClose(ds);
}

} // namespace

TEST(ProvenanceMigration, HandWrittenV3FileMigratesWithEmptyProvenance) {
    TempDir tmp;
    const std::string path = tmp.file("v3.gpkg");
    createEmptyGpkg(path);
    // Schema 3 as released (migrations 1-3), one layer, no provenance columns.
    sql(path, R"sql(
CREATE TABLE cw_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE cw_projects (
  id TEXT PRIMARY KEY NOT NULL, name_ko TEXT, name_en TEXT, sector TEXT NOT NULL, task TEXT,
  lead_agency_ko TEXT, lead_agency_en TEXT, stage INTEGER, start_year INTEGER, end_year INTEGER);
CREATE TABLE cw_layers (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, name_ko TEXT, name_en TEXT,
  project_id TEXT, source TEXT, source_layer TEXT, visible INTEGER NOT NULL DEFAULT 1,
  fill TEXT, stroke TEXT, stroke_width_mm REAL, point_size_mm REAL,
  opacity REAL NOT NULL DEFAULT 1.0, label_field TEXT NOT NULL DEFAULT '',
  point_symbol TEXT NOT NULL DEFAULT 'circle', encoding TEXT NOT NULL DEFAULT '',
  crs_override TEXT NOT NULL DEFAULT '');
CREATE TABLE cw_view (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE cw_sector_rules (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, name_ko TEXT, name_en TEXT,
  sector_a TEXT NOT NULL, task_a TEXT NOT NULL DEFAULT '', sector_b TEXT NOT NULL,
  task_b TEXT NOT NULL DEFAULT '', relation TEXT NOT NULL DEFAULT 'any',
  label TEXT NOT NULL DEFAULT 'neutral');
INSERT INTO cw_meta VALUES ('schema_version', '3'), ('title_en', 'Plan 3'),
  ('rules_initialised', '0');
INSERT INTO cw_view VALUES ('crs', 'EPSG:5186');
INSERT INTO cw_layers (position, id, name_ko, name_en, project_id, source, source_layer, visible,
  fill, stroke, stroke_width_mm, point_size_mm, label_field)
  VALUES (0, 'solar', '태양광', 'Solar', '', 'solar.geojson', '', 1, '#e69f00ff', '#000000ff',
  0.3, 2.5, 'name');
)sql");

    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok()) << cw::errorCodeName(loaded.error().code);
    ASSERT_EQ(loaded->layers.size(), 1u);
    const LayerEntry& l = loaded->layers[0];
    EXPECT_EQ(l.id, "solar");
    EXPECT_EQ(l.style.labelField, "name");
    EXPECT_TRUE(l.provenance.empty());
    EXPECT_EQ(l.origin, LayerOrigin{});
    // Read through a migrated copy; saving upgrades the file itself.
    EXPECT_EQ(sqlScalar(path, "SELECT value FROM cw_meta WHERE key='schema_version'"), "3");
    ASSERT_TRUE(ProjectStore::save(*loaded, path).ok());
    EXPECT_EQ(sqlScalar(path, "SELECT value FROM cw_meta WHERE key='schema_version'"),
              std::to_string(ProjectStore::schemaVersion()));
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM pragma_table_info('cw_layers') WHERE name "
                              "LIKE 'provenance_%' OR name LIKE 'origin_%'"),
              "8");
    // Schema 8: every attribute table in gpkg_contents has one primary key column, of type
    // INTEGER (GeoPackage requirement 119), and the rows survived the rebuild.
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM gpkg_contents c WHERE data_type = "
                              "'attributes' AND (SELECT count(*) FROM pragma_table_info("
                              "c.table_name) WHERE pk > 0 AND type = 'INTEGER') = 1 AND (SELECT "
                              "count(*) FROM pragma_table_info(c.table_name) WHERE pk > 0) = 1"),
              sqlScalar(path, "SELECT count(*) FROM gpkg_contents WHERE data_type = 'attributes'"));
    EXPECT_EQ(sqlScalar(path, "SELECT value FROM cw_meta WHERE key='title_en'"), "Plan 3");
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM gpkg_contents WHERE data_type = "
                              "'attributes' AND table_name LIKE 'cw_%'"),
              "9");

    // Writing provenance into the migrated file and reading it back.
    Project p = *loaded;
    p.layers[0].provenance = {"approximate sample", "SH", "2024-05-01", "CC-BY-4.0"};
    ASSERT_TRUE(ProjectStore::save(p, path).ok());
    EXPECT_EQ(sqlScalar(path, "SELECT provenance_owner FROM cw_layers WHERE id='solar'"), "SH");
}

TEST(ProvenanceMigration, ProvenanceAndOriginRoundTrip) {
    TempDir tmp;
    const std::string path = tmp.file("p.gpkg");
    Project p;
    p.title = {"계획", "Plan"};
    LayerEntry plugin;
    plugin.id = "magok_blocks";
    plugin.name = {"마곡 블록", "Magok blocks"};
    plugin.sourceLayer = "magok_blocks";
    plugin.provenance = {"approximate sample, hand-drawn, not official", "CityWeave", "2026-11-25",
                         "CC0-1.0"};
    plugin.origin = {"magok-energy", "1.0.0", "magok", "magok_blocks"};
    LayerEntry byHand;
    byHand.id = "mine";
    byHand.source = "mine.geojson";
    byHand.provenance.source = "surveyed by the gu office";
    p.layers = {plugin, byHand};

    ASSERT_TRUE(ProjectStore::save(p, path).ok());
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(*loaded, p);
    EXPECT_EQ(loaded->layers[0].origin.pluginVersion, "1.0.0");
    EXPECT_EQ(loaded->layers[1].provenance.source, "surveyed by the gu office");
    EXPECT_TRUE(loaded->layers[1].origin.pluginId.empty());
    // Checked with plain SQLite, independent of the reader.
    EXPECT_EQ(sqlScalar(path, "SELECT origin_layer_source FROM cw_layers WHERE id='magok_blocks'"),
              "magok");
    EXPECT_EQ(sqlScalar(path, "SELECT provenance_licence FROM cw_layers WHERE position=0"),
              "CC0-1.0");
}
