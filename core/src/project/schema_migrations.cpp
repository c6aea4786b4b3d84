// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema_migrations.h"

namespace cw::project {

const std::vector<std::string>& schemaMigrations() {
    static const std::vector<std::string> migrations{
        // 0 -> 1: the registry and the layer list.
        R"sql(
CREATE TABLE cw_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE cw_projects (
  id TEXT PRIMARY KEY NOT NULL, name_ko TEXT, name_en TEXT, sector TEXT NOT NULL, task TEXT,
  lead_agency_ko TEXT, lead_agency_en TEXT, stage INTEGER, start_year INTEGER, end_year INTEGER);
CREATE TABLE cw_layers (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, name_ko TEXT, name_en TEXT,
  project_id TEXT, source TEXT, source_layer TEXT, visible INTEGER NOT NULL DEFAULT 1,
  fill TEXT, stroke TEXT, stroke_width_mm REAL, point_size_mm REAL);
)sql",
        // 1 -> 2: per-layer opacity, label, encoding and CRS overrides; the saved view.
        R"sql(
ALTER TABLE cw_layers ADD COLUMN opacity REAL NOT NULL DEFAULT 1.0;
ALTER TABLE cw_layers ADD COLUMN label_field TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN point_symbol TEXT NOT NULL DEFAULT 'circle';
ALTER TABLE cw_layers ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN crs_override TEXT NOT NULL DEFAULT '';
CREATE TABLE cw_view (key TEXT PRIMARY KEY NOT NULL, value TEXT);
INSERT INTO cw_view (key, value) VALUES ('crs', 'EPSG:5186');
)sql",
        // 2 -> 3: the sector x sector rule table that labels integration zones.
        R"sql(
CREATE TABLE cw_sector_rules (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, name_ko TEXT, name_en TEXT,
  sector_a TEXT NOT NULL, task_a TEXT NOT NULL DEFAULT '', sector_b TEXT NOT NULL,
  task_b TEXT NOT NULL DEFAULT '', relation TEXT NOT NULL DEFAULT 'any',
  label TEXT NOT NULL DEFAULT 'neutral');
INSERT INTO cw_meta (key, value) VALUES ('rules_initialised', '0');
)sql",
        // 3 -> 4: where each layer's data comes from, and the plugin layer source it came from.
        R"sql(
ALTER TABLE cw_layers ADD COLUMN provenance_source TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN provenance_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN provenance_date TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN provenance_licence TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN origin_plugin TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN origin_plugin_version TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN origin_layer_source TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_layers ADD COLUMN origin_layer TEXT NOT NULL DEFAULT '';
)sql",
        // 4 -> 5: the planning model: registry fields, partners, indicators, stage-3 roll-out
        // steps and the regulatory sandbox zones (a GeoPackage feature table in EPSG:5186).
        R"sql(
ALTER TABLE cw_projects ADD COLUMN axis TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_projects ADD COLUMN budget_krw INTEGER;
ALTER TABLE cw_projects ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';
ALTER TABLE cw_projects ADD COLUMN exemptions TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_projects ADD COLUMN provenance_source TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_projects ADD COLUMN provenance_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_projects ADD COLUMN provenance_date TEXT NOT NULL DEFAULT '';
ALTER TABLE cw_projects ADD COLUMN provenance_licence TEXT NOT NULL DEFAULT '';
CREATE TABLE cw_project_partners (
  project_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, name_ko TEXT,
  name_en TEXT, PRIMARY KEY (project_id, position));
CREATE TABLE cw_indicators (
  project_id TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, name_ko TEXT,
  name_en TEXT, unit TEXT, year INTEGER, baseline REAL, target REAL, measured REAL,
  additive INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (project_id, position));
CREATE TABLE cw_rollout (
  project_id TEXT NOT NULL, year INTEGER NOT NULL, position INTEGER NOT NULL,
  district TEXT NOT NULL, PRIMARY KEY (project_id, year, position));
CREATE TABLE cw_sandbox_zones (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, id TEXT NOT NULL UNIQUE,
  name_ko TEXT, name_en TEXT, exemptions TEXT NOT NULL DEFAULT '', start_year INTEGER,
  valid_years INTEGER, extension_years INTEGER NOT NULL DEFAULT 0, caps TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '');
CREATE TABLE cw_scenarios (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL UNIQUE, name_ko TEXT, name_en TEXT,
  description TEXT NOT NULL DEFAULT '', plan_json TEXT NOT NULL);
)sql",
        // 5 -> 6: how a table layer (CSV, XLSX) is read: header row, coordinate columns, code
        // columns and bad rows, as JSON (data::tableOptionsToJson); '' for detect-everything.
        R"sql(
ALTER TABLE cw_layers ADD COLUMN table_options TEXT NOT NULL DEFAULT '';
)sql",
        // 6 -> 7: categorized and graduated styles, label placement and scale range, as JSON
        // (style::styleExtrasToJson); '' for a single style.
        R"sql(
ALTER TABLE cw_layers ADD COLUMN style_json TEXT NOT NULL DEFAULT '';
)sql",
        // 7 -> 8: an INTEGER primary key (fid) on every attribute table, as the GeoPackage
        // standard requires (requirement 119; strict readers refuse TEXT keys); the old keys
        // stay UNIQUE. The report templates' table, until now made on the first save, is made
        // here so that it is rebuilt too.
        R"sql(
CREATE TABLE cw_meta_v8 (fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
  value TEXT);
INSERT INTO cw_meta_v8 (key, value) SELECT key, value FROM cw_meta ORDER BY rowid;
DROP TABLE cw_meta;
ALTER TABLE cw_meta_v8 RENAME TO cw_meta;
CREATE TABLE cw_view_v8 (fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
  value TEXT);
INSERT INTO cw_view_v8 (key, value) SELECT key, value FROM cw_view ORDER BY rowid;
DROP TABLE cw_view;
ALTER TABLE cw_view_v8 RENAME TO cw_view;
CREATE TABLE cw_projects_v8 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name_ko TEXT, name_en TEXT,
  sector TEXT NOT NULL, task TEXT, lead_agency_ko TEXT, lead_agency_en TEXT, stage INTEGER,
  start_year INTEGER, end_year INTEGER, axis TEXT NOT NULL DEFAULT '', budget_krw INTEGER,
  status TEXT NOT NULL DEFAULT 'planned', exemptions TEXT NOT NULL DEFAULT '',
  provenance_source TEXT NOT NULL DEFAULT '', provenance_owner TEXT NOT NULL DEFAULT '',
  provenance_date TEXT NOT NULL DEFAULT '', provenance_licence TEXT NOT NULL DEFAULT '');
INSERT INTO cw_projects_v8 (id, name_ko, name_en, sector, task, lead_agency_ko, lead_agency_en,
  stage, start_year, end_year, axis, budget_krw, status, exemptions, provenance_source,
  provenance_owner, provenance_date, provenance_licence)
  SELECT id, name_ko, name_en, sector, task, lead_agency_ko, lead_agency_en, stage, start_year,
  end_year, axis, budget_krw, status, exemptions, provenance_source, provenance_owner,
  provenance_date, provenance_licence FROM cw_projects ORDER BY rowid;
DROP TABLE cw_projects;
ALTER TABLE cw_projects_v8 RENAME TO cw_projects;
CREATE TABLE cw_project_partners_v8 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, project_id TEXT NOT NULL, position INTEGER NOT NULL,
  kind TEXT NOT NULL, name_ko TEXT, name_en TEXT, UNIQUE (project_id, position));
INSERT INTO cw_project_partners_v8 (project_id, position, kind, name_ko, name_en)
  SELECT project_id, position, kind, name_ko, name_en FROM cw_project_partners ORDER BY rowid;
DROP TABLE cw_project_partners;
ALTER TABLE cw_project_partners_v8 RENAME TO cw_project_partners;
CREATE TABLE cw_indicators_v8 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, project_id TEXT NOT NULL, position INTEGER NOT NULL,
  id TEXT NOT NULL, name_ko TEXT, name_en TEXT, unit TEXT, year INTEGER, baseline REAL,
  target REAL, measured REAL, additive INTEGER NOT NULL DEFAULT 1,
  UNIQUE (project_id, position));
INSERT INTO cw_indicators_v8 (project_id, position, id, name_ko, name_en, unit, year, baseline,
  target, measured, additive)
  SELECT project_id, position, id, name_ko, name_en, unit, year, baseline, target, measured,
  additive FROM cw_indicators ORDER BY rowid;
DROP TABLE cw_indicators;
ALTER TABLE cw_indicators_v8 RENAME TO cw_indicators;
CREATE TABLE cw_rollout_v8 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, project_id TEXT NOT NULL, year INTEGER NOT NULL,
  position INTEGER NOT NULL, district TEXT NOT NULL, UNIQUE (project_id, year, position));
INSERT INTO cw_rollout_v8 (project_id, year, position, district)
  SELECT project_id, year, position, district FROM cw_rollout ORDER BY rowid;
DROP TABLE cw_rollout;
ALTER TABLE cw_rollout_v8 RENAME TO cw_rollout;
CREATE TABLE IF NOT EXISTS cw_report_templates (name TEXT PRIMARY KEY NOT NULL,
  json TEXT NOT NULL);
CREATE TABLE cw_report_templates_v8 (fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
INSERT INTO cw_report_templates_v8 (name, json)
  SELECT name, json FROM cw_report_templates ORDER BY rowid;
DROP TABLE cw_report_templates;
ALTER TABLE cw_report_templates_v8 RENAME TO cw_report_templates;
)sql",
    };
    return migrations;
}

} // namespace cw::project
