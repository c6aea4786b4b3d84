// SPDX-License-Identifier: GPL-3.0-or-later
// The map tools a QGIS user reaches for, driven with real mouse events on the sample project:
// identify lists every feature under the click and selects no sandbox zone; select by click
// and by rectangle, linked both ways with the attribute table and its filter; measure in
// metres on the ellipsoid; the zoom box; the locator; one shortcut per action.
#include "cityweave/crs/coordinate_transform.h"
#include "desktop/identify_tool.h"
#include "desktop/locator.h"
#include "desktop/main_window.h"
#include "desktop/map_tools_controller.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/zone_edit_controller.h"
#include "sample_window.h"
#include "widgets/attribute_table_dialog.h"
#include "widgets/identify_results_panel.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_selection.h"
#include "widgets/map_tools/measure_tool.h"

#include <QAction>
#include <QCompleter>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace cw;

class GuiMapToolsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShortcutIsBoundOnce();
    void identifyListsEveryFeatureUnderTheClick();
    void selectByClickAndRectangleFollowsTheAttributeTable();
    void measureSaysMetresOnTheEllipsoid();
    void zoomBoxZoomsToTheDraggedRectangle();
    void locatorFindsFeaturesByTheirNames();
    void desktopAnswersHelpAndVersion();
    void sandboxZonesFollowTheTimeline();
    void aPanelOpenedFromTheMenuComesToTheFront();
    void cleanupTestCase();

private:
    QPointF pixelOf(double lon, double lat) const;
    QPointF mapOf(double lon, double lat) const;
    QAction* action(const char* name) const;
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
};

void GuiMapToolsTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1300, 850));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    m_window->canvas().zoomToFullExtent();
    QVERIFY(QTest::qWaitFor([&] { return !m_window->canvas().isRendering(); }, 10000));
}

void GuiMapToolsTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

QPointF GuiMapToolsTest::mapOf(double lon, double lat) const {
    auto wgs84 = crs::Crs::fromEpsg(4326);
    auto transform = crs::CoordinateTransform::create(*wgs84, m_document->mapCrs());
    if (!transform || !transform->transformPoint(lon, lat))
        return {};
    return {lon, lat};
}

QPointF GuiMapToolsTest::pixelOf(double lon, double lat) const {
    const QPointF map = mapOf(lon, lat);
    return m_window->canvas().settings().toPixel(map.x(), map.y());
}

QAction* GuiMapToolsTest::action(const char* name) const {
    return m_window->findChild<QAction*>(QString::fromLatin1(name));
}

void GuiMapToolsTest::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers) {
    QWidget* canvas = &m_window->canvas();
    QTest::mousePress(canvas, Qt::LeftButton, modifiers, from.toPoint());
    for (int i = 1; i <= 5; ++i) {
        const QPointF at = from + (to - from) * (i / 5.0);
        QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, modifiers, to.toPoint());
}

void GuiMapToolsTest::everyShortcutIsBoundOnce() {
    // Ctrl+Shift+A once meant both Add Layer and Analysis, and so neither.
    QMap<QString, QStringList> byKey;
    for (QAction* a : m_window->findChildren<QAction*>())
        for (const QKeySequence& key : a->shortcuts())
            if (!key.isEmpty() && !byKey[key.toString()].contains(a->text()))
                byKey[key.toString()] << a->text();
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") +
                                                    it.value().join(QStringLiteral(", "))));
    QVERIFY(byKey.contains(QStringLiteral("Ctrl+Shift+A")));
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mapToolbar"));
    QVERIFY(toolbar && toolbar->isVisible());
    for (const char* name :
         {"actionPan", "actionZoomIn", "actionZoomOut", "actionZoomBox", "actionZoomFull",
          "actionZoomSelection", "actionIdentify", "actionSelect", "actionDeselect",
          "actionMeasureDistance", "actionMeasureArea"}) {
        QAction* a = action(name);
        QVERIFY2(a && toolbar->actions().contains(a), name);
        QVERIFY2(!a->icon().isNull(), name);
    }
}

void GuiMapToolsTest::identifyListsEveryFeatureUnderTheClick() {
    // Inside the Magok district, the Seoul outline and the Magok sandbox zone (a plan zone,
    // drawn over the map): two layers' features, and no zone selected by the click.
    const QPointF magok = pixelOf(126.833, 37.571);
    action("actionIdentify")->trigger();
    QVERIFY(m_window->identifyTool().isActive());
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, magok.toPoint());
    const auto& panel = m_window->identifyPanel();
    QVERIFY(QTest::qWaitFor([&] { return panel.featureCount() > 0; }, 2000));
    QVERIFY2(panel.featureCount() >= 2, qPrintable(QString::number(panel.featureCount())));
    QVERIFY(panel.layerName().contains(QStringLiteral("Magok")));
    QVERIFY(m_window->zoneEditing().selectedZoneIds().isEmpty());
    QTest::qWait(300);
    if (const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/map_tools_identify.png"));
    action("actionPan")->trigger();
    QVERIFY(!m_window->identifyTool().isActive());
    // With Pan, a click on the zone selects it as before.
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, magok.toPoint());
    QVERIFY(!m_window->zoneEditing().selectedZoneIds().isEmpty());
    m_window->zoneEditing().selectZones({});
}

void GuiMapToolsTest::selectByClickAndRectangleFollowsTheAttributeTable() {
    auto& selection = m_window->mapTools().selection();
    selection.clear();
    action("actionSelect")->trigger();
    // The first IoT sensor of the sample (SDT-0001, 종로구) at 126.978°E 37.572°N.
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, pixelOf(126.978, 37.572).toPoint());
    QCOMPARE(selection.count(), std::size_t(1));
    const QString layerId = selection.layers().value(0);
    const auto* layer = m_document->findLayer(layerId);
    QVERIFY(layer && layer->data);
    const std::size_t feature = *selection.of(layerId).begin();
    const int kindField = layer->data->fieldIndex("sensor_id");
    QVERIFY(kindField >= 0);
    QCOMPARE(data::toDisplayString(layer->data->attributes[feature][std::size_t(kindField)]),
             std::string("SDT-0001"));

    // A rectangle over the whole city selects many features of the topmost layer it touches;
    // Shift adds to the selection, Ctrl toggles.
    const QRect view = m_window->canvas().rect();
    drag(view.topLeft() + QPoint(5, 5), view.bottomRight() - QPoint(5, 5));
    QVERIFY(selection.count() > 1);
    const std::size_t many = selection.count();
    const QPoint sensor = pixelOf(126.978, 37.572).toPoint();
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, Qt::ShiftModifier, sensor);
    QCOMPARE(selection.count(), many + (selection.of(layerId).size() == 1 ? 1 : 0));
    const std::size_t withSensor = selection.count();
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, Qt::ControlModifier, sensor);
    QCOMPARE(selection.count(), withSensor - 1);
    QCOMPARE(selection.of(layerId).count(feature), std::size_t(0));

    // The attribute table shows the selection and sends its own back.
    selection.select(layerId, {feature});
    auto* dialog = new widgets::AttributeTableDialog(QStringLiteral("sensors"), layerId,
                                                     layer->data, selection, m_window);
    dialog->show();
    QCOMPARE(dialog->view().selectionModel()->selectedRows().size(), 1);
    // A click on the fourth row (file order: feature 3) selects that feature on the map.
    QTableView& table = dialog->view();
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {},
                      table.visualRect(table.model()->index(3, 0)).center());
    QCOMPARE(selection.of(layerId).size(), std::size_t(1));
    QCOMPARE(selection.of(layerId).count(3), std::size_t(1));
    const int all = dialog->shownRows();
    dialog->filter().setText(QStringLiteral("SDT-0001"));
    QCOMPARE(dialog->shownRows(), 1);
    QVERIFY(all > 1);
    // The filter hides rows; it does not drop their selection.
    QCOMPARE(selection.of(layerId).size(), std::size_t(1));
    dialog->close();
    action("actionDeselect")->trigger();
    QCOMPARE(selection.count(), std::size_t(0));
    action("actionPan")->trigger();
}

void GuiMapToolsTest::measureSaysMetresOnTheEllipsoid() {
    action("actionMeasureDistance")->trigger();
    auto& tool = m_window->mapTools().measureTool(false);
    QCOMPARE(m_window->canvas().mapTool(), static_cast<widgets::MapTool*>(&tool));
    // 0.01° of latitude along 127°E at 37.5°N: 1,109.86 m on WGS 84 (110,986 m per degree).
    tool.addPoint(mapOf(127.0, 37.495));
    tool.addPoint(mapOf(127.0, 37.505));
    tool.finish();
    const QString text = tool.text();
    QVERIFY2(text.contains(QStringLiteral("ellipsoid")), qPrintable(text));
    static const QRegularExpression metres(QStringLiteral("(1,?109\\.[89]) m on"));
    QVERIFY2(metres.match(text).hasMatch(), qPrintable(text));
    if (!m_document->mapCrs().isGeographic())
        QVERIFY2(text.contains(QStringLiteral("in the plane of")), qPrintable(text));
    action("actionMeasureArea")->trigger();
    auto& area = m_window->mapTools().measureTool(true);
    for (auto [lon, lat] :
         {std::pair{127.0, 37.5}, std::pair{127.01, 37.5}, std::pair{127.01, 37.51}})
        area.addPoint(mapOf(lon, lat));
    area.finish();
    QVERIFY2(area.text().contains(QStringLiteral("m²")), qPrintable(area.text()));
    action("actionPan")->trigger();
}

void GuiMapToolsTest::zoomBoxZoomsToTheDraggedRectangle() {
    m_window->canvas().zoomToFullExtent();
    const double before = m_window->canvas().settings().mapUnitsPerPixel();
    action("actionZoomBox")->trigger();
    const QPointF centre = m_window->canvas().rect().center();
    drag(centre - QPointF(60, 40), centre + QPointF(60, 40));
    const double after = m_window->canvas().settings().mapUnitsPerPixel();
    QVERIFY2(after < before / 4, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    action("actionZoomOut")->trigger();
    QVERIFY(m_window->canvas().settings().mapUnitsPerPixel() > after * 1.9);
    action("actionPan")->trigger();
    m_window->canvas().zoomToFullExtent();
}

void GuiMapToolsTest::locatorFindsFeaturesByTheirNames() {
    auto& locator = m_window->locator();
    const auto hits = locator.search(QStringLiteral("마곡"));
    QVERIFY(!hits.empty());
    bool project = false, feature = false;
    for (const auto& hit : hits) {
        project |= hit.kind == desktop::Locator::Kind::Project;
        feature |= hit.kind == desktop::Locator::Kind::Feature;
    }
    QVERIFY(project && feature);
    QVERIFY(locator.search(QStringLiteral("종로구")).size() >= 1); // a sensor's gu field
    QVERIFY(locator.search(QStringLiteral("no such place 123")).empty());
    for (const auto& hit : hits)
        if (hit.kind == desktop::Locator::Kind::Feature) {
            locator.go(hit);
            QCOMPARE(m_window->mapTools().selection().of(hit.id).count(hit.feature),
                     std::size_t(1));
            break;
        }
    m_window->mapTools().selection().clear();
    // Typed into the box: the features come from a scan on a worker thread, and the list
    // shows them when it ends.
    QSignalSpy searched(&locator, &desktop::Locator::searched);
    // (QTest types ASCII only: the text is set and announced as typed.)
    locator.edit().setText(QStringLiteral("종로구"));
    emit locator.edit().textEdited(locator.edit().text());
    QVERIFY(searched.wait(5000));
    const QAbstractItemModel* list = locator.edit().completer()->model();
    QVERIFY(list->rowCount() >= 1);
    QVERIFY2(list->index(0, 0).data().toString().contains(QStringLiteral("종로구")),
             qPrintable(list->index(0, 0).data().toString()));
    locator.edit().clear();
}

void GuiMapToolsTest::desktopAnswersHelpAndVersion() {
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CW_DESKTOP_PATH), {QStringLiteral("--version")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).contains(QStringLiteral("CityWeave")));
    app.start(QStringLiteral(CW_DESKTOP_PATH), {QStringLiteral("--help")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--lang")) && help.contains(QStringLiteral("project")),
             qPrintable(help));
}

// The Magok sandbox zone of the sample is designated 2019–2024: in 2030 the timeline does not
// draw it, and a click there selects nothing; in 2020 it is drawn and selectable.
void GuiMapToolsTest::sandboxZonesFollowTheTimeline() {
    action("actionPan")->trigger();
    const QPoint magok = pixelOf(126.833, 37.571).toPoint();
    render::PlanFilter filter;
    filter.year = 2030;
    m_document->setPlanFilter(filter);
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, magok);
    QVERIFY(m_window->zoneEditing().selectedZoneIds().isEmpty());
    filter.year = 2020;
    m_document->setPlanFilter(filter);
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, magok);
    QVERIFY(!m_window->zoneEditing().selectedZoneIds().isEmpty());
    m_window->zoneEditing().selectZones({});
    m_document->setPlanFilter({});
}

void GuiMapToolsTest::aPanelOpenedFromTheMenuComesToTheFront() {
    // The scenarios panel shares a tab group on the right; opening it from View ▸ Panels
    // shows it in front, not behind another tab.
    auto* scenarios = m_window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"));
    auto* zones = m_window->findChild<QDockWidget*>(QStringLiteral("zonesDock"));
    QVERIFY(scenarios && zones);
    zones->show();
    zones->raise();
    scenarios->hide();
    QTest::qWait(50);
    scenarios->toggleViewAction()->trigger();
    QTest::qWait(50);
    QVERIFY(scenarios->isVisible());
    QVERIFY2(!scenarios->visibleRegion().isEmpty(), "the panel stayed behind its tab group");
}

QTEST_MAIN(GuiMapToolsTest)
#include "test_gui_map_tools.moc"
