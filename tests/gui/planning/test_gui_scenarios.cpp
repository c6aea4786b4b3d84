// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios on the sample window (offscreen): create one from the current plan, edit it, switch
// back and forth with undo, and compare two side by side, including the sample's own roll-out
// variants (resources/sample/projects.json, "scenarios").
#include "../sample_window.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/scenario_controller.h"
#include "widgets/scenarios/scenario_compare_dialog.h"
#include "widgets/scenarios/scenario_list.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cw;

namespace {

/// The row of `table` whose first cell carries `key`, or -1.
int rowWithKey(const QTableWidget* table, const QString& key) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

QString cell(const QTableWidget* table, int row, int column) {
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

int endYear(const desktop::ProjectDocument& document, const std::string& id) {
    const auto* p = document.project().findProject(id);
    return p ? p->endYear : -1;
}

} // namespace

class TestGuiScenarios : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleHasTheBasePlanActive();
    void createEditSwitchCompareUndo();
    void sampleRolloutScenariosCompare();
    void switchingDrawsTheScenarioLayerVariant();

private:
    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::ScenarioController* m_scenarios = nullptr;
};

void TestGuiScenarios::initTestCase() {
    // The build's plugins (Magok, Sangam, G-Valley) load, so that their analyses are compared.
    qputenv("CITYWEAVE_STATE_DIR", m_fixture.dir.filePath(QStringLiteral("state")).toUtf8());
    qputenv("CITYWEAVE_USER_PLUGIN_DIR",
            m_fixture.dir.filePath(QStringLiteral("user-plugins")).toUtf8());
    const QString failure = m_fixture.start(QSize(1400, 900), true);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    QVERIFY(m_fixture.window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    m_scenarios = &m_fixture.window->scenarios();
}

void TestGuiScenarios::sampleHasTheBasePlanActive() {
    auto* dock = m_fixture.window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"));
    QVERIFY(dock);
    auto* list = dock->findChild<widgets::ScenarioList*>(QStringLiteral("scenarioList"));
    QVERIFY(list);
    // The manifest's three: base (active), east-first, west-first.
    QCOMPARE(list->count(), 3);
    QCOMPARE(m_document->project().activeScenario, std::string("base"));
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(!list->item(1)->font().bold());
    // The active scenario cannot be deleted or switched to; another can.
    auto* del = m_fixture.window->findChild<QAction*>(QStringLiteral("actionDeleteScenario"));
    auto* sw = m_fixture.window->findChild<QAction*>(QStringLiteral("actionSwitchScenario"));
    QVERIFY(del && sw);
    list->selectId(QStringLiteral("base"));
    QVERIFY(!del->isEnabled());
    QVERIFY(!sw->isEnabled());
    list->selectId(QStringLiteral("east-first"));
    QVERIFY(del->isEnabled());
    QVERIFY(sw->isEnabled());

    // Plan ▸ Scenarios ▸ Compare opens the dialog on two different scenarios.
    auto* compare = m_fixture.window->findChild<QAction*>(QStringLiteral("actionCompareScenarios"));
    QVERIFY(compare && compare->isEnabled());
    compare->trigger();
    auto* dialog = m_fixture.window->findChild<widgets::ScenarioCompareDialog*>(
        QStringLiteral("scenarioCompareDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* a = dialog->findChild<QComboBox*>(QStringLiteral("scenarioA"));
    auto* b = dialog->findChild<QComboBox*>(QStringLiteral("scenarioB"));
    QVERIFY(a && b);
    QCOMPARE(a->count(), 3);
    QVERIFY(a->currentData() != b->currentData());
    // The overlap figures run on a worker; Cancel stops them and says so.
    QVERIFY(dialog->isComputing());
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelFigures"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QVERIFY(!dialog->isComputing());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scenarioCompareStatus"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    dialog->close();
}

void TestGuiScenarios::createEditSwitchCompareUndo() {
    // Magok runs 2014-2022 (plugins/magok-energy/cityweave-plugin.json).
    QCOMPARE(endYear(*m_document, "magok-energy"), 2022);
    const QString id = m_scenarios->createFromCurrentPlan(QStringLiteral("Magok extended"));
    QCOMPARE(id, QStringLiteral("magok-extended"));
    QCOMPARE(m_document->project().scenarios.size(), std::size_t(4));
    QCOMPARE(m_document->project().activeScenario, std::string("magok-extended"));

    desktop::PlanState plan = m_document->planState();
    for (auto& p : plan.projects)
        if (p.id == "magok-energy")
            p.endYear = 2026;
    m_document->editPlan(plan, QStringLiteral("end year"));
    QCOMPARE(endYear(*m_document, "magok-energy"), 2026);

    // Switching stores the edit in "magok-extended" and brings the base plan back.
    QVERIFY(m_scenarios->switchTo(QStringLiteral("base")));
    QCOMPARE(m_document->project().activeScenario, std::string("base"));
    QCOMPARE(endYear(*m_document, "magok-energy"), 2022);
    QVERIFY(m_scenarios->list()->item(0)->font().bold()); // base is marked active again

    auto* dialog = m_scenarios->compare(QStringLiteral("magok-extended"), QStringLiteral("base"));
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("scenarioCompareDialog"));
    auto* registry = dialog->findChild<QTableWidget*>(QStringLiteral("registryDifferences"));
    QVERIFY(registry);
    const int row = rowWithKey(registry, QStringLiteral("magok-energy/end_year"));
    QVERIFY2(row >= 0, "the end year of Magok differs");
    QCOMPARE(cell(registry, row, 1), QStringLiteral("End year"));
    QCOMPARE(cell(registry, row, 2), QStringLiteral("2026"));
    QCOMPARE(cell(registry, row, 3), QStringLiteral("2022"));
    QCOMPARE(registry->rowCount(), 1); // nothing else was changed
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isComputing(); }, 60000));
    dialog->close();

    // Undo of the switch: "magok-extended" is the working plan again, with its edit.
    m_document->undoStack().undo();
    QCOMPARE(m_document->project().activeScenario, std::string("magok-extended"));
    QCOMPARE(endYear(*m_document, "magok-energy"), 2026);
    m_document->undoStack().undo(); // the end-year edit
    QCOMPARE(endYear(*m_document, "magok-energy"), 2022);
    m_document->undoStack().undo(); // the new scenario
    QCOMPARE(m_document->project().scenarios.size(), std::size_t(3));
    QCOMPARE(m_document->project().activeScenario, std::string("base"));
}

void TestGuiScenarios::sampleRolloutScenariosCompare() {
    auto* dialog = m_scenarios->compare(QStringLiteral("east-first"), QStringLiteral("west-first"));
    QVERIFY(dialog);
    auto* registry = dialog->findChild<QTableWidget*>(QStringLiteral("registryDifferences"));
    // Both stage-3 projects change their roll-out order, nothing else.
    QCOMPARE(registry->rowCount(), 2);
    const int villages = rowWithKey(registry, QStringLiteral("energy-villages/rollout"));
    const int chargers = rowWithKey(registry, QStringLiteral("ev-chargers/rollout"));
    QVERIFY(villages >= 0 && chargers >= 0);
    QCOMPARE(cell(registry, villages, 2),
             QStringLiteral("2023: 11680, 11545; 2024: 11530, 11440; 2025: 11500"));
    QCOMPARE(cell(registry, villages, 3),
             QStringLiteral("2023: 11500, 11530; 2024: 11440, 11545; 2025: 11680"));

    QVERIFY(QTest::qWaitFor([&] { return !dialog->isComputing(); }, 90000));
    // west-first draws ev_chargers from a table with EVC-0001 moved (a diff of the two GeoJSON
    // files shows one changed point): 1 moved, nothing added, removed or edited.
    auto* features = dialog->findChild<QTableWidget*>(QStringLiteral("featureChanges"));
    const int ev = rowWithKey(features, QStringLiteral("ev_chargers"));
    QVERIFY2(
        ev >= 0,
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("scenarioCompareStatus"))->text()));
    QCOMPARE(cell(features, ev, 1), QStringLiteral("0"));
    QCOMPARE(cell(features, ev, 2), QStringLiteral("0"));
    QCOMPARE(cell(features, ev, 3), QStringLiteral("1"));
    QCOMPARE(cell(features, ev, 4), QStringLiteral("0"));
    auto* overlap = dialog->findChild<QTableWidget*>(QStringLiteral("overlapFigures"));
    const int pairs = rowWithKey(overlap, QStringLiteral("overlapping_project_pairs"));
    QVERIFY(pairs >= 0);
    // Points only moved: polygons, hence overlapping pairs, are the same in both.
    QCOMPARE(cell(overlap, pairs, 1), cell(overlap, pairs, 2));
    // EVC-0001's old site lies inside Magok's district and blocks (one project), its new one
    // in no project's polygon (ogrinfo -dialect SQLite ST_Intersects on the built sample): one
    // point fewer inside another project's area.
    const int points = rowWithKey(overlap, QStringLiteral("points_in_other"));
    QVERIFY(points >= 0);
    QCOMPARE(cell(overlap, points, 3), QStringLiteral("-1"));
    // Plugin analyses are compared too: Magok's self-sufficiency counts the same blocks in both
    // (the scenarios differ only in stage-3 roll-outs and one charger).
    const int magok = rowWithKey(overlap, QStringLiteral("magok-self-sufficiency"));
    QVERIFY2(magok >= 0, "the Magok plugin's analysis is missing from the comparison");
    QVERIFY(cell(overlap, magok, 0).startsWith(QStringLiteral("Magok")));
    const int blocks = rowWithKey(overlap, QStringLiteral("magok-self-sufficiency/blocks"));
    QVERIFY(blocks > magok);
    // By the title the plugin gives the figure, not its key.
    QCOMPARE(cell(overlap, blocks, 0).trimmed(), QStringLiteral("Blocks"));
    QCOMPARE(cell(overlap, blocks, 1), cell(overlap, blocks, 2));
    QCOMPARE(cell(overlap, blocks, 3), QStringLiteral("0"));
    // CW_SCREENSHOT=file.png keeps a picture of the dialog, for a person to look at.
    if (const QString shot = qEnvironmentVariable("CW_SCREENSHOT"); !shot.isEmpty()) {
        dialog->raise();
        QTest::qWait(qEnvironmentVariableIntValue("CW_SCREENSHOT_WAIT_MS"));
        QVERIFY(dialog->grab().save(shot));
        QVERIFY(m_fixture.window->grab().save(shot + QStringLiteral(".window.png")));
    }
    dialog->close();
}

void TestGuiScenarios::switchingDrawsTheScenarioLayerVariant() {
    auto firstCharger = [&] {
        const auto* layer = m_document->findLayer(QStringLiteral("ev_chargers"));
        return layer && layer->isLoaded() ? layer->indexed->geometries.part(0)[0]
                                          : geometry::Coord{0, 0};
    };
    const geometry::Coord before = firstCharger();
    QVERIFY(before.x != 0);
    // The map shows the active scenario's table: west-first moves EVC-0001 (fid 1) to Seongbuk,
    // about 21 km east of its Gangseo site (126.829 -> 127.05 E at 37.6 N: 0.221 deg x 88 km).
    // A double-click on a scenario switches to it.
    auto* list = m_scenarios->list();
    QListWidgetItem* west = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("west-first"))
            west = list->item(i);
    QVERIFY(west);
    // The view only takes a double-click on the item it saw pressed, as a real one is.
    const QPoint at = list->visualItemRect(west).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_document->project().activeScenario, std::string("west-first"));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy() && firstCharger().x != 0; }, 15000));
    // The layer entry keeps its own table (saved as it is); only the drawn data is the variant.
    QCOMPARE(m_document->findLayer(QStringLiteral("ev_chargers"))->entry.sourceLayer,
             std::string("ev_chargers"));
    const geometry::Coord after = firstCharger();
    QVERIFY2(after.x - before.x > 18000 && after.x - before.x < 22000,
             qPrintable(QString::number(after.x - before.x)));
    m_document->undoStack().undo();
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy() && firstCharger().x != 0; }, 15000));
    QCOMPARE(firstCharger().x, before.x);
}

QTEST_MAIN(TestGuiScenarios)
#include "test_gui_scenarios.moc"
