#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS both ways, judged by QGIS itself (Debian's python3-qgis, headless).

CityWeave to QGIS: every map layer of `analyze --out` and of the sample project file is drawn by
QGIS with the style CityWeave stored in `layer_styles`, and by `cityweave-cli render`, over the
same extent at the same size. The two pictures must cover the same pixels and in the same colours.
QGIS must also see the symbol type and renderer CityWeave meant, the Korean layer names and the
field aliases.

QGIS to CityWeave: QGIS makes a GeoPackage with a categorised fill, a graduated fill, a line and a
marker layer and saves their styles to the file; CityWeave must draw each as QGIS does.

    qgis_round_trip.py CITYWEAVE_CLI SAMPLE_PROJECT WORK_DIR
"""
import os
import shutil
import sqlite3
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                       QgsDataProvider, QgsFeature, QgsField, QgsFillSymbol, QgsGeometry,
                       QgsGraduatedSymbolRenderer, QgsLineSymbol, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsMarkerSymbol, QgsPointXY, QgsProject, QgsRectangle,
                       QgsRenderContext, QgsRendererCategory, QgsRendererRange, QgsSingleSymbolRenderer,
                       QgsVectorFileWriter, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor, QImage

SIZE = 300
# CityWeave's PNG carries a north arrow (top right) and a scale bar (bottom left); those corners
# are left out of the comparison.
DECORATIONS = [(SIZE - 60, 0, SIZE, 75), (0, SIZE - 45, 120, SIZE)]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def square_extent(rect):
    """The layer's extent grown to a square with a 5 % margin: both renderers then draw exactly it."""
    cx, cy = rect.center().x(), rect.center().y()
    half = max(rect.width(), rect.height(), 50.0) * 0.55
    return QgsRectangle(cx - half, cy - half, cx + half, cy + half)


def qgis_render(layers, extent, out):
    """QGIS draws `layers` (the first on top) over exactly `extent`."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:5186"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(SIZE, SIZE))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(out)


def cityweave_render(cli, source, extent, out):
    box = ",".join("%.3f" % v for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                        extent.yMaximum()))
    subprocess.run([cli, "render", source, "--out", out, "--size", "%dx%d" % (SIZE, SIZE),
                    "--dpi", "96", "--extent", box, "--crs", "EPSG:5186"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def ink(image):
    """Pixels that are not the white background, outside the decorations: {(x, y): (r, g, b)}."""
    image = image.convertToFormat(QImage.Format_RGB32)
    pixels = {}
    for y in range(image.height()):
        for x in range(image.width()):
            if any(x0 <= x < x1 and y0 <= y < y1 for x0, y0, x1, y1 in DECORATIONS):
                continue
            c = QColor(image.pixel(x, y))
            if 765 - (c.red() + c.green() + c.blue()) > 24:
                pixels[(x, y)] = (c.red(), c.green(), c.blue())
    return pixels


def near(pixels, point, reach):
    x, y = point
    return any((x + dx, y + dy) in pixels for dx in range(-reach, reach + 1)
               for dy in range(-reach, reach + 1))


def compare(name, cityweave_png, qgis_png):
    """Same pixels (each picture's ink within 2 px of the other's) and the same dominant colour."""
    ours, theirs = ink(QImage(cityweave_png)), ink(QImage(qgis_png))
    if not theirs:
        fail("%s: QGIS draws nothing (the stored style is not understood)" % name)
        return
    if not ours:
        fail("%s: CityWeave draws nothing" % name)
        return
    matched_ours = sum(1 for p in ours if near(theirs, p, 2)) / len(ours)
    matched_theirs = sum(1 for p in theirs if near(ours, p, 2)) / len(theirs)
    shared = [p for p in ours if p in theirs]
    colour_gap = 0.0
    if shared:
        colour_gap = max(abs(sum(ours[p][i] for p in shared) - sum(theirs[p][i] for p in shared)) /
                         len(shared) for i in range(3))
    print("%-34s ink %6d/%6d  matched %.3f/%.3f  colour gap %.1f" %
          (name, len(ours), len(theirs), matched_ours, matched_theirs, colour_gap))
    if matched_ours < 0.9 or matched_theirs < 0.9:
        fail("%s: the pictures cover different pixels (%.3f, %.3f matched)" %
             (name, matched_ours, matched_theirs))
    if colour_gap > 24:
        fail("%s: the colours differ by %.1f on average" % (name, colour_gap))


def geometric_layers(path):
    layer = QgsVectorLayer(path, "all", "ogr")
    names = []
    for entry in layer.dataProvider().subLayers():
        parts = entry.split(QgsDataProvider.sublayerSeparator())
        name, geometry = parts[1], parts[3]
        if geometry not in ("NoGeometry", "Unknown", "None") and name != "layer_styles":
            names.append(name)
    return names


def cityweave_to_qgis(cli, gpkg, work, expect_types, expect_aliases):
    for name in geometric_layers(gpkg):
        layer = QgsVectorLayer("%s|layername=%s" % (gpkg, name), name, "ogr")
        if not layer.isValid():
            fail("%s: QGIS cannot open it" % name)
            continue
        renderer = layer.renderer()
        kind = renderer.type()
        symbols = renderer.symbols(QgsRenderContext())
        geometry = layer.geometryType()  # 0 point, 1 line, 2 polygon
        wanted = {0: "marker", 1: "line", 2: "fill"}[geometry]
        got = {0: "marker", 1: "line", 2: "fill"}.get(symbols[0].type() if symbols else -1)
        if got != wanted:
            fail("%s: QGIS got a %s symbol for %s geometry" % (name, got, wanted))
        if name in expect_types and kind != expect_types[name]:
            fail("%s: QGIS renderer %s, not %s" % (name, kind, expect_types[name]))
        for field, alias in expect_aliases.get(name, {}).items():
            index = layer.fields().indexOf(field)
            if index < 0 or layer.attributeAlias(index) != alias:
                fail("%s.%s: alias %r, not %r" % (name, field, layer.attributeAlias(index), alias))
        if layer.featureCount() == 0:
            continue
        extent = square_extent(layer.extent())
        theirs, ours = os.path.join(work, name + ".qgis.png"), os.path.join(work, name + ".cw.png")
        qgis_render([layer], extent, theirs)
        cityweave_render(cli, "%s|layer=%s" % (gpkg, name), extent, ours)
        compare(name, ours, theirs)


def project_to_qgis(cli, project, work, expect_names):
    """The project file's own layers: QGIS opens them with the styles CityWeave stored and draws
    the visible ones in the project's order; CityWeave draws the project. Whole Seoul, then one
    district close up."""
    with sqlite3.connect(project) as db:
        rows = db.execute("SELECT id, visible FROM cw_layers ORDER BY position").fetchall()
        styles = dict(db.execute("SELECT f_table_name, styleName FROM layer_styles"))
    layers = []
    for table, visible in rows:
        layer = QgsVectorLayer("%s|layername=%s" % (project, table), table, "ogr")
        if not layer.isValid():
            fail("%s: QGIS cannot open the project's layer" % table)
            continue
        if table in expect_names and styles.get(table) != expect_names[table]:
            fail("%s: stored under the name %r, not %r" % (table, styles.get(table),
                                                           expect_names[table]))
        if visible:
            layers.append(layer)
    layers.reverse()  # CityWeave draws its first layer at the bottom; QGIS's first is on top
    whole = QgsRectangle()
    for layer in layers:
        whole.combineExtentWith(layer.extent())
    magok = next(layer for layer in layers if layer.name() == "magok_district")
    for label, extent in (("whole", square_extent(whole)),
                          ("Magok", square_extent(magok.extent().buffered(500)))):
        theirs = os.path.join(work, "project-%s.qgis.png" % label)
        ours = os.path.join(work, "project-%s.cw.png" % label)
        qgis_render(layers, extent, theirs)
        cityweave_render(cli, project, extent, ours)
        compare("sample project, %s" % label, ours, theirs)


def qgis_made_geopackage(path):
    """Three layers made and styled by QGIS, the styles saved in the file as QGIS users do;
    returns a graduated renderer for the polygons."""
    crs = "EPSG:5186"
    specs = {
        "districts": ("Polygon", [("kind", QVariant.String), ("share", QVariant.Double)]),
        "roads": ("LineString", [("name", QVariant.String)]),
        "sensors": ("Point", [("name", QVariant.String)]),
    }
    for index, (name, (geometry, fields)) in enumerate(specs.items()):
        memory = QgsVectorLayer("%s?crs=%s" % (geometry, crs), name, "memory")
        memory.dataProvider().addAttributes([QgsField(f, t) for f, t in fields])
        memory.updateFields()
        features = []
        for i in range(9):
            x0, y0 = 190000 + (i % 3) * 1000, 550000 + (i // 3) * 1000
            feature = QgsFeature(memory.fields())
            if geometry == "Polygon":
                feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 800, y0 + 800)))
                feature.setAttributes(["park" if i % 2 else "housing", i * 10.0])
            elif geometry == "LineString":
                feature.setGeometry(QgsGeometry.fromPolylineXY(
                    [QgsPointXY(x0, y0), QgsPointXY(x0 + 900, y0 + 700)]))
                feature.setAttributes(["road %d" % i])
            else:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0 + 400, y0 + 400)))
                feature.setAttributes(["센서 %d" % i])
            features.append(feature)
        memory.dataProvider().addFeatures(features)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if index == 0 else
                                        QgsVectorFileWriter.CreateOrOverwriteLayer)
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            memory, path, QgsProject.instance().transformContext(), options)
        assert error[0] == QgsVectorFileWriter.NoError, error
    styled = {}
    districts = QgsVectorLayer(path + "|layername=districts", "districts", "ogr")
    districts.setRenderer(QgsCategorizedSymbolRenderer("kind", [
        QgsRendererCategory("park", QgsFillSymbol.createSimple(
            {"color": "77,175,74,255", "outline_color": "0,0,0,255"}), "park"),
        QgsRendererCategory("housing", QgsFillSymbol.createSimple(
            {"color": "228,26,28,255", "outline_color": "0,0,0,255"}), "housing")]))
    styled["districts"] = districts
    # The boundary value 40 must fall in "low", as QGIS classifies.
    graduated = QgsGraduatedSymbolRenderer("share", [
        QgsRendererRange(0, 40, QgsFillSymbol.createSimple({"color": "255,255,178,255"}), "low"),
        QgsRendererRange(40, 80, QgsFillSymbol.createSimple({"color": "189,0,38,255"}), "high")])
    roads = QgsVectorLayer(path + "|layername=roads", "roads", "ogr")
    roads.setRenderer(QgsSingleSymbolRenderer(
        QgsLineSymbol.createSimple({"line_color": "31,120,180,255", "line_width": "1.2"})))
    styled["roads"] = roads
    sensors = QgsVectorLayer(path + "|layername=sensors", "sensors", "ogr")
    sensors.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "152,78,163,255", "size": "3"})))
    styled["sensors"] = sensors
    for name, layer in styled.items():
        layer.saveStyleToDatabase(name, "made by QGIS", True, "")
    return graduated


def qgis_to_cityweave(cli, work):
    path = os.path.join(work, "qgis-made.gpkg")
    graduated = qgis_made_geopackage(path)
    for name in ("districts", "roads", "sensors"):
        layer = QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")
        extent = square_extent(layer.extent())
        theirs = os.path.join(work, "qgis-made-%s.qgis.png" % name)
        ours = os.path.join(work, "qgis-made-%s.cw.png" % name)
        qgis_render([layer], extent, theirs)
        cityweave_render(cli, "%s|layer=%s" % (path, name), extent, ours)
        compare("QGIS-made " + name, ours, theirs)
    # A graduated style of the same layer, as the only style of a copy of the file.
    second = os.path.join(work, "qgis-graduated.gpkg")
    shutil.copyfile(path, second)
    with sqlite3.connect(second) as db:
        db.execute("DELETE FROM layer_styles")
    copy = QgsVectorLayer(second + "|layername=districts", "districts", "ogr")
    copy.setRenderer(graduated)
    copy.saveStyleToDatabase("districts", "graduated by QGIS", True, "")
    extent = square_extent(copy.extent())
    theirs = os.path.join(work, "qgis-graduated.qgis.png")
    ours = os.path.join(work, "qgis-graduated.cw.png")
    qgis_render([copy], extent, theirs)
    cityweave_render(cli, second + "|layer=districts", extent, ours)
    compare("QGIS-made graduated districts", ours, theirs)


def main():
    cli, sample, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    results = os.path.join(work, "results.gpkg")
    subprocess.run([cli, "--lang", "ko", "analyze", sample, "--analysis", "all", "--out", results],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cityweave_to_qgis(cli, results, work,
                      {"integration_zones": "categorizedSymbol", "coverage_zones": "singleSymbol"},
                      {"rollup_zones": {"zone_name": "구역", "project_count": "사업 수"},
                       "integration_zones": {"label": "구분"}})
    project_to_qgis(cli, sample, work, {"magok_district": "마곡 지구"})
    qgis_to_cityweave(cli, work)
    app.exitQgis()
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("QGIS round trip: all layers agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
