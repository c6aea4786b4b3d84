// SPDX-License-Identifier: GPL-3.0-or-later
// Tables as layers in the desktop: the add-layer dialog on CSVs as Seoul publishes them (CP949,
// CRLF, Korean headers, TM or degree coordinates, (0,0) rows), the project round trip of the
// table options, the bad-rows list, files dropped on the map and the join-by-code dialog.
#include "cityweave/data/layer_reader.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "widgets/add_layer_dialog.h"
#include "widgets/bad_rows_dialog.h"
#include "widgets/join_dialog.h"
#include "widgets/layer_source_description.h"
#include "widgets/map_canvas.h"
#include "widgets/table_preview_model.h"
#include "widgets/table_source_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace cw;

namespace {
// Seoul bus stops, as the city's open data portal publishes them: CP949, CRLF, codes with
// leading zeros, one stop without a position at (0,0).
const char* kStopsCsv = "정류소번호,정류소명,X좌표,Y좌표\r\n"
                        "01001,종로2가사거리,126.98775,37.56986\r\n"
                        "01002,창경궁.서울대학교병원,126.99666,37.57913\r\n"
                        "01003,명륜3가.성대입구,126.99820,37.58286\r\n"
                        "01004,종로2가.삼일교,126.98776,37.56849\r\n"
                        "01005,혜화동로터리,0,0\r\n"
                        "01006,서울역버스환승센터,126.97246,37.55521\r\n";

// Degrees and TM metres side by side (EPSG:5186 values of the same stops).
const char* kBothCsv = "정류소명,경도,위도,X좌표,Y좌표\n"
                       "종로2가사거리,126.98775,37.56986,198886.8,552173.4\n"
                       "창경궁,126.99666,37.57913,199674.3,553201.8\n"
                       "명륜3가,126.99820,37.58286,199810.6,553615.8\n";

// Metres around Busan: inside Korea in several Korean grids, and in the capital region in none.
const char* kBusanCsv = "x,y,name\n"
                        "389076.804,288993.756,서면\n"
                        "387705.172,286567.282,부산역\n"
                        "390112.500,291002.100,연산\n";

const char* kPopulationCsv = "자치구,인구\n종로구,139417\n중구,121312\n";

// KOSTAT (SGIS) gu codes; 11990 is no gu at all.
const char* kKostatCsv = "자치구코드,자치구,인구\n"
                         "11010,종로구,139417\n"
                         "11020,중구,121312\n"
                         "11160,강서구,562194\n"
                         "11990,없는구,1\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray toCp949(const char* utf8) {
    char* recoded = CPLRecode(utf8, CPL_ENC_UTF8, "CP949");
    QByteArray bytes(recoded);
    CPLFree(recoded);
    return bytes;
}

// Four gu as squares in EPSG:5186 with their ministry codes (SIG_CD), as JUSO boundary files.
QString writeBoundaries(const QTemporaryDir& dir) {
    GDALAllRegister();
    const QString path = dir.filePath(QStringLiteral("gu.gpkg"));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset* ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return {};
    OGRSpatialReference srs;
    srs.importFromEPSG(5186);
    OGRLayer* layer = ds->CreateLayer("gu", &srs, wkbPolygon, nullptr);
    OGRFieldDefn code("SIG_CD", OFTString);
    OGRFieldDefn name("SIG_KOR_NM", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&name);
    const char* gu[][2] = {
        {"11110", "종로구"}, {"11140", "중구"}, {"11500", "강서구"}, {"11680", "강남구"}};
    for (int i = 0; i < 4; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("SIG_CD", gu[i][0]);
        feature.SetField("SIG_KOR_NM", gu[i][1]);
        const double x = 190000 + i * 2000, y = 550000;
        OGRLinearRing ring;
        ring.addPoint(x, y);
        ring.addPoint(x + 1000, y);
        ring.addPoint(x + 1000, y + 1000);
        ring.addPoint(x, y + 1000);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            GDALClose(ds);
            return {};
        }
    }
    GDALClose(ds);
    return path;
}
// A workbook with a sheet of stops (longitude, latitude) and a summary sheet without positions.
QString writeWorkbook(const QTemporaryDir& dir) {
    GDALAllRegister();
    const QString path = dir.filePath(QStringLiteral("stops.xlsx"));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    GDALDataset* ds =
        driver ? driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!ds)
        return {};
    bool ok = true;
    OGRLayer* stops = ds->CreateLayer("정류소", nullptr, wkbNone, nullptr);
    for (const char* name : {"정류소명", "경도", "위도"}) {
        // Text cells: GDAL 3.6 reads back a workbook it wrote with its own column types,
        // ignoring the reader's HEADERS and FIELD_TYPES options (a core issue, reported).
        OGRFieldDefn field(name, OFTString);
        ok = ok && stops->CreateField(&field) == OGRERR_NONE;
    }
    const double points[][2] = {{126.98775, 37.56986}, {126.99666, 37.57913}};
    for (const auto& p : points) {
        OGRFeature feature(stops->GetLayerDefn());
        feature.SetField(0, "종로");
        feature.SetField(1, QByteArray::number(p[0], 'f', 5).constData());
        feature.SetField(2, QByteArray::number(p[1], 'f', 5).constData());
        ok = ok && stops->CreateFeature(&feature) == OGRERR_NONE;
    }
    OGRLayer* summary = ds->CreateLayer("요약", nullptr, wkbNone, nullptr);
    OGRFieldDefn label("구분", OFTString);
    ok = ok && summary->CreateField(&label) == OGRERR_NONE;
    OGRFeature row(summary->GetLayerDefn());
    row.SetField(0, "합계");
    ok = ok && summary->CreateFeature(&row) == OGRERR_NONE;
    GDALClose(ds);
    return ok ? path : QString();
}
} // namespace

class GuiTablesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cp949StopsAreDetected();
    void pickersAndCrsChangeTheChoice();
    void aColumnCanBeKeptAsText();
    void workbookSheetsAreOffered();
    void tableWithoutPositionsNeedsAChoice();
    void ambiguousTmOffersCandidates();
    void projectKeepsTheTableOptions();
    void badRowsDialogListsTheRows();
    void droppedFilesAreReported();
    void dropOnTheWindowOpensOneDialogPerFile();
    void joinDialogReportsMatches();

private:
    static bool waitForPreview(widgets::AddLayerDialog& dialog);
    static bool okEnabled(widgets::AddLayerDialog& dialog);
    static QString message(widgets::AddLayerDialog& dialog);
    static bool waitForLoad(desktop::ProjectDocument& document);
    static void saveScreenshot(QWidget& widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_workbook;
    QString m_stops, m_both, m_busan, m_population, m_kostat, m_boundaries;
};

void GuiTablesTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The main window keeps autosaves under the state folder: never the user's.
    qputenv("CITYWEAVE_STATE_DIR", m_dir.filePath(QStringLiteral("state")).toUtf8());
    m_stops = writeFile(m_dir, QStringLiteral("stops_cp949.csv"), toCp949(kStopsCsv));
    m_both = writeFile(m_dir, QStringLiteral("stops_both.csv"), kBothCsv);
    m_busan = writeFile(m_dir, QStringLiteral("busan_tm.csv"), kBusanCsv);
    m_population = writeFile(m_dir, QStringLiteral("population.csv"), kPopulationCsv);
    m_kostat = writeFile(m_dir, QStringLiteral("gu_kostat.csv"), kKostatCsv);
    m_boundaries = writeBoundaries(m_dir);
    m_workbook = writeWorkbook(m_dir);
    for (const QString& path : {m_stops, m_both, m_busan, m_population, m_kostat, m_boundaries})
        QVERIFY(!path.isEmpty());
    // The fixture really is CP949: not valid UTF-8.
    QVERIFY(!QString::fromUtf8(toCp949(kStopsCsv)).contains(QStringLiteral("정류소")));
}

bool GuiTablesTest::waitForPreview(widgets::AddLayerDialog& dialog) {
    return QTest::qWaitFor([&] { return !dialog.tablePanel().isBusy(); }, 15000);
}

bool GuiTablesTest::okEnabled(widgets::AddLayerDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

QString GuiTablesTest::message(widgets::AddLayerDialog& dialog) {
    return dialog.findChild<QLabel*>(QStringLiteral("message"))->text();
}

bool GuiTablesTest::waitForLoad(desktop::ProjectDocument& document) {
    return QTest::qWaitFor(
        [&] {
            return !document.isBusy() && !document.layers().empty() &&
                   (document.layers().back().data || document.layers().back().error);
        },
        15000);
}

void GuiTablesTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let the layouts catch up with the last texts set
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void GuiTablesTest::cp949StopsAreDetected() {
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_stops);
    dialog.show();
    QVERIFY(dialog.isTable());
    QVERIFY(waitForPreview(dialog));
    const auto& preview = dialog.tablePanel().preview();
    QVERIFY(preview.has_value());
    const data::TableDetection& d = preview->detection;
    QCOMPARE(d.encoding, std::string("CP949"));
    QCOMPARE(d.xColumn, std::string("X좌표"));
    QCOMPARE(d.yColumn, std::string("Y좌표"));
    QCOMPARE(d.crs, std::string("EPSG:4326"));
    QCOMPARE(preview->badRows.count(data::BadRowReason::Zero), std::size_t(1));

    auto* view = dialog.findChild<QTableView*>(QStringLiteral("tablePreview"));
    QVERIFY(view);
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("정류소명")), qPrintable(headers.join(',')));
    QCOMPARE(view->model()->rowCount(), 6);
    // The stop number keeps its leading zero; the (0,0) row is greyed with its reason.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("01001"));
    auto* model = static_cast<widgets::TablePreviewModel*>(view->model());
    QVERIFY(!model->rowHasPosition(4));
    QVERIFY(!model->index(4, 1).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model->rowHasPosition(0));
    const QString badRows = dialog.findChild<QLabel*>(QStringLiteral("badRowsSummary"))->text();
    QVERIFY2(badRows.contains(QStringLiteral("(0,0)")), qPrintable(badRows));

    QVERIFY(okEnabled(dialog));
    QVERIFY(message(dialog).isEmpty());
    // Nothing was chosen: everything is detected again on load.
    const widgets::LayerChoice choice = dialog.choice();
    QCOMPARE(choice.path, m_stops);
    QVERIFY(choice.table.isDefault());
    QVERIFY(choice.crs.isEmpty());
    QVERIFY(choice.encoding.isEmpty());
    saveScreenshot(dialog, QStringLiteral("add_table_layer"));

    // Choosing an encoding reads the file again with it; the choice is kept.
    auto* encoding = dialog.findChild<QComboBox*>(QStringLiteral("encoding"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.choice().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(dialog.tablePanel().preview()->detection.encodingReason, std::string("override"));
    QVERIFY(!view->model()
                 ->headerData(1, Qt::Horizontal)
                 .toString()
                 .contains(QStringLiteral("정류소명")));
}

void GuiTablesTest::aColumnCanBeKeptAsText() {
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_stops);
    QVERIFY(waitForPreview(dialog));
    auto typeOf = [&](const std::string& name) {
        for (const data::Field& f : dialog.tablePanel().preview()->fields)
            if (f.name == name)
                return f.type;
        return data::FieldType::Other;
    };
    QCOMPARE(typeOf("X좌표"), data::FieldType::Real);
    dialog.tablePanel().setKeptAsText("X좌표", true);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(typeOf("X좌표"), data::FieldType::String);
    QCOMPARE(dialog.choice().table.textColumns, std::vector<std::string>{"X좌표"});
    QVERIFY(okEnabled(dialog)); // the positions still come from the column's values
    dialog.tablePanel().setKeptAsText("X좌표", false);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(typeOf("X좌표"), data::FieldType::Real);
    QVERIFY(dialog.choice().table.textColumns.empty());
}

void GuiTablesTest::pickersAndCrsChangeTheChoice() {
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_both);
    QVERIFY(waitForPreview(dialog));
    const data::TableDetection d = dialog.tablePanel().preview()->detection;
    QCOMPARE(d.xColumn, std::string("경도"));
    QCOMPARE(d.otherXColumn, std::string("X좌표"));
    const QString notes = dialog.findChild<QLabel*>(QStringLiteral("tableNotes"))->text();
    QVERIFY2(notes.contains(QStringLiteral("X좌표")), qPrintable(notes));

    auto* x = dialog.findChild<QComboBox*>(QStringLiteral("xColumn"));
    auto* y = dialog.findChild<QComboBox*>(QStringLiteral("yColumn"));
    x->setCurrentIndex(x->findData(QStringLiteral("X좌표")));
    QVERIFY(waitForPreview(dialog));
    y->setCurrentIndex(y->findData(QStringLiteral("Y좌표")));
    QVERIFY(waitForPreview(dialog));
    widgets::LayerChoice choice = dialog.choice();
    QCOMPARE(choice.table.geometry, data::GeometryColumns::XY);
    QCOMPARE(choice.table.xColumn, std::string("X좌표"));
    QCOMPARE(choice.table.yColumn, std::string("Y좌표"));
    // Metres in Seoul: of the Korean grids that fit, EPSG:5186 puts them in the capital region.
    QCOMPARE(dialog.tablePanel().preview()->detection.crs, std::string("EPSG:5186"));
    QVERIFY(okEnabled(dialog));

    dialog.tablePanel().setValuesCrs(QStringLiteral("EPSG:5181"));
    QVERIFY(waitForPreview(dialog));
    choice = dialog.choice();
    QCOMPARE(choice.crs, QStringLiteral("EPSG:5181"));
    QCOMPARE(dialog.tablePanel().preview()->detection.crs, std::string("EPSG:5181"));
    auto* crs = dialog.findChild<QComboBox*>(QStringLiteral("valuesCrs"));
    QCOMPARE(crs->currentData().toString(), QStringLiteral("EPSG:5181"));
}

void GuiTablesTest::workbookSheetsAreOffered() {
    if (m_workbook.isEmpty())
        QSKIP("GDAL cannot write XLSX here.");
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_workbook);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    auto* sheet = dialog.findChild<QComboBox*>(QStringLiteral("sheet"));
    QCOMPARE(sheet->count(), 2);
    QVERIFY(sheet->isVisible());
    QCOMPARE(dialog.tablePanel().preview()->detection.xColumn, std::string("경도"));
    QVERIFY(okEnabled(dialog));
    QVERIFY(dialog.choice().layerName.isEmpty()); // the first sheet

    sheet->setCurrentIndex(1);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.choice().layerName, QStringLiteral("요약"));
    QVERIFY(!okEnabled(dialog)); // no positions on the summary sheet
    auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("geometryMode"));
    mode->setCurrentIndex(mode->findData(int(data::GeometryColumns::None)));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(okEnabled(dialog));
}

void GuiTablesTest::tableWithoutPositionsNeedsAChoice() {
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_population);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(message(dialog).contains(QStringLiteral("자치구")), qPrintable(message(dialog)));

    auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("geometryMode"));
    mode->setCurrentIndex(mode->findData(int(data::GeometryColumns::None)));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(okEnabled(dialog));
    QVERIFY(message(dialog).isEmpty());
    QCOMPARE(dialog.choice().table.geometry, data::GeometryColumns::None);

    // "X and Y columns" without columns chosen waits for them, OK still off.
    mode->setCurrentIndex(mode->findData(int(data::GeometryColumns::XY)));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!message(dialog).isEmpty());
}

void GuiTablesTest::ambiguousTmOffersCandidates() {
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_busan);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    const data::TableDetection d = dialog.tablePanel().preview()->detection;
    QVERIFY(d.crs.empty());
    QVERIFY2(d.crsCandidates.size() > 1, std::to_string(d.crsCandidates.size()).c_str());
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!message(dialog).isEmpty());
    saveScreenshot(dialog, QStringLiteral("add_table_ambiguous"));

    auto* crs = dialog.findChild<QComboBox*>(QStringLiteral("valuesCrs"));
    QCOMPARE(crs->count(), int(d.crsCandidates.size()) + 1);
    const QString first = QString::fromStdString(d.crsCandidates.front());
    crs->setCurrentIndex(crs->findData(first));
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(okEnabled(dialog), qPrintable(message(dialog)));
    QCOMPARE(dialog.choice().crs, first);
    // The other candidates stay on offer after one was chosen.
    QCOMPARE(crs->count(), int(d.crsCandidates.size()) + 1);
    QCOMPARE(crs->currentData().toString(), first);
}

void GuiTablesTest::projectKeepsTheTableOptions() {
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    desktop::ProjectDocument document(QStringLiteral("en"));
    desktop::ProjectFileActions actions(document, settings, nullptr);
    widgets::AddLayerDialog dialog;
    dialog.setPath(m_stops);
    QVERIFY(waitForPreview(dialog));
    dialog.findChild<QCheckBox*>(QStringLiteral("dropBadRows"))->setChecked(true);
    const widgets::LayerChoice choice = dialog.choice();
    QCOMPARE(choice.table.badRows, data::BadRowPolicy::Drop);
    actions.addLayerChoice(choice);
    QVERIFY(waitForLoad(document));
    const render::LoadedLayer& added = document.layers().back();
    QVERIFY2(added.data, added.error ? added.error->args.front().c_str() : "");
    QCOMPARE(added.data->featureCount(), std::size_t(5)); // the (0,0) stop left out
    QCOMPARE(added.data->report.badRows.dropped, std::size_t(1));
    const QString tip = widgets::LayerSourceDescription::lines(added).join('\n');
    QVERIFY2(tip.contains(QStringLiteral("(0,0)")), qPrintable(tip));

    const QString path = m_dir.filePath(QStringLiteral("stops.cwproject.gpkg"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    desktop::ProjectDocument reopened(QStringLiteral("en"));
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QVERIFY(waitForLoad(reopened));
    const render::LoadedLayer& again = reopened.layers().back();
    QVERIFY(again.data);
    QCOMPARE(again.entry.table, choice.table);
    QCOMPARE(again.data->featureCount(), added.data->featureCount());
    QCOMPARE(again.data->attributes, added.data->attributes);
    QCOMPARE(again.data->crs.authId(), std::string("EPSG:4326"));
}

void GuiTablesTest::badRowsDialogListsTheRows() {
    data::ReadOptions options;
    auto layer = data::LayerReader::read(m_stops.toStdString(), options);
    QVERIFY(layer);
    auto shared = std::make_shared<const data::VectorLayer>(std::move(layer).value());
    widgets::BadRowsDialog dialog(QStringLiteral("stops"), shared);
    QCOMPARE(dialog.visibleRows(), 1);
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("badRows"));
    QCOMPARE(view->model()->index(0, 0).data().toLongLong(), 6LL); // the header is row 1
    QVERIFY(view->model()->index(0, 1).data().toString().contains(QStringLiteral("(0,0)")));
    QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("혜화동로터리"));
    dialog.setReasonFilter(int(data::BadRowReason::OutsideKorea));
    QCOMPARE(dialog.visibleRows(), 0);
    dialog.setReasonFilter(-1);
    QCOMPARE(dialog.visibleRows(), 1);
}

void GuiTablesTest::droppedFilesAreReported() {
    widgets::MapCanvas canvas;
    QSignalSpy spy(&canvas, &widgets::MapCanvas::filesDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_stops), QUrl::fromLocalFile(m_busan)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&canvas, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&canvas, &drop);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.front().front().toStringList(), (QStringList{m_stops, m_busan}));

    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://data.seoul.go.kr/stops.csv"))});
    QDragEnterEvent webEnter(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    webEnter.ignore();
    QCoreApplication::sendEvent(&canvas, &webEnter);
    QVERIFY(!webEnter.isAccepted());
}

void GuiTablesTest::dropOnTheWindowOpensOneDialogPerFile() {
    QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    desktop::ProjectDocument document(QStringLiteral("en"));
    desktop::MainWindow window(document, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* layerMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuLayer"));
    QVERIFY(layerMenu);
    QVERIFY(layerMenu->actions().contains(window.fileActions().joinTableAction()));

    // Each dialog runs modally: a timer inside its loop notes the file it shows and closes it.
    QStringList shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto* dialog =
                qobject_cast<widgets::AddLayerDialog*>(QApplication::activeModalWidget())) {
            shown << dialog->choice().path;
            dialog->reject();
        }
    });
    closer.start(50);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_stops), QUrl::fromLocalFile(m_boundaries)});
    // Qt delivers a drop only to the widget that accepted the drag's entry.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&window.canvas(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window.canvas(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(shown, (QStringList{m_stops, m_boundaries}), 10000);
    QVERIFY(document.layers().empty()); // both dialogs were cancelled
}

void GuiTablesTest::joinDialogReportsMatches() {
    auto boundaries = data::LayerReader::read(m_boundaries.toStdString());
    QVERIFY(boundaries);
    std::vector<widgets::JoinInput> inputs{
        {QStringLiteral("자치구 경계"),
         std::make_shared<const data::VectorLayer>(std::move(boundaries).value()), m_boundaries}};
    widgets::JoinDialog dialog(std::move(inputs), m_dir.path());
    QVERIFY(dialog.addTableFile(m_kostat));
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("tableKey"))->currentText(),
             QStringLiteral("자치구코드"));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("boundaryKey"))->currentText(),
             QStringLiteral("SIG_CD"));
    QVERIFY(dialog.joinResult().has_value());
    const data::CodeJoinResult r = *dialog.joinResult();
    QCOMPARE(r.conversionUsed, data::CodeConversion::KostatGuToMinistry);
    QCOMPARE(r.matchedBoundaries, std::size_t(3));
    QCOMPARE(r.unmatchedTableKeys, std::vector<std::string>{"11990"});
    QCOMPARE(r.unmatchedBoundaryKeys, std::vector<std::string>{"11680"});
    auto* tableMisses = dialog.findChild<QListWidget*>(QStringLiteral("unmatchedTableKeys"));
    QCOMPARE(tableMisses->count(), 1);
    QCOMPARE(tableMisses->item(0)->data(Qt::UserRole).toString(), QStringLiteral("11990"));
    QCOMPARE(tableMisses->item(0)->text(), QStringLiteral("11990 없는구"));
    auto* boundaryMisses = dialog.findChild<QListWidget*>(QStringLiteral("unmatchedBoundaryKeys"));
    QCOMPARE(boundaryMisses->item(0)->text(), QStringLiteral("11680 강남구"));
    saveScreenshot(dialog, QStringLiteral("join_dialog"));

    // Without the conversion the KOSTAT codes match no ministry code.
    auto* conversion = dialog.findChild<QComboBox*>(QStringLiteral("conversion"));
    conversion->setCurrentIndex(conversion->findData(int(data::CodeConversion::None)));
    QCOMPARE(dialog.joinResult()->matchedBoundaries, std::size_t(0));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    conversion->setCurrentIndex(conversion->findData(int(data::CodeConversion::Auto)));

    dialog.accept();
    QCOMPARE(dialog.result(), QDialog::Accepted);
    QVERIFY(QFileInfo::exists(dialog.outputPath()));
    data::ReadOptions options;
    options.layerName = widgets::JoinDialog::outputLayer().toStdString();
    auto joined = data::LayerReader::read(dialog.outputPath().toStdString(), options);
    QVERIFY(joined);
    QCOMPARE(joined->featureCount(), std::size_t(4));
    QVERIFY(joined->fieldIndex("인구") >= 0);
}

QTEST_MAIN(GuiTablesTest)
#include "test_gui_tables.moc"
