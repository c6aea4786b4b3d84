// SPDX-License-Identifier: GPL-3.0-or-later
// The indicators dashboard on the real main window (offscreen): the sample's Magok figures drawn
// as bars, edits and undo redraw them, the timeline marks hidden projects, and the roll-up by
// sandbox zone and by district equals apportioned sums worked out by hand.
#include "../sample_window.h"
#include "desktop/indicator_dashboard_controller.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "widgets/indicators/indicator_rollup_panel.h"
#include "widgets/indicators/indicator_table.h"
#include "widgets/indicators/project_indicators_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <algorithm>

using namespace cw;
using widgets::IndicatorValueKind;

namespace {

const planning::IndicatorRollupRow* findRow(const std::vector<planning::IndicatorRollupRow>& rows,
                                            const std::string& zone, const std::string& id) {
    for (const auto& r : rows)
        if (r.zone == zone && r.indicatorId == id)
            return &r;
    return nullptr;
}

// A rolled-up value, NaN when the row or the value is missing (so any comparison fails).
double rolled(const std::vector<planning::IndicatorRollupRow>& rows, const std::string& zone,
              const std::string& id, IndicatorValueKind kind = IndicatorValueKind::Target) {
    const auto* row = findRow(rows, zone, id);
    return row ? widgets::indicatorValue(*row, kind).value_or(qQNaN()) : qQNaN();
}

bool near(double value, double expected) {
    return qAbs(value - expected) < 1e-9;
}

project::Indicator* findIndicator(desktop::PlanState& plan, const std::string& project,
                                  const std::string& id) {
    for (auto& p : plan.projects)
        if (p.id == project)
            for (auto& i : p.indicators)
                if (i.id == id)
                    return &i;
    return nullptr;
}

// A square-cornered polygon FeatureCollection in EPSG:5186, one feature per rectangle.
struct NamedRect {
    QString name;
    double x0, y0, x1, y1;
};
bool writeRects(const QString& path, const std::vector<NamedRect>& rects) {
    QString features;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const auto& r = rects[i];
        features +=
            QStringLiteral(
                R"({"type":"Feature","properties":{"code":%1,"name":"%2"},"geometry":)"
                R"({"type":"Polygon","coordinates":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],[%3,%4]]]}})")
                .arg(i + 1)
                .arg(r.name)
                .arg(r.x0, 0, 'f', 1)
                .arg(r.y0, 0, 'f', 1)
                .arg(r.x1, 0, 'f', 1)
                .arg(r.y1, 0, 'f', 1);
        if (i + 1 < rects.size())
            features += QLatin1Char(',');
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":)"
                              R"({"name":"urn:ogc:def:crs:EPSG::5186"}},"features":[%1]})")
                   .arg(features)
                   .toUtf8());
    return true;
}

project::SandboxZone rectZone(const std::string& id, const std::string& name, double x0, double y0,
                              double x1, double y1) {
    project::SandboxZone z;
    z.id = id;
    z.name = {name, name};
    z.startYear = 2020;
    z.area.beginFeature();
    z.area.beginPart(true);
    for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}})
        z.area.addCoord(x, y);
    z.area.endPart();
    z.area.endFeature();
    return z;
}

project::Indicator indicator(const std::string& id, const std::string& unit, bool additive,
                             double target, double measured) {
    project::Indicator i;
    i.id = id;
    i.name = {id, id};
    i.unit = unit;
    i.year = 2022;
    i.additive = additive;
    i.target = target;
    i.measured = measured;
    return i;
}

} // namespace

class GuiIndicatorsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void magokShowsTheDomainFigures();
    void editAndUndoRedrawTheChart();
    void timelineMarksHiddenProjects();
    void reportRowsListEveryIndicator();
    void rollupBySandboxZoneAndDistrict();

private:
    /// Waits for the roll-up that `trigger` causes (or that is due) to end.
    bool waitForRollup();

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::IndicatorDashboardController* m_dashboard = nullptr;
};

void GuiIndicatorsTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1400, 900));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_dashboard = &m_fixture.window->indicators();
    QVERIFY(m_fixture.window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));

    auto* action = m_fixture.window->findChild<QAction*>(QStringLiteral("actionIndicators"));
    QVERIFY(action);
    auto* dock = m_fixture.window->findChild<QDockWidget*>(QStringLiteral("indicatorsDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    action->trigger();
    QTRY_VERIFY(dock->isVisible());
}

void GuiIndicatorsTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

bool GuiIndicatorsTest::waitForRollup() {
    QSignalSpy finished(m_dashboard, &desktop::IndicatorDashboardController::rollupFinished);
    return QTest::qWaitFor([&] { return finished.count() > 0 && !m_dashboard->isRollupRunning(); },
                           20000);
}

void GuiIndicatorsTest::magokShowsTheDomainFigures() {
    auto& panel = m_dashboard->projectPanel();
    m_dashboard->showTab(0);
    QVERIFY(panel.selectProject(QStringLiteral("magok-energy")));
    QCOMPARE(panel.chartCount(), 3);
    // DOMAIN.md: Magok targets 30 % electric self-sufficiency by 2022 and cuts of 190 t/yr fine
    // dust and 180,000 t/yr greenhouse gas; the manifest (plugin project) gives only targets.
    QCOMPARE(panel.chartValue("electric_self_sufficiency", IndicatorValueKind::Target), 30.0);
    QCOMPARE(panel.chartValue("fine_dust_cut", IndicatorValueKind::Target), 190.0);
    QCOMPARE(panel.chartValue("ghg_cut", IndicatorValueKind::Target), 180000.0);
    QVERIFY(!panel.chartValue("ghg_cut", IndicatorValueKind::Baseline));
    QVERIFY(!panel.chartValue("ghg_cut", IndicatorValueKind::Measured));
    // Each chart has its own unit and year in its title (no shared axis across units).
    QCOMPARE(panel.chartView("ghg_cut")->chart()->title(),
             QStringLiteral("Greenhouse gas cut (t/yr, 2022)"));
    QCOMPARE(panel.chartView("electric_self_sufficiency")->chart()->title(),
             QStringLiteral("Electric self-sufficiency (%, 2022)"));

    // The table: indicator, baseline, target, measured, unit, year, with group separators.
    const QTableWidget& table = panel.table();
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.item(2, 0)->text(), QStringLiteral("Greenhouse gas cut"));
    QCOMPARE(table.item(2, 1)->text(), QStringLiteral("—"));
    QCOMPARE(table.item(2, 2)->text(), QStringLiteral("180,000"));
    QCOMPARE(table.item(2, 4)->text(), QStringLiteral("t/yr"));
    QCOMPARE(table.item(2, 5)->text(), QStringLiteral("2022"));
    QCOMPARE(table.item(0, 2)->text(), QStringLiteral("30"));
    QCOMPARE(table.item(0, 4)->text(), QStringLiteral("%"));

    // Sangam DMC: firm revenue 10 trillion KRW (2010) → 20 (2016), stored as baseline 10 and
    // measured 20 for 2016; 57 % media firms measured.
    QVERIFY(panel.selectProject(QStringLiteral("sangam-av")));
    QCOMPARE(panel.chartValue("firm_revenue", IndicatorValueKind::Baseline), 10.0);
    QCOMPARE(panel.chartValue("firm_revenue", IndicatorValueKind::Measured), 20.0);
    QCOMPARE(panel.chartValue("media_firm_share", IndicatorValueKind::Measured), 57.0);
}

void GuiIndicatorsTest::editAndUndoRedrawTheChart() {
    auto& panel = m_dashboard->projectPanel();
    QVERIFY(panel.selectProject(QStringLiteral("magok-energy")));
    desktop::PlanState plan = m_document->planState();
    project::Indicator* ghg = findIndicator(plan, "magok-energy", "ghg_cut");
    QVERIFY(ghg);
    ghg->target = 210000;
    ghg->measured = 95500.5;
    m_document->editPlan(plan, QStringLiteral("Edit indicator"));
    // The same project stays chosen and its chart shows the new figures.
    QCOMPARE(panel.currentProjectId(), QStringLiteral("magok-energy"));
    QCOMPARE(panel.chartValue("ghg_cut", IndicatorValueKind::Target), 210000.0);
    QCOMPARE(panel.chartValue("ghg_cut", IndicatorValueKind::Measured), 95500.5);
    QCOMPARE(panel.table().item(2, 3)->text(), QStringLiteral("95,500.5"));

    m_document->undoStack().undo();
    QCOMPARE(panel.chartValue("ghg_cut", IndicatorValueKind::Target), 180000.0);
    QVERIFY(!panel.chartValue("ghg_cut", IndicatorValueKind::Measured));
    m_document->undoStack().redo();
    QCOMPARE(panel.chartValue("ghg_cut", IndicatorValueKind::Target), 210000.0);
    m_document->undoStack().undo();
    QCOMPARE(panel.table().item(2, 2)->text(), QStringLiteral("180,000"));
}

void GuiIndicatorsTest::timelineMarksHiddenProjects() {
    auto& panel = m_dashboard->projectPanel();
    // 2024: Magok (2014-2022) has ended; energy villages (2012-2025) still run.
    render::PlanFilter filter;
    filter.year = 2024;
    m_document->setPlanFilter(filter);
    QVERIFY(panel.isMarkedHidden(QStringLiteral("magok-energy")));
    QVERIFY(!panel.isMarkedHidden(QStringLiteral("energy-villages")));
    // A hidden project can still be looked at.
    QVERIFY(panel.selectProject(QStringLiteral("magok-energy")));
    QCOMPARE(panel.chartValue("fine_dust_cut", IndicatorValueKind::Target), 190.0);
    m_document->setPlanFilter({});
    QVERIFY(!panel.isMarkedHidden(QStringLiteral("magok-energy")));
}

void GuiIndicatorsTest::reportRowsListEveryIndicator() {
    // The manifest's indicators: Magok 3, Sangam DMC 2, energy villages 3 (others have none).
    const auto table =
        widgets::planIndicatorTable(m_document->project().projects, "ko", QLocale(QLocale::Korean));
    QCOMPARE(table.headers.size(), 7);
    QCOMPARE(int(table.rows.size()), 8);
    const QStringList ghg = {QStringLiteral("마곡 스마트 에너지"),
                             QStringLiteral("온실가스 감축"),
                             QStringLiteral("—"),
                             QStringLiteral("180,000"),
                             QStringLiteral("—"),
                             QStringLiteral("t/yr"),
                             QStringLiteral("2022")};
    QVERIFY(std::find(table.rows.begin(), table.rows.end(), ghg) != table.rows.end());
    // Energy villages: average self-sufficiency 6.5 %, consumption down 17 % (2018).
    const QStringList consumption = {QStringLiteral("에너지자립마을"),
                                     QStringLiteral("에너지 소비 변화"),
                                     QStringLiteral("—"),
                                     QStringLiteral("—"),
                                     QStringLiteral("-17"),
                                     QStringLiteral("%"),
                                     QStringLiteral("2018")};
    QVERIFY(std::find(table.rows.begin(), table.rows.end(), consumption) != table.rows.end());
}

void GuiIndicatorsTest::rollupBySandboxZoneAndDistrict() {
    // A plan built by hand, in EPSG:5186 metres (y 550,000..551,000 for both projects):
    //   P1 x 200,000..201,000 (1 km²)   P2 x 201,000..201,500 (0.5 km²)
    //   sandbox zones  Z1 x 200,000..201,250 (all of P1, half of P2), Z2 x 201,250..203,000
    //   districts      West x 199,000..200,500 (half of P1), East x 200,500..202,000
    // Indicators (2022): ghg t/yr (additive) P1 target 1,000 measured 400, P2 600 / 300;
    //   share % (averaged) P1 target 30 measured 20, P2 10 / 8.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString p1 = dir.filePath(QStringLiteral("p1.geojson"));
    const QString p2 = dir.filePath(QStringLiteral("p2.geojson"));
    const QString districts = dir.filePath(QStringLiteral("districts.geojson"));
    QVERIFY(writeRects(p1, {{QStringLiteral("P1"), 200000, 550000, 201000, 551000}}));
    QVERIFY(writeRects(p2, {{QStringLiteral("P2"), 201000, 550000, 201500, 551000}}));
    QVERIFY(writeRects(districts, {{QStringLiteral("West"), 199000, 549000, 200500, 552000},
                                   {QStringLiteral("East"), 200500, 549000, 202000, 552000}}));

    m_document->newProject();
    auto layer = [](const std::string& id, const QString& path) {
        project::LayerEntry e;
        e.id = id;
        e.name = {id, id};
        e.source = path.toStdString();
        return e;
    };
    project::ProjectInfo info1, info2;
    info1.id = "P1";
    info1.name = {"사업 1", "Project 1"};
    info1.startYear = 2020;
    info1.endYear = 2030;
    info1.indicators = {indicator("ghg", "t/yr", true, 1000, 400),
                        indicator("share", "%", false, 30, 20)};
    info2.id = "P2";
    info2.name = {"사업 2", "Project 2"};
    info2.startYear = 2025;
    info2.endYear = 2030;
    info2.indicators = {indicator("ghg", "t/yr", true, 600, 300),
                        indicator("share", "%", false, 10, 8)};
    m_document->addProjectLayers(info1, {layer("p1", p1)});
    m_document->addProjectLayers(info2, {layer("p2", p2)});
    m_document->addLayer(layer("districts", districts));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    for (const auto& l : m_document->layers())
        QVERIFY2(l.isLoaded(), l.entry.id.c_str());
    // Projects added with their layers are offered by the project combo at once.
    QVERIFY(m_dashboard->projectPanel().selectProject(QStringLiteral("P2")));
    QCOMPARE(m_dashboard->projectPanel().chartValue("ghg", IndicatorValueKind::Target), 600.0);
    desktop::PlanState plan = m_document->planState();
    plan.sandboxZones = {rectZone("z1", "Z1", 200000, 550000, 201250, 551000),
                         rectZone("z2", "Z2", 201250, 550000, 203000, 551000)};
    m_document->editPlan(plan, QStringLiteral("Zones"));

    auto& panel = m_dashboard->rollupPanel();
    m_dashboard->showTab(1);
    QVERIFY(panel.selectAreaSource(QString())); // sandbox zones
    QVERIFY(panel.selectIndicator(QStringLiteral("ghg")));
    m_dashboard->runRollup();
    QVERIFY(waitForRollup());
    const auto& rows = m_dashboard->rollupRows();
    // Z1: P1 whole + P2 half: target 1,000 + 0.5 × 600 = 1,300, measured 400 + 0.5 × 300 = 550.
    const auto* z1 = findRow(rows, "Z1", "ghg");
    QVERIFY(z1);
    QCOMPARE(z1->projects, 2);
    QVERIFY(near(rolled(rows, "Z1", "ghg"), 1300.0));
    QVERIFY(near(rolled(rows, "Z1", "ghg", IndicatorValueKind::Measured), 550.0));
    // Z2: P2's other half: 300 and 150.
    const auto* z2 = findRow(rows, "Z2", "ghg");
    QVERIFY(z2);
    QCOMPARE(z2->projects, 1);
    QVERIFY(near(rolled(rows, "Z2", "ghg"), 300.0));
    QVERIFY(near(rolled(rows, "Z2", "ghg", IndicatorValueKind::Measured), 150.0));
    // Share in Z1, weighted by footprint share: (1 × 30 + 0.5 × 10) / 1.5 = 23.33…,
    // measured (1 × 20 + 0.5 × 8) / 1.5 = 16.
    QVERIFY(near(rolled(rows, "Z1", "share"), 35.0 / 1.5));
    QVERIFY(near(rolled(rows, "Z1", "share", IndicatorValueKind::Measured), 16.0));
    // The chart and the table show the chosen indicator.
    QCOMPARE(panel.chartValue(QStringLiteral("Z1"), IndicatorValueKind::Target), 1300.0);
    QCOMPARE(panel.chartValue(QStringLiteral("Z2"), IndicatorValueKind::Measured), 150.0);
    QCOMPARE(panel.table().rowCount(), 2);
    QCOMPARE(panel.table().item(0, 0)->text(), QStringLiteral("Z1"));
    QCOMPARE(panel.table().item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(panel.table().item(0, 3)->text(), QStringLiteral("1,300"));
    QCOMPARE(panel.table().item(0, 4)->text(), QStringLiteral("550"));

    // An edit re-runs the roll-up: P2's target 600 → 1,000 makes Z2 0.5 × 1,000 = 500.
    plan = m_document->planState();
    findIndicator(plan, "P2", "ghg")->target = 1000;
    m_document->editPlan(plan, QStringLiteral("Edit indicator"));
    QVERIFY(waitForRollup());
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "Z2", "ghg"), 500.0));
    m_document->undoStack().undo();
    QVERIFY(waitForRollup());
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "Z2", "ghg"), 300.0));

    // The timeline in 2022 hides P2 (from 2025): Z1 has P1 alone, Z2 nothing.
    render::PlanFilter filter;
    filter.year = 2022;
    m_document->setPlanFilter(filter);
    QVERIFY(waitForRollup());
    QVERIFY(findRow(m_dashboard->rollupRows(), "Z1", "ghg"));
    QCOMPARE(findRow(m_dashboard->rollupRows(), "Z1", "ghg")->projects, 1);
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "Z1", "ghg"), 1000.0));
    QVERIFY(!findRow(m_dashboard->rollupRows(), "Z2", "ghg"));
    m_document->setPlanFilter({});
    QVERIFY(waitForRollup());

    // By district, named by the layer's "name" field: West holds half of P1 (500 / 200),
    // East the other half and all of P2 (500 + 600 = 1,100 / 200 + 300 = 500).
    QVERIFY(panel.selectAreaSource(QStringLiteral("districts")));
    QCOMPARE(panel.areaNameField(), QStringLiteral("name")); // chosen over "code"
    QVERIFY(waitForRollup());
    const auto* west = findRow(m_dashboard->rollupRows(), "West", "ghg");
    const auto* east = findRow(m_dashboard->rollupRows(), "East", "ghg");
    QVERIFY(west && east);
    QCOMPARE(west->projects, 1);
    QVERIFY(near(rolled(rows, "West", "ghg"), 500.0));
    QVERIFY(near(rolled(rows, "West", "ghg", IndicatorValueKind::Measured), 200.0));
    QCOMPARE(east->projects, 2);
    QVERIFY(near(rolled(rows, "East", "ghg"), 1100.0));
    QVERIFY(near(rolled(rows, "East", "ghg", IndicatorValueKind::Measured), 500.0));
    QCOMPARE(panel.chartValue(QStringLiteral("East"), IndicatorValueKind::Target), 1100.0);

    // Named by the feature id instead (GDAL numbers GeoJSON features from 0): West is 0.
    // East's share, averaged: (0.5 × 30 + 1 × 10) / 1.5 = 16.67.
    QVERIFY(panel.selectNameField(QString()));
    QVERIFY(waitForRollup());
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "0", "ghg"), 500.0));
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "1", "ghg"), 1100.0));
    QVERIFY(near(rolled(m_dashboard->rollupRows(), "1", "share"), 25.0 / 1.5));
}

QTEST_MAIN(GuiIndicatorsTest)
#include "test_gui_indicators.moc"
