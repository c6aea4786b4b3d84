// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/map_tools_controller.h"

#include "desktop/identify_tool.h"
#include "desktop/project_document.h"
#include "desktop/tool_icons.h"
#include "widgets/feature_identifier.h"
#include "widgets/identify_results_panel.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_marks_overlay.h"
#include "widgets/map_tools/feature_selection.h"
#include "widgets/map_tools/measure_tool.h"
#include "widgets/map_tools/rubber_band_tool.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QToolBar>

namespace cw::desktop {
namespace {
constexpr double kClickTolerancePx = 5;
}

MapToolsController::MapToolsController(QMainWindow& window, widgets::MapCanvas& canvas,
                                       widgets::IdentifyResultsPanel& identifyPanel,
                                       ProjectDocument& document)
    : QObject(&window), m_window(window), m_canvas(canvas), m_canvasAlive(&canvas),
      m_document(document), m_toolbar(new QToolBar(tr("Map tools"), &window)),
      m_tools(new QActionGroup(this)), m_selection(new widgets::FeatureSelection(this)),
      m_zoomBox(new widgets::RubberBandTool(this)), m_select(new widgets::RubberBandTool(this)),
      m_distance(new widgets::MeasureTool(widgets::MeasureTool::Mode::Distance, this)),
      m_area(new widgets::MeasureTool(widgets::MeasureTool::Mode::Area, this)),
      m_identify(new IdentifyTool(canvas, identifyPanel, document, this)) {
    const auto find = [this](const QString& id) { return m_document.findLayer(id); };
    m_selectionMarks =
        std::make_unique<widgets::FeatureMarksOverlay>(QColor(0xf5, 0xc2, 0x00), find);
    m_identifyMarks =
        std::make_unique<widgets::FeatureMarksOverlay>(QColor(0xd3, 0x2f, 0x2f), find);
    m_canvas.addOverlay(m_selectionMarks.get());
    m_canvas.addOverlay(m_identifyMarks.get());
    for (widgets::MapOverlay* o : std::initializer_list<widgets::MapOverlay*>{
             m_zoomBox, m_select, m_distance, m_area, &m_identify->mapTool()})
        m_canvas.addOverlay(o);
    for (auto* band : {m_zoomBox, m_select, &m_identify->mapTool()})
        connect(band, &widgets::RubberBandTool::bandChanged, &m_canvas,
                qOverload<>(&QWidget::update));
    for (auto* measure : {m_distance, m_area}) {
        connect(measure, &widgets::MeasureTool::changed, &m_canvas, qOverload<>(&QWidget::update));
        connect(measure, &widgets::MeasureTool::measured, this,
                [this](const QString& text) { emit message(text, 0); });
    }
    connect(m_zoomBox, &widgets::RubberBandTool::dragged, this,
            [this](const geometry::Envelope& box) { m_canvas.zoomToExtent(box, 0.0); });
    connect(m_zoomBox, &widgets::RubberBandTool::clicked, this, [this](QPointF at) {
        m_canvas.setCenter(at.x(), at.y());
        zoomBy(2.0);
    });
    connect(m_select, &widgets::RubberBandTool::clicked, this, &MapToolsController::selectAt);
    connect(m_select, &widgets::RubberBandTool::dragged, this, &MapToolsController::selectIn);
    connect(m_selection, &widgets::FeatureSelection::changed, this,
            &MapToolsController::refreshMarks);
    connect(&identifyPanel, &widgets::IdentifyResultsPanel::featureChosen, this,
            [this](const QString& layerId, qulonglong feature) {
                m_identifyMarks->setMarks({{layerId, std::size_t(feature)}});
                m_canvas.update();
            });
    connect(&identifyPanel, &widgets::IdentifyResultsPanel::zoomRequested, this,
            [this](const QString& layerId, qulonglong feature) {
                zoomToFeatures(layerId, {std::size_t(feature)});
            });
    connect(&m_canvas, &widgets::MapCanvas::mapToolChanged, this,
            &MapToolsController::onCanvasToolChanged);
    // Feature indexes belong to the loaded layers: a new project or a removed layer drops them.
    connect(&m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_selection->clear();
        m_identifyMarks->setMarks({});
    });
    connect(&m_document, &ProjectDocument::layersChanged, this, [this] {
        for (const QString& id : m_selection->layers())
            if (!m_document.findLayer(id))
                m_selection->clearLayer(id);
        refreshMarks();
    });
    buildToolbar();
}

MapToolsController::~MapToolsController() {
    // The window deletes its children in any order: the canvas may be gone already.
    if (!m_canvasAlive)
        return;
    for (widgets::MapOverlay* o : std::initializer_list<widgets::MapOverlay*>{
             m_selectionMarks.get(), m_identifyMarks.get(), m_zoomBox, m_select, m_distance, m_area,
             &m_identify->mapTool()})
        m_canvas.removeOverlay(o);
    for (widgets::MapTool* t : std::initializer_list<widgets::MapTool*>{
             m_zoomBox, m_select, m_distance, m_area, &m_identify->mapTool()})
        if (m_canvas.mapTool() == t)
            m_canvas.setMapTool(nullptr);
}

QAction* MapToolsController::addTool(const QString& text, const char* name,
                                     const QKeySequence& shortcut) {
    auto* action = new QAction(toolIcon(QString::fromLatin1(name)), text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    action->setCheckable(true);
    m_tools->addAction(action);
    m_toolbar->addAction(action);
    return action;
}

void MapToolsController::buildToolbar() {
    m_toolbar->setObjectName(QStringLiteral("mapToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_window.addToolBar(Qt::TopToolBarArea, m_toolbar);
    m_pan = addTool(tr("Pan"), "actionPan", QKeySequence(Qt::Key_P));
    auto* zoomIn = m_toolbar->addAction(toolIcon(QStringLiteral("actionZoomIn")), tr("Zoom In"),
                                        this, [this] { zoomBy(2.0); });
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    auto* zoomOut = m_toolbar->addAction(toolIcon(QStringLiteral("actionZoomOut")), tr("Zoom Out"),
                                         this, [this] { zoomBy(0.5); });
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    addTool(tr("Zoom to a Box"), "actionZoomBox", QKeySequence(Qt::Key_Z));
    auto* full = m_toolbar->addAction(toolIcon(QStringLiteral("actionZoomFull")), tr("Zoom Full"),
                                      &m_canvas, &widgets::MapCanvas::zoomToFullExtent);
    full->setObjectName(QStringLiteral("actionZoomFull"));
    auto* toSelection = m_toolbar->addAction(
        toolIcon(QStringLiteral("actionZoomSelection")), tr("Zoom to Selection"), this, [this] {
            const geometry::Envelope extent = selectionExtent();
            if (extent.isNull())
                emit message(tr("Nothing is selected."), 4000);
            else
                m_canvas.zoomToExtent(extent);
        });
    toSelection->setObjectName(QStringLiteral("actionZoomSelection"));
    m_toolbar->addSeparator();
    QAction* identify =
        addTool(tr("Identify Features"), "actionIdentify", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(identify, &QAction::toggled, m_identify, &IdentifyTool::setActive);
    addTool(tr("Select Features (Shift adds, Ctrl toggles)"), "actionSelect",
            QKeySequence(Qt::Key_S));
    auto* deselect =
        m_toolbar->addAction(toolIcon(QStringLiteral("actionDeselect")), tr("Deselect All"),
                             m_selection, &widgets::FeatureSelection::clear);
    deselect->setObjectName(QStringLiteral("actionDeselect"));
    deselect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_toolbar->addSeparator();
    addTool(tr("Measure Distance"), "actionMeasureDistance", QKeySequence(Qt::Key_M));
    addTool(tr("Measure Area"), "actionMeasureArea", QKeySequence(Qt::SHIFT | Qt::Key_M));
    for (QAction* a : m_toolbar->actions())
        if (!a->isSeparator() && !a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    m_pan->setChecked(true);
    connect(m_tools, &QActionGroup::triggered, this, &MapToolsController::onToolChosen);
}

void MapToolsController::onToolChosen(QAction* action) {
    const QString name = action->objectName();
    if (name != QLatin1String("actionIdentify") && m_identify->isActive())
        m_identify->setActive(false);
    m_distance->setCrs(m_document.mapCrs());
    m_area->setCrs(m_document.mapCrs());
    widgets::MapTool* tool = nullptr;
    Qt::CursorShape cursor = Qt::ArrowCursor;
    if (name == QLatin1String("actionZoomBox")) {
        tool = m_zoomBox;
        cursor = Qt::CrossCursor;
    } else if (name == QLatin1String("actionSelect")) {
        tool = m_select;
        cursor = Qt::PointingHandCursor;
    } else if (name == QLatin1String("actionMeasureDistance")) {
        tool = m_distance;
        cursor = Qt::CrossCursor;
    } else if (name == QLatin1String("actionMeasureArea")) {
        tool = m_area;
        cursor = Qt::CrossCursor;
    } else if (name == QLatin1String("actionIdentify")) {
        return; // IdentifyTool takes the canvas itself
    }
    m_canvas.setMapTool(tool);
    m_canvas.setToolCursor(QCursor(cursor));
}

void MapToolsController::onCanvasToolChanged() {
    // Another tool (drawing a zone) took the map: the toolbar shows Pan until one is chosen.
    widgets::MapTool* current = m_canvas.mapTool();
    const bool ours = current == nullptr || current == m_zoomBox || current == m_select ||
                      current == m_distance || current == m_area ||
                      current == &m_identify->mapTool();
    if (!ours && !m_pan->isChecked()) {
        if (m_identify->isActive())
            m_identify->setActive(false);
        const QSignalBlocker quiet(m_tools);
        m_pan->setChecked(true);
    }
}

void MapToolsController::zoomBy(double factor) {
    const geometry::Envelope view = m_canvas.settings().visibleExtent();
    if (view.isNull())
        return;
    const double cx = (view.minX + view.maxX) / 2, cy = (view.minY + view.maxY) / 2;
    const double hw = view.width() / 2 / factor, hh = view.height() / 2 / factor;
    m_canvas.zoomToExtent(geometry::Envelope::of(cx - hw, cy - hh, cx + hw, cy + hh), 0.0);
}

void MapToolsController::selectAt(QPointF at, Qt::KeyboardModifiers modifiers) {
    const double tolerance = kClickTolerancePx * m_canvas.settings().mapUnitsPerPixel();
    const auto& layers = m_document.layers();
    const auto hit = widgets::FeatureIdentifier::identify(layers, at.x(), at.y(), tolerance);
    const auto mode = modifiers & Qt::ControlModifier ? widgets::FeatureSelection::Mode::Toggle
                      : modifiers & Qt::ShiftModifier ? widgets::FeatureSelection::Mode::Add
                                                      : widgets::FeatureSelection::Mode::Replace;
    if (!hit) {
        if (mode == widgets::FeatureSelection::Mode::Replace)
            m_selection->clear();
        return;
    }
    m_selection->select(QString::fromStdString(layers[hit->layerIndex].entry.id), {hit->feature},
                        mode);
}

void MapToolsController::selectIn(const geometry::Envelope& box, Qt::KeyboardModifiers modifiers) {
    // The rectangle selects in the topmost visible layer it touches, as the click does.
    const auto& layers = m_document.layers();
    const auto mode = modifiers & Qt::ControlModifier ? widgets::FeatureSelection::Mode::Toggle
                      : modifiers & Qt::ShiftModifier ? widgets::FeatureSelection::Mode::Add
                                                      : widgets::FeatureSelection::Mode::Replace;
    for (std::size_t l = layers.size(); l-- > 0;) {
        if (!layers[l].entry.visible || !layers[l].indexed)
            continue;
        const auto features = widgets::FeatureIdentifier::featuresIn(layers[l], box);
        if (features.empty())
            continue;
        m_selection->select(QString::fromStdString(layers[l].entry.id),
                            {features.begin(), features.end()}, mode);
        emit message(tr("%n feature(s) selected.", nullptr, int(m_selection->count())), 4000);
        return;
    }
    if (mode == widgets::FeatureSelection::Mode::Replace)
        m_selection->clear();
}

void MapToolsController::refreshMarks() {
    std::vector<widgets::FeatureMarksOverlay::Mark> marks;
    for (const QString& id : m_selection->layers())
        for (std::size_t f : m_selection->of(id))
            marks.push_back({id, f});
    m_selectionMarks->setMarks(std::move(marks));
    m_canvas.update();
}

geometry::Envelope MapToolsController::selectionExtent() const {
    geometry::Envelope extent;
    for (const QString& id : m_selection->layers()) {
        const auto* layer = m_document.findLayer(id);
        if (!layer || !layer->indexed)
            continue;
        for (std::size_t f : m_selection->of(id))
            if (f < layer->indexed->geometries.featureCount())
                extent.expand(layer->indexed->geometries.envelope(f));
    }
    return extent;
}

void MapToolsController::zoomToFeatures(const QString& layerId,
                                        const std::vector<std::size_t>& features) {
    const auto* layer = m_document.findLayer(layerId);
    if (!layer || !layer->indexed)
        return;
    geometry::Envelope extent;
    for (std::size_t f : features)
        if (f < layer->indexed->geometries.featureCount())
            extent.expand(layer->indexed->geometries.envelope(f));
    if (extent.isNull())
        return;
    // A point has no size: frame 200 m (or the map unit equivalent) around it.
    const double pad = std::max(
        {extent.width(), extent.height(), 200 * (m_document.mapCrs().isGeographic() ? 1e-5 : 1.0)});
    m_canvas.zoomToExtent(extent.buffered(pad * 0.25));
}

} // namespace cw::desktop
