// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export report / map image on the real main window (offscreen) with the sample project:
// the preview shows the pages the PDF gets, export runs on a worker, Cancel leaves no file.
#include "desktop/analysis_controller.h"
#include "desktop/project_file_actions.h"
#include "desktop/report_actions.h"
#include "sample_window.h"
#include "widgets/map_canvas.h"
#include "widgets/report/map_image_dialog.h"
#include "widgets/report/report_dialog.h"
#include "widgets/report/table_export.h"
#include "widgets/report/template_editor.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class GuiReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fileMenuOffersTheExports();
    void previewWithoutResultsMatchesThePdf();
    void exportAfterAnAnalysisRun();
    void cancelLeavesNoFile();
    void tablesAfterTheRun();
    void mapImageAtChosenSizeAndDpi();
    void reportLanguageFollowsTheInterface();

private:
    static void screenshot(QWidget& widget, const QString& name);
    SampleWindow m_fixture;
    desktop::MainWindow* m_window = nullptr;
};

void GuiReportTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1400, 900));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_fixture.document->isBusy(); }, 15000));
}

void GuiReportTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

void GuiReportTest::screenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void GuiReportTest::fileMenuOffersTheExports() {
    QVERIFY(m_window->reportActions());
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    const QList<QAction*> file = menus.first()->menu()->actions();
    for (QAction* a :
         {m_window->reportActions()->reportAction(), m_window->reportActions()->mapImageAction(),
          m_window->reportActions()->tablesAction()})
        QVERIFY(file.contains(a));
}

void GuiReportTest::previewWithoutResultsMatchesThePdf() {
    auto data = m_window->reportActions()->reportData();
    QCOMPARE(data->resultsOrigin, report::ResultsOrigin::None);
    widgets::ReportDialog dialog(data, m_window);
    dialog.show();
    QSignalSpy preview(&dialog, &widgets::ReportDialog::previewFinished);
    dialog.startPreview();
    QVERIFY(preview.wait(60000));
    QTRY_VERIFY(dialog.previewPageCount() > 0); // thumbnails arrive through the event loop
    screenshot(dialog, QStringLiteral("report-dialog"));
    const QString pdf = m_fixture.dir.filePath(QStringLiteral("no-results.pdf"));
    QSignalSpy exported(&dialog, &widgets::ReportDialog::exportFinished);
    dialog.startExport(pdf);
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    // The message names the page count of the PDF; the preview drew the same pages.
    QVERIFY2(exported.first().at(1).toString().contains(
                 QStringLiteral("(%1 page").arg(dialog.previewPageCount())),
             qPrintable(exported.first().at(1).toString()));
}

void GuiReportTest::exportAfterAnAnalysisRun() {
    auto* controller = m_window->findChild<desktop::AnalysisController*>();
    QVERIFY(controller);
    QSignalSpy finished(controller, &desktop::AnalysisController::runFinished);
    QVERIFY(controller->run(QStringLiteral("overlap-matrix"), {}));
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toBool());
    auto data = m_window->reportActions()->reportData();
    QCOMPARE(data->resultsOrigin, report::ResultsOrigin::InMemory);
    QVERIFY(data->table("overlap_matrix"));
    widgets::ReportDialog dialog(data, m_window);
    report::ReportTemplate t = dialog.editor().value();
    t.language = QStringLiteral("ko");
    t.paper = report::Paper::A3;
    dialog.editor().setValue(t);
    QCOMPARE(dialog.editor().value().paper, report::Paper::A3);
    const QString pdf = m_fixture.dir.filePath(QStringLiteral("보고서.pdf"));
    QSignalSpy exported(&dialog, &widgets::ReportDialog::exportFinished);
    dialog.startExport(pdf);
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
}

void GuiReportTest::cancelLeavesNoFile() {
    widgets::ReportDialog dialog(m_window->reportActions()->reportData(), m_window);
    const QString pdf = m_fixture.dir.filePath(QStringLiteral("cancelled.pdf"));
    QSignalSpy exported(&dialog, &widgets::ReportDialog::exportFinished);
    dialog.startExport(pdf);
    dialog.cancel(); // the writer checks the token before it commits: always in time
    QVERIFY(exported.wait(60000));
    QVERIFY(!exported.first().at(0).toBool());
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(QDir(m_fixture.dir.path()).entryList({QStringLiteral("cancelled*")}).isEmpty());
}

void GuiReportTest::tablesAfterTheRun() {
    auto* controller = m_window->findChild<desktop::AnalysisController*>();
    QVERIFY(controller && !controller->results().empty()); // exportAfterAnAnalysisRun ran it
    const QString xlsx = m_fixture.dir.filePath(QStringLiteral("표.xlsx"));
    QCOMPARE(widgets::TableExport::write(controller->results(), xlsx), QString());
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zipped workbook
    const QString csv = m_fixture.dir.filePath(QStringLiteral("tables.csv"));
    QCOMPARE(widgets::TableExport::write(controller->results(), csv), QString());
    // overlap-matrix has three tables: one CSV each, with a BOM for Excel.
    QFile matrix(m_fixture.dir.filePath(QStringLiteral("tables_overlap_matrix.csv")));
    QVERIFY(matrix.open(QIODevice::ReadOnly));
    QCOMPARE(matrix.read(3), QByteArray("\xEF\xBB\xBF"));
    QVERIFY(!widgets::TableExport::write(controller->results(),
                                         QStringLiteral("/proc/cityweave/t.xlsx"))
                 .isEmpty());
}

void GuiReportTest::mapImageAtChosenSizeAndDpi() {
    widgets::MapImageDialog dialog(m_window->canvas().settings(),
                                   m_fixture.document->renderLayers(), m_window);
    const render::MapSettings chosen = dialog.chosenSettings();
    // Default: twice the canvas's pixels at 192 DPI, the same ground width across.
    QCOMPARE(chosen.outputSize(), m_window->canvas().settings().outputSize() * 2);
    QCOMPARE(chosen.dpi(), 192.0);
    const QString png = m_fixture.dir.filePath(QStringLiteral("map"));
    QVERIFY(dialog.exportTo(png));
    const QImage image(png + QStringLiteral(".png"));
    QCOMPARE(image.size(), chosen.outputSize());
}

// A Korean interface writes a Korean report unless the user picks otherwise, whatever the
// system locale (here the test's, English or C).
void GuiReportTest::reportLanguageFollowsTheInterface() {
    widgets::ReportDialog korean(m_window->reportActions()->reportData(), m_window,
                                 QStringLiteral("ko"));
    QCOMPARE(korean.editor().value().language, QStringLiteral("ko"));
    widgets::ReportDialog english(m_window->reportActions()->reportData(), m_window,
                                  QStringLiteral("en"));
    QCOMPARE(english.editor().value().language, QStringLiteral("en"));
}

QTEST_MAIN(GuiReportTest)
#include "test_gui_report.moc"
