# SPDX-License-Identifier: GPL-3.0-or-later
"""shapefile/, geojson/, topojson/ and other/: vector layer files broken."""
import json
import math
import random
import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path

from generator.common import *  # noqa: F401,F403  (the shared writers)
from generator.project_file import MAGOK


# --------------------------------------------------------------------------------------------
# shapefile/: a small writer for .shp/.shx/.dbf, then broken parts.

def shp_header(shape_type, file_words, box):
    return (struct.pack(">7i", 9994, 0, 0, 0, 0, 0, file_words) + struct.pack("<2i", 1000, shape_type) +
            struct.pack("<8d", box[0], box[1], box[2], box[3], 0, 0, 0, 0))


def shp_polygon_content(rings):
    pts = [p for r in rings for p in r]
    xs, ys = [p[0] for p in pts] or [0], [p[1] for p in pts] or [0]
    parts, at = [], 0
    for r in rings:
        parts.append(at)
        at += len(r)
    return (struct.pack("<i4d2i", 5, min(xs), min(ys), max(xs), max(ys), len(rings), len(pts)) +
            struct.pack(f"<{len(parts)}i", *parts) + pts_bytes(pts))


def shp_point_content(x, y):
    return struct.pack("<idd", 1, x, y)


def build_shp(contents, shape_type):
    """(shp bytes, shx bytes) for record contents."""
    recs, index, offset = [], [], 50
    for i, c in enumerate(contents, start=1):
        recs.append(struct.pack(">2i", i, len(c) // 2) + c)
        index.append(struct.pack(">2i", offset, len(c) // 2))
        offset += 4 + len(c) // 2
    box = (184000, 551000, 187000, 554000)
    shp = shp_header(shape_type, offset, box) + b"".join(recs)
    shx = shp_header(shape_type, 50 + 4 * len(contents), box) + b"".join(index)
    return shp, shx


def build_dbf(fields, rows, ldid=0x4E, encoding="cp949", count=None):
    """fields: (name, type, length, decimals); rows of str values."""
    header_len = 32 + 32 * len(fields) + 1
    rec_len = 1 + sum(f[2] for f in fields)
    n = len(rows) if count is None else count
    out = [struct.pack("<B3BIHH", 3, 124, 1, 1, n, header_len, rec_len) + bytes(17) + bytes([ldid]) + bytes(2)]
    for name, typ, length, dec in fields:
        out.append(name.encode("ascii")[:10].ljust(11, b"\0") + typ.encode() + bytes(4) + bytes([length, dec]) + bytes(14))
    out.append(b"\r")
    for row in rows:
        rec = b" "
        for (name, typ, length, dec), v in zip(fields, row):
            raw = v.encode(encoding, "replace") if isinstance(v, str) else v
            rec += (raw.rjust(length) if typ == "N" else raw.ljust(length))[:length]
        out.append(rec)
    out.append(b"\x1a")
    return b"".join(out)


def gen_shapefiles():
    d = out_dir() / "shapefile"
    x, y = MAGOK
    polys = [shp_polygon_content([square(x + 300 * i, y, 100)]) for i in range(4)]
    shp, shx = build_shp(polys, 5)
    fields = [("NAME", "C", 20, 0), ("CODE", "C", 10, 0), ("AREA", "N", 12, 2)]
    rows = [(f"마곡 블록{i}", f"{11500 + i:05d}", f"{40000.0 + i:.2f}") for i in range(4)]
    dbf = build_dbf(fields, rows)

    def s(name, what, shp_b=shp, shx_b=shx, dbf_b=dbf, prj=WKT_5186, cpg=None, extra=None):
        for ext, data in [("shp", shp_b), ("shx", shx_b), ("dbf", dbf_b), ("prj", prj), ("cpg", cpg)]:
            if data is not None:
                write(d / f"{name}.{ext}", data)
        for ext, data in (extra or {}).items():
            write(d / f"{name}.{ext}", data)
        case("layer", d / f"{name}.shp", what)

    s("valid-control", "valid: CP949 attributes with the CP949 language-driver byte", cpg=None)
    s("valid-utf8-with-cpg", "valid: UTF-8 attributes and a .cpg", dbf_b=build_dbf(fields, rows, 0, "utf-8"), cpg="UTF-8")
    # .shp header and records.
    s("shp-file-length-huge", ".shp header file length 2^31-1", shp_b=patch(shp, 24, struct.pack(">i", 0x7FFFFFFF)))
    s("shp-file-length-zero", ".shp header file length 0", shp_b=patch(shp, 24, struct.pack(">i", 0)))
    s("shp-file-length-negative", ".shp header file length -1", shp_b=patch(shp, 24, struct.pack(">i", -1)))
    s("shp-shape-type-99", "shape type 99", shp_b=patch(shp, 32, struct.pack("<i", 99)), shx_b=patch(shx, 32, struct.pack("<i", 99)))
    s("shp-shape-type-multipatch", "shape type 31 (MultiPatch) on polygon records", shp_b=patch(shp, 32, struct.pack("<i", 31)))
    s("shp-header-box-nan", "header bounding box NaN", shp_b=patch(shp, 36, struct.pack("<4d", *(float("nan"),) * 4)))
    first = 100
    s("shp-record-length-huge", "first record's content length 2^31-1", shp_b=patch(shp, first + 4, struct.pack(">i", 0x7FFFFFFF)))
    s("shp-record-length-zero", "first record's content length 0", shp_b=patch(shp, first + 4, struct.pack(">i", 0)))
    s("shp-record-length-negative", "first record's content length -8", shp_b=patch(shp, first + 4, struct.pack(">i", -8)))
    s("shp-num-parts-2pow31", "a polygon claiming 2^31-1 parts", shp_b=patch(shp, first + 8 + 36, struct.pack("<i", 0x7FFFFFFF)))
    s("shp-num-points-2pow31", "a polygon claiming 2^31-1 points", shp_b=patch(shp, first + 8 + 40, struct.pack("<i", 0x7FFFFFFF)))
    s("shp-part-index-beyond-points", "a part starting past the last point", shp_b=patch(shp, first + 8 + 44, struct.pack("<i", 1000)))
    s("shp-truncated-mid-record", ".shp cut inside the second record", shp_b=shp[:first + 8 + len(polys[0]) + 30])
    s("shp-only-header", ".shp of only its header", shp_b=shp[:100])
    # .shx.
    s("shx-missing", "no .shx (GDAL is told to rebuild it)", shx_b=None)
    s("shx-truncated", ".shx cut inside its index", shx_b=shx[:108])
    s("shx-offsets-beyond-eof", ".shx offsets past the end of the .shp", shx_b=shx[:100] + struct.pack(">2i", 0x7FFFFFF0, 10) * 4)
    s("shx-offsets-zero", ".shx offsets all 0", shx_b=shx[:100] + struct.pack(">2i", 0, 10) * 4)
    s("shx-offsets-negative", ".shx offsets -1", shx_b=shx[:100] + struct.pack(">2i", -1, -1) * 4)
    s("shx-more-records-than-shp", ".shx lists 10,000 records", shx_b=patch(shx, 24, struct.pack(">i", 50 + 4 * 10000)) + struct.pack(">2i", 50, 10) * 10000)
    # .dbf.
    s("dbf-fewer-records-than-shp", ".dbf holds 2 records for 4 shapes", dbf_b=build_dbf(fields, rows[:2]))
    s("dbf-more-records-than-shp", ".dbf holds 400 records for 4 shapes", dbf_b=build_dbf(fields, rows * 100))
    s("dbf-count-2pow31", ".dbf header claims 2^31-1 records", dbf_b=build_dbf(fields, rows, count=0x7FFFFFFF))
    s("dbf-header-length-short", ".dbf header length shorter than its fields", dbf_b=patch(dbf, 8, struct.pack("<H", 33)))
    s("dbf-record-length-zero", ".dbf record length 0", dbf_b=patch(dbf, 10, struct.pack("<H", 0)))
    s("dbf-no-fields", ".dbf with no field descriptors", dbf_b=build_dbf([], [() for _ in rows]))
    s("dbf-field-length-zero", "a field of length 0", dbf_b=build_dbf([("NAME", "C", 0, 0)], [("",) for _ in rows]))
    s("dbf-field-length-255-numeric", "a numeric field of length 255 with 200 digits",
      dbf_b=build_dbf([("BIG", "N", 255, 0)], [("9" * 200,) for _ in rows]))
    s("dbf-numeric-garbage", "numeric fields holding 'abc' and '1e999'",
      dbf_b=build_dbf([("AREA", "N", 12, 2), ("CNT", "N", 6, 0)], [("abc", "1e999")] * 4))
    s("dbf-memo-without-dbt", "a memo field with no .dbt", dbf_b=build_dbf([("NOTE", "M", 10, 0)], [("0000000001",)] * 4))
    deleted = bytearray(dbf)
    hlen, rlen = struct.unpack_from("<HH", dbf, 8)
    for i in range(len(rows)):
        deleted[hlen + i * rlen] = ord("*")
    s("dbf-all-deleted", "every .dbf record flagged deleted", dbf_b=bytes(deleted))
    s("dbf-truncated-mid-record", ".dbf cut inside the second record", dbf_b=dbf[:32 + 32 * 3 + 1 + 43 + 20])
    s("dbf-garbage", ".dbf of random bytes", dbf_b=random.Random(21).randbytes(2000))
    s("dbf-missing", "no .dbf", dbf_b=None)
    s("dbf-cp949-without-ldid-or-cpg", "CP949 attributes, language-driver byte 0, no .cpg", dbf_b=build_dbf(fields, rows, 0, "cp949"))
    s("dbf-cp949-with-cpg-utf8", "CP949 attributes but a .cpg saying UTF-8", cpg="UTF-8")
    s("dbf-utf8-with-ldid-cp949", "UTF-8 attributes but the CP949 language-driver byte", dbf_b=build_dbf(fields, rows, 0x4E, "utf-8"))
    s("dbf-invalid-bytes-every-encoding", "attribute bytes valid in no encoding",
      dbf_b=build_dbf(fields, [(b"\xff\xfe\x80\x81\xc0\xc1\x00\xfe", b"\x00" * 10, b"         1") for _ in rows], 0))
    s("cpg-garbage", ".cpg naming no encoding", cpg="EBCDIC-nope-\x01")
    s("cpg-1mb", "a .cpg of 1 MB", cpg="8" * (1 << 20))
    # .prj.
    s("prj-garbage", ".prj garbage", prj="this is not a projection ((((")
    s("prj-unknown-projcs", ".prj with an unknown projection", prj='PROJCS["foo",GEOGCS["bar",DATUM["baz",SPHEROID["q",1,0]],PRIMEM["G",0],UNIT["d",1]],PROJECTION["Nope"],UNIT["m",1]]')
    s("prj-legacy-bessel-tm", ".prj: Bessel TM with no datum (legacy Korean, must be recognised)", prj=WKT_LEGACY_BESSEL)
    s("prj-nested-100k", ".prj nested 100,000 brackets deep", prj="PROJCS[" * 100000)
    s("prj-huge-parameters", ".prj with parameters 1e308 and NaN",
      prj=WKT_5186.replace("200000", "1e308").replace('"scale_factor",1', '"scale_factor",nan'))
    s("prj-utf16", ".prj in UTF-16 with a BOM", prj=WKT_5186.encode("utf-16"))
    s("prj-url", ".prj that is a URL", prj=url("prj-url"))
    # Geometry content.
    s("coords-vertex-at-0-0", "a polygon with one vertex at (0,0) among Seoul TM coordinates",
      *build_shp([shp_polygon_content([[(x, y), (x + 200, y), (0.0, 0.0), (x, y + 200), (x, y)]])] + polys[1:], 5))
    s("coords-nan-inf", "NaN and inf coordinates",
      *build_shp([shp_polygon_content([[(float("nan"), y), (float("inf"), y), (x, -float("inf")), (float("nan"), y)]])] + polys[1:], 5))
    s("points-at-0-0", "points at (0,0) among Seoul points",
      *build_shp([shp_point_content(0.0, 0.0)] + [shp_point_content(x + i, y) for i in range(3)], 1))
    n = 200_000
    ring = [(x + 800 * math.cos(2 * math.pi * i / n), y + 800 * math.sin(2 * math.pi * i / n)) for i in range(n)] + [(x + 800, y)]
    s("polygon-200k-vertices", "a polygon of 200,000 vertices", *build_shp([shp_polygon_content([ring])] + polys[1:], 5))
    # Zipped, and a .dbf read alone.
    zbuf = Path(d / "zipped.shp.zip")
    with zipfile.ZipFile(zbuf, "w") as z:
        for ext, data in [("shp", shp), ("shx", shx), ("dbf", dbf)]:
            z.writestr(zipfile.ZipInfo(f"a.{ext}", FIXED_TIME), data)
        z.writestr(zipfile.ZipInfo("../../escape.shp", FIXED_TIME), shp)
    case("layer", zbuf, "a zipped shapefile with a member named ../../escape.shp")
    write(d / "dbf-alone.dbf", dbf)
    case("table", d / "dbf-alone.dbf", "a .dbf without .shp (an attribute table)")


# --------------------------------------------------------------------------------------------
# geojson/ and topojson/.


def gen_geojson():
    d = out_dir() / "geojson"

    def g(name, obj, what, ext="geojson", flags="", kind="layer"):
        data = obj if isinstance(obj, (bytes, str)) else json.dumps(obj, ensure_ascii=False)
        case(kind, write(d / f"{name}.{ext}", data), what, flags)

    good = fc([feat(gj_square(LON + 0.003 * i, LAT), name=f"구역 {i}", code=f"{11500 + i}") for i in range(5)] +
              [feat(dict(type="Point", coordinates=[LON + 0.001 * i, LAT + 0.002]), name=f"점 {i}") for i in range(5)])
    g("valid-control", good, "valid: polygons and points in degrees")
    text = json.dumps(good, ensure_ascii=False)
    g("nested-arrays-100k", "[" * 100000 + "]" * 100000, "arrays nested 100,000 deep")
    g("nested-in-properties-10k", text.replace('"name": "구역 0"', '"name": ' + "[" * 10000 + "]" * 10000),
      "a property value nested 10,000 deep")
    # Built as text: Python's own json module refuses to nest this deep.
    deep = ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":' +
            '{"type":"GeometryCollection","geometries":[' * 5000 + json.dumps(gj_square(LON, LAT)) + "]}" * 5000 + "}]}")
    g("geometry-collection-nested-5000", deep, "a polygon inside 5,000 nested geometry collections")
    g("coords-1e400", text.replace("126.835", "1e400", 1), "a coordinate 1e400 (overflows to inf)")
    g("coords-huge-integers", text.replace("126.835", "9" * 400, 1), "a coordinate of 400 digits")
    g("numbers-huge-properties", fc([feat(dict(type="Point", coordinates=[LON, LAT]), big=10 ** 30, neg=-(2 ** 64), flt=1e308,
                                          tiny=5e-324)]), "properties 10^30, -2^64, 1e308, 5e-324")
    for name, obj, what in [
            ("features-object", {"type": "FeatureCollection", "features": {"a": 1}}, "features is an object"),
            ("features-strings", {"type": "FeatureCollection", "features": ["x", 1, None]}, "features are strings, numbers, null"),
            ("geometry-string", fc([feat("POINT(1 2)")]), "geometry is a string"),
            ("coordinates-strings", fc([feat(dict(type="Point", coordinates=["126.8", "37.5"]))]), "coordinates are strings"),
            ("coordinates-empty-nesting", fc([feat(dict(type="Polygon", coordinates=[[[]]]))]), "polygon coordinates [[[]]]"),
            ("point-1-coordinate", fc([feat(dict(type="Point", coordinates=[LON]))]), "a point of one number"),
            ("polygon-ring-2-points", fc([feat(dict(type="Polygon", coordinates=[[[LON, LAT], [LON, LAT]]]))]), "a ring of 2 points"),
            ("mixed-geometry-types", fc([feat(dict(type="Point", coordinates=[LON, LAT])), feat(gj_square(LON, LAT)),
                                         feat(dict(type="LineString", coordinates=[[LON, LAT], [LON + 0.01, LAT]])), feat(None)]),
             "points, polygons, lines and null geometries in one layer"),
            ("lat-lon-swapped", fc([feat(dict(type="Point", coordinates=[LAT, LON + 0.001 * i])) for i in range(5)]), "latitude and longitude swapped"),
            ("metres-without-crs", fc([feat(dict(type="Point", coordinates=[MAGOK[0] + i, MAGOK[1]])) for i in range(5)]),
             "Seoul TM metres with no crs member (read as degrees)"),
            ("metres-crs-5186", dict(fc([feat(dict(type="Point", coordinates=[MAGOK[0] + i, MAGOK[1]])) for i in range(5)]),
                                     crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::5186"}}), "metres with a legacy crs member"),
            ("crs-unknown", dict(good, crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::99999999"}}), "crs member naming no CRS"),
            ("crs-garbage", dict(good, crs={"type": "name", "properties": {"name": "A[" * 10000}}), "crs member nested 10,000 deep"),
            ("points-at-0-0", fc([feat(dict(type="Point", coordinates=[0, 0]))] +
                                 [feat(dict(type="Point", coordinates=[LON + 0.001 * i, LAT])) for i in range(5)]), "a point at (0,0) among Seoul points"),
            ("properties-10k-per-feature", fc([feat(dict(type="Point", coordinates=[LON, LAT]), **{f"f{i}": i for i in range(10000)})]), "10,000 properties on one feature"),
            ("property-names-differ-per-feature", fc([feat(dict(type="Point", coordinates=[LON, LAT]), **{f"p{i}": i}) for i in range(3000)]),
             "3,000 features each with its own property name")]:
        g(name, obj, what)
    g("crs-link-remote", dict(good, crs={"type": "link", "properties": {"href": url("crs-link-remote"), "type": "proj4"}}),
      "crs member linking to a URL", flags="net")
    g("crs-name-remote", dict(good, crs={"type": "name", "properties": {"name": url("crs-name-remote")}}), "crs name that is a URL", flags="net")
    g("empty-file", b"", "empty file")
    for name, t, what in [("empty-object", "{}", "{}"), ("no-features", '{"type":"FeatureCollection"}', "a FeatureCollection without features"),
                          ("truncated", text[:len(text) // 2], "cut in the middle"),
                          ("nul-in-string", text.replace("구역 1", "구\\u0000역"), "a \\u0000 inside a string"),
                          ("raw-nul-bytes", text.replace("구역 2", "구\x00\x00역"), "raw NUL bytes inside a string"),
                          ("lone-surrogates", text.replace("구역 4", "\\ud800\\udfff\\ud800"), "lone UTF-16 surrogates escaped")]:
        g(name, t, what)
    g("invalid-utf8", text.encode("utf-8").replace("구역 0".encode(), b"\xff\xfe\xc0\x80"), "invalid UTF-8 bytes")
    g("utf16-with-bom", text.encode("utf-16"), "UTF-16 with a BOM")
    g("utf8-bom", b"\xef\xbb\xbf" + text.encode(), "UTF-8 with a BOM")
    g("cp949-text", text.encode("cp949", "replace"), "Korean text in CP949, not UTF-8")
    g("features-100k-empty", fc([feat(None)] * 100000), "100,000 features without geometry")
    g("features-100k-points", fc([feat(dict(type="Point", coordinates=[LON + (i % 300) * 1e-4, LAT + (i // 300) * 1e-4]), n=i)
                                  for i in range(100000)]), "100,000 points")
    g("seq-rs-separated", "\x1e" + "\n\x1e".join(json.dumps(f) for f in good["features"]), "GeoJSON text sequence (RS-separated)", ext="geojsons")
    g("esri-json-garbage", {"geometryType": "esriGeometryPolygon", "features": [{"geometry": {"rings": "x"}}] * 3,
                            "spatialReference": {"wkid": -5}}, "ESRI JSON with wrong types", ext="json")
    sparse(d / "sparse-1g.geojson", b'{"type":"FeatureCollection","features":[', 1 << 30)
    case("layer", d / "sparse-1g.geojson", "1 GiB GeoJSON: a header then a hole of NUL bytes", "sparse")

    # TopoJSON.
    t = out_dir() / "topojson"
    topo = {"type": "Topology", "transform": {"scale": [1e-5, 1e-5], "translate": [LON, LAT]},
            "objects": {"gu": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "properties": {"code": "11500", "name": "강서구"}},
                {"type": "Polygon", "arcs": [[1]], "properties": {"code": "11440", "name": "마포구"}}]}},
            "arcs": [[[0, 0], [100, 0], [0, 100], [-100, 0], [0, -100]],
                     [[200, 0], [100, 0], [0, 100], [-100, 0], [0, -100]]]}

    def tj(name, fn, what, flags=""):
        obj = json.loads(json.dumps(topo))
        fn(obj)
        case("layer", write(t / f"{name}.topojson", json.dumps(obj, ensure_ascii=False)), what, flags)
    tj("valid-control", lambda o: None, "valid: two polygons")
    tj("arc-index-2pow31", lambda o: o["objects"]["gu"]["geometries"][0].update(arcs=[[2 ** 31 - 1]]), "arc index 2^31-1")
    tj("arc-index-negative-huge", lambda o: o["objects"]["gu"]["geometries"][0].update(arcs=[[-2 ** 31]]), "arc index -2^31 (~ 2^31-1)")
    tj("arc-index-float", lambda o: o["objects"]["gu"]["geometries"][0].update(arcs=[[0.5]]), "arc index 0.5")
    tj("arc-index-string", lambda o: o["objects"]["gu"]["geometries"][0].update(arcs=[["0"]]), "arc index '0'")
    tj("arcs-empty", lambda o: o.update(arcs=[]), "no arcs")
    tj("arcs-not-array", lambda o: o.update(arcs={"a": 1}), "arcs is an object")
    tj("arc-one-point", lambda o: o.update(arcs=[[[0, 0]], [[1, 1]]]), "arcs of one point")
    tj("arc-positions-strings", lambda o: o.update(arcs=[[["a", "b"]], [[None]]]), "arc positions are strings and null")
    tj("transform-scale-zero", lambda o: o["transform"].update(scale=[0, 0]), "transform scale 0")
    tj("transform-scale-huge", lambda o: o["transform"].update(scale=[1e308, 1e308]), "transform scale 1e308 (deltas overflow)")
    tj("transform-missing-translate", lambda o: o["transform"].pop("translate"), "transform without translate")
    tj("transform-garbage", lambda o: o.update(transform="x"), "transform is a string")
    tj("deltas-overflow", lambda o: o.update(arcs=[[[2 ** 53, 2 ** 53]] * 1000, [[0, 0]]]), "1,000 deltas of 2^53")
    tj("objects-not-object", lambda o: o.update(objects=[1, 2]), "objects is an array")
    nested = ('{"type":"GeometryCollection","geometries":[' * 3000 + "]}" * 3000)
    case("layer", write(t / "geometry-nested-collections.topojson",
                        json.dumps(topo)[:-1] .replace('"objects": {', '"objects": {"deep": ' + nested + ", ", 1) + "}"),
         "3,000 nested geometry collections")
    tj("arcs-100k-references", lambda o: o["objects"]["gu"]["geometries"][0].update(arcs=[[0] * 100000]), "a ring of 100,000 arc references")
    tj("type-not-topology", lambda o: o.update(type="Topologyy"), "type 'Topologyy'")


# --------------------------------------------------------------------------------------------
# other/: other GDAL formats a layer may come in, with the ways they reach out of the file.

def gen_other():
    d = out_dir() / "other"

    def o(name, data, what, flags=""):
        case("layer", write(d / name, data), what, flags)
    o("vrt-remote-source.vrt", f'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/vsicurl/{url("vrt-remote-source")}'
      f'</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>', "an OGR VRT whose source is a URL", "net")
    o("vrt-remote-source-plain-url.vrt", f'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>{url("vrt-remote-source-plain-url", tail="x.geojson")}'
      f'</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>', "an OGR VRT whose source is an http URL", "net")
    o("vrt-self-reference.vrt", '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource relativeToVRT="1">vrt-self-reference.vrt'
      '</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>', "an OGR VRT that reads itself")
    o("vrt-dev-zero.vrt", '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/dev/zero</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>',
      "an OGR VRT reading /dev/zero")
    write(d / "vrt-endless-sql.data.csv", "id,x,y\n1,185000,552000\n")
    o("vrt-endless-sql.vrt", '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource relativeToVRT="1">vrt-endless-sql.data.csv</SrcDataSource>'
      '<SrcSQL dialect="SQLITE">WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c) SELECT n AS id, 185000 AS x, 552000 AS y FROM c'
      '</SrcSQL><GeometryField encoding="PointFromColumns" x="x" y="y"/></OGRVRTLayer></OGRVRTDataSource>',
      "an OGR VRT whose SQL returns endless rows")
    o("vrt-nested-union-deep.vrt", "<OGRVRTDataSource>" + '<OGRVRTUnionLayer name="u">' * 2000 + "</OGRVRTUnionLayer>" * 2000 + "</OGRVRTDataSource>",
      "2,000 nested union layers")
    o("wfs-service.xml", f"<OGRWFSDataSource><URL>{url('wfs-service', tail='wfs')}</URL></OGRWFSDataSource>", "a WFS description pointing at a server", "net")
    o("gml-remote-schema.gml", f'<?xml version="1.0"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" '
      f'xmlns:gml="http://www.opengis.net/gml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      f'xsi:schemaLocation="http://www.opengis.net/wfs {url("gml-remote-schema", tail="wfs?SERVICE=WFS&amp;REQUEST=DescribeFeatureType&amp;TYPENAME=x")}">'
      f'<gml:featureMember><x><geom><gml:Point><gml:coordinates>185000,552000</gml:coordinates></gml:Point></geom></x></gml:featureMember>'
      f'</wfs:FeatureCollection>', "GML whose schema is a WFS DescribeFeatureType URL", "net")
    o("gml-xlink-remote.gml", f'<?xml version="1.0"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink">'
      f'<gml:featureMember xlink:href="{url("gml-xlink-remote")}"/></gml:FeatureCollection>', "GML with a remote xlink:href", "net")
    o("kml-network-link.kml", f'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink><Link><href>'
      f'{url("kml-network-link", tail="x.kml")}</href></Link></NetworkLink><Placemark><Point><coordinates>126.8,37.5</coordinates>'
      f'</Point></Placemark></Document></kml>', "KML with a NetworkLink to a server", "net")
    o("kml-deep.kml", '<?xml version="1.0"?><kml><Document>' + "<Folder>" * 20000 + "</Folder>" * 20000 + "</Document></kml>", "KML folders 20,000 deep")
    o("gpx-garbage.gpx", '<?xml version="1.0"?><gpx version="1.1"><wpt lat="nan" lon="1e999"/><wpt lat="abc"/>' + "<trk><trkseg>" * 5000 + "</gpx>",
      "GPX with NaN and unclosed nesting")
    # FlatGeobuf: magic, then a header claiming absurd counts.
    fgb = b"fgb\x03fgb\x00" + struct.pack("<I", 0x7FFFFFF0) + random.Random(41).randbytes(300)
    o("flatgeobuf-header-size-huge.fgb", fgb, "FlatGeobuf header size 2^31-16")
    o("flatgeobuf-garbage.fgb", b"fgb\x03fgb\x00" + struct.pack("<I", 64) + random.Random(42).randbytes(2000),
      "FlatGeobuf with a random header")
    o("dxf-garbage.dxf", "0\nSECTION\n2\nENTITIES\n" + "0\nLWPOLYLINE\n90\n2147483647\n" * 3 + "0\nENDSEC\n0\nEOF\n",
      "DXF polylines claiming 2^31-1 vertices")
    o("spatialite-garbage.sqlite", b"SQLite format 3\0" + random.Random(43).randbytes(8000), "SQLite magic then random bytes")
    # MBTiles with a gzip bomb vector tile.
    path = d / "mbtiles-gzip-bomb.mbtiles"
    if path.exists():
        path.unlink()
    db = sqlite3.connect(str(path))
    db.executescript("CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                     " tile_row INTEGER, tile_data BLOB);")
    db.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "bomb"), ("format", "pbf"), ("minzoom", "0"), ("maxzoom", "0"),
                                                           ("bounds", "126.7,37.4,127.2,37.7"),
                                                           ("json", json.dumps({"vector_layers": [{"id": "x", "fields": {}}]}))])
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    bomb = comp.compress(bytes(128 << 20)) + comp.flush()
    db.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (bomb,))
    db.commit()
    db.close()
    case("layer", path, "MBTiles whose one vector tile gunzips to 128 MB of zeros")
    o("osm-pbf-blob-size-huge.osm.pbf", struct.pack(">I", 14) + b"\x0a\x09OSMHeader\x18" + b"\xff\xff\xff\xff\x07" + bytes(100),
      "OSM PBF blob header claiming a 2 GB blob")
