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
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
            if (spec.type == analysis::ParameterType::Double ||
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
