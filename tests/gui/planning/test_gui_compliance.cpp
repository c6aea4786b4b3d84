// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox compliance dock on the sample (offscreen): the check finds what the CLI finds,
// re-checks itself after an edit and after undo, zooms to and highlights what the user picks,
// and explains why an unsaved project cannot be checked.
#include "../sample_window.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/planning/compliance.h"
#include "desktop/compliance_controller.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "widgets/compliance/compliance_panel.h"
#include "widgets/compliance/violation_overlay.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <tuple>

using namespace cw;
using planning::ViolationKind;

namespace {

// kind, project, zone, layer, feature: what identifies a violation.
using Key = std::tuple<QString, QString, QString, QString, qint64>;

QString kindKey(ViolationKind kind) {
    switch (kind) {
    case ViolationKind::NoZoneGrants:
        return QStringLiteral("no_zone_grants");
    case ViolationKind::OutsideGrantingZones:
        return QStringLiteral("outside_granting_zones");
    case ViolationKind::RunsPastValidity:
        return QStringLiteral("runs_past_validity");
    case ViolationKind::StartsBeforeZone:
        return QStringLiteral("starts_before_zone");
    case ViolationKind::CapExceeded:
        return QStringLiteral("cap_exceeded");
    }
    return {};
}

std::vector<Key> keysOf(const std::vector<planning::Violation>& violations) {
    std::vector<Key> keys;
    for (const auto& v : violations)
        keys.emplace_back(kindKey(v.kind), QString::fromStdString(v.projectId),
                          QString::fromStdString(v.zoneId), QString::fromStdString(v.layerId),
                          qint64(v.featureId));
    return keys;
}

// English plurals come from the translation the lead fills in; until then "%n zone(s)" shows
// as "1 zone(s)". Either form passes, the numbers must match.
const QString kPlural = QStringLiteral("(?:s|\\(s\\))?");

bool summaryIs(const QString& summary, int violations, int zones, const QString& plan) {
    const QRegularExpression pattern(QStringLiteral("^%1 violation%2 in %3 zone%2; %4$")
                                         .arg(violations)
                                         .arg(kPlural)
                                         .arg(zones)
                                         .arg(plan));
    return pattern.match(summary).hasMatch();
}

bool isRed(QRgb c) {
    return qRed(c) > 170 && qGreen(c) < 90 && qBlue(c) < 90;
}

} // namespace

class GuiComplianceTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void actionOpensTheDockAndChecks();
    void sameViolationsAsTheCli();
    void filterShowsOneKind();
    void selectingAZoneViolationZoomsToTheZone();
    void editRemovesAViolationAndUndoBringsItBack();
    void featureViolationsAreRingedOnTheMap();
    void closingTheDockClearsTheMap();
    void cancelStopsACheck();
    void unsavedProjectIsExplained();
    void cleanupTestCase();

private:
    /// Waits for the next checkFinished(true) counted from `spy`.
    bool waitForCheck(QSignalSpy& spy, int before, int timeoutMs = 20000);
    /// `cityweave-cli check --json` on `path`: the violations' keys, or a failure in `error`.
    std::vector<Key> cliViolations(const QString& path, QString* error);
    static void saveScreenshot(QWidget& widget, const QString& name);
    QPointF pixelOf(double x, double y) const;

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
    desktop::ComplianceController* m_compliance = nullptr;
};

void GuiComplianceTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1500, 950));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    m_compliance = &m_window->compliance();
}

void GuiComplianceTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

bool GuiComplianceTest::waitForCheck(QSignalSpy& spy, int before, int timeoutMs) {
    if (!QTest::qWaitFor([&] { return spy.count() > before; }, timeoutMs))
        return false;
    return spy.last().at(0).toBool() && !m_compliance->isRunning();
}

std::vector<Key> GuiComplianceTest::cliViolations(const QString& path, QString* error) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CITYWEAVE_STATE_DIR"),
               m_fixture.dir.filePath(QStringLiteral("cli-state")));
    env.insert(QStringLiteral("CITYWEAVE_USER_PLUGIN_DIR"),
               m_fixture.dir.filePath(QStringLiteral("cli-user-plugins")));
    env.remove(QStringLiteral("CITYWEAVE_INSTALL_PLUGIN_DIR"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CW_CLI_PATH),
              {QStringLiteral("check"), path, QStringLiteral("--json")});
    std::vector<Key> keys;
    // Exit 5: violations found (0 would mean none).
    if (!cli.waitForFinished(60000) || (cli.exitCode() != 5 && cli.exitCode() != 0)) {
        *error = QString::fromLocal8Bit(cli.readAllStandardError());
        return keys;
    }
    const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    for (const auto& value : root.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject v = value.toObject();
        keys.emplace_back(v.value(QStringLiteral("kind")).toString(),
                          v.value(QStringLiteral("project")).toString(),
                          v.value(QStringLiteral("zone")).toString(),
                          v.value(QStringLiteral("layer")).toString(),
                          qint64(v.value(QStringLiteral("feature")).toDouble()));
    }
    if (!root.value(QStringLiteral("problems")).toArray().isEmpty())
        *error = QStringLiteral("the CLI found plan problems");
    return keys;
}

void GuiComplianceTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QPointF GuiComplianceTest::pixelOf(double x, double y) const {
    return m_window->canvas().settings().toPixel(x, y);
}

void GuiComplianceTest::actionOpensTheDockAndChecks() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionCheckCompliance"));
    QVERIFY(action);
    auto* planMenu = m_window->findChild<QMenu*>(QStringLiteral("menuPlan"));
    QVERIFY(planMenu && planMenu->actions().contains(action));
    QVERIFY(!action->shortcut().isEmpty());
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("complianceDock"));
    QVERIFY(dock && !dock->isVisible());

    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    QElapsedTimer clock;
    clock.start();
    action->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(waitForCheck(finished, 0));
    qInfo("first check (reads the layers): %lld ms", clock.elapsed());
    QTest::qWait(desktop::ComplianceController::kDebounceMs + 200);
    // Opening the dock and the action's own run made one check, not two.
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_compliance->checkedCompliance());
    QVERIFY(m_compliance->problems().empty());
}

void GuiComplianceTest::sameViolationsAsTheCli() {
    // By hand, from resources/sample/projects.json and the two hypothetical zones: Magok runs
    // 2014-2022 and needs exemptions only the Magok zone grants, valid from 2019 (to
    // 2019 + 4 + 2 - 1 = 2024): it starts before the zone. Sangam runs 2019-2025 under a zone
    // valid 2019-2022 (4 years, no extension): it runs past it. Every feature of both lies
    // inside its zone (layer extents from ogrinfo -so) and no other project needs an exemption;
    // the caps (2 projects in Magok, 10 km of route in Sangam) hold.
    const std::vector<Key> byHand = {
        {QStringLiteral("starts_before_zone"), QStringLiteral("magok-energy"),
         QStringLiteral("magok-sandbox"), QString(), -1},
        {QStringLiteral("runs_past_validity"), QStringLiteral("sangam-av"),
         QStringLiteral("sangam-sandbox"), QString(), -1}};
    QCOMPARE(keysOf(m_compliance->violations()), byHand);
    const auto& v = m_compliance->violations();
    QCOMPARE(v[0].value, 2014.0);
    QCOMPARE(v[0].limit, 2019.0);
    QCOMPARE(v[1].value, 2025.0);
    QCOMPARE(v[1].limit, 2022.0);

    // The CLI reads the file in its own process: an independent path to the same answer.
    QString error;
    const std::vector<Key> cli = cliViolations(m_fixture.sample, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(keysOf(m_compliance->violations()), cli);

    auto& panel = m_compliance->panel();
    QCOMPARE(int(panel.rows().size()), 2);
    QCOMPARE(panel.rows()[1].project, QStringLiteral("Sangam DMC autonomous driving"));
    QCOMPARE(panel.rows()[1].zone,
             QStringLiteral("Sangam autonomous-driving sandbox (hypothetical)"));
    QVERIFY(panel.rows()[1].reason.contains(QStringLiteral("2025")));
    QVERIFY(panel.rows()[1].reason.contains(QStringLiteral("2022")));
    QVERIFY2(summaryIs(panel.summaryText(), 2, 2, QStringLiteral("plan valid")),
             qPrintable(panel.summaryText()));
    // Both zones are outlined; no feature is at fault.
    const auto& shapes = m_compliance->overlay().shapes();
    QCOMPARE(int(shapes.size()), 2);
    for (const auto& shape : shapes)
        QVERIFY(shape.role == widgets::HighlightShape::Role::Zone);
    saveScreenshot(*m_window, QStringLiteral("compliance_sample"));
}

void GuiComplianceTest::filterShowsOneKind() {
    auto* filter = m_window->findChild<QComboBox*>(QStringLiteral("complianceFilter"));
    QVERIFY(filter);
    auto& panel = m_compliance->panel();
    QCOMPARE(panel.visibleRowCount(), 2);
    filter->setCurrentIndex(filter->findData(int(ViolationKind::RunsPastValidity)));
    QCOMPARE(panel.visibleRowCount(), 1);
    filter->setCurrentIndex(filter->findData(int(ViolationKind::CapExceeded)));
    QCOMPARE(panel.visibleRowCount(), 0);
    filter->setCurrentIndex(0);
    QCOMPARE(panel.visibleRowCount(), 2);
}

void GuiComplianceTest::selectingAZoneViolationZoomsToTheZone() {
    m_compliance->selectViolation(1); // Sangam runs past its zone
    QCOMPARE(m_compliance->panel().selectedRow(), 1);
    QCOMPARE(m_compliance->overlay().selectedViolation(), 1);
    // The Sangam zone is the EPSG:5186 rectangle 189,200-191,300 x 552,600-554,000
    // (resources/sample/layers/sandbox_zones_sangam.geojson); the map is in EPSG:5186 too.
    QCOMPARE(m_document->mapCrs().authId(), std::string("EPSG:5186"));
    const auto view = m_window->canvas().settings().visibleExtent();
    QVERIFY(view.contains(189200, 552600) && view.contains(191300, 554000));
    QVERIFY2(view.width() < 8000 && view.height() < 8000, "zoomed in on the zone");
}

void GuiComplianceTest::editRemovesAViolationAndUndoBringsItBack() {
    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    // A planner's fix: the Sangam zone takes its one extension of 2 years (valid to
    // 2019 + 4 + 2 - 1 = 2024) and the testbed ends in 2024 instead of 2025.
    desktop::PlanState plan = m_document->planState();
    auto zone = std::find_if(plan.sandboxZones.begin(), plan.sandboxZones.end(),
                             [](const auto& z) { return z.id == "sangam-sandbox"; });
    auto sangam = std::find_if(plan.projects.begin(), plan.projects.end(),
                               [](const auto& p) { return p.id == "sangam-av"; });
    QVERIFY(zone != plan.sandboxZones.end() && sangam != plan.projects.end());
    QCOMPARE(zone->extensionYears, 0);
    QCOMPARE(sangam->endYear, 2025);
    zone->extensionYears = 2;
    sangam->endYear = 2024;
    // Magok's violation is picked (the map zooms to its zone), then the user pans away; the
    // re-check keeps it picked and leaves the map where the user put it.
    m_compliance->selectViolation(0);
    m_window->canvas().setCenter(200000, 550000);
    const auto view = m_window->canvas().settings().visibleExtent();
    QElapsedTimer clock;
    clock.start();
    m_document->editPlan(plan, QStringLiteral("Extend the Sangam zone"));
    QVERIFY(waitForCheck(finished, 0));
    qInfo("re-check after an edit: %lld ms, %d of them waiting for more edits", clock.elapsed(),
          desktop::ComplianceController::kDebounceMs);
    const std::vector<Key> onlyMagok = {{QStringLiteral("starts_before_zone"),
                                         QStringLiteral("magok-energy"),
                                         QStringLiteral("magok-sandbox"), QString(), -1}};
    QCOMPARE(keysOf(m_compliance->violations()), onlyMagok);
    QVERIFY2(summaryIs(m_compliance->panel().summaryText(), 1, 1, QStringLiteral("plan valid")),
             qPrintable(m_compliance->panel().summaryText()));
    QCOMPARE(int(m_compliance->overlay().shapes().size()), 1);
    QCOMPARE(m_compliance->panel().selectedRow(), 0);
    QCOMPARE(m_compliance->overlay().selectedViolation(), 0);
    QVERIFY(m_window->canvas().settings().visibleExtent() == view);

    m_document->undoStack().undo();
    QVERIFY(waitForCheck(finished, 1));
    QCOMPARE(int(m_compliance->violations().size()), 2);
    QCOMPARE(kindKey(m_compliance->violations()[1].kind), QStringLiteral("runs_past_validity"));
    QCOMPARE(m_compliance->violations()[1].projectId, std::string("sangam-av"));

    // A zone valid for 5 years is a plan problem (at most 4), listed with the violations.
    plan = m_document->planState();
    for (auto& z : plan.sandboxZones)
        if (z.id == "sangam-sandbox")
            z.validYears = 5;
    m_document->editPlan(plan, QStringLiteral("Lengthen the Sangam zone"));
    QVERIFY(waitForCheck(finished, 2));
    QCOMPARE(int(m_compliance->problems().size()), 1);
    QCOMPARE(m_compliance->problems()[0].code, planning::ProblemCode::ValidityTooLong);
    QCOMPARE(m_compliance->panel().rows()[0].zone,
             QStringLiteral("Sangam autonomous-driving sandbox (hypothetical)"));
    QVERIFY(!m_compliance->panel().rows()[0].violation.has_value());
    // 2019 + 5 - 1 = 2023: Sangam (to 2025) still runs past it.
    QVERIFY2(summaryIs(m_compliance->panel().summaryText(), 2, 2,
                       QStringLiteral("1 plan problem") + kPlural),
             qPrintable(m_compliance->panel().summaryText()));
    m_document->undoStack().undo();
    QVERIFY(waitForCheck(finished, 3));
    QVERIFY(m_compliance->problems().empty());
}

void GuiComplianceTest::featureViolationsAreRingedOnTheMap() {
    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    // The IoT sensors now need "use of information for public services", which only the Magok
    // zone (184,000-186,600 x 551,000-554,100 in EPSG:5186) grants. Independently with
    // SpatiaLite: ogrinfo -dialect SQLite -sql "SELECT count(*), group_concat(id) FROM
    // iot_sensors WHERE ST_Within(ST_Transform(geometry, 5186), BuildMbr(184000, 551000,
    // 186600, 554100))" resources/sample/layers/iot_sensors.geojson -> 1 (sensor 38) of 60.
    // So 59 sensors lie outside, and so do the project's 3 IoT pilot areas (Magok, Sangam,
    // G-Valley: the same query on iot_pilot_areas.geojson gives ST_Within 0 for each, and
    // their areas are hectares, far over the 1 m² tolerance). The project (2018-2024) also
    // starts before the zone (2019): 2 + 62 + 1 = 65 violations.
    desktop::PlanState plan = m_document->planState();
    for (auto& p : plan.projects)
        if (p.id == "iot-sensors")
            p.requiredExemptions = {project::Exemption::PublicInformationUse};
    m_document->editPlan(plan, QStringLiteral("IoT needs public information"));
    QVERIFY(waitForCheck(finished, 0));
    const auto& violations = m_compliance->violations();
    const auto outside = std::count_if(violations.begin(), violations.end(), [](const auto& v) {
        return v.kind == ViolationKind::OutsideGrantingZones;
    });
    QCOMPARE(int(outside), 62);
    QCOMPARE(int(violations.size()), 2 + 62 + 1);
    int sensors = 0;
    for (const auto& v : violations) {
        if (v.kind != ViolationKind::OutsideGrantingZones)
            continue;
        QCOMPARE(v.projectId, std::string("iot-sensors"));
        QVERIFY(v.layerId == "iot_sensors" || v.layerId == "iot_pilot_areas");
        if (v.layerId == "iot_sensors") {
            QVERIFY(v.featureId != 38);
            ++sensors;
        }
    }
    QCOMPARE(sensors, 59);
    QVERIFY(std::any_of(violations.begin(), violations.end(), [](const auto& v) {
        return v.kind == ViolationKind::StartsBeforeZone && v.projectId == "iot-sensors" &&
               v.zoneId == "magok-sandbox" && v.value == 2018.0;
    }));
    QVERIFY2(summaryIs(m_compliance->panel().summaryText(), 65, 2, QStringLiteral("plan valid")),
             qPrintable(m_compliance->panel().summaryText()));

    // The same answer from the CLI on the edited plan saved to another file.
    const QString copy = m_fixture.dir.filePath(QStringLiteral("edited.cwproject.gpkg"));
    QString error;
    QVERIFY2(m_document->saveAs(copy, &error), qPrintable(error));
    const std::vector<Key> cli = cliViolations(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(keysOf(m_compliance->violations()), cli);

    // Every sensor at fault is one point highlight, at the sensor's place on the map; the
    // pilot areas are three polygon highlights.
    const auto& shapes = m_compliance->overlay().shapes();
    const auto* layer = m_document->findLayer(QStringLiteral("iot_sensors"));
    QVERIFY(layer && layer->indexed);
    int points = 0, polygons = 0;
    int selected = -1;
    for (const auto& shape : shapes) {
        if (shape.role != widgets::HighlightShape::Role::Feature)
            continue;
        if (shape.family == geometry::GeometryFamily::Polygon) {
            ++polygons;
            continue;
        }
        ++points;
        QCOMPARE(shape.family, geometry::GeometryFamily::Point);
        const auto& v = violations[std::size_t(shape.violation)];
        const auto& fids = layer->data->fids;
        const auto at = std::find(fids.begin(), fids.end(), v.featureId);
        QVERIFY(at != fids.end());
        const auto& expected = layer->indexed->geometries.envelope(std::size_t(at - fids.begin()));
        QCOMPARE(shape.parts.front().front().x, expected.minX);
        QCOMPARE(shape.parts.front().front().y, expected.minY);
        if (selected < 0)
            selected = shape.violation;
    }
    QCOMPARE(points, 59);
    QCOMPARE(polygons, 3);

    // Picking the first sensor zooms to it and rings it in red on the canvas.
    m_compliance->selectViolation(selected);
    QCOMPARE(m_compliance->overlay().selectedViolation(), selected);
    const auto& ring = *std::find_if(shapes.begin(), shapes.end(),
                                     [&](const auto& s) { return s.violation == selected; });
    const auto c = ring.parts.front().front();
    QVERIFY(m_window->canvas().settings().visibleExtent().contains(c.x, c.y));
    // A sensor alone gets at least ~600 m of map around it (EPSG:5186 is in metres).
    const auto view = m_window->canvas().settings().visibleExtent();
    QVERIFY(view.width() >= 600 && view.height() >= 600);
    QVERIFY(view.width() < 3000 || view.height() < 3000);
    auto& canvas = m_window->canvas();
    QVERIFY(QTest::qWaitFor([&] { return !canvas.isRendering(); }, 8000));
    QTest::qWait(50);
    const QImage grab = m_window->canvas().grab().toImage();
    const QPointF centre = pixelOf(c.x, c.y) * grab.devicePixelRatio();
    // The selected ring has a radius of 12 px and a 4 px pen: its left, right, top and
    // bottom edges are red whatever the map draws under them.
    int red = 0;
    for (QPointF d : {QPointF(12, 0), QPointF(-12, 0), QPointF(0, 12), QPointF(0, -12)})
        red += isRed(grab.pixel((centre + d * grab.devicePixelRatio()).toPoint())) ? 1 : 0;
    QCOMPARE(red, 4);
    saveScreenshot(*m_window, QStringLiteral("compliance_features"));
    // A pilot area at fault: the map goes to the polygon (hatched and outlined in red).
    const auto area = std::find_if(shapes.begin(), shapes.end(), [](const auto& s) {
        return s.family == geometry::GeometryFamily::Polygon &&
               s.role == widgets::HighlightShape::Role::Feature;
    });
    m_compliance->selectViolation(area->violation);
    const auto areaView = m_window->canvas().settings().visibleExtent();
    QVERIFY(areaView.contains(area->extent.minX, area->extent.minY) &&
            areaView.contains(area->extent.maxX, area->extent.maxY));
    QVERIFY(QTest::qWaitFor([&] { return !canvas.isRendering(); }, 8000));
    saveScreenshot(*m_window, QStringLiteral("compliance_polygon"));

    m_document->undoStack().undo();
    QVERIFY(waitForCheck(finished, 1));
    QCOMPARE(int(m_compliance->violations().size()), 2);
}

void GuiComplianceTest::closingTheDockClearsTheMap() {
    auto& dock = m_compliance->dock();
    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    dock.close();
    QVERIFY(!m_compliance->overlay().isVisible());
    // Closed, the dock does not re-check on edits; opening it again catches up.
    desktop::PlanState plan = m_document->planState();
    for (auto& p : plan.projects)
        if (p.id == "sangam-av")
            p.endYear = 2022;
    m_document->editPlan(plan, QStringLiteral("End Sangam in 2022"));
    QTest::qWait(desktop::ComplianceController::kDebounceMs + 300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(int(m_compliance->violations().size()), 2);
    dock.show();
    QVERIFY(m_compliance->overlay().isVisible());
    QVERIFY(waitForCheck(finished, 0));
    // Sangam now ends in the zone's last valid year, 2022: only Magok is left.
    QCOMPARE(int(m_compliance->violations().size()), 1);
    m_document->undoStack().undo();
    QVERIFY(waitForCheck(finished, 1));
    QCOMPARE(int(m_compliance->violations().size()), 2);
}

void GuiComplianceTest::cancelStopsACheck() {
    // Opening the sample afresh drops the layers read earlier: the next check reads them
    // again (hundreds of milliseconds), so Cancel right after the start always lands. The dock
    // is closed meanwhile, so no automatic check starts on its own.
    m_compliance->dock().close();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    QVERIFY(m_compliance->violations().empty());
    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    m_compliance->dock().show();
    m_compliance->runCheck();
    QVERIFY(m_compliance->isRunning());
    auto* progress = m_window->findChild<QProgressBar*>(QStringLiteral("complianceProgress"));
    QVERIFY(progress && progress->isVisible());
    m_compliance->cancel();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!progress->isVisible());
    QVERIFY(m_compliance->panel().noteText().contains(QStringLiteral("cancelled")));
    QVERIFY(m_compliance->violations().empty());
    // Check now runs it to the end.
    auto* run = m_window->findChild<QPushButton*>(QStringLiteral("complianceRunButton"));
    QVERIFY(run && run->isEnabled());
    run->click();
    QVERIFY(waitForCheck(finished, 1));
    QCOMPARE(int(m_compliance->violations().size()), 2);
    QVERIFY(m_compliance->panel().noteText().isEmpty());
}

void GuiComplianceTest::unsavedProjectIsExplained() {
    QSignalSpy finished(m_compliance, &desktop::ComplianceController::checkFinished);
    m_document->newProject();
    QVERIFY(waitForCheck(finished, 0));
    QVERIFY(!m_compliance->checkedCompliance());
    QVERIFY(m_compliance->violations().empty());
    QVERIFY(m_compliance->overlay().shapes().empty());
    QVERIFY(m_compliance->panel().noteText().contains(QStringLiteral("Save the project")));
    QCOMPARE(m_compliance->panel().summaryText(),
             QStringLiteral("Compliance not checked; plan valid"));
}

QTEST_MAIN(GuiComplianceTest)
#include "test_gui_compliance.moc"
