# SPDX-License-Identifier: GPL-3.0-or-later
"""What every part of the corpus uses: the case list, writers for WKB, GeoPackage geometry and
GeoPackage files, and byte-level damage."""
import random
import shutil
import sqlite3
import struct
from array import array
from pathlib import Path

# The runner listens on these ports; a file that names them must never make the CLI connect.
NET_PORT = 9417
NET_PORT_DISCARD = 9  # the brief's "127.0.0.1:9": the runner listens there too when it can

ROOT = Path(__file__).resolve().parents[3]  # tests/corpus/generator/ -> the repository
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_STAMP = "2024-01-01T00:00:00.000Z"

_OUT = [Path()]  # the corpus folder, set once by the entry script
MANIFEST = []  # (kind, path, flags, what)


def out_dir():
    return _OUT[0]


def set_out_dir(path):
    _OUT[0] = Path(path)


def case(kind, path, what, flags=""):
    MANIFEST.append((kind, str(Path(path).relative_to(out_dir())), flags, what))


def add_flag(first, flag, only=lambda path: True):
    """Adds `flag` to the cases listed from index `first` on (those `only` accepts)."""
    for i in range(first, len(MANIFEST)):
        kind, path, flags, what = MANIFEST[i]
        if only(path):
            MANIFEST[i] = (kind, path, ",".join(f for f in (flags, flag) if f), what)


def url(case_id, port=NET_PORT, tail="x"):
    # The case id in the path lets the runner tell which file made a connection.
    return f"http://127.0.0.1:{port}/{case_id}/{tail}"


_MADE_DIRS = set()


def write(path, data):
    path = Path(path)
    if path.parent not in _MADE_DIRS:
        path.parent.mkdir(parents=True, exist_ok=True)
        _MADE_DIRS.add(path.parent)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# Geometry encodings: WKB and the GeoPackage binary header (GeoPackage 1.3, 2.1.3).

def pts_bytes(points):
    a = array("d")
    for x, y in points:
        a.append(x)
        a.append(y)
    return a.tobytes()


def wkb_point(x, y):
    return struct.pack("<BIdd", 1, 1, x, y)


def wkb_line(points):
    return struct.pack("<BII", 1, 2, len(points)) + pts_bytes(points)


def wkb_polygon(rings):
    out = [struct.pack("<BII", 1, 3, len(rings))]
    for ring in rings:
        out.append(struct.pack("<I", len(ring)))
        out.append(pts_bytes(ring))
    return b"".join(out)


def wkb_multi(type_code, parts):
    return struct.pack("<BII", 1, type_code, len(parts)) + b"".join(parts)


def envelope_of(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), max(xs), min(ys), max(ys))


def gp_blob(wkb, srs=5186, env=None, flags=None):
    """A GeoPackage geometry: 'GP', version 0, flags (LE + XY envelope), srs id, envelope, WKB."""
    if flags is None:
        flags = 0x03 if env is not None else 0x01
    head = b"GP" + bytes([0, flags]) + struct.pack("<i", srs)
    if env is not None:
        head += struct.pack("<4d", *env)
    return head + wkb


def square(cx, cy, half):
    return [(cx - half, cy - half), (cx + half, cy - half), (cx + half, cy + half),
            (cx - half, cy + half), (cx - half, cy - half)]


def poly_feature(rings, srs=5186):
    return gp_blob(wkb_multi(6, [wkb_polygon(rings)]), srs, envelope_of(rings[0]))


def point_feature(x, y, srs=5186):
    return gp_blob(wkb_multi(4, [wkb_point(x, y)]), srs, (x, x, y, y))


def line_feature(points, srs=5186):
    return gp_blob(wkb_multi(5, [wkb_line(points)]), srs, envelope_of(points))


# --------------------------------------------------------------------------------------------
# GeoPackage writer: the tables GDAL needs, feature tables with an R-tree, CityWeave tables.

WKT_4326 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
            'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
            'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
            'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
WKT_5186 = ('PROJCS["Korea 2000 / Central Belt 2010",GEOGCS["Korea 2000",DATUM["Geocentric_datum_of_Korea",'
            'SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6737"]],'
            'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
            'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4737"]],PROJECTION["Transverse_Mercator"],'
            'PARAMETER["latitude_of_origin",38],PARAMETER["central_meridian",127],PARAMETER["scale_factor",1],'
            'PARAMETER["false_easting",200000],PARAMETER["false_northing",600000],UNIT["metre",1,'
            'AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","5186"]]')
# Bessel 1841 Transverse Mercator with no datum: the legacy Korean .prj the README describes.
WKT_LEGACY_BESSEL = ('PROJCS["TM",GEOGCS["Bessel",DATUM["D_Bessel_1841",SPHEROID["Bessel_1841",6377397.155,'
                     '299.1528128]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]],'
                     'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",200000],'
                     'PARAMETER["False_Northing",500000],PARAMETER["Central_Meridian",127.0028902777778],'
                     'PARAMETER["Scale_Factor",1],PARAMETER["Latitude_Of_Origin",38],UNIT["Meter",1]]')

GPKG_CORE_SQL = """
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
  description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL
  DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,
  max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES
  gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name
  UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES
  gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES
  gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name,
  column_name, extension_name));
CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER
  DEFAULT NULL);
"""


class Gpkg:
    def __init__(self, path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            self.path.unlink()
        self.db = connect(self.path)
        self.db.execute("PRAGMA page_size = 1024")  # small pages: a small corpus, quick copies
        self.db.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
        self.db.execute("PRAGMA user_version = 10200")
        self.db.executescript(GPKG_CORE_SQL)
        self.db.executemany(
            "INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
            [("Undefined Cartesian SRS", -1, "NONE", -1, "undefined", "undefined Cartesian"),
             ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
             ("WGS 84 geodetic", 4326, "EPSG", 4326, WKT_4326, ""),
             ("Korea 2000 / Central Belt 2010", 5186, "EPSG", 5186, WKT_5186, "")])

    def add_layer(self, name, gtype, features, fields=(("name", "TEXT"),), srs=5186, rtree=True,
                  data_type="features"):
        """features: (geometry blob or None, [field values]) per row."""
        cols = "".join(f', "{f}" {t}' for f, t in fields)
        self.db.execute(f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                        f'geom {gtype}{cols})')
        marks = ",".join("?" * (len(fields) + 1))
        names = ",".join(["geom"] + [f'"{f}"' for f, _ in fields])
        self.db.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                            [(g, *vals) for g, vals in features])
        boxes = [box for box in (blob_envelope(g) for g, _ in features) if box]
        ext = (min(b[0] for b in boxes), min(b[2] for b in boxes),
               max(b[1] for b in boxes), max(b[3] for b in boxes)) if boxes else (None,) * 4
        self.db.execute("INSERT INTO gpkg_contents VALUES (?,?,?,'',?,?,?,?,?,?)",
                        (name, data_type, name, FIXED_STAMP, *ext, srs))
        self.db.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)",
                        (name, "geom", gtype, srs))
        self.db.execute("INSERT INTO gpkg_ogr_contents VALUES (?,?)", (name, len(features)))
        if rtree:
            self.db.execute(f'CREATE VIRTUAL TABLE "rtree_{name}_geom" USING rtree(id, minx, maxx, '
                            f'miny, maxy)')
            rows = []
            for fid, (g, _) in enumerate(features, start=1):
                box = blob_envelope(g)
                if box:
                    rows.append((fid, *box))
            self.db.executemany(f'INSERT INTO "rtree_{name}_geom" VALUES (?,?,?,?,?)', rows)
            self.db.execute("INSERT INTO gpkg_extensions VALUES (?,?,?,?,?)",
                            (name, "geom", "gpkg_rtree_index",
                             "http://www.geopackage.org/spec120/#extension_rtree", "write-only"))

    def add_attributes(self, name, columns, rows):
        cols = ", ".join(f'"{c}" {t}' for c, t in columns)
        self.db.execute(f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                        f'{cols})')
        marks = ",".join("?" * len(columns))
        names = ",".join(f'"{c}"' for c, _ in columns)
        self.db.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
        self.db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change)"
                        " VALUES (?, 'attributes', ?, ?)", (name, name, FIXED_STAMP))
        self.db.execute("INSERT INTO gpkg_ogr_contents VALUES (?,?)", (name, len(rows)))

    def close(self):
        self.db.commit()
        self.db.execute("VACUUM")  # the same bytes for the same content
        self.db.close()


def blob_envelope(blob):
    """(minx, maxx, miny, maxy) from a blob this script wrote, None when there is none."""
    if not isinstance(blob, bytes) or len(blob) < 40 or blob[:2] != b"GP" or (blob[3] >> 1) & 7 != 1:
        return None
    env = struct.unpack_from("<4d", blob, 8)
    return env if all(v == v for v in env) else None


def connect(path):
    # No fsync: the corpus is scratch data and hundreds of commits would each wait for the disk.
    db = sqlite3.connect(str(path))
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = MEMORY")
    return db


def derive(src, dst, sql=None, fn=None, schema_edit=False):
    """Copies `src` to `dst` and breaks the copy with SQL and/or fn(db)."""
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    if sql or fn:
        db = connect(dst)
        if schema_edit:
            db.execute("PRAGMA writable_schema = ON")
        if sql:
            db.executescript(sql)
        if fn:
            fn(db)
        db.commit()
        db.close()
    return dst


def rebuild_table(db, table, drop_column=None, no_constraints=False):
    """Re-creates `table` without one column and/or without any constraint."""
    info = list(db.execute(f'PRAGMA table_info("{table}")'))
    keep = [r[1] for r in info if r[1] != drop_column]
    cols = None
    if no_constraints:
        cols = ", ".join(f'"{r[1]}" {r[2]}' for r in info if r[1] != drop_column)
    db.execute(f'ALTER TABLE "{table}" RENAME TO "{table}__old"')
    if cols is None:
        # Keep the declared constraints: build from table_info with PRIMARY KEY where it was.
        # A key without one of its columns may no longer be unique: then drop the key.
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        pk = [] if drop_column in pk else pk
        defs = []
        for r in info:
            if r[1] == drop_column:
                continue
            d = f'"{r[1]}" {r[2]}'
            if r[3]:
                d += " NOT NULL"
            if r[4] is not None:
                d += f" DEFAULT {r[4]}"
            defs.append(d)
        if pk:
            defs.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in pk) + ")")
        cols = ", ".join(defs)
    db.execute(f'CREATE TABLE "{table}" ({cols})')
    names = ", ".join(f'"{c}"' for c in keep)
    db.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{table}__old"')
    db.execute(f'DROP TABLE "{table}__old"')


def recursive_view_sql(table, columns):
    """`table` replaced by a view of infinitely many rows (a recursive CTE with no end)."""
    sel = ", ".join(f"{expr} AS \"{name}\"" for name, expr in columns)
    return (f'DROP TABLE IF EXISTS "{table}";\n'
            f'CREATE VIEW "{table}" AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) '
            f'SELECT {sel} FROM c;')


# --------------------------------------------------------------------------------------------
# Byte-level helpers.

def patch(data, offset, new):
    data = bytearray(data)
    data[offset:offset + len(new)] = new
    return bytes(data)


def flip_bits(data, seed, count, start=100):
    rnd = random.Random(seed)
    data = bytearray(data)
    for _ in range(count):
        i = rnd.randrange(start, len(data))
        data[i] ^= 1 << rnd.randrange(8)
    return bytes(data)


def sparse(path, head, apparent_size):
    """Writes `head` then extends the file with a hole: large apparent size, nothing on disk."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(apparent_size)
    return path


# --------------------------------------------------------------------------------------------
# GeoJSON building blocks (degrees).

LON, LAT = 126.835, 37.561  # Magok in degrees


def fc(features, **extra):
    return dict(type="FeatureCollection", features=features, **extra)


def feat(geom, **props):
    return dict(type="Feature", properties=props, geometry=geom)


def gj_square(lon, lat, h=0.001):
    return dict(type="Polygon", coordinates=[[[lon - h, lat - h], [lon + h, lat - h], [lon + h, lat + h],
                                              [lon - h, lat + h], [lon - h, lat - h]]])
