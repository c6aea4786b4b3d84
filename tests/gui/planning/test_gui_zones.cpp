// SPDX-License-Identifier: GPL-3.0-or-later
// Draws, edits, snaps, merges and splits sandbox zones with the mouse on the real main window
// (offscreen) and checks each result's area against the pixel figures worked out by hand: an
// area of N px² on screen is N × (map units per pixel)² m² in EPSG:5186.
#include "../sample_window.h"
#include "cityweave/planning/zone_editing.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/zone_edit_controller.h"
#include "widgets/map_canvas.h"
#include "widgets/zones/zone_draw_tool.h"
#include "widgets/zones/zone_properties_dialog.h"
#include "widgets/zones/zones_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class GuiZonesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void drawingAZoneWithTheMouseAddsItAsOneUndoStep();
    void draggingAVertexMovesItAndAMidpointInsertsOne();
    void aClickNearAnotherZonesVertexLandsExactlyOnIt();
    void snappingReachesVisibleLayersOnly();
    void mergingKeepsWhatBothZonesAllow();
    void aLineAcrossTheZoneSplitsIt();
    void propertiesDialogChangesTheZoneInOneStep();
    void keysEditTheDraftAndEscCancelsIt();
    void zonesAreShownInTheMapCrs();
    void deleteAsksAndUndoBringsTheZoneBack();
    void cleanupTestCase();

private:
    QAction* action(const char* name) const;
    /// Area of the plan zone `id` in m² (EPSG:5186), and its count.
    double zoneArea(const QString& id) const;
    const project::SandboxZone* zone(const QString& id) const;
    std::size_t zoneCount() const { return m_document->planState().sandboxZones.size(); }
    /// Clicks the pixels, the last one with a double-click.
    void drawAt(const QList<QPoint>& pixels);
    double pixelArea(double px2) const {
        const double mupp = m_window->canvas().settings().mapUnitsPerPixel();
        return px2 * mupp * mupp;
    }
    void shot(const QString& name);

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
    desktop::ZoneEditController* m_zones = nullptr;
    QString m_first;  // the zone drawn first
    QString m_second; // the one snapped onto it
    QString m_merged;
};

QAction* GuiZonesTest::action(const char* name) const {
    return m_window->findChild<QAction*>(QString::fromLatin1(name));
}

const project::SandboxZone* GuiZonesTest::zone(const QString& id) const {
    for (const auto& z : m_document->project().sandboxZones)
        if (QString::fromStdString(z.id) == id)
            return &z;
    return nullptr;
}

double GuiZonesTest::zoneArea(const QString& id) const {
    const auto* z = zone(id);
    return z ? planning::polygonArea(planning::polygonFromStore(z->area)) : -1;
}

void GuiZonesTest::drawAt(const QList<QPoint>& pixels) {
    auto& canvas = m_window->canvas();
    for (int i = 0; i + 1 < pixels.size(); ++i) {
        QTest::mouseMove(&canvas, pixels[i]);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, pixels[i]);
    }
    QTest::mouseMove(&canvas, pixels.back());
    QTest::mouseDClick(&canvas, Qt::LeftButton, {}, pixels.back());
}

void GuiZonesTest::shot(const QString& name) {
    const QByteArray dir = qgetenv("CW_TEST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

void GuiZonesTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1400, 900));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    if (m_document->mapCrs().authId() != "EPSG:5186")
        QSKIP("the pixel-area figures assume the sample's EPSG:5186 map");
    m_zones = &m_window->zoneEditing();
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("zonesDock")));
    // The sample plan has its two hypothetical zones (Magok, Sangam).
    QCOMPARE(zoneCount(), std::size_t(2));
    QCOMPARE(m_zones->panel().list().topLevelItemCount(), 2);
    // Every planning part adds its dock; hidden, they leave the canvas the room the pixel
    // figures below need.
    // Without the dock animation the canvas reaches its final size at once, before any click.
    m_window->setAnimated(false);
    for (auto* dock : m_window->findChildren<QDockWidget*>())
        dock->hide();
    QTest::qWait(100);
    QTRY_VERIFY(m_window->canvas().width() > 560 && m_window->canvas().height() > 580);
    // Far south-east of Seoul nothing is drawn, so no sample feature is within snapping reach.
    m_window->canvas().setCenter(300000, 300000);
    QVERIFY(m_window->canvas().settings().mapUnitsPerPixel() > 0);
    // Every pixel the tests use lies on the canvas.
    QVERIFY2(m_window->canvas().width() > 560 && m_window->canvas().height() > 580,
             qPrintable(QStringLiteral("canvas %1 × %2")
                            .arg(m_window->canvas().width())
                            .arg(m_window->canvas().height())));
}

void GuiZonesTest::drawingAZoneWithTheMouseAddsItAsOneUndoStep() {
    QStringList problemsBefore;
    m_zones->setDialogHook([&](widgets::ZonePropertiesDialog& dialog) {
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // No exemption ticked yet: the validation keeps OK disabled and says why.
        problemsBefore = dialog.problems();
        const bool okBefore = ok->isEnabled();
        dialog.findChild<QLineEdit*>(QStringLiteral("zoneNameKo"))
            ->setText(QStringLiteral("시험 구역"));
        dialog.findChild<QCheckBox*>(QStringLiteral("exemption_autonomous_driving"))
            ->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneStartYear"))->setValue(2025);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneValidYears"))->setValue(4);
        return !okBefore && ok->isEnabled();
    });
    QVERIFY(action("actionDrawZone"));
    action("actionDrawZone")->trigger();
    QVERIFY(action("actionDrawZone")->isChecked());
    const int undoBefore = m_document->undoStack().index();
    // A 200 × 150 px rectangle, (250,300)–(450,450): 30000 px².
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, QPoint(250, 300));
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, QPoint(450, 300));
    QTest::mouseClick(&m_window->canvas(), Qt::LeftButton, {}, QPoint(450, 450));
    QTest::mouseMove(&m_window->canvas(), QPoint(270, 440));
    shot(QStringLiteral("zones-drawing.png"));
    drawAt({QPoint(250, 450)});
    QTRY_COMPARE(zoneCount(), std::size_t(3));
    QCOMPARE(problemsBefore.size(), 1); // "the zone grants no exemption"
    QCOMPARE(m_document->undoStack().index(), undoBefore + 1);
    const auto& added = m_document->project().sandboxZones.back();
    m_first = QString::fromStdString(added.id);
    QCOMPARE(added.name.ko, std::string("시험 구역"));
    QCOMPARE(planning::polygonFromStore(added.area).outer.size(), std::size_t(4));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(30000)) < 1e-6 * pixelArea(30000));
    QCOMPARE(added.lastValidYear(), 2028);
    QCOMPARE(m_zones->panel().list().topLevelItemCount(), 3);
    QVERIFY(!action("actionDrawZone")->isChecked());

    action("actionUndo")->trigger();
    QCOMPARE(zoneCount(), std::size_t(2));
    QCOMPARE(m_zones->panel().list().topLevelItemCount(), 2);
    action("actionRedo")->trigger();
    QCOMPARE(zoneCount(), std::size_t(3));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(30000)) < 1e-6 * pixelArea(30000));
}

void GuiZonesTest::draggingAVertexMovesItAndAMidpointInsertsOne() {
    auto& canvas = m_window->canvas();
    // A plain click inside the zone selects it.
    m_zones->selectZones({});
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(350, 375));
    QCOMPARE(m_zones->selectedZoneIds(), QStringList{m_first});
    action("actionEditZone")->trigger();
    QVERIFY(action("actionEditZone")->isChecked());
    const int undoBefore = m_document->undoStack().index();
    // (450,300) → (500,300): a trapezoid with parallel sides 250 and 200 px, 150 px apart:
    // (250 + 200) / 2 × 150 = 33750 px².
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(450, 300));
    QTest::mouseMove(&canvas, QPoint(480, 300));
    QTest::mouseMove(&canvas, QPoint(500, 300));
    shot(QStringLiteral("zones-editing.png"));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(500, 300));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(33750)) < 1e-6 * pixelArea(33750));
    QCOMPARE(m_document->undoStack().index(), undoBefore + 1); // one step for the whole drag

    // The bottom edge's midpoint (350,450) dragged to (350,500) adds a triangle of base 200 and
    // height 50: + 5000 = 38750 px², and a fifth vertex.
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(350, 450));
    QTest::mouseMove(&canvas, QPoint(350, 480));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(350, 500));
    QCOMPARE(planning::polygonFromStore(zone(m_first)->area).outer.size(), std::size_t(5));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(38750)) < 1e-6 * pixelArea(38750));

    // Right-clicking that vertex deletes it again: back to 33750 px².
    QTest::mouseClick(&canvas, Qt::RightButton, {}, QPoint(350, 500));
    QCOMPARE(planning::polygonFromStore(zone(m_first)->area).outer.size(), std::size_t(4));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(33750)) < 1e-6 * pixelArea(33750));

    // Dragging (500,300) down to (350,560) makes its edge from (250,300) cross the bottom edge
    // y = 450 at x ≈ 308: the outline would cross itself, so the edit is refused.
    const int undoNow = m_document->undoStack().index();
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(500, 300));
    QTest::mouseMove(&canvas, QPoint(350, 560));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(350, 560));
    QCOMPARE(m_document->undoStack().index(), undoNow);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not a valid")));
    QVERIFY(qAbs(zoneArea(m_first) - pixelArea(33750)) < 1e-6 * pixelArea(33750));
    action("actionEditZone")->trigger();
    QVERIFY(!action("actionEditZone")->isChecked());
}

void GuiZonesTest::aClickNearAnotherZonesVertexLandsExactlyOnIt() {
    m_zones->setDialogHook([](widgets::ZonePropertiesDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("zoneNameEn"))->setText(QStringLiteral("West"));
        dialog.findChild<QCheckBox*>(QStringLiteral("exemption_autonomous_driving"))
            ->setChecked(true);
        dialog.findChild<QCheckBox*>(QStringLiteral("exemption_drone_reporting"))->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneStartYear"))->setValue(2026);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneValidYears"))->setValue(2);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneExtensionYears"))->setValue(1);
        return true;
    });
    action("actionDrawZone")->trigger();
    // (254,303) is 5 px from the first zone's corner (250,300); (246,447) 5 px from (250,450).
    // Snapped, the west zone is exactly 100 × 150 = 15000 px² and shares the edge x = 250.
    drawAt({QPoint(254, 303), QPoint(150, 300), QPoint(150, 450), QPoint(246, 447)});
    QTRY_COMPARE(zoneCount(), std::size_t(4));
    m_second = QString::fromStdString(m_document->project().sandboxZones.back().id);
    const auto first = m_zones->displayPolygon(m_first).outer;
    const auto second = m_zones->displayPolygon(m_second).outer;
    QCOMPARE(second.size(), std::size_t(4));
    QCOMPARE(second[0], first[0]); // exactly the same coordinates, not merely close
    QCOMPARE(second[3], first[3]);
    QVERIFY(qAbs(zoneArea(m_second) - pixelArea(15000)) < 1e-6 * pixelArea(15000));
}

void GuiZonesTest::snappingReachesVisibleLayersOnly() {
    const render::LoadedLayer* outline = m_document->findLayer(QStringLiteral("seoul_outline"));
    QVERIFY(outline && outline->isLoaded());
    const auto vertex = outline->indexed->geometries.part(0)[1];
    const double mupp = m_window->canvas().settings().mapUnitsPerPixel();
    // 3 px east and 4 px north of an outline vertex: 5 px away, within the 10 px reach.
    const QPointF near(vertex.x + 3 * mupp, vertex.y + 4 * mupp);
    const auto snapped = m_zones->snap(near);
    QVERIFY(snapped);
    QCOMPARE(snapped->x(), vertex.x);
    QCOMPARE(snapped->y(), vertex.y);
    // Hidden, the layer no longer attracts the point.
    m_document->setLayerVisible(QStringLiteral("seoul_outline"), false);
    const auto hidden = m_zones->snap(near);
    QVERIFY(!hidden || hidden->x() != vertex.x || hidden->y() != vertex.y);
    m_document->setLayerVisible(QStringLiteral("seoul_outline"), true);
}

void GuiZonesTest::mergingKeepsWhatBothZonesAllow() {
    QString question;
    m_zones->setConfirmHook([&](const QString&, const QString& text) {
        question = text;
        return true;
    });
    m_zones->selectZones({m_first, m_second});
    QVERIFY(action("actionMergeZones")->isEnabled());
    action("actionMergeZones")->trigger();
    QCOMPARE(zoneCount(), std::size_t(3));
    m_merged = m_first; // keeps the first's id
    const auto* merged = zone(m_merged);
    QVERIFY(merged);
    // 33750 + 15000 px², one polygon; only autonomous driving is granted by both; valid from the
    // later start 2026 to the earlier end min(2028, 2026 + 2 + 1 - 1 = 2028) = 2028.
    QVERIFY(qAbs(zoneArea(m_merged) - pixelArea(48750)) < 1e-6 * pixelArea(48750));
    QCOMPARE(merged->exemptions.size(), std::size_t(1));
    QVERIFY(merged->grants(project::Exemption::AutonomousDriverDuties));
    QCOMPARE(merged->startYear, 2026);
    QCOMPARE(merged->lastValidYear(), 2028);
    QVERIFY(question.contains(QStringLiteral("2026–2028")));
    action("actionUndo")->trigger();
    QCOMPARE(zoneCount(), std::size_t(4));
    action("actionRedo")->trigger();
    QCOMPARE(zoneCount(), std::size_t(3));
}

void GuiZonesTest::aLineAcrossTheZoneSplitsIt() {
    m_zones->selectZones({m_merged});
    action("actionSplitZone")->trigger();
    QVERIFY(action("actionSplitZone")->isChecked());
    // The merged outline is (150,300) (500,300) (450,450) (150,450); the line x = 350 leaves
    // 200 × 150 = 30000 px² west and (150 + 100) / 2 × 150 = 18750 px² east.
    drawAt({QPoint(350, 250), QPoint(350, 520)});
    QCOMPARE(zoneCount(), std::size_t(4));
    const QStringList pieces = m_zones->selectedZoneIds();
    QCOMPARE(pieces.size(), 2);
    QVERIFY(!zone(m_merged));
    std::vector<double> areas{zoneArea(pieces[0]), zoneArea(pieces[1])};
    std::sort(areas.begin(), areas.end());
    QVERIFY(qAbs(areas[0] - pixelArea(18750)) < 1e-6 * pixelArea(18750));
    QVERIFY(qAbs(areas[1] - pixelArea(30000)) < 1e-6 * pixelArea(30000));
    QCOMPARE(zone(pieces[0])->name.ko, std::string("시험 구역 (1)"));
    QCOMPARE(zone(pieces[1])->exemptions, zone(pieces[0])->exemptions);
    shot(QStringLiteral("zones-split.png"));
    m_first = pieces[0];
}

void GuiZonesTest::propertiesDialogChangesTheZoneInOneStep() {
    m_zones->selectZones({m_first});
    QVERIFY(action("actionZoneProperties")->isEnabled());
    int startShown = 0;
    QStringList problemsWithoutExemptions;
    bool okWithoutExemptions = true;
    m_zones->setDialogHook([&](widgets::ZonePropertiesDialog& dialog) {
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        startShown = dialog.findChild<QSpinBox*>(QStringLiteral("zoneStartYear"))->value();
        auto* driving =
            dialog.findChild<QCheckBox*>(QStringLiteral("exemption_autonomous_driving"));
        driving->setChecked(false);
        problemsWithoutExemptions = dialog.problems();
        okWithoutExemptions = ok->isEnabled();
        driving->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("zoneExtensionYears"))->setValue(2);
        dialog.show();
        const QByteArray dir = qgetenv("CW_TEST_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/zones-dialog.png"));
        return ok->isEnabled();
    });
    const int undoBefore = m_document->undoStack().index();
    action("actionZoneProperties")->trigger();
    QCOMPARE(startShown, 2026);
    QVERIFY(!okWithoutExemptions);
    QCOMPARE(problemsWithoutExemptions.size(), 1);
    // 2026 + 3 years + 2 extension − 1 = 2030.
    QCOMPARE(zone(m_first)->lastValidYear(), 2030);
    QCOMPARE(m_document->undoStack().index(), undoBefore + 1);
    auto& list = m_zones->panel().list();
    QList<QTreeWidgetItem*> rows;
    for (int i = 0; i < list.topLevelItemCount(); ++i)
        if (list.topLevelItem(i)->data(0, Qt::UserRole).toString() == m_first)
            rows << list.topLevelItem(i);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]->text(1), QStringLiteral("1"));
    QCOMPARE(rows[0]->text(2), QStringLiteral("2026–2030"));
    m_window->findChild<QDockWidget*>(QStringLiteral("zonesDock"))->show();
    shot(QStringLiteral("zones-dock.png"));
}

void GuiZonesTest::keysEditTheDraftAndEscCancelsIt() {
    auto& canvas = m_window->canvas();
    const std::size_t before = zoneCount();
    action("actionDrawZone")->trigger();
    auto* tool = dynamic_cast<widgets::ZoneDrawTool*>(canvas.mapTool());
    QVERIFY(tool);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(600, 200));
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(700, 200));
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(700, 300));
    QCOMPARE(tool->vertices().size(), 3);
    // Hovering 5 px from a zone corner shows the snap marker there.
    const auto corner = m_zones->displayPolygon(m_first).outer.front();
    const QPointF cornerPx = canvas.settings().toPixel(corner.x, corner.y);
    QTest::mouseMove(&canvas, cornerPx.toPoint() + QPoint(4, -3));
    shot(QStringLiteral("zones-snap.png"));
    QTest::keyClick(&canvas, Qt::Key_Backspace);
    QCOMPARE(tool->vertices().size(), 2);
    // Two vertices are no zone: Enter only explains.
    QTest::keyClick(&canvas, Qt::Key_Return);
    QCOMPARE(tool->vertices().size(), 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("3")));
    QTest::keyClick(&canvas, Qt::Key_Escape);
    QCOMPARE(tool->vertices().size(), 0);
    QCOMPARE(zoneCount(), before);
    action("actionDrawZone")->trigger();
    QVERIFY(!canvas.mapTool());
}

void GuiZonesTest::zonesAreShownInTheMapCrs() {
    // The sample's Magok zone lies around 126.83° E, 37.56° N; in a WGS 84 map its vertices are
    // shown in degrees, while the plan keeps them in EPSG:5186 metres.
    const auto stored = planning::polygonFromStore(zone(QStringLiteral("magok-sandbox"))->area);
    QVERIFY(stored.outer.front().x > 100000);
    m_document->setMapCrs(crs::Crs::fromEpsg(4326).value());
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    const auto shown = m_zones->displayPolygon(QStringLiteral("magok-sandbox"));
    QCOMPARE(shown.outer.size(), stored.outer.size());
    QVERIFY2(
        qAbs(shown.outer.front().x - 126.83) < 0.05 && qAbs(shown.outer.front().y - 37.56) < 0.05,
        qPrintable(QStringLiteral("%1 %2").arg(shown.outer.front().x).arg(shown.outer.front().y)));
    m_document->setMapCrs(crs::Crs::fromEpsg(5186).value());
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    QCOMPARE(m_zones->displayPolygon(QStringLiteral("magok-sandbox")), stored);
}

void GuiZonesTest::deleteAsksAndUndoBringsTheZoneBack() {
    const std::size_t before = zoneCount();
    const auto area = zoneArea(m_first);
    QString question;
    bool answer = false;
    m_zones->setConfirmHook([&](const QString&, const QString& text) {
        question = text;
        return answer;
    });
    m_zones->selectZones({m_first});
    action("actionDeleteZone")->trigger(); // answered No: nothing happens
    QVERIFY(question.contains(QStringLiteral("Sandbox zone 3 (1)")));
    QCOMPARE(zoneCount(), before);
    answer = true;
    action("actionDeleteZone")->trigger();
    QCOMPARE(zoneCount(), before - 1);
    QVERIFY(!zone(m_first));
    action("actionUndo")->trigger();
    QCOMPARE(zoneCount(), before);
    QCOMPARE(zoneArea(m_first), area);
}

void GuiZonesTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

QTEST_MAIN(GuiZonesTest)
#include "test_gui_zones.moc"
