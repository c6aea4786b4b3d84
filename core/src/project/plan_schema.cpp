// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_schema.h"

#include <regex>

namespace cw::project {
namespace {

// Columns every object table shares. `position` keeps the plan's order (layers draw in it).
constexpr const char* kObjectColumns = R"(
  id text PRIMARY KEY,
  position integer NOT NULL DEFAULT 0,
  doc jsonb NOT NULL,
  row_version bigint NOT NULL DEFAULT 1,
  owner_role text NOT NULL DEFAULT current_user,
  updated_by text NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp())";

constexpr const char* kSchema = R"SQL(
CREATE SCHEMA @S@;
CREATE TABLE @S@.cw_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE @S@.cw_settings (@COLUMNS@);
CREATE TABLE @S@.cw_projects (@COLUMNS@,
  name_ko text GENERATED ALWAYS AS (doc->'name'->>'ko') STORED,
  name_en text GENERATED ALWAYS AS (doc->'name'->>'en') STORED,
  sector text GENERATED ALWAYS AS (doc->>'sector') STORED,
  task text GENERATED ALWAYS AS (doc->>'task') STORED,
  stage integer GENERATED ALWAYS AS ((doc->>'stage')::integer) STORED,
  lead_agency_ko text GENERATED ALWAYS AS (doc->'lead_agency'->>'ko') STORED);
CREATE TABLE @S@.cw_sandbox_zones (@COLUMNS@,
  name_ko text GENERATED ALWAYS AS (doc->'name'->>'ko') STORED,
  geom geometry(MultiPolygon, 5186));
CREATE INDEX cw_sandbox_zones_geom ON @S@.cw_sandbox_zones USING gist (geom);
CREATE TABLE @S@.cw_layers (@COLUMNS@,
  name_ko text GENERATED ALWAYS AS (doc->'name'->>'ko') STORED,
  project_id text GENERATED ALWAYS AS (doc->>'project_id') STORED,
  source_table text GENERATED ALWAYS AS (doc->>'source_layer') STORED);
CREATE TABLE @S@.cw_scenarios (@COLUMNS@,
  name_ko text GENERATED ALWAYS AS (doc->'name'->>'ko') STORED);
CREATE TABLE @S@.cw_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  who text NOT NULL DEFAULT current_user,
  table_name text NOT NULL,
  object_id text NOT NULL,
  action text NOT NULL,
  row_version bigint,
  old_doc jsonb,
  new_doc jsonb);
CREATE INDEX cw_audit_object ON @S@.cw_audit (object_id, at);
-- Who may change a row: members of the role that owns it (a department's group role, the
-- bureau's for the sandbox zones). Everyone with access reads everything.
CREATE FUNCTION @S@.cw_may_edit(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT owner = current_user OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = owner
    AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;
-- The audit trail is written with the schema owner's rights: planners read it, never forge it.
CREATE FUNCTION @S@.cw_record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
  object_id text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    object_id := OLD.id;
    INSERT INTO @S@.cw_audit (table_name, object_id, action, row_version, old_doc)
      VALUES (TG_TABLE_NAME, OLD.id, 'delete', OLD.row_version, OLD.doc);
  ELSIF TG_OP = 'UPDATE' THEN
    object_id := NEW.id;
    INSERT INTO @S@.cw_audit (table_name, object_id, action, row_version, old_doc, new_doc)
      VALUES (TG_TABLE_NAME, NEW.id, 'update', NEW.row_version, OLD.doc, NEW.doc);
  ELSE
    object_id := NEW.id;
    INSERT INTO @S@.cw_audit (table_name, object_id, action, row_version, new_doc)
      VALUES (TG_TABLE_NAME, NEW.id, 'insert', NEW.row_version, NEW.doc);
  END IF;
  PERFORM pg_notify('@CHANNEL@', json_build_object('table', TG_TABLE_NAME, 'id', object_id,
    'action', lower(TG_OP), 'who', current_user)::text);
  RETURN NULL;
END $$;
)SQL";

constexpr const char* kPerTable = R"SQL(
CREATE TRIGGER cw_record_change AFTER INSERT OR UPDATE OR DELETE ON @S@.@T@
  FOR EACH ROW EXECUTE FUNCTION @S@.cw_record_change();
ALTER TABLE @S@.@T@ ENABLE ROW LEVEL SECURITY;
CREATE POLICY cw_read ON @S@.@T@ FOR SELECT USING (true);
CREATE POLICY cw_add ON @S@.@T@ FOR INSERT WITH CHECK (@S@.cw_may_edit(owner_role));
CREATE POLICY cw_change ON @S@.@T@ FOR UPDATE USING (@S@.cw_may_edit(owner_role));
CREATE POLICY cw_remove ON @S@.@T@ FOR DELETE USING (@S@.cw_may_edit(owner_role));
)SQL";

std::string substituted(std::string text, const std::string& key, const std::string& value) {
    return std::regex_replace(text, std::regex(key), value);
}

} // namespace

std::string planSchemaSql(const std::string& schema) {
    std::string sql = substituted(kSchema, "@COLUMNS@", kObjectColumns);
    for (const char* table : kPlanObjectTables)
        sql += substituted(kPerTable, "@T@", table);
    sql = substituted(sql, "@CHANNEL@", planChannel(schema));
    return substituted(sql, "@S@", "\"" + schema + "\"");
}

} // namespace cw::project
