// SPDX-License-Identifier: GPL-3.0-or-later
// The print layout view as a planner uses it, opened from File ▸ Print Layout on the sample:
// the standard page, a title added and worded in the item panel, an item dragged and resized
// with the mouse (whole millimetres), the layout saved in the project and opened again, then
// exported as a PDF whose text poppler reads back.
#include "common/language.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/report_actions.h"
#include "report/print_layouts.h"
#include "report/report_data.h"
#include "report/report_text.h"
#include "sample_window.h"
#include "widgets/report/print_layout_dialog.h"
#include "widgets/report/print_layout_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace cw;
using report::LayoutItemKind;

class GuiPrintLayoutTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void arrangeSaveReopenAndExport();
    void koreanDialog();
    void cleanupTestCase();

private:
    void useDialog(widgets::PrintLayoutDialog& dialog);
    SampleWindow m_fixture;
    desktop::MainWindow* m_window = nullptr;
};

void GuiPrintLayoutTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1300, 850));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_fixture.document->isBusy(); }, 15000));
}

void GuiPrintLayoutTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

void GuiPrintLayoutTest::arrangeSaveReopenAndExport() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionPrintLayout"));
    QVERIFY(action);
    bool used = false;
    // The dialog is modal: work on it once it is up, then close it.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qApp->activeModalWidget()
                           ? qobject_cast<widgets::PrintLayoutDialog*>(qApp->activeModalWidget())
                           : nullptr;
        if (!dialog)
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<widgets::PrintLayoutDialog*>(w); d && d->isVisible())
                    dialog = d;
        if (dialog) {
            useDialog(*dialog);
            used = true;
            dialog->accept();
        }
    });
    action->trigger();
    QVERIFY(used);
}

void GuiPrintLayoutTest::useDialog(widgets::PrintLayoutDialog& dialog) {
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto& view = dialog.view();
    QCOMPARE(view.layout().items.size(), std::size_t(6));
    QCOMPARE(view.layout().items[1].kind, LayoutItemKind::Map);

    // A text box, worded in the item panel.
    dialog.findChild<QAction*>(QStringLiteral("actionAddLayoutText"))->trigger();
    QCOMPARE(view.layout().items.size(), std::size_t(7));
    QCOMPARE(view.selectedIndex(), 6);
    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("itemText"));
    QVERIFY(text && text->isEnabled());
    text->setPlainText(QStringLiteral("강서구 마곡동 일대 · 2026년 12월"));
    QCOMPARE(view.layout().items[6].text, QStringLiteral("강서구 마곡동 일대 · 2026년 12월"));

    // Drag the north arrow 20 mm right and 10 mm down with the mouse.
    const QRectF arrow = view.layout().items[2].mm;
    QCOMPARE(view.layout().items[2].kind, LayoutItemKind::NorthArrow);
    const auto toView = [&](QPointF mm) { return view.mapFromScene(mm); };
    QWidget* port = view.viewport();
    const QPoint from = toView(arrow.center());
    QTest::mousePress(port, Qt::LeftButton, {}, from);
    QTest::mouseMove(port, toView(arrow.center() + QPointF(10, 5)));
    QTest::mouseMove(port, toView(arrow.center() + QPointF(20, 10)));
    QTest::mouseRelease(port, Qt::LeftButton, {}, toView(arrow.center() + QPointF(20, 10)));
    const QRectF moved = view.layout().items[2].mm;
    QVERIFY2(std::abs(moved.left() - (arrow.left() + 20)) <= 1 &&
                 std::abs(moved.top() - (arrow.top() + 10)) <= 1,
             qPrintable(QStringLiteral("at %1,%2").arg(moved.left()).arg(moved.top())));
    QCOMPARE(moved.left(), std::round(moved.left())); // whole millimetres
    QCOMPARE(moved.size(), arrow.size());
    // Its bottom-right handle makes it 10 mm wider.
    const QPointF corner = moved.bottomRight() - QPointF(1, 1);
    QTest::mousePress(port, Qt::LeftButton, {}, toView(corner));
    QTest::mouseMove(port, toView(corner + QPointF(5, 0)));
    QTest::mouseMove(port, toView(corner + QPointF(10, 0)));
    QTest::mouseRelease(port, Qt::LeftButton, {}, toView(corner + QPointF(10, 0)));
    QVERIFY(std::abs(view.layout().items[2].mm.width() - (arrow.width() + 10)) <= 1);
    QCOMPARE(view.layout().items[2].mm.topLeft(), moved.topLeft());

    // A3 portrait, saved in the project by name.
    dialog.findChild<QComboBox*>(QStringLiteral("layoutPaper"))->setCurrentIndex(1);
    dialog.findChild<QComboBox*>(QStringLiteral("layoutOrientation"))->setCurrentIndex(1);
    QCOMPARE(view.layout().pageMm(), QSizeF(297, 420));
    dialog.findChild<QLineEdit*>(QStringLiteral("layoutName"))->setText(QStringLiteral("위원회용"));
    QVERIFY(dialog.saveLayout());
    const report::PrintLayout saved = view.layout();
    if (const QByteArray shots = qgetenv("CW_GUI_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/print_layout.png"));

    // Opened again after starting over from the standard page: the same items.
    view.setLayout(report::PrintLayout::standard(report::Paper::A4, true));
    QVERIFY(dialog.loadLayout(QStringLiteral("위원회용")));
    QCOMPARE(view.layout().items, saved.items);
    QCOMPARE(view.layout().paper, report::Paper::A3);
    QVERIFY(!dialog.loadLayout(QStringLiteral("없음")));

    const QString pdf = m_fixture.dir.filePath(QStringLiteral("layout.pdf"));
    QCOMPARE(dialog.exportTo(pdf), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString words = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(words.contains(QStringLiteral("강서구 마곡동 일대")), qPrintable(words));
}

// In Korean (last: the translator stays for the rest of the program): the tool bar, the
// panels and the page's legend title.
void GuiPrintLayoutTest::koreanDialog() {
    QCOMPARE(app::installTranslations(*qApp, QStringLiteral("ko")), QStringLiteral("ko"));
    auto data = report::loadReportData(m_fixture.sample, nullptr);
    QVERIFY(data);
    auto content = std::make_shared<report::LayoutContent>(
        report::LayoutContent::fromReport(*data, report::ReportText(QStringLiteral("ko"))));
    QCOMPARE(content->legendTitle, QStringLiteral("범례"));
    widgets::PrintLayoutDialog dialog(m_fixture.sample, content, content->fullExtent);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("인쇄 배치"));
    QCOMPARE(dialog.findChild<QAction*>(QStringLiteral("actionAddLayoutScaleBar"))->text(),
             QStringLiteral("축척 막대 추가"));
    QVERIFY(dialog.loadLayout(QStringLiteral("위원회용"))); // saved by the test before
    dialog.view().selectItem(1);
    if (const QByteArray shots = qgetenv("CW_GUI_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/print_layout_ko.png"));
}

QTEST_MAIN(GuiPrintLayoutTest)
#include "test_gui_print_layout.moc"
