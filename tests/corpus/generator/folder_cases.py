# SPDX-License-Identifier: GPL-3.0-or-later
"""plugins/, state/, templates/, manifests/, results/ and special/: folders and JSON files
the CLI reads besides layers and projects."""
import json
import os
import random
import shutil
import struct
import zlib
from pathlib import Path

from generator.common import *  # noqa: F401,F403  (the shared writers)
from generator.project_file import *  # noqa: F401,F403


# --------------------------------------------------------------------------------------------
# plugins/: a plugin folder per case (CITYWEAVE_USER_PLUGIN_DIR), trusted by the runner.

def plugin_meta(**over):
    m = {"id": "hostile-plugin", "name": {"ko": "적대 플러그인", "en": "Hostile plugin"}, "version": "1.0.0",
         "sdk": {"min": "1.0", "max": "1.99"}, "licence": "CC0-1.0",
         "layer_sources": [{"id": "src", "name": {"ko": "원천", "en": "Source"},
                            "project": {"id": "hostile-project", "name": {"ko": "사업", "en": "Project"}, "sector": "safety",
                                        "task": "S3", "stage": 1, "start_year": 2020, "end_year": 2024},
                            "layers": [{"id": "pts", "name": {"ko": "점", "en": "Points"}, "sector": "safety",
                                        "file": "data/points.geojson", "style": "dot"}]}],
         "styles": [{"id": "dot", "name": {"ko": "점", "en": "Dot"}, "fill": "#e69f00ff", "stroke": "#ffffffff"}]}
    for k, v in over.items():
        if v is None:
            m.pop(k, None)
        else:
            m[k] = v
    return m


PLUGIN_MANIFEST = {"format": "cityweave-sample-manifest", "version": 2, "title": {"ko": "t", "en": "t"},
                   "projects": [{"plugin": "hostile-plugin", "layer_source": "src"}]}


def gen_plugins():
    root = out_dir() / "plugins"
    valid_points = json.dumps(fc([feat(dict(type="Point", coordinates=[LON + 0.001 * i, LAT]), name=f"p{i}") for i in range(3)]))

    def pl(name, what, meta=None, meta_raw=None, files=None, folder="hostile-plugin", more_plugins=None, manifest=True):
        d = root / name
        pdir = d / folder
        pdir.mkdir(parents=True, exist_ok=True)
        text = meta_raw if meta_raw is not None else json.dumps(meta if meta is not None else plugin_meta(), ensure_ascii=False)
        write(pdir / "cityweave-plugin.json", text)
        for rel, data in (files if files is not None else {"data/points.geojson": valid_points}).items():
            write(pdir / rel, data)
        for other, m in (more_plugins or {}).items():
            write(d / other / "cityweave-plugin.json", json.dumps(m))
        if manifest:
            write(d / "manifest.json", json.dumps(PLUGIN_MANIFEST))
        case("plugins", d, what)

    pl("valid-control", "valid: a data-only plugin")
    good = json.dumps(plugin_meta())
    for name, raw, what in [("not-json", "this is not json", "metadata not JSON"), ("empty", "", "empty metadata"),
                            ("truncated", good[:len(good) // 2], "metadata cut in the middle"),
                            ("nested-100k", "[" * 100000 + "]" * 100000, "metadata nested 100,000 deep"),
                            ("top-level-array", "[]", "metadata is an array"), ("bom-utf8", "\ufeff" + good, "metadata with a UTF-8 BOM"),
                            ("duplicate-keys", good.replace('"id": "hostile-plugin"', '"id": "hostile-plugin", "id": 5'), "id given twice")]:
        pl(f"meta-{name}", what, meta_raw=raw)
    pl("meta-utf16", "metadata in UTF-16", meta_raw=None, files={"data/points.geojson": valid_points})
    write(root / "meta-utf16" / "hostile-plugin" / "cityweave-plugin.json", good.encode("utf-16"))
    for name, over, what in [
            ("id-number", dict(id=5), "id is a number"), ("id-traversal", dict(id="../../etc"), "id '../../etc'"),
            ("id-missing", dict(id=None), "no id"), ("name-missing-ko", dict(name={"en": "x"}), "name without ko"),
            ("version-garbage", dict(version="1.0.0.0.0"), "version of 5 parts"),
            ("version-huge", dict(version="999999999999.1"), "version part of 12 digits"),
            ("sdk-range-inverted", dict(sdk={"min": "1.99", "max": "1.0"}), "sdk max below min"),
            ("sdk-range-future", dict(sdk={"min": "999.0", "max": "999.999"}), "sdk 999"),
            ("sdk-garbage", dict(sdk={"min": "1.x", "max": "-1.0"}), "sdk versions garbage"),
            ("sdk-huge-numbers", dict(sdk={"min": "99999999999999999999.0", "max": "1.99999999999999999999"}), "sdk versions overflow stoi"),
            ("library-traversal", dict(library="../../lib/evil"), "library '../../lib/evil'"),
            ("library-absolute", dict(library="/usr/lib/libevil"), "library absolute path"),
            ("library-empty", dict(library=""), "library ''"),
            ("depends-self", dict(depends=[{"id": "hostile-plugin"}]), "depends on itself"),
            ("depends-unknown", dict(depends=[{"id": "ghost", "version": "9.9"}]), "depends on a plugin that is not there"),
            ("depends-garbage", dict(depends=[5, None, {"id": 7}]), "depends entries of the wrong types"),
            ("provides-analyses-data-only", dict(provides={"analyses": ["x"]}), "a data-only plugin providing analyses"),
            ("styles-colour-garbage", dict(styles=[{"id": "dot", "name": {"ko": "a", "en": "a"}, "fill": "#GGGGGG", "stroke": "red"}]), "colours garbage"),
            ("styles-numbers-extreme", dict(styles=[{"id": "dot", "name": {"ko": "a", "en": "a"}, "fill": "#000000ff", "stroke": "#000000ff",
                                                     "stroke_width_mm": 1e308, "point_size_mm": -1, "opacity": 1e999}]), "style numbers out of range and inf"),
            ("styles-10k", dict(styles=[{"id": f"s{i}", "name": {"ko": "a", "en": "a"}, "fill": "#000000ff", "stroke": "#000000ff"} for i in range(10000)]),
             "10,000 styles"),
            ("layer-sources-empty", dict(layer_sources=[], styles=[]), "no layer sources and no styles")]:
        pl(f"meta-{name}", what, meta=plugin_meta(**over))

    def with_layer(**layer):
        m = plugin_meta()
        m["layer_sources"][0]["layers"][0].update(layer)
        return m

    def with_project(**proj):
        m = plugin_meta()
        m["layer_sources"][0]["project"].update(proj)
        return m
    for name, meta, what in [
            ("layer-file-traversal", with_layer(file="../../../../etc/passwd"), "layer file '../../../../etc/passwd'"),
            ("layer-file-absolute", with_layer(file="/etc/passwd"), "layer file '/etc/passwd'"),
            ("layer-file-missing", with_layer(file="data/nope.geojson"), "layer file that does not exist"),
            ("layer-file-dir", with_layer(file="data"), "layer file that is a folder"),
            ("layer-file-url", with_layer(file=url("layer-file-url")), "layer file that is a URL"),
            ("layer-style-unknown", with_layer(style="nope"), "layer style not declared"),
            ("project-stage-huge", with_project(stage=10 ** 20), "stage 10^20"),
            ("project-years-extreme", with_project(start_year=-(2 ** 63), end_year=2 ** 63 - 1), "years ±2^63"),
            ("project-sector-unknown", with_project(sector="space"), "sector 'space'")]:
        pl(name, what, meta=meta)
    # Data files inside an otherwise valid data-only plugin (read by build-sample).
    for name, data, what in [("data-geojson-deep", "[" * 100000, "the plugin's GeoJSON nested 100,000 deep"),
                             ("data-geojson-metres-no-crs", json.dumps(fc([feat(dict(type="Point", coordinates=[MAGOK[0], MAGOK[1]]))])),
                              "the plugin's GeoJSON in metres with no CRS"),
                             ("data-geojson-nan", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
                                                  '"geometry":{"type":"Point","coordinates":[NaN,Infinity]}}]}', "NaN and Infinity literals")]:
        pl(name, what, files={"data/points.geojson": data})
    # Libraries that are not libraries.
    lib_meta = plugin_meta(library="hostile_lib", provides={"analyses": ["hostile-analysis"]})
    for name, data, what in [("library-garbage", random.Random(51).randbytes(4096), "a library of random bytes"),
                             ("library-elf-truncated", b"\x7fELF\x02\x01\x01" + bytes(57), "an ELF header and nothing else"),
                             ("library-text", b"#!/bin/sh\necho pwned > /tmp/pwned\n", "a shell script named .so")]:
        pl(name, what, meta=lib_meta, files={"data/points.geojson": valid_points, "libhostile_lib.so": data})
    pl("library-is-directory", "the library is a folder", meta=lib_meta, files={"data/points.geojson": valid_points, "libhostile_lib.so/x": "x"})
    pl("library-missing", "the library file is missing", meta=lib_meta)
    # Folder-level hostility.
    pl("two-plugins-same-id", "two folders declaring one id", more_plugins={"second": plugin_meta()})
    pl("two-plugins-depend-on-each-other", "two plugins depending on each other",
       meta=plugin_meta(depends=[{"id": "other-plugin"}], library="hostile_lib"),
       more_plugins={"other": plugin_meta(id="other-plugin", depends=[{"id": "hostile-plugin"}], library="other_lib")})
    many = {f"p{i:04d}": plugin_meta(id=f"p{i:04d}") for i in range(300)}
    pl("plugins-300", "300 plugins in one folder", more_plugins=many)
    d = root / "metadata-is-directory"
    (d / "hostile-plugin" / "cityweave-plugin.json").mkdir(parents=True, exist_ok=True)
    case("plugins", d, "cityweave-plugin.json is a folder")
    d = root / "metadata-symlink-loop"
    (d / "hostile-plugin").mkdir(parents=True, exist_ok=True)
    for a, b in (("cityweave-plugin.json", "loop.json"), ("loop.json", "cityweave-plugin.json")):
        link = d / "hostile-plugin" / a
        if not link.is_symlink():
            os.symlink(b, link)
    case("plugins", d, "cityweave-plugin.json is a symlink loop")
    d = root / "layer-file-symlink-escape"
    pl("layer-file-symlink-escape", "the layer file is a symlink to /etc/passwd",
       meta=with_layer(file="data/points.geojson"), files={})
    link = d / "hostile-plugin" / "data" / "points.geojson"
    link.parent.mkdir(parents=True, exist_ok=True)
    if not link.is_symlink():
        os.symlink("/etc/passwd", link)


# --------------------------------------------------------------------------------------------
# state/: the files CityWeave keeps in its state folder (CITYWEAVE_STATE_DIR).

def gen_state():
    root = out_dir() / "state"

    def st(name, files, what):
        d = root / name
        d.mkdir(parents=True, exist_ok=True)
        for rel, data in files.items():
            write(d / rel, data)
        case("state", d, what)
    st("valid-control", {"plugins.json": json.dumps({"version": 1, "disabled": [], "trusted_folders": [], "extra_folders": []})},
       "valid: preferences with nothing set")
    for name, text, what in [
            ("pid-string", '{"pid":"x","id":"magok-energy"}', '{"pid":"x"}'),
            ("pid-null", '{"pid":null,"id":"magok-energy"}', "pid null"),
            ("pid-float", '{"pid":1.5,"id":"magok-energy"}', "pid 1.5"),
            ("pid-1e308", '{"pid":1e308,"id":"magok-energy"}', "pid 1e308"),
            ("pid-minus-1", '{"pid":-1,"id":"magok-energy"}', "pid -1"),
            ("pid-uint64-max", '{"pid":18446744073709551615,"id":"magok-energy"}', "pid 2^64-1"),
            ("pid-huge-digits", '{"pid":' + "9" * 400 + ',"id":"magok-energy"}', "pid of 400 digits"),
            ("pid-of-init", '{"pid":1,"id":"magok-energy"}', "pid 1 (alive, so the file is kept)"),
            ("pid-object", '{"pid":{"a":1},"id":"magok-energy"}', "pid an object"),
            ("id-number", '{"pid":123456789,"id":5}', "id a number"),
            ("id-null", '{"pid":123456789,"id":null}', "id null"),
            ("id-1mb-escapes", '{"pid":123456789,"id":"' + "\\u001b[31m" * 100000 + '"}', "id of 100,000 terminal escapes"),
            ("top-level-array", "[1,2]", "a JSON array"), ("top-level-string", '"x"', "a JSON string"),
            ("top-level-number", "1", "a JSON number"), ("truncated", '{"pid": 12', "truncated JSON"),
            ("empty", "", "empty file"), ("nested-100k", "[" * 100000 + "]" * 100000, "nested 100,000 deep"),
            ("nul-bytes", '{"pid":1\x00,"id":"a"}', "a NUL byte"),
            ("huge-10mb", '{"pid":123456789,"id":"a","pad":"' + "x" * (10 << 20) + '"}', "10 MB")]:
        st(f"loading-{name}", {"plugin-loading-123456789.json": text}, f"plugin-loading-N.json: {what}")
    st("loading-name-not-a-pid", {"plugin-loading-x.json": '{"pid":"x"}', "plugin-loading-.json": "{}", "plugin-loading-1.json.json": "{}"},
       "plugin-loading files whose names hold no pid")
    st("loading-2000-files", {f"plugin-loading-{i}.json": '{"pid":0,"id":"p' + str(i) + '"}' for i in range(2000)},
       "2,000 plugin-loading files")
    d = root / "loading-is-directory" / "plugin-loading-7.json"
    d.mkdir(parents=True, exist_ok=True)
    case("state", d.parent, "plugin-loading-7.json is a folder")
    d = root / "loading-symlink-loop"
    d.mkdir(parents=True, exist_ok=True)
    for a, b in (("plugin-loading-8.json", "plugin-loading-9.json"), ("plugin-loading-9.json", "plugin-loading-8.json")):
        if not (d / a).is_symlink():
            os.symlink(b, d / a)
    case("state", d, "two plugin-loading files that are a symlink loop")
    d = root / "loading-symlink-to-etc-passwd"
    d.mkdir(parents=True, exist_ok=True)
    if not (d / "plugin-loading-10.json").is_symlink():
        os.symlink("/etc/passwd", d / "plugin-loading-10.json")
    case("state", d, "plugin-loading file that is a symlink to /etc/passwd (must not be deleted through)")
    for name, text, what in [
            ("prefs-disabled-string", '{"disabled":"x"}', "disabled is a string"),
            ("prefs-disabled-numbers", '{"disabled":[1,2]}', "disabled holds numbers"),
            ("prefs-extra-folders-remote", json.dumps({"extra_folders": [f"/vsicurl/{url('prefs-extra-folders-remote')}", url("prefs-extra-folders-remote")],
                                                       "trusted_folders": [url("prefs-extra-folders-remote")]}), "plugin folders that are URLs"),
            ("prefs-extra-folders-special", json.dumps({"extra_folders": ["/", "/proc", "/dev/zero", "", "a\nb"], "trusted_folders": ["/"]}),
             "plugin folders /, /proc, /dev/zero, '' and a newline; / trusted"),
            ("prefs-extra-folders-10k", json.dumps({"extra_folders": [f"/nonexistent/{i}" for i in range(10000)]}), "10,000 plugin folders"),
            ("prefs-truncated", '{"disabled":["a"', "truncated"), ("prefs-empty", "", "empty"),
            ("prefs-top-level-array", "[]", "an array"), ("prefs-nested-100k", "[" * 100000 + "]" * 100000, "nested 100,000 deep"),
            ("prefs-version-huge", '{"version":1e999,"disabled":[]}', "version 1e999")]:
        flags = "net" if "remote" in name else ""
        st(name, {"plugins.json": text}, f"plugins.json: {what}")
        if flags:
            MANIFEST[-1] = MANIFEST[-1][:2] + (flags,) + MANIFEST[-1][3:]
    d = root / "prefs-is-directory" / "plugins.json"
    d.mkdir(parents=True, exist_ok=True)
    case("state", d.parent, "plugins.json is a folder")


# --------------------------------------------------------------------------------------------
# templates/ (report --template FILE.json), manifests/ (build-sample), results/ (--results).

def gen_templates(base):
    d = out_dir() / "templates"
    good = {"name": "t", "title": "보고서", "organisation": "서울", "paper": "A4", "landscape": False, "language": "ko",
            "max_zone_pages": 3, "sections": {}}

    def t(name, obj, what, flags="", files=None):
        data = obj if isinstance(obj, (str, bytes)) else json.dumps(obj, ensure_ascii=False)
        case("template", write(d / f"{name}.json", data), what, flags)
        for rel, blob in (files or {}).items():
            write(d / rel, blob)
    t("valid-control", good, "valid: a template")
    for name, obj, what in [("not-json", "nope", "not JSON"), ("empty", "", "empty"), ("array", "[]", "an array"),
                            ("nested-100k", "[" * 100000 + "]" * 100000, "nested 100,000 deep"),
                            ("nested-object-2000", '{"a":' * 2000 + "1" + "}" * 2000, "objects nested 2,000 deep"),
                            ("wrong-types", dict(good, title=5, paper=[], landscape="yes", language=None, sections="all"), "every field the wrong type"),
                            ("zone-pages-2pow31", dict(good, max_zone_pages=2 ** 31 - 1), "max_zone_pages 2^31-1"),
                            ("zone-pages-negative", dict(good, max_zone_pages=-2 ** 31), "max_zone_pages -2^31"),
                            ("zone-pages-huge-float", dict(good, max_zone_pages=1e308), "max_zone_pages 1e308"),
                            ("title-1mb", dict(good, title="가" * 350000, organisation="\x1b[31m" * 10000), "a 1 MB title and escapes"),
                            ("logo-missing", dict(good, logo="nope.png"), "logo file missing"),
                            ("logo-dev-zero", dict(good, logo="/dev/zero"), "logo /dev/zero"),
                            ("logo-proc-self-mem", dict(good, logo="/proc/self/mem"), "logo /proc/self/mem"),
                            ("logo-etc-passwd", dict(good, logo="/etc/passwd"), "logo /etc/passwd"),
                            ("logo-directory", dict(good, logo="/"), "logo is a folder")]:
        t(name, obj, what)
    t("logo-remote", dict(good, logo=url("logo-remote", tail="logo.png")), "logo is a URL", "net")
    t("logo-remote-port-9", dict(good, logo=url("logo-remote-port-9", NET_PORT_DISCARD, "logo.png")), "logo is a URL on port 9", "net")
    # Images that lie: a PNG header claiming 100,000 x 100,000 pixels; an SVG entity bomb.
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 100000, 100000, 8, 6, 0, 0, 0)
    png += struct.pack(">I", zlib.crc32(png[12:29]))
    idat = zlib.compress(bytes(1 << 20), 9)
    png += struct.pack(">I", len(idat)) + b"IDAT" + idat + struct.pack(">I", zlib.crc32(b"IDAT" + idat)) + b"\0\0\0\0IEND\xaeB`\x82"
    t("logo-png-100k-square", dict(good, logo="logo-png-100k-square.logo.png"), "logo PNG claiming 100,000 x 100,000 pixels",
      files={"logo-png-100k-square.logo.png": png})
    svg = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)) +
           ']><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text>&a9;</text></svg>')
    t("logo-svg-billion-laughs", dict(good, logo="logo-svg-billion-laughs.logo.svg"), "logo SVG with an entity bomb",
      files={"logo-svg-billion-laughs.logo.svg": svg})
    t("logo-svg-remote-image", dict(good, logo="logo-svg-remote-image.logo.svg"), "logo SVG embedding a remote image", "net",
      files={"logo-svg-remote-image.logo.svg": f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                                                f'<image xlink:href="{url("logo-svg-remote-image")}" width="10" height="10"/></svg>'})
    t("logo-svg-huge-size", dict(good, logo="logo-svg-huge-size.logo.svg"), "logo SVG 10^9 x 10^9 px",
      files={"logo-svg-huge-size.logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1000000000" height="1000000000"><rect width="1" height="1"/></svg>'})
    # Templates stored inside a project (report --template hostile).
    d2 = out_dir() / "projects"
    for name, text, what in [("garbage", "{{{", "not JSON"), ("zone-pages-2pow31", json.dumps(dict(good, max_zone_pages=2 ** 31 - 1)), "max_zone_pages 2^31-1"),
                             ("logo-remote", json.dumps(dict(good, logo=url("cw_report_templates-logo-remote", tail="l.png"))), "logo a URL"),
                             ("nested-100k", "[" * 100000 + "]" * 100000, "nested 100,000 deep")]:
        def fn(db, text=text):
            db.execute("CREATE TABLE IF NOT EXISTS cw_report_templates (name TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL)")
            db.execute("INSERT INTO cw_report_templates (name, json) VALUES ('hostile', ?)", (text,))
        case("project", derive(base, d2 / f"cw_report_templates-{name}.cwproject.gpkg", fn=fn),
             f"a report template stored in the project: {what}", "template=hostile" + (",net" if "remote" in name else ""))


def gen_manifests():
    d = out_dir() / "manifests"
    pts = json.dumps(fc([feat(dict(type="Point", coordinates=[LON + 0.001 * i, LAT]), name=f"p{i}") for i in range(3)]))
    good = {"format": "cityweave-sample-manifest", "version": 2, "title": {"ko": "시험", "en": "Test"},
            "base_layers": [{"id": "base", "file": "BASE", "name": {"ko": "바탕", "en": "Base"}}],
            "projects": [{"id": "p1", "name": {"ko": "사업", "en": "Project"}, "sector": "safety", "task": "S3", "stage": 1,
                          "start_year": 2020, "end_year": 2024, "layers": [{"id": "pts", "file": "BASE", "name": "점"}]}]}

    def m(name, obj, what, flags=""):
        text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
        text = text.replace("BASE", f"{name}.layer.geojson")
        write(d / f"{name}.layer.geojson", pts)
        case("manifest", write(d / f"{name}.json", text), what, flags)

    def mut(fn):
        o = json.loads(json.dumps(good))
        fn(o)
        return o
    m("valid-control", good, "valid: one base layer and one project")
    for name, obj, what in [
            ("not-json", "nope", "not JSON"), ("array", "[]", "an array"), ("nested-100k", "[" * 100000 + "]" * 100000, "nested 100,000 deep"),
            ("base-layers-string", mut(lambda o: o.update(base_layers="x")), "base_layers is a string"),
            ("base-layers-numbers", mut(lambda o: o.update(base_layers=[1, 2])), "base_layers holds numbers"),
            ("layer-id-number", mut(lambda o: o["base_layers"][0].update(id=5)), "a layer id that is a number"),
            ("layer-label-field-number", mut(lambda o: o["base_layers"][0].update(label_field=5)), "label_field is a number"),
            ("layer-file-number", mut(lambda o: o["base_layers"][0].update(file=5)), "a layer file that is a number"),
            ("layer-file-missing", mut(lambda o: o["base_layers"][0].update(file="nope.geojson")), "a layer file that does not exist"),
            ("layer-file-etc-passwd", mut(lambda o: o["base_layers"][0].update(file="../../../../../../etc/passwd")), "a layer file climbing to /etc/passwd"),
            ("layer-file-dev-zero", mut(lambda o: o["base_layers"][0].update(file="/dev/zero")), "a layer file /dev/zero"),
            ("projects-object", mut(lambda o: o.update(projects={"a": 1})), "projects is an object"),
            ("project-id-number", mut(lambda o: o["projects"][0].update(id=5)), "a project id that is a number"),
            ("project-stage-string", mut(lambda o: o["projects"][0].update(stage="one")), "stage 'one'"),
            ("project-years-huge", mut(lambda o: o["projects"][0].update(start_year=1e300, end_year=-(2 ** 64))), "years 1e300 and -2^64"),
            ("project-plugin-unknown", mut(lambda o: o["projects"].append({"plugin": "ghost", "layer_source": "x"})), "a plugin that is not installed"),
            ("project-plugin-number", mut(lambda o: o["projects"].append({"plugin": 5, "layer_source": []})), "plugin id a number"),
            ("planning-wrong-types", mut(lambda o: o["projects"][0].update(axis=5, partners="x", budget_krw="lots", status=[], indicators=[5],
                                                                          rollout=[{"year": "x", "districts": 5}], required_exemptions=[1])),
             "planning fields of the wrong types"),
            ("zones-garbage", mut(lambda o: o.update(sandbox_zones=[{"id": 5, "file": 7}, "x"])), "sandbox zones of the wrong types"),
            ("zones-file-remote", mut(lambda o: o.update(sandbox_zones=[{"id": "z", "file": url("zones-file-remote")}])), "a sandbox zone file that is a URL"),
            ("scenarios-garbage", mut(lambda o: o.update(scenarios=[{"id": None, "projects": "x"}, 5])), "scenarios of the wrong types")]:
        m(name, obj, what, "net" if "remote" in name else "")
    m("layer-file-remote", mut(lambda o: o["base_layers"][0].update(file=f"/vsicurl/{url('layer-file-remote')}")), "a base layer file that is a URL", "net")


def gen_results():
    d = out_dir() / "results"

    def make(path, runs=None, extra=None):
        g = Gpkg(path)
        g.add_attributes("cw_analysis_runs", [("analysis", "TEXT"), ("parameters", "TEXT"), ("computed_at", "TEXT"), ("crs", "TEXT"),
                                              ("outputs", "TEXT"), ("warnings", "TEXT")],
                         runs or [("overlap-matrix", '{"feature_pairs":"true"}', "2024-01-01T00:00:00Z", "EPSG:5186",
                                   '["overlap_matrix"]', "[]"),
                                  ("integration-zones", '{"distance":"500"}', "2024-01-01T00:00:00Z", "EPSG:5186", '["integration_zones"]', "[]")])
        g.add_attributes("overlap_matrix", [("project_a", "TEXT"), ("project_b", "TEXT"), ("name_a", "TEXT"), ("name_b", "TEXT"),
                                            ("sector_a", "TEXT"), ("sector_b", "TEXT"), ("area_m2", "REAL"), ("share_of_a", "REAL"),
                                            ("share_of_b", "REAL")],
                         [("magok-energy", "sangam-av", "a", "b", "energy", "transport", 100.0, 0.1, 0.2)])
        g.add_layer("integration_zones", "MULTIPOLYGON", [(poly_feature([square(*MAGOK, 300)]), [1, "synergy", 5.0, 2])],
                    fields=(("zone_id", "INTEGER"), ("label", "TEXT"), ("score", "REAL"), ("project_count", "INTEGER")))
        if extra:
            extra(g.db)
        g.close()
        return Path(path)

    def r(name, what, runs=None, extra=None, flags=""):
        case("results", make(d / f"{name}.results.gpkg", runs, extra), what, flags)
    run = lambda **kw: [tuple({"analysis": "overlap-matrix", "parameters": "{}", "computed_at": "x", "crs": "EPSG:5186",
                               "outputs": '["overlap_matrix"]', "warnings": "[]", **kw}.values())]
    r("valid-control", "valid: two analyses")
    r("runs-missing", "no cw_analysis_runs table", extra=lambda db: db.execute("DROP TABLE cw_analysis_runs"))
    r("outputs-missing-tables", "outputs naming tables that do not exist", run(outputs='["nope", "", "sqlite_master", "cw_analysis_runs"]'))
    r("outputs-garbage", "outputs not JSON, parameters and warnings of the wrong types", run(outputs="{{", parameters="[1]", warnings='{"a":1}'))
    r("outputs-10k", "10,000 outputs naming one table", run(outputs=json.dumps(["overlap_matrix"] * 10000)))
    r("outputs-nested-100k", "outputs nested 100,000 deep", run(outputs="[" * 100000 + "]" * 100000))
    r("analysis-unknown", "runs of unknown analyses", run(analysis="ghost-analysis"))
    r("crs-garbage", "crs garbage and a URL", run(crs="EPSG:-1") + run(crs=url("crs-garbage")), flags="net")
    r("table-columns-missing", "overlap_matrix without the columns the report reads",
      extra=lambda db: (db.execute("DROP TABLE overlap_matrix"), db.execute("CREATE TABLE overlap_matrix (fid INTEGER PRIMARY KEY, x TEXT)"),
                        db.execute("INSERT INTO overlap_matrix VALUES (1, 'x')")))
    r("table-wrong-types", "overlap_matrix numbers hold text and blobs",
      extra=lambda db: db.execute("UPDATE overlap_matrix SET area_m2='abc', share_of_a=x'00', share_of_b=9e999, project_a=NULL"))
    r("table-100k-rows", "overlap_matrix of 100,000 rows",
      extra=lambda db: db.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c LIMIT 100000) INSERT INTO overlap_matrix "
                                  "(project_a, project_b, area_m2) SELECT 'p' || n, 'q' || n, n FROM c"))
    r("zones-geometry-garbage", "integration_zones geometries garbage",
      extra=lambda db: db.execute("UPDATE integration_zones SET geom=x'4750000300000000'"))


# --------------------------------------------------------------------------------------------
# special/: folders, links and devices where files are expected. FIFOs are made by the runner.

def gen_special(base):
    d = out_dir() / "special"
    d.mkdir(parents=True, exist_ok=True)
    for ext, kind in (("gpkg", "gpkg"), ("shp", "layer"), ("csv", "table"), ("geojson", "layer"), ("xlsx", "table")):
        (d / f"directory-not-file-{ext}.{ext}").mkdir(exist_ok=True)
        case(kind, d / f"directory-not-file-{ext}.{ext}", f"a folder named .{ext}")

    def link(name, target, kind, what):
        p = d / name
        if not p.is_symlink():
            os.symlink(target, p)
        case(kind, p, what)
    # One stem, so that the runner copies both ends of the loop.
    link("symlink-loop.gpkg", "symlink-loop.b.gpkg", "gpkg", "a symlink loop (a -> b -> a)")
    os.path.lexists(d / "symlink-loop.b.gpkg") or os.symlink("symlink-loop.gpkg", d / "symlink-loop.b.gpkg")
    link("symlink-self.csv", "symlink-self.csv", "table", "a symlink to itself")
    link("symlink-dangling.geojson", "/nonexistent/x.geojson", "layer", "a dangling symlink")
    link("symlink-dev-zero.gpkg", "/dev/zero", "gpkg", "a symlink to /dev/zero")
    link("symlink-dev-zero.csv", "/dev/zero", "table", "a CSV that is /dev/zero")
    link("symlink-dev-urandom.geojson", "/dev/urandom", "layer", "a GeoJSON that is /dev/urandom")
    link("symlink-proc-self-mem.gpkg", "/proc/self/mem", "gpkg", "/proc/self/mem: unreadable even for root")
    link("symlink-proc-self-environ.csv", "/proc/self/environ", "table", "/proc/self/environ: size 0, has content")
    link("symlink-proc-dir.shp", "/proc", "layer", "a .shp that is /proc")
    # Mode 000 is set by the runner on its copy ("chmod000"): a corpus that nobody can read
    # could not be copied by a runner that is not root (root reads such files anyway).
    shutil.copyfile(base, d / "unreadable-mode-000.gpkg")
    case("gpkg", d / "unreadable-mode-000.gpkg", "mode 000 (root reads it anyway)", "chmod000")
    write(d / "unreadable-mode-000-csv.csv", "코드,경도,위도\n1,126.8,37.5\n")
    case("table", d / "unreadable-mode-000-csv.csv", "a CSV of mode 000", "chmod000")
    for ext, kind in (("gpkg", "fifo-gpkg"), ("csv", "fifo-table"), ("geojson", "fifo-layer"), ("shp", "fifo-layer")):
        case(kind, d / f"fifo-made-by-runner-{ext}.{ext}", f"a FIFO named .{ext} with no writer (made at run time)")
    case("fifo-project", d / "fifo-made-by-runner-project.cwproject.gpkg", "a FIFO as the project (made at run time)")
    for name, kind in [("name with spaces 한글.gpkg", "gpkg"), ("-dash-first.geojson", "layer"), ("x|crs=EPSG:4326.csv", "table"),
                       ("a,b=c.geojson", "layer"), ("colon:name.geojson", "layer"), ("http:name.csv", "table"),
                       ("n" * 240 + ".geojson", "layer")]:
        src = {"gpkg": base.read_bytes(), "layer": json.dumps(fc([feat(dict(type="Point", coordinates=[LON, LAT]))])),
               "table": "코드,경도,위도\n1,126.8,37.5\n"}[kind]
        case(kind, write(d / name, src), f"a valid file named {name[:40]!r}")
