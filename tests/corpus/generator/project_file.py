# SPDX-License-Identifier: GPL-3.0-or-later
"""A valid CityWeave project file at any schema version, built from the product's migrations."""
import json
import random
import sys
from pathlib import Path

from generator.common import *  # noqa: F401,F403  (the shared writers)


# --------------------------------------------------------------------------------------------
# The CityWeave project schema, read from the migrations in the source tree so that the older
# and current versions written here follow the product.

def project_migrations():
    src = ROOT / "core/src/project/schema_migrations.cpp"
    try:
        text = src.read_text(encoding="utf-8")
        parts = text.split('R"sql(')[1:]
        migrations = [p.split(')sql"')[0] for p in parts]
        if migrations:
            return migrations
    except OSError:
        pass
    sys.exit(f"make-hostile-corpus: cannot read the project schema from {src}")


MIGRATIONS = []
CW_ATTRIBUTE_TABLES = ["cw_meta", "cw_projects", "cw_layers", "cw_view", "cw_sector_rules",
                       "cw_project_partners", "cw_indicators", "cw_rollout", "cw_scenarios"]

# Seoul TM (EPSG:5186) around Magok, Sangam and G-Valley.
MAGOK = (185200.0, 552400.0)
SANGAM = (190200.0, 553300.0)
GVALLEY = (190000.0, 542300.0)

PROJECTS = [
    dict(id="magok-energy", name_ko="마곡 스마트 에너지", name_en="Magok smart energy", sector="energy",
         task="E1", lead_agency_ko="서울주택도시공사", lead_agency_en="SH", stage=1, start_year=2014,
         end_year=2022, axis="green_energy", budget_krw=12000000000, status="completed",
         exemptions="private_network,public_information"),
    dict(id="sangam-av", name_ko="상암 DMC 자율주행", name_en="Sangam DMC autonomous driving",
         sector="transport", task="T3", lead_agency_ko="서울특별시", lead_agency_en="Seoul",
         stage=2, start_year=2019, end_year=2025, axis="new_industry", budget_krw=None,
         status="running", exemptions="autonomous_driving"),
    dict(id="iot-sensors", name_ko="IoT 센서", name_en="IoT sensors", sector="safety", task="S3",
         lead_agency_ko="서울특별시", lead_agency_en="Seoul", stage=3, start_year=2021,
         end_year=2026, axis="", budget_krw=500000000, status="planned", exemptions=""),
]


def base_layers():
    rnd = random.Random(5186)
    blocks = [(poly_feature([square(MAGOK[0] + dx, MAGOK[1] + dy, 120)]), [f"블록 {i}", 100.0 * i])
              for i, (dx, dy) in enumerate([(0, 0), (300, 0), (600, 0), (0, 300), (300, 300),
                                             (600, 300)])]
    ess = [(point_feature(MAGOK[0] + 50 * i, MAGOK[1] + 40 * i), [f"ESS {i}", 10.0 * i])
           for i in range(4)]
    roads = [(line_feature([(SANGAM[0] - 700 + 300 * i, SANGAM[1] - 300),
                            (SANGAM[0] - 600 + 300 * i, SANGAM[1] + 400)]), [f"도로 {i}", 1.0])
             for i in range(3)]
    rsu = [(point_feature(SANGAM[0] - 500 + 220 * i, SANGAM[1] + 30 * i), [f"RSU-{i}", 2.0])
           for i in range(5)]
    sensors = [(point_feature(rnd.uniform(183000, 214000), rnd.uniform(539000, 563000)),
                [f"센서 {i}", float(i)]) for i in range(20)]
    outline = [(poly_feature([[(179500, 536700), (216200, 536700), (216200, 566800),
                               (179500, 566800), (179500, 536700)]]), ["서울", 0.0])]
    return [  # (layer id, project id, geometry type, features)
        ("seoul_outline", "", "MULTIPOLYGON", outline),
        ("magok_blocks", "magok-energy", "MULTIPOLYGON", blocks),
        ("magok_ess", "magok-energy", "MULTIPOINT", ess),
        ("sangam_roads", "sangam-av", "MULTILINESTRING", roads),
        ("sangam_rsu", "sangam-av", "MULTIPOINT", rsu),
        ("iot_sensors", "iot-sensors", "MULTIPOINT", sensors),
    ]


def zone_rings(center, half):
    return [square(center[0], center[1], half)]


ZONES = [dict(id="magok-sandbox", name_ko="마곡 샌드박스", name_en="Magok sandbox",
              exemptions="public_information,private_network", start_year=2019, valid_years=4,
              extension_years=2, caps="projects=2", notes="hypothetical", rings=zone_rings(MAGOK, 900)),
         dict(id="sangam-sandbox", name_ko="상암 샌드박스", name_en="Sangam sandbox",
              exemptions="autonomous_driving", start_year=2019, valid_years=4, extension_years=0,
              caps="length_m=10000", notes="hypothetical", rings=zone_rings(SANGAM, 900))]


def plan_json(projects=PROJECTS, zones=ZONES, variants=None):
    """A scenario's plan as scenarioPlanToJson writes it."""
    def proj(p):
        return {"id": p["id"], "name": {"ko": p["name_ko"], "en": p["name_en"]},
                "sector": p["sector"], "task": p["task"],
                "lead_agency": {"ko": p["lead_agency_ko"], "en": p["lead_agency_en"]},
                "stage": p["stage"], "start_year": p["start_year"], "end_year": p["end_year"],
                "axis": p["axis"], "partners": [{"kind": "company", "name": {"ko": "기업", "en": "Firm"}}],
                "budget_krw": p["budget_krw"], "status": p["status"],
                "provenance": {"source": "corpus", "owner": "", "date": "", "licence": ""},
                "required_exemptions": [e for e in p["exemptions"].split(",") if e],
                "indicators": [{"id": "ind", "name": {"ko": "지표", "en": "Indicator"}, "unit": "%",
                                "year": 2022, "baseline": None, "target": 30.0, "measured": None,
                                "additive": True}],
                "rollout": [{"year": 2024, "districts": ["11500", "11440"]}] if p["stage"] == 3 else []}

    def zone(z):
        return {"id": z["id"], "name": {"ko": z["name_ko"], "en": z["name_en"]},
                "rings": [{"exterior": i == 0, "coords": [list(c) for c in r]}
                          for i, r in enumerate(z["rings"])],
                "exemptions": [e for e in z["exemptions"].split(",") if e],
                "start_year": z["start_year"], "valid_years": z["valid_years"],
                "extension_years": z["extension_years"],
                "caps": [{"kind": "projects", "limit": 2.0}], "notes": z["notes"]}
    return json.dumps({"projects": [proj(p) for p in projects], "sandbox_zones": [zone(z) for z in zones],
                       "layer_variants": variants or {}}, ensure_ascii=False, sort_keys=True)


def insert_row(db, table, row):
    """Inserts the keys of `row` that `table` has (older schema versions have fewer columns)."""
    have = {r[1] for r in db.execute(f'PRAGMA table_info("{table}")')}
    keys = [k for k in row if k in have]
    db.execute(f'INSERT INTO "{table}" ({",".join(keys)}) VALUES ({",".join("?" * len(keys))})',
               [row[k] for k in keys])


def write_project(path, version=None, layers=None, extra_layers=(), scenarios=None, zones=ZONES, rtree=True):
    """A CityWeave project file at schema `version` (default: the current one) with its layers
    embedded, the registry, planning tables, sandbox zones and two scenarios."""
    version = len(MIGRATIONS) if version is None else version
    g = Gpkg(path)
    for lid, _, gtype, feats in (layers if layers is not None else base_layers()):
        g.add_layer(lid, gtype, feats, fields=(("name", "TEXT"), ("value", "REAL")), rtree=rtree)
    db = g.db
    for sql in MIGRATIONS[:version]:
        db.executescript(sql)
    db.execute("INSERT OR REPLACE INTO cw_meta (key, value) VALUES ('schema_version', ?)", (str(version),))
    for k, v in [("title_ko", "코퍼스 프로젝트"), ("title_en", "Corpus project"), ("note_ko", ""),
                 ("note_en", ""), ("rules_initialised", "0"), ("active_scenario", "base")]:
        db.execute("INSERT OR REPLACE INTO cw_meta (key, value) VALUES (?, ?)", (k, v))
    if version < 6 and version >= 3:
        db.execute("UPDATE cw_meta SET value='0' WHERE key='rules_initialised'")
    for p in PROJECTS:
        insert_row(db, "cw_projects", {k: v for k, v in p.items()})
    position = 0
    entries = [(lid, pid, "", lid, {}) for lid, pid, _, _ in (layers if layers is not None else base_layers())]
    for e in extra_layers:  # (id, project, source, source_layer, more columns)
        entries.append(e)
    for lid, pid, source, source_layer, more in entries:
        row = dict(position=position, id=lid, name_ko=lid, name_en=lid, project_id=pid,
                   source=source, source_layer=source_layer, visible=1, fill="#009e736e",
                   stroke="#009e73ff", stroke_width_mm=0.35, point_size_mm=2.2)
        row.update(more)
        insert_row(db, "cw_layers", row)
        position += 1
    if version >= 2:
        db.execute("INSERT OR REPLACE INTO cw_view (key, value) VALUES ('extent', '')")
    if version >= 5:
        for p in PROJECTS:
            db.execute("INSERT INTO cw_project_partners (project_id, position, kind, name_ko, name_en) "
                       "VALUES (?, 0, 'company', '기업', 'Firm')",
                       (p["id"],))
            db.execute("INSERT INTO cw_indicators (project_id, position, id, name_ko, name_en, unit, year, "
                       "baseline, target, measured, additive) VALUES (?, 0, 'ind', '지표', 'Indicator', '%', 2022,"
                       " NULL, 30.0, 12.5, 1)", (p["id"],))
        for year, pos, district in [(2024, 0, "11500"), (2024, 1, "11440"), (2025, 0, "11530")]:
            db.execute("INSERT INTO cw_rollout (project_id, year, position, district) VALUES ('iot-sensors', ?, ?, ?)", (year, pos, district))
        for z in zones:
            blob = gp_blob(wkb_multi(6, [wkb_polygon(z["rings"])]), 5186, envelope_of(z["rings"][0]))
            db.execute("INSERT INTO cw_sandbox_zones (geom, id, name_ko, name_en, exemptions, "
                       "start_year, valid_years, extension_years, caps, notes) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?)",
                       (blob, z["id"], z["name_ko"], z["name_en"], z["exemptions"], z["start_year"],
                        z["valid_years"], z["extension_years"], z["caps"], z["notes"]))
        for i, (sid, ko, en, plan) in enumerate(scenarios if scenarios is not None else [
                ("base", "원안", "Base plan", plan_json()),
                ("east-first", "동부 먼저", "East first", plan_json())]):
            db.execute("INSERT INTO cw_scenarios VALUES (?,?,?,?,?,?)", (i, sid, ko, en, "", plan))
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                   "last_change, srs_id) VALUES ('cw_sandbox_zones', 'features', 'cw_sandbox_zones',"
                   " 'zones', ?, 5186)", (FIXED_STAMP,))
        db.execute("INSERT INTO gpkg_geometry_columns VALUES ('cw_sandbox_zones', 'geom', "
                   "'MULTIPOLYGON', 5186, 0, 0)")
    for t in CW_ATTRIBUTE_TABLES:
        if db.execute("SELECT 1 FROM sqlite_master WHERE name=?", (t,)).fetchone():
            db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
                       " last_change) VALUES (?, 'attributes', ?, 'CityWeave project data', ?)",
                       (t, t, FIXED_STAMP))
    g.close()
    return Path(path)
