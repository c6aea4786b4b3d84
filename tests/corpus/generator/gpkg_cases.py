# SPDX-License-Identifier: GPL-3.0-or-later
"""gpkg/: GeoPackages that are both a project and a layer source, broken at every level."""
import math
import random
import shutil
import sqlite3
import struct
from pathlib import Path

from generator.common import *  # noqa: F401,F403  (the shared writers)
from generator.project_file import *  # noqa: F401,F403


# --------------------------------------------------------------------------------------------
# gpkg/: GeoPackages that are both a project (with embedded layers) and a layer source.

def gen_gpkg(base):
    d = out_dir() / "gpkg"
    raw = base.read_bytes()
    page = struct.unpack(">H", raw[16:18])[0]

    def b(name, data, what, flags=""):
        case("gpkg", write(d / name, data), what, flags)

    case("gpkg", derive(base, d / "valid-control.gpkg"), "valid: a control that must succeed", "full")

    # The 100-byte SQLite header and the GeoPackage application id.
    b("header-bad-magic.gpkg", patch(raw, 0, b"SQLite format 4\0"), "SQLite magic string wrong")
    b("header-magic-zeroed.gpkg", patch(raw, 0, bytes(16)), "SQLite magic zeroed")
    b("header-application-id-zero.gpkg", patch(raw, 68, bytes(4)), "application_id 0 (not GPKG)")
    b("header-application-id-gpkx.gpkg", patch(raw, 68, b"GPKX"), "application_id GPKX")
    b("header-page-size-1-means-65536.gpkg", patch(raw, 16, struct.pack(">H", 1)), "page size field 1 (65536) on 4096-byte pages")
    b("header-page-size-1000-not-power-of-two.gpkg", patch(raw, 16, struct.pack(">H", 1000)), "page size 1000")
    b("header-read-version-255.gpkg", patch(raw, 18, b"\xff\xff"), "file format read/write version 255")
    b("header-wal-mode-no-wal-file.gpkg", patch(raw, 18, b"\x02\x02"), "WAL mode in the header, no -wal file")
    b("header-page-count-huge.gpkg", patch(raw, 28, struct.pack(">I", 0x7FFFFFFF)), "in-header page count 2^31-1")
    b("header-page-count-zero.gpkg", patch(raw, 28, bytes(4)), "in-header page count 0")
    b("header-freelist-beyond-eof.gpkg", patch(raw, 32, struct.pack(">II", 0xFFFFFFF0, 5)), "freelist trunk page beyond the end")
    b("header-text-encoding-7.gpkg", patch(raw, 56, struct.pack(">I", 7)), "text encoding 7 (invalid)")

    # Truncations.
    for n, what in [(0, "empty file"), (100, "only the 100-byte header"), (page, "only the first page"),
                    (len(raw) // 2, "cut in half"), (3 * page + 234, "cut in the middle of page 4")]:
        b(f"truncated-to-{n}-bytes.gpkg", raw[:n], "truncated: " + what)

    # Random damage, seeded.
    for seed in range(1, 5):
        b(f"bitflips-seed-{seed}.gpkg", flip_bits(raw, seed, 16), f"16 random bits flipped (seed {seed})")
    rnd = random.Random(77)
    b("page1-schema-garbage.gpkg", patch(raw, 100, rnd.randbytes(page - 100)),
      "sqlite_master page overwritten with random bytes")
    npages = len(raw) // page
    for k in (2, npages // 2):
        b(f"page-{k + 1}-random.gpkg", patch(raw, k * page, rnd.randbytes(page)),
          f"page {k + 1} of {npages} random bytes")
    b(f"page-{npages}-zeroed.gpkg", patch(raw, (npages - 1) * page, bytes(page)), f"last page zeroed")

    # sqlite_master edited directly.
    ws = dict(schema_edit=True)
    case("gpkg", derive(base, d / "schema-sql-unparsable.gpkg",
                        "UPDATE sqlite_master SET sql='CREATE TABLE magok_blocks (' WHERE name='magok_blocks';", **ws),
         "sqlite_master holds unparsable SQL for a layer table")
    case("gpkg", derive(base, d / "schema-rootpage-beyond-eof.gpkg",
                        "UPDATE sqlite_master SET rootpage=999999 WHERE name='magok_blocks';", **ws),
         "a layer table whose root page is past the end of the file")
    case("gpkg", derive(base, d / "schema-cw-layers-rootpage-is-cw-meta.gpkg",
                        "UPDATE sqlite_master SET rootpage=(SELECT rootpage FROM sqlite_master WHERE name='cw_meta')"
                        " WHERE name='cw_layers';", **ws),
         "cw_layers and cw_meta share one b-tree (rows of the wrong shape)")

    # Journals and write-ahead logs beside the file.
    write(d / "hot-journal-garbage.gpkg", raw)
    write(d / "hot-journal-garbage.gpkg-journal", random.Random(3).randbytes(6000))
    case("gpkg", d / "hot-journal-garbage.gpkg", "a -journal of random bytes beside the file")
    make_hot_journal(base, d / "hot-journal-real.gpkg")
    case("gpkg", d / "hot-journal-real.gpkg", "a genuine hot journal: a save killed mid-transaction")
    write(d / "wal-garbage.gpkg", patch(raw, 18, b"\x02\x02"))
    write(d / "wal-garbage.gpkg-wal", random.Random(4).randbytes(9000))
    case("gpkg", d / "wal-garbage.gpkg", "WAL mode with a -wal file of random bytes")

    # gpkg_contents, gpkg_geometry_columns, gpkg_spatial_ref_sys, gpkg_ogr_contents.
    sqls = {
        "contents-missing": ("DROP TABLE gpkg_contents;", "gpkg_contents missing"),
        "contents-extra-columns": ("ALTER TABLE gpkg_contents ADD COLUMN zz BLOB DEFAULT x'00ff';"
                                   "ALTER TABLE gpkg_contents ADD COLUMN yy TEXT;", "gpkg_contents with extra columns"),
        "contents-data-type-tiles": ("UPDATE gpkg_contents SET data_type='tiles' WHERE table_name='magok_blocks';", "a feature table declared as tiles"),
        "contents-table-does-not-exist": ("INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) "
                                          "VALUES ('no_such_table','features','nst','x',5186);"
                                          "INSERT INTO gpkg_geometry_columns VALUES ('no_such_table','geom','POINT',5186,0,0);",
                                          "a layer row for a table that does not exist"),
        "contents-bbox-text": ("UPDATE gpkg_contents SET min_x='abc', max_y=x'ff';", "extent columns hold text and blobs"),
        "contents-bbox-inf": ("UPDATE gpkg_contents SET min_x=-9e999, max_x=9e999, min_y=9e999, max_y=-9e999;", "extent ±inf and inverted"),
        "contents-srs-unknown": ("UPDATE gpkg_contents SET srs_id=999999;", "srs_id not in gpkg_spatial_ref_sys"),
        "geometry-columns-missing": ("DROP TABLE gpkg_geometry_columns;", "gpkg_geometry_columns missing"),
        "geometry-columns-type-garbage": ("UPDATE gpkg_geometry_columns SET geometry_type_name='CIRCLE';", "geometry type CIRCLE"),
        "geometry-columns-type-collection": ("UPDATE gpkg_geometry_columns SET geometry_type_name='GEOMETRYCOLLECTION';", "geometry type GEOMETRYCOLLECTION"),
        "geometry-columns-type-point-on-polygons": ("UPDATE gpkg_geometry_columns SET geometry_type_name='POINT' WHERE table_name='magok_blocks';", "polygons declared POINT"),
        "geometry-columns-column-missing": ("UPDATE gpkg_geometry_columns SET column_name='nope';", "geometry column name not in the table"),
        "geometry-columns-column-is-text-field": ("UPDATE gpkg_geometry_columns SET column_name='name';", "geometry column points at a text field"),
        "geometry-columns-srs-undefined-cartesian": ("UPDATE gpkg_geometry_columns SET srs_id=-1; UPDATE gpkg_contents SET srs_id=-1;", "srs_id -1 (undefined)"),
        "geometry-columns-srs-4326-on-metres": ("UPDATE gpkg_geometry_columns SET srs_id=4326; UPDATE gpkg_contents SET srs_id=4326;", "metres declared as EPSG:4326"),
        "srs-missing": ("DROP TABLE gpkg_spatial_ref_sys;", "gpkg_spatial_ref_sys missing"),
        "srs-definition-garbage": ("UPDATE gpkg_spatial_ref_sys SET definition='garbage (((' WHERE srs_id=5186;", "definition garbage"),
        "srs-definition-1mb": ("UPDATE gpkg_spatial_ref_sys SET definition='PROJCS[\"' || hex(zeroblob(500000)) || '\"]' WHERE srs_id=5186;", "definition of 1 MB"),
        "srs-definition-nested-100k": ("UPDATE gpkg_spatial_ref_sys SET definition=replace(hex(zeroblob(50000)),'00','A[') WHERE srs_id=5186;", "definition nested 100,000 brackets deep"),
        "srs-5186-defined-as-4326": (f"UPDATE gpkg_spatial_ref_sys SET definition='{WKT_4326}' WHERE srs_id=5186;", "srs 5186 defined as WGS 84"),
        "srs-5186-defined-as-legacy-bessel": (f"UPDATE gpkg_spatial_ref_sys SET definition='{WKT_LEGACY_BESSEL}', organization='NONE' WHERE srs_id=5186;", "srs 5186 defined as a legacy Bessel TM"),
        "srs-coordsys-id-2pow63": ("UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id=9223372036854775807, organization='EPSG', definition='undefined' WHERE srs_id=5186;", "organization_coordsys_id 2^63-1, no definition"),
        "srs-extra-column-wkt2": ("ALTER TABLE gpkg_spatial_ref_sys ADD COLUMN definition_12_063 TEXT NOT NULL DEFAULT 'garbage';"
                                  "INSERT INTO gpkg_extensions VALUES ('gpkg_spatial_ref_sys','definition_12_063','gpkg_crs_wkt','x','read-write');",
                                  "WKT2 column (crs_wkt extension) holding garbage"),
        "ogr-contents-count-2e9": ("UPDATE gpkg_ogr_contents SET feature_count=2000000000;", "feature_count claims 2e9"),
        "ogr-contents-count-4e18": ("UPDATE gpkg_ogr_contents SET feature_count=4000000000000000000;", "feature_count claims 4e18"),
        "ogr-contents-count-minus-1": ("UPDATE gpkg_ogr_contents SET feature_count=-1;", "feature_count -1"),
        "ogr-contents-count-text": ("UPDATE gpkg_ogr_contents SET feature_count='abc';", "feature_count 'abc'"),
        "extensions-garbage": ("INSERT INTO gpkg_extensions VALUES ('magok_blocks','geom','gpkg_geom_CIRCLE','x','read-write');"
                               "INSERT INTO gpkg_extensions VALUES (NULL,NULL,'zz_unknown_required','x','read-write');",
                               "unknown read-write extensions"),
    }
    for name, (sql, what) in sqls.items():
        case("gpkg", derive(base, d / f"{name}.gpkg", sql), what)

    def srs_id_text(db):
        rebuild_table(db, "gpkg_spatial_ref_sys", no_constraints=True)
        db.execute("UPDATE gpkg_spatial_ref_sys SET srs_id='abc' WHERE srs_id=5186")
    case("gpkg", derive(base, d / "srs-id-text.gpkg", fn=srs_id_text), "srs_id 'abc' where 5186 was")

    def dup_geometry_columns(db):
        rebuild_table(db, "gpkg_geometry_columns", no_constraints=True)
        db.execute("INSERT INTO gpkg_geometry_columns VALUES ('magok_blocks','value','POINT',4326,0,0)")
    case("gpkg", derive(base, d / "geometry-columns-two-for-one-table.gpkg", fn=dup_geometry_columns),
         "two geometry columns declared for one table")

    def nasty_table_name(db):
        nasty = 'x"; DROP TABLE cw_meta; -- 한글 ' + "n" * 300
        db.execute(f'CREATE TABLE "{nasty.replace(chr(34), chr(34) * 2)}" (fid INTEGER PRIMARY KEY, geom POINT, '
                   f'"{"c" * 2000}" TEXT, "" TEXT)')
        db.execute(f'INSERT INTO "{nasty.replace(chr(34), chr(34) * 2)}" VALUES (1, ?, ?, ?)',
                   (point_feature(*MAGOK), "a", "b"))
        db.execute("INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) VALUES (?,?,?,?,5186)",
                   (nasty, "features", nasty, "x"))
        db.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)", (nasty, "geom", "POINT", 5186))
    case("gpkg", derive(base, d / "layer-name-sql-injection.gpkg", fn=nasty_table_name),
         "a layer named with quotes, SQL, Korean and 300 characters; a 2000-character and an empty column name")

    # What the analyses read (geometries, indexes, views, sizes): these cases get `analyze` too.
    first = len(MANIFEST)
    gen_gpkg_blobs(base, d)
    gen_gpkg_rtree(base, d)
    gen_gpkg_views_triggers(base, d)
    gen_gpkg_big(d)
    add_flag(first, "analyze")

    # Sparse files: huge apparent size, nothing on disk.
    big = 64 << 30
    sparse(d / "sparse-64g-valid-header.gpkg", raw, big)
    case("gpkg", d / "sparse-64g-valid-header.gpkg", "a valid GeoPackage followed by a 64 GiB hole", "sparse")
    sparse(d / "sparse-64g-page-count-zero.gpkg", patch(raw, 28, bytes(4)), big)
    case("gpkg", d / "sparse-64g-page-count-zero.gpkg", "64 GiB file, header page count 0 (size from the file)", "sparse")
    sparse(d / "sparse-64g-all-holes.gpkg", b"", big)
    case("gpkg", d / "sparse-64g-all-holes.gpkg", "64 GiB of nothing (all zeros, no header)", "sparse")


def make_hot_journal(base, dst):
    """A save killed mid-transaction: the changed file plus its rollback journal."""
    tmp = dst.with_name("tmp-hot.gpkg")
    shutil.copyfile(base, tmp)
    db = sqlite3.connect(str(tmp), isolation_level=None)
    db.execute("PRAGMA cache_size=1")  # spill dirty pages to the file before commit
    db.execute("BEGIN IMMEDIATE")
    db.execute("DELETE FROM cw_layers")
    db.execute("UPDATE magok_blocks SET name = hex(zeroblob(2000))")
    shutil.copyfile(tmp, dst)
    journal = bytearray(Path(str(tmp) + "-journal").read_bytes())
    db.execute("ROLLBACK")
    db.close()
    tmp.unlink()
    # SQLite salts each journal header with a random nonce: zero them and redo the page checksums
    # so that the corpus stays the same from run to run. Each header (one per sector-aligned
    # segment) is followed by its page records: number, page, checksum.
    magic = bytes(journal[:8])
    sector, psize = struct.unpack(">II", journal[20:28])
    pos = end = 0
    while pos + 28 <= len(journal) and journal[pos:pos + 8] == magic:
        count = struct.unpack(">I", journal[pos + 8:pos + 12])[0]
        journal[pos + 12:pos + 16] = bytes(4)
        rec = pos + sector
        for _ in range(count):
            data = journal[rec + 4:rec + 4 + psize]
            total, i = 0, psize - 200
            while i > 0:
                total += data[i]
                i -= 200
            journal[rec + 4 + psize:rec + 8 + psize] = struct.pack(">I", total & 0xFFFFFFFF)
            rec += psize + 8
        pos = -(-rec // sector) * sector
        end = rec
    # What follows the counted records is stale (and salted): SQLite ignores it, so drop it.
    del journal[end:]
    write(str(dst) + "-journal", bytes(journal))


def hostile_blobs():
    """(name, blob, what) for one broken geometry each; the blob replaces every feature's."""
    ring = square(MAGOK[0], MAGOK[1], 120)
    env = envelope_of(ring)
    good_wkb = wkb_multi(6, [wkb_polygon([ring])])
    good = gp_blob(good_wkb, 5186, env)
    nested = wkb_polygon([ring])
    for _ in range(100):
        nested = struct.pack("<BII", 1, 7, 1) + nested
    deep = wkb_polygon([ring])
    for _ in range(20000):
        deep = struct.pack("<BII", 1, 7, 1) + deep
    rnd = random.Random(11)
    return [
        ("blob-truncated-5", good[:5], "geometry blob of 5 bytes"),
        ("blob-truncated-in-envelope", good[:20], "geometry blob cut inside the envelope"),
        ("blob-truncated-in-wkb", good[:len(good) // 2], "geometry blob cut inside the WKB"),
        ("blob-envelope-code-7", patch(good, 3, bytes([0x0F])), "envelope indicator 7 (invalid)"),
        ("blob-envelope-xyzm-on-xy", patch(good, 3, bytes([0x09])), "envelope indicator 4 (XYZM) on an XY envelope"),
        ("blob-empty-flag-with-data", patch(good, 3, bytes([0x13])), "empty flag set on a full geometry"),
        ("blob-header-big-endian", patch(good, 3, bytes([0x02])), "header flag says big-endian, data is little-endian"),
        ("blob-extended-type-flag", patch(good, 3, bytes([0x23])), "extended GeoPackage geometry type flag"),
        ("blob-version-255", patch(good, 2, b"\xff"), "GeoPackage blob version 255"),
        ("blob-magic-xx", patch(good, 0, b"XX"), "blob magic 'XX'"),
        ("blob-srs-4326-in-5186-table", patch(good, 4, struct.pack("<i", 4326)), "blob srs id 4326 in an EPSG:5186 table"),
        ("blob-envelope-nan", gp_blob(good_wkb, 5186, (float("nan"),) * 4), "envelope NaN"),
        ("blob-envelope-inf", gp_blob(good_wkb, 5186, (-float("inf"), float("inf"), -float("inf"), float("inf"))), "envelope ±inf"),
        ("blob-envelope-inverted", gp_blob(good_wkb, 5186, (env[1], env[0], env[3], env[2])), "envelope min > max"),
        ("wkb-type-99", gp_blob(struct.pack("<BI", 1, 99) + good_wkb[5:], 5186, env), "WKB type 99"),
        ("wkb-type-2pow31", gp_blob(struct.pack("<BI", 1, 2 ** 31 + 6) + good_wkb[5:], 5186, env), "WKB type 2^31+6"),
        ("wkb-iso-z-with-2d-data", gp_blob(struct.pack("<BI", 1, 1006) + good_wkb[5:], 5186, env), "WKB MultiPolygonZ over 2-D coordinates"),
        ("wkb-byte-order-7", gp_blob(bytes([7]) + good_wkb[1:], 5186, env), "WKB byte order 7"),
        ("wkb-point-in-polygon-table", gp_blob(wkb_point(*MAGOK), 5186), "a point in a MULTIPOLYGON table"),
        ("wkb-rings-4e9", gp_blob(struct.pack("<BIIBII", 1, 6, 1, 1, 3, 0xFFFFFFFF) + struct.pack("<I", 5) + pts_bytes(ring), 5186, env),
         "a polygon claiming 2^32-1 rings"),
        ("wkb-points-2pow31", gp_blob(struct.pack("<BIIBIII", 1, 6, 1, 1, 3, 1, 0x7FFFFFFF) + pts_bytes(ring), 5186, env),
         "a ring claiming 2^31-1 points"),
        ("wkb-polygons-4e9", gp_blob(struct.pack("<BII", 1, 6, 0xFFFFFFFF) + wkb_polygon([ring]), 5186, env),
         "a multipolygon claiming 2^32-1 polygons"),
        ("wkb-collection-nested-100", gp_blob(nested, 5186, env), "a polygon inside 100 nested geometry collections"),
        ("wkb-collection-nested-20000", gp_blob(deep, 5186, env), "a polygon inside 20,000 nested geometry collections"),
        ("blob-null", None, "geometry NULL"),
        ("blob-text", "POLYGON((0 0,1 0,1 1,0 0))", "geometry column holds WKT text"),
        ("blob-zero-length", b"", "geometry blob of 0 bytes"),
        ("blob-spatialite", b"\x00\x01" + struct.pack("<i", 5186) + struct.pack("<4d", *env) + b"\x7c" + good_wkb[1:] + b"\xfe",
         "a SpatiaLite blob instead of a GeoPackage one"),
        ("blob-plain-wkb", good_wkb, "plain WKB without the GeoPackage header"),
        ("blob-random-1mb", rnd.randbytes(1 << 20), "1 MiB of random bytes"),
        ("blob-random-after-header", good[:40] + rnd.randbytes(200), "valid header, random WKB"),
    ]


# Blob variants that add little over the others in a GeoPackage layer (GDAL reads them).
GPKG_BLOB_SKIP = {"blob-truncated-5", "blob-version-255", "blob-magic-xx", "wkb-type-2pow31", "blob-envelope-inverted",
                  "wkb-collection-nested-100", "blob-zero-length", "blob-random-after-header", "wkb-byte-order-7"}


def gen_gpkg_blobs(base, d):
    for name, blob, what in hostile_blobs():
        if name in GPKG_BLOB_SKIP:
            continue
        case("gpkg", derive(base, d / f"{name}.gpkg", fn=lambda db, b=blob: db.execute(
            "UPDATE magok_blocks SET geom=?", (b,))), what + " (every feature of magok_blocks)")

    # Coordinates.
    def coords(name, ring, what, extra_rings=()):
        blob = gp_blob(wkb_multi(6, [wkb_polygon([ring, *extra_rings])]), 5186, None)
        case("gpkg", derive(base, d / f"{name}.gpkg", fn=lambda db: db.execute(
            "UPDATE magok_blocks SET geom=? WHERE fid=1", (blob,))), what)
    x, y = MAGOK
    nan, inf = float("nan"), float("inf")
    coords("coords-vertex-at-0-0", [(x, y), (x + 200, y), (0.0, 0.0), (x, y + 200), (x, y)],
           "one vertex at (0,0) in a Seoul TM polygon (EPSG:5186)")
    coords("coords-nan", [(x, y), (nan, y), (x + 200, nan), (x, y)], "NaN coordinates")
    coords("coords-inf", [(x, y), (inf, y), (x, -inf), (x, y)], "±inf coordinates")
    coords("coords-1e308", [(-1e308, -1e308), (1e308, -1e308), (1e308, 1e308), (-1e308, -1e308)], "±1e308 coordinates")
    coords("ring-unclosed", [(x, y), (x + 200, y), (x + 200, y + 200), (x, y + 200)], "a ring that is not closed")
    coords("ring-1-point", [(x, y)], "a ring of 1 point")
    coords("ring-2-points", [(x, y), (x + 1, y)], "a ring of 2 points")
    coords("ring-bowtie", [(x, y), (x + 200, y + 200), (x + 200, y), (x, y + 200), (x, y)], "a self-intersecting bow-tie")
    coords("hole-outside-shell", square(x, y, 50), "a hole outside its shell", [square(x + 5000, y, 10)])

    # Huge: one polygon of 1,000,000 vertices; one with 100,000 holes; 2,000 identical squares.
    n = 1_000_000
    big_ring = [(x + 800 * math.cos(2 * math.pi * i / n), y + 800 * math.sin(2 * math.pi * i / n)) for i in range(n)]
    big_ring.append(big_ring[0])
    blob = gp_blob(wkb_multi(6, [wkb_polygon([big_ring])]), 5186, envelope_of(big_ring))
    case("gpkg", derive(base, d / "polygon-1m-vertices.gpkg", fn=lambda db: db.execute(
        "UPDATE magok_blocks SET geom=? WHERE fid=1", (blob,))), "one polygon of 1,000,000 vertices")
    shell = square(x, y, 50000)
    holes = [square(x - 49000 + (i % 316) * 310, y - 49000 + (i // 316) * 310, 100) for i in range(100_000)]
    blob = gp_blob(wkb_multi(6, [wkb_polygon([shell] + holes)]), 5186, envelope_of(shell))
    case("gpkg", derive(base, d / "polygon-100k-holes.gpkg", fn=lambda db: db.execute(
        "UPDATE magok_blocks SET geom=? WHERE fid=1", (blob,))), "one polygon with 100,000 holes")

    def squares(db):
        db.execute("DELETE FROM magok_blocks")
        sq = poly_feature([square(x, y, 100)])
        db.executemany("INSERT INTO magok_blocks (geom, name, value) VALUES (?, 'sq', 1)", [(sq,)] * 2000)
        db.execute("DELETE FROM rtree_magok_blocks_geom")
        db.execute("INSERT INTO rtree_magok_blocks_geom SELECT fid, ?, ?, ?, ? FROM magok_blocks",
                   (x - 100, x + 100, y - 100, y + 100))
        db.execute("UPDATE gpkg_ogr_contents SET feature_count=2000 WHERE table_name='magok_blocks'")
    case("gpkg", derive(base, d / "squares-2000-identical.gpkg", fn=squares), "2,000 identical squares in one layer")

    def squares_two_projects(db):
        squares(db)
        sq = poly_feature([square(x, y, 100)])
        db.execute("DELETE FROM magok_ess")
        db.execute("UPDATE gpkg_geometry_columns SET geometry_type_name='MULTIPOLYGON' WHERE table_name='sangam_roads'")
        db.execute("DELETE FROM sangam_roads")
        db.executemany("INSERT INTO sangam_roads (geom, name, value) VALUES (?, 'sq', 1)", [(sq,)] * 2000)
        db.execute("DELETE FROM rtree_sangam_roads_geom")
    case("gpkg", derive(base, d / "squares-2000-identical-in-two-projects.gpkg", fn=squares_two_projects),
         "2,000 identical squares in each of two projects (4 million overlapping pairs)")

    def points_same(db):
        p = point_feature(x, y)
        db.execute("DELETE FROM iot_sensors")
        db.executemany("INSERT INTO iot_sensors (geom, name, value) VALUES (?, 's', 1)", [(p,)] * 100_000)
        db.execute("DELETE FROM rtree_iot_sensors_geom")
        db.execute("UPDATE gpkg_ogr_contents SET feature_count=100000 WHERE table_name='iot_sensors'")
    case("gpkg", derive(base, d / "points-100k-at-one-spot.gpkg", fn=points_same), "100,000 points at one spot")

    # Attribute values.
    case("gpkg", derive(base, d / "attr-text-16mb.gpkg", "UPDATE magok_blocks SET name=hex(zeroblob(8388608)) WHERE fid=1;"),
         "a 16 MiB text attribute")
    case("gpkg", derive(base, d / "attr-invalid-utf8.gpkg", "UPDATE magok_blocks SET name=CAST(x'c328ff00fe41' AS TEXT);"),
         "text attribute with invalid UTF-8 and a NUL")
    case("gpkg", derive(base, d / "attr-wrong-types.gpkg", "UPDATE magok_blocks SET value='abc', name=x'0001';"),
         "REAL column holds text, TEXT column holds a blob")
    def wide(db):
        cols = ", ".join(f"c{i} TEXT DEFAULT 'v'" for i in range(1990))
        db.execute(f"CREATE TABLE wide (fid INTEGER PRIMARY KEY, geom MULTIPOINT, {cols})")
        db.execute("INSERT INTO wide (fid, geom) VALUES (1, ?)", (point_feature(*MAGOK),))
        db.execute("INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) VALUES ('wide','features','wide','x',5186)")
        db.execute("INSERT INTO gpkg_geometry_columns VALUES ('wide','geom','MULTIPOINT',5186,0,0)")
        db.execute("INSERT INTO cw_layers (position, id, project_id, source, source_layer, visible) VALUES (50, 'wide', 'magok-energy', '', 'wide', 1)")
    case("gpkg", derive(base, d / "attr-1990-columns.gpkg", fn=wide), "a layer with 1,992 columns (near the SQLite limit)")


def gen_gpkg_rtree(base, d):
    t = "rtree_magok_blocks_geom"
    sqls = {
        "rtree-nan-boxes": (f"UPDATE {t} SET minx=1e999-1e999;", "R-tree boxes NaN"),
        "rtree-ids-not-in-table": (f"UPDATE {t} SET id=id+1000000;", "R-tree ids that are not in the table"),
        "rtree-missing-but-declared": (f"DROP TABLE {t};", "R-tree declared in gpkg_extensions but dropped"),
        "rtree-node-garbage": (f"UPDATE {t}_node SET data=randomblob(length(data));", "R-tree node blobs random"),
        "rtree-depth-huge": (f"UPDATE {t}_node SET data=x'ffff' || substr(data,3) WHERE nodeno=1;", "R-tree root claims depth 65535"),
        "rtree-node-table-missing": (f"DROP TABLE {t}_node;", "R-tree shadow table _node missing"),
    }
    for name, (sql, what) in sqls.items():
        # randomblob: deterministic enough for one file; the content only has to be wrong.
        sql = sql.replace("randomblob(length(data))", "zeroblob(length(data)) || x'ff'")
        case("gpkg", derive(base, d / f"{name}.gpkg", sql), what)


def gen_gpkg_views_triggers(base, d):
    cte = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c)"
    blob = poly_feature([square(*MAGOK, 100)]).hex()
    sqls = {
        "view-recursive-cte-layer": (
            f"CREATE VIEW endless AS {cte} SELECT n AS fid, x'{blob}' AS geom, 'x' AS name FROM c;"
            "INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) VALUES ('endless','features','endless','x',5186);"
            "INSERT INTO gpkg_geometry_columns VALUES ('endless','geom','MULTIPOLYGON',5186,0,0);",
            "a feature layer that is a view over a recursive CTE with no end"),
        "view-recursive-cte-replaces-layer": (
            "DROP TABLE magok_blocks;"
            f"CREATE VIEW magok_blocks AS {cte} SELECT n AS fid, x'{blob}' AS geom, 'x' AS name, 1.0 AS value FROM c;",
            "a project's embedded layer replaced by an endless view"),
        "view-zeroblob-200mb-geometry": (
            "CREATE VIEW fat AS SELECT 1 AS fid, x'47500003' || zeroblob(200000000) AS geom;"
            "INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) VALUES ('fat','features','fat','x',5186);"
            "INSERT INTO gpkg_geometry_columns VALUES ('fat','geom','POLYGON',5186,0,0);",
            "a view whose one geometry is a 200 MB blob"),
        "view-load-extension-layer": (
            "CREATE VIEW evil AS SELECT 1 AS fid, load_extension('/nonexistent/evil.so') AS geom;"
            "INSERT INTO gpkg_contents (table_name,data_type,identifier,last_change,srs_id) VALUES ('evil','features','evil','x',5186);"
            "INSERT INTO gpkg_geometry_columns VALUES ('evil','geom','POINT',5186,0,0);",
            "a layer view that calls load_extension"),
        "trigger-load-extension-on-write": (
            "CREATE TRIGGER evil_meta AFTER INSERT ON cw_meta BEGIN SELECT load_extension('/nonexistent/evil.so'); END;"
            "CREATE TRIGGER evil_meta_u AFTER UPDATE ON cw_meta BEGIN SELECT load_extension('/nonexistent/evil.so'); END;"
            "CREATE TRIGGER evil_layers AFTER INSERT ON cw_layers BEGIN SELECT load_extension('/nonexistent/evil.so'); END;",
            "triggers that call load_extension when the project is written"),
        "trigger-deletes-rows-on-write": (
            "CREATE TRIGGER wipe AFTER INSERT ON cw_layers BEGIN DELETE FROM cw_projects; DELETE FROM magok_blocks; END;"
            "CREATE TRIGGER wipe2 AFTER INSERT ON cw_meta BEGIN DELETE FROM cw_sandbox_zones; END;",
            "triggers that delete projects, zones and features whenever the project is written"),
        "trigger-raise-on-write": (
            "CREATE TRIGGER nope BEFORE INSERT ON cw_layers BEGIN SELECT RAISE(ABORT, 'no writes here'); END;",
            "a trigger that aborts every write to cw_layers"),
    }
    for name, (sql, what) in sqls.items():
        case("gpkg", derive(base, d / f"{name}.gpkg", sql), what)


def gen_gpkg_big(d):
    # 1,000 tiny layers, and a registry listing all of them.
    layers = [(f"layer_{i:04d}", "magok-energy", "MULTIPOINT", [(point_feature(MAGOK[0] + i, MAGOK[1]), ["p", 1.0])])
              for i in range(1000)]
    write_project(d / "layers-1000.gpkg", layers=layers, rtree=False)
    case("gpkg", d / "layers-1000.gpkg", "1,000 layers, each listed in the project")
