// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the features of a layer from the GUI on a copy of the sample's sensors (GeoJSON):
// add with snapping, move, attributes in a form, delete, each one undo step; then the edits
// written back to the file, read again with OGR itself; a table layer refused with a reason.
#include "cityweave/crs/coordinate_transform.h"
#include "desktop/feature_edit_controller.h"
#include "desktop/feature_editing.h"
#include "desktop/main_window.h"
#include "desktop/map_tools_controller.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/feature_form_dialog.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_selection.h"
#include "widgets/map_tools/sketch_tool.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QLineF>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace cw;

class GuiFeatureEditTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void editAddMoveAttributesDeleteUndoAndSave();
    void reshapeMovesAddsAndDeletesVertices();
    void tablesCannotBeEdited();
    void cleanupTestCase();

private:
    QPointF mapOf(double lon, double lat) const;
    const data::VectorLayer& layer() const;
    QString addLayer(const QString& file, const char* id);

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
    QString m_copy;
};

void GuiFeatureEditTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1300, 850));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    m_copy = m_fixture.dir.filePath(QStringLiteral("sensors.geojson"));
    QVERIFY(QFile::copy(QStringLiteral(CW_SAMPLE_LAYERS "/iot_sensors.geojson"), m_copy));
    QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!addLayer(m_copy, "sensors_copy").isEmpty());
    m_window->canvas().zoomToFullExtent();
}

void GuiFeatureEditTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

QString GuiFeatureEditTest::addLayer(const QString& file, const char* id) {
    project::LayerEntry entry;
    entry.id = id;
    entry.name = {id, id};
    entry.source = file.toStdString();
    m_document->addLayer(entry);
    if (!QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000))
        return {};
    const auto* loaded = m_document->findLayer(QString::fromLatin1(id));
    return loaded && loaded->data ? QString::fromLatin1(id) : QString();
}

QPointF GuiFeatureEditTest::mapOf(double lon, double lat) const {
    auto wgs84 = crs::Crs::fromEpsg(4326);
    auto transform = crs::CoordinateTransform::create(*wgs84, m_document->mapCrs());
    if (!transform || !transform->transformPoint(lon, lat))
        return {};
    return {lon, lat};
}

const data::VectorLayer& GuiFeatureEditTest::layer() const {
    return *m_document->findLayer(QStringLiteral("sensors_copy"))->data;
}

void GuiFeatureEditTest::editAddMoveAttributesDeleteUndoAndSave() {
    auto& edits = m_window->featureEdits();
    auto& selection = m_window->mapTools().selection();
    const QString id = QStringLiteral("sensors_copy");
    m_window->layerTree().setCurrentItem(m_window->layerTree().findLayerItem(id));
    auto* toggle = m_window->findChild<QAction*>(QStringLiteral("actionToggleEditing"));
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(edits.editing().isEditing(id));
    const std::size_t n = layer().featureCount();
    const double x0 = layer().geometries.part(0)[0].x, y0 = layer().geometries.part(0)[0].y;

    // Add a point 3 pixels from sensor 0: it snaps onto sensor 0's position exactly.
    auto* add = m_window->findChild<QAction*>(QStringLiteral("actionAddFeature"));
    add->trigger();
    QCOMPARE(m_window->canvas().mapTool(), static_cast<widgets::MapTool*>(&edits.sketchTool()));
    const double px = m_window->canvas().settings().mapUnitsPerPixel();
    const QPointF onSensor = mapOf(x0, y0);
    edits.sketchTool().addVertex(onSensor + QPointF(3 * px, 0));
    QCOMPARE(layer().featureCount(), n + 1);
    const auto added = layer().geometries.part(layer().geometries.firstPart(n))[0];
    QVERIFY(std::abs(added.x - x0) < 1e-9 && std::abs(added.y - y0) < 1e-9);
    QVERIFY(layer().fids.back() < 0); // new: no id until the file gives one
    m_document->undoStack().undo();
    QCOMPARE(layer().featureCount(), n);
    m_document->undoStack().redo();
    QCOMPARE(layer().featureCount(), n + 1);
    // A new point elsewhere, to keep.
    edits.addFeature({mapOf(126.95, 37.55)});
    QCOMPARE(layer().featureCount(), n + 2);

    // Move sensor 0 by 0.001° east (in the map CRS, then back to the file's degrees).
    selection.select(id, {0});
    edits.moveSelected(mapOf(x0, y0), mapOf(x0 + 0.001, y0));
    QVERIFY(std::abs(layer().geometries.part(0)[0].x - (x0 + 0.001)) < 1e-7);
    QVERIFY(std::abs(layer().geometries.part(0)[0].y - y0) < 1e-7);

    // Its attributes in the form.
    const int sensorId = layer().fieldIndex("sensor_id");
    edits.setFormHook([](widgets::FeatureFormDialog& form) {
        form.editor(QStringLiteral("sensor_id"))->setText(QStringLiteral("SDT-9001"));
        return true;
    });
    edits.editAttributes();
    QCOMPARE(data::toDisplayString(layer().attributes[0][std::size_t(sensorId)]),
             std::string("SDT-9001"));
    // A year that does not read as a number changes nothing, and adds no undo step.
    const int steps = m_document->undoStack().count();
    edits.setFormHook([](widgets::FeatureFormDialog& form) {
        form.editor(QStringLiteral("install_year"))->setText(QStringLiteral("twenty"));
        data::AttributeRow row;
        QString problem;
        return !form.values(row, &problem) && problem.contains(QStringLiteral("install_year"));
    });
    edits.editAttributes();
    QCOMPARE(m_document->undoStack().count(), steps);

    // Delete sensor 1.
    const std::string deleted = data::toDisplayString(layer().attributes[1][std::size_t(sensorId)]);
    selection.select(id, {1});
    edits.deleteSelected();
    QCOMPARE(layer().featureCount(), n + 1);
    QVERIFY(selection.of(id).empty());
    QVERIFY(m_document->isDirty());

    // Save: the file now holds the edits, as OGR itself reads them.
    QString error;
    QVERIFY2(edits.editing().save(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(m_copy.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer* file = ds->GetLayer(0);
    QCOMPARE(std::size_t(file->GetFeatureCount()), n + 1);
    bool moved = false, removed = true, extra = false;
    for (auto& f : *file) {
        const std::string sid = f->GetFieldAsString("sensor_id");
        const OGRPoint* p = f->GetGeometryRef() ? f->GetGeometryRef()->toPoint() : nullptr;
        if (sid == "SDT-9001")
            moved = p && std::abs(p->getX() - (x0 + 0.001)) < 1e-7;
        if (sid == deleted)
            removed = false;
        if (p && std::abs(p->getX() - 126.95) < 1e-7 && std::abs(p->getY() - 37.55) < 1e-7)
            extra = true;
    }
    QVERIFY(moved);
    QVERIFY(removed);
    QVERIFY(extra);
    QCOMPARE(layer().featureCount(), n + 1); // read again from the file
    QVERIFY(layer().fids.back() >= 0);       // the new features have the file's ids now

    // Still editing, and the steps before the save still undo: the deletion comes back as a
    // change against the saved file, and the next save writes it.
    QVERIFY(edits.editing().isEditing(id));
    QVERIFY(!edits.editing().hasChanges(id));
    QVERIFY(m_document->undoStack().canUndo());
    QCOMPARE(m_document->undoStack().undoText(), QStringLiteral("Delete 1 feature(s)"));
    m_document->undoStack().undo();
    QCOMPARE(layer().featureCount(), n + 2);
    QVERIFY(edits.editing().hasChanges(id));
    QVERIFY2(edits.editing().save(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));
    std::unique_ptr<GDALDataset> again(
        GDALDataset::Open(m_copy.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(again);
    QCOMPARE(std::size_t(again->GetLayer(0)->GetFeatureCount()), n + 2);
    edits.setEditing(id, false);
    QVERIFY(!edits.editing().isEditing(id));
}

// Dragging a polygon's first vertex moves its closing twin with it; dragging from a segment
// adds a vertex; a click with the delete tool removes one, down to a triangle; a new vertex
// snaps onto a segment when no vertex is near. Each one undo step.
void GuiFeatureEditTest::reshapeMovesAddsAndDeletesVertices() {
    const QString areas = m_fixture.dir.filePath(QStringLiteral("areas.geojson"));
    QVERIFY(QFile::copy(QStringLiteral(CW_SAMPLE_LAYERS "/iot_pilot_areas.geojson"), areas));
    QFile::setPermissions(areas, QFile::ReadOwner | QFile::WriteOwner);
    const QString id = addLayer(areas, "areas_copy");
    QVERIFY(!id.isEmpty());
    auto& edits = m_window->featureEdits();
    QVERIFY(edits.setEditing(id, true));
    const auto data = [&] { return m_document->findLayer(id)->data; };
    const auto ringOf = [&] {
        const auto& g = data()->geometries;
        const auto part = g.part(g.firstPart(0));
        return std::vector<geometry::Coord>(part.begin(), part.end());
    };
    m_window->canvas().zoomToExtent(m_document->findLayer(id)->indexed->geometries.envelope(0));
    const auto before = data();
    const auto ring = ringOf();
    QVERIFY(ring.size() > 3 && ring.front() == ring.back());
    const double x = ring[0].x, y = ring[0].y;
    const double px = m_window->canvas().settings().mapUnitsPerPixel();
    // Press 2 pixels off the vertex, release 0.002° further north.
    QVERIFY(edits.moveVertex(mapOf(x, y) + QPointF(2 * px, 0), mapOf(x, y + 0.002)));
    auto after = ringOf();
    QVERIFY(std::abs(after.front().y - (y + 0.002)) < 1e-7);
    QVERIFY(after.front() == after.back());
    QCOMPARE(after.size(), ring.size());
    QVERIFY(after[1] == ring[1]); // the others stay
    // Far from any vertex or segment: nothing moves.
    QVERIFY(!edits.moveVertex(mapOf(127.3, 37.9), mapOf(127.31, 37.9)));
    m_document->undoStack().undo();
    QVERIFY(data()->geometries == before->geometries);

    // From the middle of the segment between vertices 1 and 2 (in the map's plane) to a point
    // 0.001° north of it: a new vertex 2 there, the rest in place.
    const QPointF middle = (mapOf(ring[1].x, ring[1].y) + mapOf(ring[2].x, ring[2].y)) / 2;
    QVERIFY(QLineF(middle, mapOf(ring[1].x, ring[1].y)).length() > 20 * px);
    QVERIFY(edits.moveVertex(middle, mapOf(126.8435, 37.5675)));
    QCOMPARE(m_document->undoStack().undoText(), QStringLiteral("Add vertex"));
    after = ringOf();
    QCOMPARE(after.size(), ring.size() + 1);
    QVERIFY(std::abs(after[2].x - 126.8435) < 1e-7 && std::abs(after[2].y - 37.5675) < 1e-7);
    QVERIFY(after[1] == ring[1] && after[3] == ring[2] && after.back() == ring.back());

    // Delete it again with the tool, by a click on it.
    auto* remove = m_window->findChild<QAction*>(QStringLiteral("actionDeleteVertices"));
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    const QPoint click = [&] {
        const QPointF at = mapOf(126.8435, 37.5675);
        return m_window->canvas().settings().toPixel(at.x(), at.y()).toPoint();
    }();
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, click);
    QCOMPARE(ringOf(), ring);
    QCOMPARE(m_document->undoStack().undoText(), QStringLiteral("Delete vertex"));
    remove->trigger();

    // Deleting the first vertex: the second becomes first and closing vertex.
    QVERIFY(edits.removeVertex(mapOf(x, y)));
    after = ringOf();
    QCOMPARE(after.size(), ring.size() - 1);
    QVERIFY(after.front() == ring[1] && after.back() == ring[1]);
    m_document->undoStack().undo();
    QCOMPARE(ringOf(), ring);

    // A new polygon sketched 4 pixels off the segment 1-2 and away from its vertices starts
    // exactly on the segment.
    QVERIFY(edits.setEditing(id, true));
    edits.sketchTool().setFamily(geometry::GeometryFamily::Polygon);
    const QPointF normal = [&] {
        const QPointF d = mapOf(ring[2].x, ring[2].y) - mapOf(ring[1].x, ring[1].y);
        return QPointF(-d.y(), d.x()) / std::hypot(d.x(), d.y());
    }();
    edits.sketchTool().addVertex(middle + 4 * px * normal);
    edits.sketchTool().addVertex(middle + QPointF(0, 200 * px));
    edits.sketchTool().addVertex(middle + QPointF(200 * px, 200 * px));
    edits.sketchTool().finish();
    const auto& g = m_document->findLayer(id)->indexed->geometries;
    const std::size_t last = g.featureCount() - 1;
    const auto start = g.part(g.firstPart(last))[0];
    const QPointF a = mapOf(ring[1].x, ring[1].y), b = mapOf(ring[2].x, ring[2].y);
    const double cross = (b.x() - a.x()) * (start.y - a.y()) - (b.y() - a.y()) * (start.x - a.x());
    QVERIFY2(std::abs(cross) / QLineF(a, b).length() < 1e-6 * px, "not on the segment");
    m_document->undoStack().undo();
    edits.setEditing(id, false);
}

void GuiFeatureEditTest::tablesCannotBeEdited() {
    const QString csv = m_fixture.dir.filePath(QStringLiteral("stops.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,lon,lat\nA,126.9,37.5\nB,127.0,37.6\n");
    file.close();
    const QString id = addLayer(csv, "stops_csv");
    QVERIFY(!id.isEmpty());
    auto refused = m_window->featureEdits().editing().start(id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ReadOnlySource);
    QVERIFY(!m_window->featureEdits().editing().isEditing(id));
}

QTEST_MAIN(GuiFeatureEditTest)
#include "test_gui_feature_edit.moc"
