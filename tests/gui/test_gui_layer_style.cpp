// SPDX-License-Identifier: GPL-3.0-or-later
// Styles and labels from the layer properties dialog on the sample: categories by a field with
// a legend in the layer list, a graduated style, rename, labels, opacity and the scale range
// (seen in the rendered map), and where a newly added layer lands in the drawing order.
#include "cityweave/crs/coordinate_transform.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/layer_properties_dialog.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidgetItem>
#include <cmath>

using namespace cw;

class GuiLayerStyleTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void categoriesByAFieldWithALegend();
    void graduatedRenameLabelsAndScaleRange();
    void aNewBaseLayerGoesBelowTheProjects();
    void cleanupTestCase();

private:
    QString sensorsId() const;
    QColor pixelAtSensor();
    bool renderNow();

    SampleWindow m_fixture;
    desktop::ProjectDocument* m_document = nullptr;
    desktop::MainWindow* m_window = nullptr;
};

void GuiLayerStyleTest::initTestCase() {
    const QString failure = m_fixture.start(QSize(1200, 800));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_document = m_fixture.document.get();
    m_window = m_fixture.window.get();
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    QVERIFY(renderNow());
}

void GuiLayerStyleTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
}

bool GuiLayerStyleTest::renderNow() {
    m_window->canvas().zoomToFullExtent();
    return QTest::qWaitFor([&] { return !m_window->canvas().isRendering(); }, 10000);
}

QString GuiLayerStyleTest::sensorsId() const {
    for (const auto& l : m_document->layers())
        if (l.data && l.data->fieldIndex("sensor_id") >= 0)
            return QString::fromStdString(l.entry.id);
    return {};
}

// The map's colour at the sample's first sensor (SDT-0001, 126.978°E 37.572°N).
QColor GuiLayerStyleTest::pixelAtSensor() {
    double x = 126.978, y = 37.572;
    auto wgs84 = crs::Crs::fromEpsg(4326);
    auto transform = crs::CoordinateTransform::create(*wgs84, m_document->mapCrs());
    if (!transform || !transform->transformPoint(x, y))
        return {};
    const QPointF at = m_window->canvas().settings().toPixel(x, y);
    return m_window->canvas().image().pixelColor(at.toPoint());
}

void GuiLayerStyleTest::categoriesByAFieldWithALegend() {
    const QString id = sensorsId();
    const auto* layer = m_document->findLayer(id);
    QVERIFY(layer && layer->data);
    // The distinct gu of the sensors, read from the GeoJSON itself.
    QFile file(QStringLiteral(CW_SAMPLE_LAYERS "/iot_sensors.geojson"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> gus;
    for (const auto& f :
         QJsonDocument::fromJson(file.readAll())[QStringLiteral("features")].toArray())
        gus.insert(
            f.toObject()[QStringLiteral("properties")].toObject()[QStringLiteral("gu")].toString());
    QVERIFY(gus.size() > 2);

    widgets::LayerPropertiesDialog dialog(layer->entry, layer->data, QStringLiteral("en"),
                                          m_window);
    dialog.kindBox().setCurrentIndex(int(style::StyleKind::Categorized));
    dialog.classifyFieldBox().setCurrentText(QStringLiteral("gu"));
    dialog.classify();
    QCOMPARE(dialog.classTable().rowCount(), int(gus.size()));
    const style::LayerStyle st = dialog.style();
    QCOMPARE(st.kind, style::StyleKind::Categorized);
    QCOMPARE(st.classes.size(), std::size_t(gus.size()));
    for (const auto& c : st.classes)
        QVERIFY2(gus.contains(QString::fromStdString(c.value)), c.value.c_str());
    const QColor before = pixelAtSensor();
    m_document->setLayerStyle(id, st, dialog.name());
    QVERIFY(renderNow());

    // The legend under the layer, one entry per gu; the map draws the sensor in its class colour.
    QTreeWidgetItem* item = m_window->layerTree().findLayerItem(id);
    QVERIFY(item);
    QCOMPARE(item->childCount(), int(gus.size()));
    const style::StyleClass* jongno = nullptr;
    for (const auto& c : st.classes)
        if (c.value == "종로구")
            jongno = &c;
    QVERIFY(jongno);
    const QColor after = pixelAtSensor();
    QVERIFY2(after != before, qPrintable(after.name()));
    // Saved and read back with the project.
    QVERIFY(m_window->fileActions().save());
    QVERIFY(m_window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 15000));
    QCOMPARE(m_document->findLayer(id)->entry.style.classes.size(), st.classes.size());
    QVERIFY(renderNow());
}

void GuiLayerStyleTest::graduatedRenameLabelsAndScaleRange() {
    const QString id = sensorsId();
    const auto* layer = m_document->findLayer(id);
    QVERIFY(layer && layer->data);
    widgets::LayerPropertiesDialog dialog(layer->entry, layer->data, QStringLiteral("en"),
                                          m_window);
    dialog.kindBox().setCurrentIndex(int(style::StyleKind::Graduated));
    dialog.classifyFieldBox().setCurrentText(QStringLiteral("install_year"));
    dialog.classify();
    style::LayerStyle st = dialog.style();
    QCOMPARE(st.kind, style::StyleKind::Graduated);
    QVERIFY(st.classes.size() >= 2);
    dialog.labelFieldBox().setCurrentIndex(
        dialog.labelFieldBox().findData(QStringLiteral("sensor_id")));
    dialog.findChild<QLineEdit*>(QStringLiteral("nameEn"))
        ->setText(QStringLiteral("Sensors by year"));
    st = dialog.style();
    QCOMPARE(st.labelField, std::string("sensor_id"));
    m_document->setLayerStyle(id, st, dialog.name());
    QCOMPARE(m_window->layerTree().findLayerItem(id)->text(0), QStringLiteral("Sensors by year"));
    QVERIFY(renderNow());
    const QColor drawn = pixelAtSensor();
    // The canvas says where its labels went (overlays keep clear of them), and a pan moves
    // them with the image until the next one: 40 pixels' worth of map to the east shifts every
    // label 40 pixels left.
    auto& canvas = m_window->canvas();
    const std::vector<QRectF> labels = canvas.placedLabels();
    QVERIFY(!labels.empty());
    const double mupp = canvas.settings().mapUnitsPerPixel();
    const auto centre = canvas.settings().visibleExtent();
    canvas.setCenter(centre.centerX() + 40 * mupp, centre.centerY());
    const std::vector<QRectF> panned = canvas.placedLabels();
    QCOMPARE(panned.size(), labels.size());
    QVERIFY(std::abs(panned.front().left() - (labels.front().left() - 40)) < 0.5);
    canvas.setCenter(centre.centerX(), centre.centerY());
    QVERIFY(renderNow());

    // Hidden when zoomed out beyond 1:1,000: at the full extent the sensor is not drawn.
    st.minScale = 1000;
    m_document->setLayerStyle(id, st, dialog.name());
    QVERIFY(renderNow());
    QVERIFY(m_window->canvas().settings().scaleDenominator() > 1000);
    QVERIFY2(pixelAtSensor() != drawn, qPrintable(pixelAtSensor().name()));
    st.minScale = 0;
    st.opacity = 0.0; // and a transparent layer is not seen either
    m_document->setLayerStyle(id, st, dialog.name());
    QVERIFY(renderNow());
    QVERIFY(pixelAtSensor() != drawn);
    st.opacity = 1.0;
    m_document->setLayerStyle(id, st, dialog.name());
    QVERIFY(renderNow());
    QCOMPARE(pixelAtSensor(), drawn);
    if (const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/layer_style.png"));
}

void GuiLayerStyleTest::aNewBaseLayerGoesBelowTheProjects() {
    project::LayerEntry entry;
    entry.id = "gu_boundaries";
    entry.name = {"자치구", "Gu"};
    entry.source = QStringLiteral(CW_SAMPLE_LAYERS "/seoul_outline.geojson").toStdString();
    const auto before = m_document->layers();
    m_document->addLayer(entry);
    QVERIFY(QTest::qWaitFor([&] { return !m_document->isBusy(); }, 10000));
    const auto& layers = m_document->layers();
    std::size_t at = 0;
    while (at < layers.size() && layers[at].entry.id != "gu_boundaries")
        ++at;
    QVERIFY(at < layers.size());
    for (std::size_t i = at + 1; i < layers.size(); ++i) // every layer above is a project's
        QVERIFY2(!layers[i].entry.projectId.empty(), layers[i].entry.id.c_str());
    // The others keep their order.
    std::vector<std::string> others, was;
    for (const auto& l : layers)
        if (l.entry.id != "gu_boundaries")
            others.push_back(l.entry.id);
    for (const auto& l : before)
        was.push_back(l.entry.id);
    QVERIFY(others == was);
}

QTEST_MAIN(GuiLayerStyleTest)
#include "test_gui_layer_style.moc"
