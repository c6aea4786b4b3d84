// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the sample project in the real main window (offscreen) and uses it like a person would.
#include "cityweave/crs/coordinate_transform.h"
#include "desktop/identify_tool.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/add_layer_dialog.h"
#include "widgets/identify_results_panel.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace cw;

namespace {
// The layers of resources/sample/projects.json once built: Seoul's outline and 4 layers of the
// manifest's own projects, plus 7 Magok, 3 Sangam and 4 G-Valley layers from the plugins'
// layer sources (counted by hand in the manifest and each cityweave-plugin.json; `ogrinfo` on
// the built sample lists the same 19).
constexpr std::size_t kSampleLayers = 19;
} // namespace

class GuiSmokeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensSampleWithAllProjects();
    void togglingALayerRedraws();
    void identifyFindsMagok();
    void panningDoesNotBlock();
    void changingMapCrsKeepsTheView();
    void saveAsWritesAReopenableProject();
    void missingLayerIsKeptAndReported();
    void openingAnInvalidFileKeepsTheProject();
    void addLayerPreviewShowsHangul();
    void addLayerOffersEveryLayerOfAGeoPackage();
    void cleanupTestCase();

private:
    QPointF magokPixel() const;
    bool waitForRender(int previousCount);
    // Set CW_GUI_SCREENSHOTS to a folder to look at what the test saw.
    static void saveScreenshot(QWidget& widget, const QString& name);

    SampleWindow m_fixture;
    QString m_sample;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
};

void GuiSmokeTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1200, 800));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    m_sample = m_fixture.sample;
}

void GuiSmokeTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

bool GuiSmokeTest::waitForRender(int previousCount) {
    auto& canvas = m_window->canvas();
    return QTest::qWaitFor(
        [&] { return canvas.finishedRenderCount() > previousCount && !canvas.isRendering(); },
        8000);
}

void GuiSmokeTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QPointF GuiSmokeTest::magokPixel() const {
    auto wgs84 = crs::Crs::fromEpsg(4326);
    auto transform = crs::CoordinateTransform::create(*wgs84, m_document->mapCrs());
    // Inside the Magok district polygon and inside no other layer's feature: checked with
    // ogrinfo -dialect SQLite ST_Contains on every polygon layer of the built sample; the
    // nearest point or line vertex (Magok solar, heating network) is about 400 m away.
    double x = 126.833, y = 37.571;
    if (!transform || !transform->transformPoint(x, y))
        return {};
    return m_window->canvas().settings().toPixel(x, y);
}

void GuiSmokeTest::opensSampleWithAllProjects() {
    QVERIFY(m_window->fileActions().openPath(m_sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));
    QCOMPARE(m_document->layers().size(), kSampleLayers);
    for (const auto& layer : m_document->layers())
        QVERIFY2(layer.isLoaded(), layer.entry.id.c_str());
    QCOMPARE(m_document->mapCrs().authId(), std::string("EPSG:5186"));

    auto& tree = m_window->layerTree();
    QCOMPARE(tree.topLevelItemCount(), 7);
    for (const char* id : {"magok-energy", "sangam-av", "gvalley-industry", "energy-villages",
                           "iot-sensors", "ev-chargers"})
        QVERIFY2(tree.findProjectItem(QString::fromLatin1(id)), id);
    QVERIFY(tree.findProjectItem(widgets::LayerTreeWidget::baseGroupId()));
    QVERIFY(tree.findLayerItem(QStringLiteral("magok_district")));
    QVERIFY(!m_document->isDirty());
    QVERIFY(waitForRender(0));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Seoul")));
}

void GuiSmokeTest::togglingALayerRedraws() {
    auto& canvas = m_window->canvas();
    const QImage before = canvas.image();
    const std::size_t drawnBefore = m_document->renderLayers()->size();
    const QPoint pixel = magokPixel().toPoint();
    QVERIFY(QRect(QPoint(0, 0), before.size()).contains(pixel));

    QTreeWidgetItem* outline =
        m_window->layerTree().findLayerItem(QStringLiteral("magok_district"));
    const int renders = canvas.finishedRenderCount();
    outline->setCheckState(0, Qt::Unchecked);
    QVERIFY(waitForRender(renders));
    QCOMPARE(m_document->renderLayers()->size(), drawnBefore - 1);
    QVERIFY(m_document->isDirty());
    QVERIFY(canvas.image() != before);
    QVERIFY(m_window->windowTitle().contains(QLatin1Char('*')) || m_window->isWindowModified());

    const int renders2 = canvas.finishedRenderCount();
    outline->setCheckState(0, Qt::Checked);
    QVERIFY(waitForRender(renders2));
    QCOMPARE(m_document->renderLayers()->size(), drawnBefore);
    QCOMPARE(canvas.image().pixel(pixel), before.pixel(pixel));
}

void GuiSmokeTest::identifyFindsMagok() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionIdentify"));
    QVERIFY(action);
    action->setChecked(true);
    QVERIFY(m_window->identifyTool().isActive());
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, magokPixel().toPoint());
    const auto& panel = m_window->identifyPanel();
    QVERIFY(QTest::qWaitFor([&] { return !panel.values().isEmpty(); }, 2000));
    QVERIFY2(panel.values().join(QLatin1Char('|')).contains(QStringLiteral("마곡")),
             qPrintable(panel.values().join(QLatin1Char('|'))));
    QVERIFY(panel.layerName().contains(QStringLiteral("Magok")));
    QTest::mouseMove(&m_window->canvas(), magokPixel().toPoint());
    saveScreenshot(*m_window, QStringLiteral("identify"));
    action->setChecked(false);
}

void GuiSmokeTest::panningDoesNotBlock() {
    auto& canvas = m_window->canvas();
    const double centreX = canvas.settings().centerX();
    const int renders = canvas.finishedRenderCount();
    const QPoint start(canvas.width() / 2, canvas.height() / 2);
    QElapsedTimer timer;
    timer.start();
    QTest::mousePress(&canvas, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(&canvas, start + QPoint(step * 15, step * 5));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, start + QPoint(150, 50));
    // The view moved at once; drawing it is the worker's business, not the event handler's.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(canvas.settings().centerX() < centreX);
    // The event loop keeps turning while the new image is drawn.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(1);
    QVERIFY(waitForRender(renders));
    QVERIFY(ticks > 0);
    QVERIFY(canvas.image().size() == canvas.size());
}

void GuiSmokeTest::changingMapCrsKeepsTheView() {
    auto& canvas = m_window->canvas();
    const QPointF before = magokPixel();
    auto wgs84 = crs::Crs::fromEpsg(4326);
    QVERIFY(wgs84.ok());
    const int renders = canvas.finishedRenderCount();
    m_document->setMapCrs(*wgs84);
    QVERIFY(QTest::qWaitFor([&] { return canvas.settings().crs() == *wgs84; }, 10000));
    QVERIFY(waitForRender(renders));
    for (const auto& layer : m_document->layers())
        QVERIFY2(layer.isLoaded() && layer.indexed->crs == *wgs84, layer.entry.id.c_str());
    // Magok stays roughly where it was on screen (the projections differ a little in shape).
    const QPointF after = magokPixel();
    QVERIFY2((after - before).manhattanLength() < 40, qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                                                                     .arg(before.x())
                                                                     .arg(before.y())
                                                                     .arg(after.x())
                                                                     .arg(after.y())));
}

void GuiSmokeTest::saveAsWritesAReopenableProject() {
    const QString copy = m_fixture.dir.filePath(QStringLiteral("copy.cwproject.gpkg"));
    QString error;
    QVERIFY2(m_document->saveAs(copy, &error), qPrintable(error));
    QVERIFY(!m_document->isDirty());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->fileActions().openPath(copy));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));
    QCOMPARE(m_document->layers().size(), kSampleLayers);
    for (const auto& layer : m_document->layers())
        QVERIFY2(layer.isLoaded(), layer.entry.id.c_str());
    QCOMPARE(m_document->mapCrs().authId(), std::string("EPSG:4326"));
}

void GuiSmokeTest::missingLayerIsKeptAndReported() {
    project::LayerEntry entry;
    entry.id = "gone";
    entry.name = {"사라진 층", "Missing layer"};
    entry.source = m_fixture.dir.filePath(QStringLiteral("nowhere.geojson")).toStdString();
    m_document->addLayer(entry);
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 5000));
    const auto* layer = m_document->findLayer(QStringLiteral("gone"));
    QVERIFY(layer && layer->error && !layer->isLoaded());
    QTreeWidgetItem* item = m_window->layerTree().findLayerItem(QStringLiteral("gone"));
    QVERIFY(item && !item->toolTip(0).isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (auto* box : m_window->findChildren<QMessageBox*>())
                if (box->isVisible() && !box->isModal())
                    return true;
            return false;
        },
        2000));
    for (auto* box : m_window->findChildren<QMessageBox*>())
        box->close();
    QVERIFY(m_document->isDirty());
    m_document->removeLayer(QStringLiteral("gone"));
    QVERIFY(!m_window->layerTree().findLayerItem(QStringLiteral("gone")));
}

void GuiSmokeTest::openingAnInvalidFileKeepsTheProject() {
    const QString bogus = m_fixture.dir.filePath(QStringLiteral("not-a-project.gpkg"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("definitely not sqlite");
    file.close();
    QString error;
    QVERIFY(!m_document->open(bogus, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_document->layers().size(), kSampleLayers);
    QVERIFY(m_document->path().endsWith(QStringLiteral("copy.cwproject.gpkg")));
}

void GuiSmokeTest::addLayerPreviewShowsHangul() {
    const QString shp =
        QStringLiteral(CW_SHARED_DATA_DIR) +
        QStringLiteral("/seoul/southkorea-seoul-maps/juso/2015/shp/seoul_municipalities.shp");
    if (!QFileInfo::exists(shp))
        QSKIP("The shared Seoul data are not available.");
    widgets::AddLayerDialog dialog;
    dialog.setPath(shp);
    dialog.show();
    auto* preview = dialog.findChild<QTableWidget*>();
    QVERIFY(preview);
    QVERIFY(preview->rowCount() > 0);
    const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    bool found = false;
    for (int r = 0; r < preview->rowCount() && !found; ++r)
        for (int c = 0; c < preview->columnCount() && !found; ++c)
            found = preview->item(r, c) && preview->item(r, c)->text().contains(hangul);
    QVERIFY2(found, "no Hangul in the preview of a CP949 shapefile");
    QCOMPARE(dialog.choice().layerName, QStringLiteral("seoul_municipalities"));
    saveScreenshot(dialog, QStringLiteral("add_layer"));
}

// A GeoPackage of two point layers and a table without geometry (made with GDAL's ogr2ogr):
// the dialog lists the three and offers "All 2 layers with geometry", which adds both.
void GuiSmokeTest::addLayerOffersEveryLayerOfAGeoPackage() {
    const QString geojson = m_fixture.dir.filePath(QStringLiteral("points.geojson"));
    QFile points(geojson);
    QVERIFY(points.open(QIODevice::WriteOnly));
    points.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"name":"마곡"},"geometry":{"type":"Point","coordinates":[126.83,37.56]}}]})");
    points.close();
    const QString csv = m_fixture.dir.filePath(QStringLiteral("budget.csv"));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("project,budget\nmagok,120\n");
    table.close();
    const QString gpkg = m_fixture.dir.filePath(QStringLiteral("several.gpkg"));
    const auto ogr2ogr = [&](QStringList args) {
        return QProcess::execute(QStringLiteral("ogr2ogr"), args);
    };
    QCOMPARE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg, geojson,
                      QStringLiteral("-nln"), QStringLiteral("sites_a")}),
             0);
    QCOMPARE(ogr2ogr({QStringLiteral("-update"), gpkg, geojson, QStringLiteral("-nln"),
                      QStringLiteral("sites_b")}),
             0);
    QCOMPARE(ogr2ogr({QStringLiteral("-update"), gpkg, csv, QStringLiteral("-nln"),
                      QStringLiteral("budget")}),
             0);
    widgets::AddLayerDialog dialog;
    dialog.setPath(gpkg);
    auto* layers = dialog.findChild<QComboBox*>(QStringLiteral("layerCombo"));
    QVERIFY(layers);
    QCOMPARE(layers->count(), 4); // three layers, then "all"
    QCOMPARE(dialog.choices().size(), std::size_t(1));
    layers->setCurrentIndex(3);
    QVERIFY(layers->currentText().contains(QStringLiteral("2")));
    const auto all = dialog.choices();
    QCOMPARE(all.size(), std::size_t(2));
    QStringList names;
    for (const auto& c : all)
        names << c.layerName;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("sites_a"), QStringLiteral("sites_b")}));
}

QTEST_MAIN(GuiSmokeTest)
#include "test_gui_smoke.moc"
