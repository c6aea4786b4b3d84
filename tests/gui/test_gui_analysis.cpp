// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the analysis panel of the real main window (offscreen) on the sample project: the list
// and the generated forms come from the registry, runs stay responsive, Cancel cancels.
#include "cityweave/analysis/analysis_registry.h"
#include "desktop/analysis_controller.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/analysis/analysis_panel.h"
#include "widgets/analysis/overlap_matrix_view.h"
#include "widgets/analysis/parameter_form.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <thread>

using namespace cw;
using Panel = widgets::AnalysisPanel;

namespace {
// Stands in when no built-in analysis is registered yet, and gives Cancel something slow to stop.
class SlowStandIn : public analysis::Analysis {
public:
    SlowStandIn() {
        m_d.id = "test-slow";
        m_d.name = {"느린 시험 분석", "Slow test analysis"};
        m_d.description = {"시험용", "For tests"};
        m_d.parameters = {{"seconds",
                           {"초", "Seconds"},
                           {},
                           analysis::ParameterType::Double,
                           "5",
                           0.0,
                           60.0,
                           {},
                           "s"},
                          {"flag",
                           {"표시", "Flag"},
                           {},
                           analysis::ParameterType::Boolean,
                           "true",
                           {},
                           {},
                           {},
                           {}},
                          {"mode",
                           {"방식", "Mode"},
                           {},
                           analysis::ParameterType::Choice,
                           "b",
                           {},
                           {},
                           {"a", "b"},
                           {}}};
        m_d.outputs = {{"overlap_matrix", {"중첩", "Overlap"}, analysis::OutputKind::Table}};
    }
    const analysis::AnalysisDescriptor& descriptor() const override { return m_d; }
    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues& params,
                                         const ProgressFn& progress,
                                         const CancelToken& cancel) const override {
        const int steps = int(params.number("seconds") * 20);
        for (int i = 0; i < steps; ++i) {
            if (cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            progress(double(i) / steps);
        }
        analysis::AnalysisResult r;
        r.analysisId = m_d.id;
        r.crs = input.crs;
        r.tables.push_back({"overlap_matrix",
                            {{"project_a", data::FieldType::String},
                             {"project_b", data::FieldType::String},
                             {"share_of_a", data::FieldType::Real},
                             {"share_of_b", data::FieldType::Real}},
                            {}});
        for (std::size_t i = 0; i + 1 < input.projects.size(); ++i)
            r.tables[0].rows.push_back({input.projects[i].id, input.projects[i + 1].id, 0.25, 0.5});
        return r;
    }

private:
    analysis::AnalysisDescriptor m_d;
};
} // namespace

class GuiAnalysisTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void panelListsTheRegisteredAnalyses();
    void formsHaveAnEditorWithTheDefaultForEveryParameter();
    void runningKeepsTheWindowResponsiveAndShowsResults();
    void zonesAreAddedToTheMap();
    void rollupRunsByTheGuLayerChosenInTheForm();
    void resultsComeBackWithTheProject();
    void cancelStopsARun();
    void cleanupTestCase();

private:
    bool runAndWait(const QString& id, int* ticks = nullptr);
    static void saveScreenshot(QWidget& widget, const QString& name);

    SampleWindow m_fixture;
    QString m_sample;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
    Panel* m_panel = nullptr;
    desktop::AnalysisController* m_controller = nullptr;
};

void GuiAnalysisTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1500, 950));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    m_sample = m_fixture.sample;
    QVERIFY(m_window->fileActions().openPath(m_sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
}

void GuiAnalysisTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

void GuiAnalysisTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void GuiAnalysisTest::panelListsTheRegisteredAnalyses() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionAnalysis"));
    QVERIFY(action);
    action->trigger();
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("analysisDock"));
    QVERIFY(dock && dock->isVisible());
    m_panel = m_window->findChild<Panel*>();
    m_controller = m_window->findChild<desktop::AnalysisController*>();
    QVERIFY(m_panel && m_controller);
    const int builtIns = int(m_controller->registry().all().size());
    QCOMPARE(m_panel->analysisCount(), builtIns);
    QVERIFY(m_controller->registry().add(std::make_unique<SlowStandIn>()));
    m_controller->refreshAnalyses();
    QCOMPARE(m_panel->analysisCount(), builtIns + 1);
    QVERIFY(m_panel->analysisCount() >= 1);
}

void GuiAnalysisTest::formsHaveAnEditorWithTheDefaultForEveryParameter() {
    if (m_controller->registry().find("proximity-links")) {
        QVERIFY(m_panel->selectAnalysis(QStringLiteral("proximity-links")));
        QWidget* distance = m_panel->form().editor(QStringLiteral("distance"));
        QVERIFY(distance);
        if (auto* d = qobject_cast<QDoubleSpinBox*>(distance))
            QCOMPARE(d->value(), 500.0);
        else if (auto* i = qobject_cast<QSpinBox*>(distance))
            QCOMPARE(i->value(), 500);
        else
            QFAIL("distance has no spin box");
    }
    for (const auto* a : m_controller->registry().all()) {
        const auto& d = a->descriptor();
        QVERIFY(m_panel->selectAnalysis(QString::fromStdString(d.id)));
        for (const auto& spec : d.parameters)
            QVERIFY2(m_panel->form().editor(QString::fromStdString(spec.key)),
                     (d.id + ": " + spec.key).c_str());
        // What the form hands over is what the defaults resolve to.
        auto fromForm =
            analysis::ParameterValues::resolve(d.parameters, m_panel->parameterValues());
        auto defaults = analysis::ParameterValues::resolve(d.parameters, {});
        QVERIFY2(fromForm.ok() && defaults.ok(), d.id.c_str());
        for (const auto& spec : d.parameters) {
            const std::string& got = fromForm->all().at(spec.key);
            const std::string& want = defaults->all().at(spec.key);
            // A layer picker without a default starts on a layer of the project that fits
            // (a districts layer for zones, an outline for a boundary), or on none.
            if (spec.type == analysis::ParameterType::Layer && want.empty())
                QVERIFY2(got.empty() ||
                             std::any_of(m_document->layers().begin(), m_document->layers().end(),
                                         [&](const auto& l) { return l.entry.id == got; }),
                         (d.id + ": " + spec.key + " " + got).c_str());
            else if (spec.type == analysis::ParameterType::Double ||
                     spec.type == analysis::ParameterType::Integer)
                QVERIFY2(std::stod(got) == std::stod(want),
                         (d.id + ": " + spec.key + " " + got + " != " + want).c_str());
            else
                QVERIFY2(got == want ||
                             (spec.type == analysis::ParameterType::Boolean &&
                              (got == "true") == (want == "true" || want == "1" || want == "yes")),
                         (d.id + ": " + spec.key + " " + got + " != " + want).c_str());
        }
    }
}

bool GuiAnalysisTest::runAndWait(const QString& id, int* ticks) {
    if (!m_panel->selectAnalysis(id))
        return false;
    int count = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++count; });
    ticker.start(5);
    m_panel->findChild<QPushButton*>(QStringLiteral("runAnalysis"))->click();
    const bool started = m_panel->state() == Panel::State::Running;
    const bool done =
        QTest::qWaitFor([&] { return m_panel->state() != Panel::State::Running; }, 120000);
    if (ticks)
        *ticks = count;
    return started && done && m_panel->state() == Panel::State::Finished;
}

void GuiAnalysisTest::runningKeepsTheWindowResponsiveAndShowsResults() {
    const bool real = m_controller->registry().find("overlap-matrix") != nullptr;
    const QString id = real ? QStringLiteral("overlap-matrix") : QStringLiteral("test-slow");
    if (!real)
        qInfo("overlap-matrix is not registered: running the stand-in");
    int ticks = 0;
    QVERIFY2(runAndWait(id, &ticks), qPrintable(m_panel->statusText()));
    QVERIFY2(ticks > 0, "the event loop did not turn while the analysis ran");
    QVERIFY(m_panel->shownResult() && m_panel->shownResult()->table("overlap_matrix"));
    QVERIFY(!m_controller->results().empty());
    QVERIFY2(m_panel->resultTabs().join(QLatin1Char('|')).contains(QStringLiteral("heat map")),
             qPrintable(m_panel->resultTabs().join(QLatin1Char('|'))));
    const QString saved = desktop::AnalysisController::resultsPathFor(m_sample);
    QCOMPARE(m_controller->savedPath(), saved);
    QVERIFY(QFileInfo::exists(saved));

    // A cell of the heat map zooms the map to where the pair meets.
    auto* matrix = m_panel->findChild<widgets::OverlapMatrixView*>();
    QVERIFY(matrix && matrix->rowCount() >= 2);
    const double before = m_window->canvas().settings().mapUnitsPerPixel();
    emit matrix->cellClicked(0, 1);
    QVERIFY(m_window->canvas().settings().mapUnitsPerPixel() != before);
    QTest::qWait(500);
    saveScreenshot(*m_window, QStringLiteral("analysis_overlap_matrix"));
}

void GuiAnalysisTest::zonesAreAddedToTheMap() {
    if (!m_controller->registry().find("integration-zones"))
        QSKIP("integration-zones is not registered");
    if (m_controller->registry().find("overlap-surface"))
        QVERIFY2(runAndWait(QStringLiteral("overlap-surface")), qPrintable(m_panel->statusText()));
    QVERIFY2(runAndWait(QStringLiteral("integration-zones")), qPrintable(m_panel->statusText()));
    const std::string group = desktop::ProjectDocument::resultsGroupId();
    int resultLayers = 0;
    for (const auto& layer : m_document->layers())
        if (layer.entry.projectId == group && layer.isLoaded())
            ++resultLayers;
    QVERIFY(resultLayers > 0);
    QVERIFY(m_window->layerTree().findProjectItem(QString::fromStdString(group)));
    QVERIFY(!m_document->isDirty());
    m_window->canvas().zoomToFullExtent();
    QVERIFY(QTest::qWaitFor([&] { return !m_window->canvas().isRendering(); }, 8000));
    saveScreenshot(*m_window, QStringLiteral("analysis_zones"));
}

// The roll-up by gu, set up in the form alone: the gu layer added to the project is the zone
// layer the picker starts on, its Korean name field is found, the grid warning goes away, and
// the results name each gu and read as a person reads them.
void GuiAnalysisTest::rollupRunsByTheGuLayerChosenInTheForm() {
    if (!m_controller->registry().find("district-rollup"))
        QSKIP("district-rollup is not registered");
    QVERIFY(m_panel->selectAnalysis(QStringLiteral("district-rollup")));
    auto* zones = qobject_cast<QComboBox*>(m_panel->form().editor(QStringLiteral("zone_layer")));
    QVERIFY(zones);
    QVERIFY(m_panel->form().gridWarning());
    QCOMPARE(zones->currentData().toString(), QString()); // the sample has no districts layer
    QVERIFY(m_panel->form().gridWarning()->isVisibleTo(m_panel));
    QVERIFY(m_panel->form().gridWarning()->text().contains(QStringLiteral("bounding box")));

    // Two gu the way the juso boundary files have them (SIG_CD, SIG_KOR_NM), split at
    // 126.9°E over the sample's projects (Magok and the west to the left, the rest right).
    QFile file(m_fixture.dir.filePath(QStringLiteral("seoul_gu.geojson")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"SIG_CD":"11500","SIG_KOR_NM":"강서구","SIG_ENG_NM":"Gangseo-gu"},
 "geometry":{"type":"Polygon","coordinates":[[[126.70,37.40],[126.90,37.40],[126.90,37.72],[126.70,37.72],[126.70,37.40]]]}},
{"type":"Feature","properties":{"SIG_CD":"11440","SIG_KOR_NM":"마포구","SIG_ENG_NM":"Mapo-gu"},
 "geometry":{"type":"Polygon","coordinates":[[[126.90,37.40],[127.25,37.40],[127.25,37.72],[126.90,37.72],[126.90,37.40]]]}}]})");
    file.close();
    project::LayerEntry entry;
    entry.id = "seoul_gu";
    entry.name = {"자치구", "Districts (gu)"};
    entry.source = file.fileName().toStdString();
    m_document->addLayer(entry);
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));

    QCOMPARE(zones->currentData().toString(), QStringLiteral("seoul_gu"));
    auto* nameField =
        qobject_cast<QComboBox*>(m_panel->form().editor(QStringLiteral("zone_name_field")));
    QVERIFY(nameField);
    QVERIFY2(nameField->currentText().contains(QStringLiteral("SIG_KOR_NM")),
             qPrintable(nameField->currentText()));
    QVERIFY(nameField->findData(QStringLiteral("SIG_ENG_NM")) > 0); // the layer's fields
    QVERIFY(!m_panel->form().gridWarning()->isVisibleTo(m_panel));
    // Point and line layers are not offered as zones.
    for (int i = 1; i < zones->count(); ++i) {
        const auto* layer = m_document->findLayer(zones->itemData(i).toString());
        QVERIFY(layer && layer->data);
        QCOMPARE(layer->data->family, geometry::GeometryFamily::Polygon);
    }
    // Choosing none brings the warning back; choosing the gu again removes it.
    zones->setCurrentIndex(0);
    QVERIFY(m_panel->form().gridWarning()->isVisibleTo(m_panel));
    zones->setCurrentIndex(zones->findData(QStringLiteral("seoul_gu")));
    QVERIFY(!m_panel->form().gridWarning()->isVisibleTo(m_panel));

    QVERIFY2(runAndWait(QStringLiteral("district-rollup")), qPrintable(m_panel->statusText()));
    const auto* result = m_panel->shownResult();
    QVERIFY(result);
    QCOMPARE(result->summary.at("zones"), 2.0);
    const auto* layer = result->layer("rollup_zones");
    QVERIFY(layer);
    QStringList names;
    for (const auto& row : layer->rows)
        names << QString::fromStdString(data::toDisplayString(row.at(1)));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("강서구"), QStringLiteral("마포구")}));
    for (const auto& warning : result->warnings)
        QVERIFY2(warning.find("grid") == std::string::npos, warning.c_str());

    // The table reads as a person reads it: titles with units, sectors and projects by name.
    auto* view = m_panel->findChild<QTableView*>(QStringLiteral("rollup_zone_projects"));
    QVERIFY(view);
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("Area (m²)")), qPrintable(headers.join('|')));
    QVERIFY2(headers.contains(QStringLiteral("Share of the zone (%)")),
             qPrintable(headers.join('|')));
    QVERIFY(!headers.contains(QStringLiteral("area_m2")));
    const int sector = int(headers.indexOf(QStringLiteral("Sector")));
    const int share = int(headers.indexOf(QStringLiteral("Share of the zone (%)")));
    QVERIFY(sector >= 0 && share >= 0);
    QStringList sectors;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        sectors << view->model()->index(r, sector).data().toString();
        QVERIFY(view->model()->index(r, share).data().toString().endsWith(QLatin1Char('%')));
    }
    QVERIFY2(sectors.contains(QStringLiteral("Energy")), qPrintable(sectors.join('|')));
    QVERIFY(!sectors.contains(QStringLiteral("energy")));
    saveScreenshot(*m_panel, QStringLiteral("analysis_rollup_by_gu"));
    m_document->removeLayer(QStringLiteral("seoul_gu"));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 5000));
}

// Results belong to the project: reopening it brings them back, on the map and in the panel,
// from the results file beside it.
void GuiAnalysisTest::resultsComeBackWithTheProject() {
    QStringList before;
    for (const auto& r : m_controller->results())
        before << QString::fromStdString(r->analysisId);
    QVERIFY(before.contains(QStringLiteral("integration-zones")));
    QVERIFY(m_window->fileActions().openPath(m_sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy() && !m_controller->isReloading(); },
                            20000));
    QStringList after;
    for (const auto& r : m_controller->results())
        after << QString::fromStdString(r->analysisId);
    for (const QString& id : before)
        if (id != QLatin1String("test-slow")) // a test stand-in is not saved as a real one
            QVERIFY2(after.contains(id),
                     qPrintable(id + QStringLiteral(" missing: ") + after.join(QLatin1Char(','))));
    int resultLayers = 0;
    for (const auto& layer : m_document->layers())
        if (layer.entry.projectId == desktop::ProjectDocument::resultsGroupId() && layer.isLoaded())
            ++resultLayers;
    QVERIFY(resultLayers > 0);
    QVERIFY(m_panel->shownResult());
    QCOMPARE(m_controller->savedPath(), desktop::AnalysisController::resultsPathFor(m_sample));
    QVERIFY(!m_document->isDirty());
}

void GuiAnalysisTest::cancelStopsARun() {
    const std::size_t resultsBefore = m_controller->results().size();
    QVERIFY(m_panel->selectAnalysis(QStringLiteral("test-slow")));
    m_panel->findChild<QPushButton*>(QStringLiteral("runAnalysis"))->click();
    QCOMPARE(m_panel->state(), Panel::State::Running);
    m_panel->findChild<QPushButton*>(QStringLiteral("cancelAnalysis"))->click();
    QVERIFY(QTest::qWaitFor([&] { return m_panel->state() != Panel::State::Running; }, 10000));
    QCOMPARE(m_panel->state(), Panel::State::Cancelled);
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(m_controller->results().size(), resultsBefore);
    // And the next run works.
    QVERIFY(m_panel->selectAnalysis(QStringLiteral("test-slow")));
    auto* seconds =
        qobject_cast<QDoubleSpinBox*>(m_panel->form().editor(QStringLiteral("seconds")));
    QVERIFY(seconds);
    seconds->setValue(0.2);
    QVERIFY2(runAndWait(QStringLiteral("test-slow")), qPrintable(m_panel->statusText()));
}

QTEST_MAIN(GuiAnalysisTest)
#include "test_gui_analysis.moc"
