# SPDX-License-Identifier: GPL-3.0-or-later
"""projects/ and scenarios/: every cw_* table and the scenario plans broken."""
import json
import math
import random
import shutil
import sqlite3

from generator.common import *  # noqa: F401,F403  (the shared writers)
from generator.project_file import *  # noqa: F401,F403
from generator.gpkg_cases import hostile_blobs


# --------------------------------------------------------------------------------------------
# projects/: every cw_* table broken in the ways the brief lists.

def column_kinds(db, table):
    return [(r[1], (r[2] or "").upper(), r[5]) for r in db.execute(f'PRAGMA table_info("{table}")')]


def set_all(db, table, pick):
    """UPDATE every column of `table` to pick(column, declared type) (None: leave it)."""
    sets, vals = [], []
    for name, typ, _ in column_kinds(db, table):
        v = pick(name, typ)
        if v is not None:
            sets.append(f'"{name}"=?')
            vals.append(v)
    if sets:
        try:
            db.execute(f'UPDATE "{table}" SET {", ".join(sets)}', vals)
        except sqlite3.IntegrityError:
            # A UNIQUE or PRIMARY KEY column: drop the constraints and try again.
            rebuild_table(db, table, no_constraints=True)
            db.execute(f'UPDATE "{table}" SET {", ".join(sets)}', vals)


def numeric(value_int, value_real):
    def pick(name, typ):
        if "INT" in typ:
            return value_int
        if "REAL" in typ or "DOUBLE" in typ:
            return value_real
        return None
    return pick


def gen_projects(base):
    d = out_dir() / "projects"

    def p(name, what, sql=None, fn=None, flags="", kind="project", **kw):
        case(kind, derive(base, d / f"{name}.cwproject.gpkg", sql, fn, **kw), what, flags)

    case("project", derive(base, d / "valid-control.cwproject.gpkg"), "valid: a control that must succeed", "full")

    # Schema versions: older ones written as those versions were, newer ones, and garbage.
    for v in range(1, len(MIGRATIONS)):
        write_project(d / f"schema-v{v}-older.cwproject.gpkg", version=v)
        case("project", d / f"schema-v{v}-older.cwproject.gpkg", f"a genuine schema-{v} project (migrated on open)", "full")
    for text, label in [("-5", "minus-5"), ("2147483648", "2pow31"), ("9223372036854775807", "int64-max"),
                        ("99999999999999999999999", "beyond-int64"), (str(len(MIGRATIONS) + 1), "next"),
                        ("999", "999"), ("6abc", "digits-then-text"), ("", "empty"), ("6.0", "decimal"),
                        ("0", "zero-with-current-tables"), ("6\x00junk", "nul-inside")]:
        p(f"schema-version-{label}", f"cw_meta schema_version {text!r}",
          fn=lambda db, t=text: db.execute("UPDATE cw_meta SET value=? WHERE key='schema_version'", (t,)))
    p("schema-version-null", "cw_meta schema_version NULL", "UPDATE cw_meta SET value=NULL WHERE key='schema_version';")
    p("schema-version-blob", "cw_meta schema_version a blob", "UPDATE cw_meta SET value=x'36ff' WHERE key='schema_version';")
    p("schema-version-missing", "no schema_version row (read as version 0)", "DELETE FROM cw_meta WHERE key='schema_version';")

    def two_versions(db):
        rebuild_table(db, "cw_meta", no_constraints=True)
        db.execute("INSERT INTO cw_meta (key, value) VALUES ('schema_version', '999')")
    p("schema-version-two-rows", "two schema_version rows: '6' and '999'", fn=two_versions)

    cw_tables = CW_ATTRIBUTE_TABLES + ["cw_sandbox_zones"]
    arithmetic = {"cw_projects", "cw_indicators", "cw_rollout", "cw_sandbox_zones"}  # years, budgets, values
    for t in cw_tables:
        p(f"{t}-missing", f"{t} dropped", f'DROP TABLE "{t}";')
        if t in ("cw_meta", "cw_projects", "cw_layers"):
            p(f"{t}-empty", f"{t} has no rows", f'DELETE FROM "{t}";')
        if t in ("cw_projects", "cw_layers", "cw_sandbox_zones"):
            p(f"{t}-extra-columns", f"{t} has two extra columns",
              f'ALTER TABLE "{t}" ADD COLUMN zz_extra BLOB DEFAULT x\'00ff\'; ALTER TABLE "{t}" ADD COLUMN "한글 열" TEXT;')
        p(f"{t}-no-constraints-all-null", f"{t} rebuilt without NOT NULL, every value NULL",
          fn=lambda db, t=t: (rebuild_table(db, t, no_constraints=True),
                              db.execute(f'UPDATE "{t}" SET ' + ", ".join(
                                  f'"{c}"=NULL' for c, _, _ in column_kinds(db, t)))))
        p(f"{t}-wrong-types", f"{t}: numbers hold text, text holds invalid UTF-8 blobs",
          fn=lambda db, t=t: set_all(db, t, lambda n, ty: "abc" if ("INT" in ty or "REAL" in ty) else b"\xff\x00\xfe"))
        p(f"{t}-numbers-2pow31", f"{t}: every integer 2^31, every real 1e308",
          fn=lambda db, t=t: set_all(db, t, numeric(2 ** 31, 1e308)))
        if t in arithmetic:
            p(f"{t}-numbers-minus-5", f"{t}: every number -5", fn=lambda db, t=t: set_all(db, t, numeric(-5, -5.0)))
            p(f"{t}-numbers-int64-max", f"{t}: every integer 2^63-1, every real +inf",
              fn=lambda db, t=t: set_all(db, t, numeric(2 ** 63 - 1, float("inf"))))
            p(f"{t}-numbers-int64-min", f"{t}: every integer -2^63, every real -inf",
              fn=lambda db, t=t: set_all(db, t, numeric(-2 ** 63, -float("inf"))))
        # The column the loader reads first after the key.
        cols = [c for c, _, _ in column_kinds(sqlite3.connect(str(base)), t)]
        c = cols[1] if len(cols) > 1 else cols[0]
        p(f"{t}-without-column-{c}", f"{t} without its column {c}", fn=lambda db, t=t, c=c: rebuild_table(db, t, drop_column=c))
    # Endless views in place of the tables the loader reads.
    endless = {
        "cw_meta": [("key", "'k' || n"), ("value", "'v'")],
        "cw_projects": [("id", "'p' || n"), ("name_ko", "'x'"), ("name_en", "'x'"), ("sector", "'energy'"), ("task", "'E1'"),
                        ("lead_agency_ko", "''"), ("lead_agency_en", "''"), ("stage", "1"), ("start_year", "2020"),
                        ("end_year", "2024"), ("axis", "''"), ("budget_krw", "NULL"), ("status", "'planned'"),
                        ("exemptions", "''"), ("provenance_source", "''"), ("provenance_owner", "''"),
                        ("provenance_date", "''"), ("provenance_licence", "''")],
        "cw_layers": [("position", "n"), ("id", "'l' || n"), ("name_ko", "''"), ("name_en", "''"), ("project_id", "'magok-energy'"),
                      ("source", "''"), ("source_layer", "'magok_blocks'"), ("visible", "1"), ("fill", "''"), ("stroke", "''"),
                      ("stroke_width_mm", "0.3"), ("point_size_mm", "2"), ("opacity", "1"), ("label_field", "''"),
                      ("point_symbol", "'circle'"), ("encoding", "''"), ("crs_override", "''"), ("provenance_source", "''"),
                      ("provenance_owner", "''"), ("provenance_date", "''"), ("provenance_licence", "''"),
                      ("origin_plugin", "''"), ("origin_plugin_version", "''"), ("origin_layer_source", "''"),
                      ("origin_layer", "''"), ("table_options", "''")],
        "cw_view": [("key", "'k' || n"), ("value", "'v'")],
        "cw_indicators": [("project_id", "'magok-energy'"), ("position", "n"), ("id", "'i' || n"), ("name_ko", "''"), ("name_en", "''"),
                          ("unit", "'%'"), ("year", "2022"), ("baseline", "NULL"), ("target", "1.0"), ("measured", "NULL"), ("additive", "1")],
        "cw_rollout": [("project_id", "'iot-sensors'"), ("year", "2024"), ("position", "n"), ("district", "'11500'")],
        "cw_sector_rules": [("position", "n"), ("id", "'r' || n"), ("name_ko", "''"), ("name_en", "''"), ("sector_a", "'energy'"),
                            ("task_a", "''"), ("sector_b", "'transport'"), ("task_b", "''"), ("relation", "'any'"), ("label", "'synergy'")],
        "cw_scenarios": [("position", "n"), ("id", "'s' || n"), ("name_ko", "''"), ("name_en", "''"), ("description", "''"),
                         ("plan_json", "'{}'")],
        "cw_project_partners": [("project_id", "'magok-energy'"), ("position", "n"), ("kind", "'company'"), ("name_ko", "''"), ("name_en", "''")],
    }
    for t, cols in endless.items():
        extra = "UPDATE cw_meta SET value='1' WHERE key='rules_initialised';" if t == "cw_sector_rules" else ""
        p(f"{t}-endless-recursive-view", f"{t} replaced by a view of endless rows (recursive CTE)",
          recursive_view_sql(t, cols) + extra)
    zone_blob = gp_blob(wkb_multi(6, [wkb_polygon(zone_rings(MAGOK, 900))]), 5186, None).hex()
    p("cw_sandbox_zones-endless-recursive-view", "cw_sandbox_zones replaced by an endless view",
      recursive_view_sql("cw_sandbox_zones", [("fid", "n"), ("geom", f"x'{zone_blob}'"), ("id", "'z' || n"),
                                              ("name_ko", "''"), ("name_en", "''"), ("exemptions", "''"),
                                              ("start_year", "2019"), ("valid_years", "4"), ("extension_years", "0"),
                                              ("caps", "''"), ("notes", "''")]))

    # Many rows.
    cte = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c LIMIT {})"
    p("cw_projects-100k-rows", "100,000 projects",
      cte.format(100000) + " INSERT INTO cw_projects (id, sector, stage, start_year, end_year) "
      "SELECT 'bulk-' || n, 'energy', 1 + n % 3, 2000 + n % 30, 2030 FROM c;")
    p("cw_layers-2000-rows", "2,000 layers, all drawing magok_blocks",
      cte.format(2000) + " INSERT INTO cw_layers (position, id, project_id, source, source_layer, visible) "
      "SELECT 100 + n, 'l' || n, 'magok-energy', '', 'magok_blocks', 1 FROM c;")
    p("cw_indicators-100k-rows", "100,000 indicators on one project",
      cte.format(100000) + " INSERT INTO cw_indicators (project_id, position, id, name_ko, name_en, unit, year, baseline, target, measured, additive) SELECT 'magok-energy', 10 + n, 'i' || n, 'x', 'x', '%', 2022, n, n, n, 1 FROM c;")
    p("cw_rollout-100k-rows", "100,000 roll-out steps",
      cte.format(100000) + " INSERT INTO cw_rollout (project_id, year, position, district) SELECT 'iot-sensors', 2000 + n % 50, 10 + n, '11' || (n % 999) FROM c;")
    p("cw_rollout-years-extreme", "roll-out years -2^31, 2^31-1 and 2^63-1",
      "INSERT INTO cw_rollout (project_id, year, position, district) VALUES ('iot-sensors', -2147483648, 9, '11500'), ('iot-sensors', 2147483647, 9, '11500'),"
      " ('iot-sensors', 9223372036854775807, 9, '11500');")
    p("cw_sector_rules-100k-rows", "100,000 sector rules",
      "UPDATE cw_meta SET value='1' WHERE key='rules_initialised';" + cte.format(100000) +
      " INSERT INTO cw_sector_rules SELECT n, 'r' || n, 'x', 'x', 'energy', '', 'transport', '', 'any', 'synergy' FROM c;")
    p("cw_project_partners-100k-rows", "100,000 partners",
      cte.format(100000) + " INSERT INTO cw_project_partners (project_id, position, kind, name_ko, name_en) SELECT 'sangam-av', 10 + n, 'company', 'x', 'x' FROM c;")
    p("cw_scenarios-2000-rows", "2,000 scenarios",
      cte.format(2000) + " INSERT INTO cw_scenarios SELECT 10 + n, 's' || n, 'x', 'x', '', "
      "(SELECT plan_json FROM cw_scenarios WHERE id='base') FROM c;")
    p("cw_sandbox_zones-10k-rows", "10,000 sandbox zones",
      cte.format(10000) + f" INSERT INTO cw_sandbox_zones (geom, id, exemptions, start_year, valid_years, caps) "
      f"SELECT x'{zone_blob}', 'z' || n, 'autonomous_driving', 2019, 4, 'projects=1' FROM c;")
    p("cw_projects-duplicate-ids", "the same project id on two rows",
      fn=lambda db: (rebuild_table(db, "cw_projects", no_constraints=True),
                     db.execute("INSERT INTO cw_projects SELECT * FROM cw_projects")))
    p("cw_sandbox_zones-duplicate-ids", "the same zone id on two rows",
      fn=lambda db: (rebuild_table(db, "cw_sandbox_zones", no_constraints=True),
                     db.execute("INSERT INTO cw_sandbox_zones SELECT fid + 100, geom, id, name_ko, name_en, exemptions, "
                                "start_year, valid_years, extension_years, caps, notes FROM cw_sandbox_zones")))

    first = len(MANIFEST)
    gen_project_fields(base, d, p)
    gen_project_sources(base, d, p)
    # The view, the styles and the layer sources are what drawing reads: these get `render` too.
    add_flag(first, "render", lambda path: path.startswith(("projects/cw_view-", "projects/cw_layers-", "projects/source-")))


def gen_project_fields(base, d, p):
    """Single fields with the values planning code does arithmetic or lookups on."""
    for label, val in [("minus-2pow31", -2 ** 31), ("int64-max", 2 ** 63 - 1)]:
        p(f"cw_projects-years-{label}", f"start_year and end_year {val}",
          f"UPDATE cw_projects SET start_year={val}, end_year={val};")
    p("cw_projects-years-span-int-range", "a project from -2^31 to 2^31-1",
      "UPDATE cw_projects SET start_year=-2147483648, end_year=2147483647;")
    p("cw_projects-end-before-start", "end_year before start_year", "UPDATE cw_projects SET start_year=2030, end_year=1990;")
    p("cw_projects-stage-0-and-99", "stages 0, 99 and -1", "UPDATE cw_projects SET stage=CASE id WHEN 'magok-energy' THEN 0 WHEN 'sangam-av' THEN 99 ELSE -1 END;")
    p("cw_projects-budget-extremes", "budgets 2^63-1, -2^63 and 1e308",
      "UPDATE cw_projects SET budget_krw=CASE id WHEN 'magok-energy' THEN 9223372036854775807 WHEN 'sangam-av' THEN -9223372036854775808 ELSE 1e308 END;")
    p("cw_projects-keys-unknown", "unknown sector, task, axis, status and exemptions",
      "UPDATE cw_projects SET sector='space-elevator', task='Z9', axis='x', status='exploded', exemptions='a,,b,,,' || hex(zeroblob(1000));")
    p("cw_projects-id-empty-and-long", "project ids '' and 100,000 characters",
      "UPDATE cw_projects SET id='' WHERE id='magok-energy'; UPDATE cw_projects SET id=hex(zeroblob(50000)) WHERE id='sangam-av';")
    p("cw_meta-title-1mb", "a 1 MB title with control characters",
      "UPDATE cw_meta SET value=char(27) || '[31m' || hex(zeroblob(500000)) || char(0,7,8) WHERE key IN ('title_ko','title_en');")
    p("cw_meta-rules-initialised-garbage", "rules_initialised 'yes' with no rules",
      "UPDATE cw_meta SET value='yes' WHERE key='rules_initialised'; DELETE FROM cw_sector_rules;")
    p("cw_meta-rules-initialised-empty-rules", "rules_initialised 1 with the rule table empty",
      "UPDATE cw_meta SET value='1' WHERE key='rules_initialised'; DELETE FROM cw_sector_rules;")
    p("cw_meta-active-scenario-missing", "active_scenario names no scenario",
      "UPDATE cw_meta SET value='nope' WHERE key='active_scenario';")
    p("cw_sector_rules-keys-garbage", "rules with unknown sectors, relations and labels",
      "UPDATE cw_meta SET value='1' WHERE key='rules_initialised';"
      "INSERT INTO cw_sector_rules VALUES (0,'r','x','x','nope','','energy','','sideways','catastrophe'),"
      "(1,'r','x','x','energy','E1','energy','E1','any','synergy');")
    for label, val in [("nan", "'nan,nan,nan,nan'"), ("zero-size", "'185000,552000,185000,552000'"),
                       ("garbage", "'a,b,c,d'")]:
        p(f"cw_view-extent-{label}", f"saved view extent {val}", f"UPDATE cw_view SET value={val} WHERE key='extent';")
    for label, val in [("epsg-0", "EPSG:0"), ("garbage", "not a crs"), ("wkt-nested-deep", "A[" * 50000),
                       ("url", url("cw_view-crs-url"))]:
        flags = "net" if label == "url" else ""
        p(f"cw_view-crs-{label}", f"map CRS {val[:60]!r}",
          fn=lambda db, v=val: db.execute("UPDATE cw_view SET value=? WHERE key='crs'", (v,)), flags=flags)
    # Layer style and read options.
    for label, sql, what in [
            ("style-garbage", "UPDATE cw_layers SET fill='#zzz', stroke='rgb(1,2,3)', point_symbol='dodecahedron';", "colours and symbol garbage"),
            ("style-extremes", "UPDATE cw_layers SET stroke_width_mm=1e308, point_size_mm=1e308, opacity=1e9;", "widths 1e308, opacity 1e9"),
            ("label-field-16mb-text", "UPDATE cw_layers SET label_field='name'; UPDATE magok_blocks SET name=hex(zeroblob(8388608)) WHERE fid=1;",
             "labels from a 16 MB text attribute"),
            ("encoding-garbage", "UPDATE cw_layers SET encoding='EBCDIC-1047-nope';", "encoding override garbage"),
            ("crs-override-garbage", "UPDATE cw_layers SET crs_override='EPSG:999999999';", "crs_override EPSG:999999999"),
            ("table-options-garbage", "UPDATE cw_layers SET table_options='{{{';", "table_options not JSON"),
            ("table-options-huge-header-row", "UPDATE cw_layers SET table_options='{\"header_row\":9223372036854775807,\"geometry\":\"xy\"}';",
             "table_options header_row 2^63-1"),
            ("source-layer-missing", "UPDATE cw_layers SET source_layer='no_such_layer';", "every layer names a missing table"),
            ("source-layer-cw-meta", "UPDATE cw_layers SET source_layer='cw_meta';", "a layer reading cw_meta (no geometry)"),
            ("source-layer-sql-injection", "UPDATE cw_layers SET source_layer='magok_blocks\"; DROP TABLE cw_meta; --';", "source_layer with SQL"),
            ("positions-extreme", "UPDATE cw_layers SET position=CASE position WHEN 0 THEN -9223372036854775808 WHEN 1 THEN 9223372036854775807 ELSE position END;",
             "layer positions ±2^63"),
            ("project-id-unknown", "UPDATE cw_layers SET project_id='nope';", "layers owned by an unknown project"),
            ("ids-duplicate", "UPDATE cw_layers SET id='same';", "every layer has the same id"),
            ("origin-plugin-unknown", "UPDATE cw_layers SET origin_plugin='ghost', origin_plugin_version='99.99', origin_layer_source='x', origin_layer='y';",
             "layers from a plugin that is not installed")]:
        p(f"cw_layers-{label}", what, sql)
    # Indicators, zones and caps.
    p("cw_indicators-values-extreme", "indicator values ±1e308, ±inf, years ±2^31",
      "UPDATE cw_indicators SET baseline=-1e308, target=1e308, measured=9e999, year=2147483647, additive='x';"
      "INSERT INTO cw_indicators (project_id, position, id, name_ko, name_en, unit, year, baseline, target, measured, additive) VALUES ('sangam-av', 5, 'ind', 'x', 'x', '%', -2147483648, -9e999, 0, 1e308, 1);")
    for label, sql, what in [
            ("years-overflow", "UPDATE cw_sandbox_zones SET start_year=2147483647, valid_years=2147483647, extension_years=2147483647;",
             "start + valid + extension years overflow int"),
            ("caps-garbage", "UPDATE cw_sandbox_zones SET caps='projects=abc;length_m=;=5;;;x=1e999;projects=-1;' || hex(zeroblob(1000));", "caps garbage"),
            ("geom-null", "UPDATE cw_sandbox_zones SET geom=NULL;", "zones without geometry")]:
        p(f"cw_sandbox_zones-{label}", what, sql)
    zone_blobs = {"blob-truncated-in-wkb", "blob-header-big-endian", "wkb-rings-4e9", "wkb-points-2pow31",
                  "wkb-polygons-4e9", "blob-text"}
    for name, blob, what in hostile_blobs():
        if name not in zone_blobs:
            continue
        p(f"cw_sandbox_zones-{name}", what + " (sandbox zone geometry, read by CityWeave's own decoder)",
          fn=lambda db, b=blob: db.execute("UPDATE cw_sandbox_zones SET geom=?", (b,)))
    x, y = MAGOK
    n = 200_000
    ring = [(x + 900 * math.cos(2 * math.pi * i / n), y + 900 * math.sin(2 * math.pi * i / n)) for i in range(n)] + [(x + 900, y)]
    big = gp_blob(wkb_multi(6, [wkb_polygon([ring])]), 5186, None)
    p("cw_sandbox_zones-200k-vertices", "a sandbox zone of 200,000 vertices",
      fn=lambda db: db.execute("UPDATE cw_sandbox_zones SET geom=? WHERE id='magok-sandbox'", (big,)))
    holes = [square(x - 880 + (i % 100) * 17.6, y - 880 + (i // 100) * 17.6, 5) for i in range(10_000)]
    big = gp_blob(wkb_multi(6, [wkb_polygon([square(x, y, 900)] + holes)]), 5186, None)
    p("cw_sandbox_zones-10k-holes", "a sandbox zone with 10,000 holes",
      fn=lambda db: db.execute("UPDATE cw_sandbox_zones SET geom=? WHERE id='magok-sandbox'", (big,)))
    zero = gp_blob(wkb_multi(6, [wkb_polygon([[(x, y), (x + 900, y), (0.0, 0.0), (x, y + 900), (x, y)]])]), 5186, None)
    p("cw_sandbox_zones-vertex-at-0-0", "a sandbox zone with one vertex at (0,0)",
      fn=lambda db: db.execute("UPDATE cw_sandbox_zones SET geom=? WHERE id='magok-sandbox'", (zero,)))


def gen_project_sources(base, d, p):
    """Layers whose source is remote, special or another broken file beside the project."""
    def src(name, source, what, flags="", source_layer=""):
        p(f"source-{name}", what, flags=flags,
          fn=lambda db: db.execute("INSERT INTO cw_layers (position, id, name_ko, name_en, project_id, source, "
                                   "source_layer, visible) VALUES (100, 'ext', 'ext', 'ext', 'magok-energy', ?, ?, 1)",
                                   (source, source_layer)))
    cid = lambda n: f"source-{n}"
    for name, s in [("remote-vsicurl", f"/vsicurl/{url(cid('remote-vsicurl'))}"),
                    ("remote-vsicurl-port-9", f"/vsicurl/{url(cid('remote-vsicurl-port-9'), NET_PORT_DISCARD)}"),
                    ("remote-http", url(cid("remote-http"), tail="x.geojson")),
                    ("remote-http-port-9", url(cid("remote-http-port-9"), NET_PORT_DISCARD, "x.geojson")),
                    ("remote-vsicurl-streaming", f"/vsicurl_streaming/{url(cid('remote-vsicurl-streaming'))}"),
                    ("remote-vsizip-vsicurl", f"/vsizip//vsicurl/{url(cid('remote-vsizip-vsicurl'), tail='x.zip')}/a.shp"),
                    ("remote-vsizip-braced", "/vsizip/{/vsicurl/" + url(cid("remote-vsizip-braced"), tail="x.zip") + "}/a.shp"),
                    ("remote-vsigzip-vsicurl", f"/vsigzip//vsicurl/{url(cid('remote-vsigzip-vsicurl'), tail='x.gz')}"),
                    ("remote-vsisubfile", f"/vsisubfile/0_1000,/vsicurl/{url(cid('remote-vsisubfile'))}"),
                    ("remote-gpkg-prefix", f"GPKG:/vsicurl/{url(cid('remote-gpkg-prefix'), tail='x.gpkg')}:layer"),
                    ("remote-csv-prefix", f"CSV:/vsicurl/{url(cid('remote-csv-prefix'), tail='x.csv')}"),
                    ("remote-wfs-prefix", f"WFS:{url(cid('remote-wfs-prefix'), tail='wfs')}"),
                    ("remote-geojson-prefix", f"GeoJSON:{url(cid('remote-geojson-prefix'), tail='x.json')}"),
                    ("remote-single-slash", f"http:/127.0.0.1:{NET_PORT}/{cid('remote-single-slash')}/x"),
                    ("remote-uppercase-scheme", f"HTTP://127.0.0.1:{NET_PORT}/{cid('remote-uppercase-scheme')}/x"),
                    ("remote-vsicurl-query-url", f"/vsicurl?url={url(cid('remote-vsicurl-query-url'))}")]:
        src(name, s, f"a layer source {s!r} (must never be fetched)", "net")
    src("remote-vrt-beside", "source-remote-vrt-beside.layer.vrt", "a local OGR VRT whose data source is remote", "net")
    write(d / "source-remote-vrt-beside.layer.vrt",
          f'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/vsicurl/{url(cid("remote-vrt-beside"))}'
          f'</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>')
    src("remote-wfs-xml-beside", "source-remote-wfs-xml-beside.layer.xml", "a local WFS service description pointing at a server", "net")
    write(d / "source-remote-wfs-xml-beside.layer.xml",
          f"<OGRWFSDataSource><URL>{url(cid('remote-wfs-xml-beside'), tail='wfs')}</URL></OGRWFSDataSource>")
    for name, s, what in [("dev-zero", "/dev/zero", "/dev/zero"), ("dev-stdin", "/dev/stdin", "/dev/stdin"),
                          ("proc-self-mem", "/proc/self/mem", "/proc/self/mem (unreadable even for root)"),
                          ("etc-passwd", "/etc/passwd", "/etc/passwd"),
                          ("parent-escape", "../../../../../../../../etc/passwd", "a relative path climbing to /etc/passwd"),
                          ("self", "source-self.cwproject.gpkg", "the project itself, reading cw_layers"),
                          ("nul-byte", "a\x00b.geojson", "a path with a NUL byte"), ("root-dir", "/", "the root folder")]:
        src(name, s, f"a layer source: {what}", source_layer="cw_layers" if name == "self" else "")
    # Sources beside the project: the stem rule copies them with it.
    beside = {"csv-cp949-zero-rows": ("csv", "X좌표,Y좌표,명칭\n0,0,영점\n0,0,영점\n".encode("cp949")),
              "geojson-deep": ("geojson", b"[" * 100000),
              "shp-garbage": ("shp", random.Random(9).randbytes(5000))}
    for name, (ext, data) in beside.items():
        write(d / f"source-{name}.layer.{ext}", data)
        src(name, f"source-{name}.layer.{ext}", f"a layer source beside the project: {name}")
    # The results file the report reads by default, beside the project.
    p("results-beside-garbage", "a .results.gpkg of random bytes beside the project")
    write(d / "results-beside-garbage.results.gpkg", random.Random(12).randbytes(8192))
    p("results-beside-is-project", "a .results.gpkg beside the project that is a copy of the project")
    shutil.copyfile(base, d / "results-beside-is-project.results.gpkg")


# --------------------------------------------------------------------------------------------
# scenarios/: projects whose cw_scenarios plans are hostile, run with --scenario hostile.

def gen_scenarios(base):
    d = out_dir() / "scenarios"

    def s(name, plan, what, flags=""):
        def fn(db):
            db.execute("INSERT INTO cw_scenarios VALUES (9, 'hostile', '적대', 'Hostile', '', ?)", (plan,))
            db.execute("UPDATE cw_meta SET value='hostile' WHERE key='active_scenario'")
        case("scenario", derive(base, d / f"{name}.cwproject.gpkg", fn=fn), what, flags)

    good = json.loads(plan_json())
    s("valid-control", plan_json(), "valid: a control scenario", "full")
    s("plan-empty-string", "", "plan_json ''")
    s("plan-truncated", plan_json()[:300], "plan_json cut in the middle")
    s("plan-nested-100k", "[" * 100000 + "]" * 100000, "plan_json nested 100,000 deep")
    s("plan-nested-object-100k", '{"a":' * 100000 + "1" + "}" * 100000, "plan_json objects nested 100,000 deep")
    s("plan-projects-object", json.dumps({"projects": {"a": 1}}), "projects is an object")
    s("plan-project-no-id", json.dumps({"projects": [{}]}), "a project without id")

    def mutated(fn):
        plan = json.loads(plan_json())
        fn(plan)
        return json.dumps(plan, ensure_ascii=False)
    for label, fn, what in [
            ("stage-float-huge", lambda p: p["projects"][0].update(stage=1e300), "stage 1e300"),
            ("years-2pow63", lambda p: p["projects"][0].update(start_year=2 ** 63 - 1, end_year=-2 ** 63), "years ±2^63"),
            ("budget-float", lambda p: p["projects"][0].update(budget_krw=1.5e300), "budget 1.5e300"),
            ("partners-not-objects", lambda p: p["projects"][0].update(partners=[1, None, "x"]), "partners [1, null, 'x']"),
            ("indicators-wrong", lambda p: p["projects"][0].update(indicators=[{"year": "x", "target": "y"}]), "indicator year 'x'"),
            ("indicators-100k", lambda p: p["projects"][0].update(indicators=[p["projects"][0]["indicators"][0]] * 100000), "100,000 indicators"),
            ("rollout-100k-districts", lambda p: p["projects"][2].update(rollout=[{"year": 2024, "districts": [str(i) for i in range(100000)]}]),
             "100,000 districts in one step"),
            ("rollout-years-extreme", lambda p: p["projects"][2].update(rollout=[{"year": -2 ** 31, "districts": ["1"]}, {"year": 2 ** 31 - 1, "districts": ["2"]}]),
             "roll-out years ±2^31"),
            ("zone-rings-missing-coords", lambda p: p["sandbox_zones"][0].update(rings=[{"exterior": True}]), "a ring without coords"),
            ("zone-coords-short", lambda p: p["sandbox_zones"][0].update(rings=[{"exterior": True, "coords": [[1], [], [1, 2, 3]]}]), "coordinates of 1, 0 and 3 numbers"),
            ("zone-coords-huge-numbers", lambda p: p["sandbox_zones"][0].update(rings=[{"exterior": True, "coords": [[1e308, -1e308], [1e308, 1e308], [0, 0], [1e308, -1e308]]}]),
             "coordinates ±1e308 and (0,0)"),
            ("zone-500k-vertices", lambda p: p["sandbox_zones"][0].update(rings=[{"exterior": True, "coords": [[185000 + (i % 1000), 552000 + i // 1000] for i in range(500000)]}]),
             "a zone of 500,000 vertices"),
            ("zone-years-overflow", lambda p: p["sandbox_zones"][0].update(start_year=2 ** 31 - 1, valid_years=2 ** 31 - 1, extension_years=2 ** 31 - 1),
             "zone years that overflow int when added"),
            ("zone-caps-garbage", lambda p: p["sandbox_zones"][0].update(caps=[{"kind": "projects", "limit": "x"}, 5, None]), "caps garbage"),
            ("zones-10k", lambda p: p.update(sandbox_zones=p["sandbox_zones"] * 5000), "10,000 zones"),
            ("layer-variants-remote", lambda p: p.update(layer_variants={"magok_blocks": f"/vsicurl/{url('layer-variants-remote')}",
                                                                        "sangam_rsu": url("layer-variants-remote", tail="y.geojson")}),
             "layer variants pointing at remote sources"),
            ("layer-variants-missing", lambda p: p.update(layer_variants={"magok_blocks": "no_such_table", "nope": "magok_blocks"}), "layer variants naming missing tables and layers"),
            ("layer-variants-cw-meta", lambda p: p.update(layer_variants={"magok_blocks": "cw_meta", "sangam_rsu": "sqlite_master"}), "layer variants reading cw_meta and sqlite_master"),
            ("layer-variants-wrong-type", lambda p: p.update(layer_variants={"magok_blocks": 5}), "a layer variant that is a number")]:
        flags = "net" if "remote" in label else ""
        s(label, mutated(fn), what, flags)
