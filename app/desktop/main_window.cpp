// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/main_window.h"

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/version.h"
#include "common/plugin_setup.h"
#include "desktop/analysis_controller.h"
#include "desktop/autosaver.h"
#include "desktop/compliance_controller.h"
#include "desktop/feature_edit_controller.h"
#include "desktop/identify_tool.h"
#include "desktop/indicator_dashboard_controller.h"
#include "desktop/locator.h"
#include "desktop/map_status_bar.h"
#include "desktop/map_tools_controller.h"
#include "desktop/plugin_controller.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "desktop/registry_controller.h"
#include "desktop/report_actions.h"
#include "desktop/scenario_controller.h"
#include "desktop/timeline_controller.h"
#include "desktop/zone_edit_controller.h"
#include "widgets/analysis/analysis_panel.h"
#include "widgets/attribute_table_dialog.h"
#include "widgets/bad_rows_dialog.h"
#include "widgets/crs_picker_dialog.h"
#include "widgets/identify_results_panel.h"
#include "widgets/layer_properties_dialog.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/feature_selection.h"
#include "widgets/sector_rules_dialog.h"
#include "widgets/settings_dialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cw::desktop {
namespace {
// Bumped when the panels change, so an older saved arrangement is not restored over them.
constexpr int kDockStateVersion = 1;

// The view's outline in another CRS, sampled along its edges (projections bend straight lines).
geometry::Envelope reprojectExtent(const geometry::Envelope& extent, const crs::Crs& from,
                                   const crs::Crs& to) {
    auto transform = crs::CoordinateTransform::create(from, to);
    if (!transform || extent.isNull())
        return {};
    geometry::Envelope out;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        for (int j = 0; j <= kSteps; ++j) {
            if (i != 0 && i != kSteps && j != 0 && j != kSteps)
                continue;
            double x = extent.minX + extent.width() * i / kSteps;
            double y = extent.minY + extent.height() * j / kSteps;
            if (transform->transformPoint(x, y) && std::isfinite(x) && std::isfinite(y))
                out.expand(x, y);
        }
    }
    return out;
}
} // namespace

MainWindow::MainWindow(ProjectDocument& document, QSettings& settings,
                       plugin::PluginManager* plugins, QWidget* parent)
    : QMainWindow(parent), m_document(document), m_settings(settings),
      m_canvas(new widgets::MapCanvas(this)), m_tree(new widgets::LayerTreeWidget(this)),
      m_identifyPanel(new widgets::IdentifyResultsPanel(this)), m_banner(new QLabel(this)),
      m_status(new MapStatusBar(this)),
      m_fileActions(new ProjectFileActions(document, settings, this)),
      m_mapTools(new MapToolsController(*this, *m_canvas, *m_identifyPanel, document)),
      m_locator(new Locator(m_mapTools->toolbar(), document, *m_mapTools)) {
    setCentralWidget(m_canvas);
    setStatusBar(m_status);
    m_tree->setLanguage(document.language());
    buildDocks(plugins);
    m_featureEdits =
        new FeatureEditController(*this, *m_canvas, *m_tree, m_mapTools->selection(), document);
    connect(m_featureEdits, &FeatureEditController::message, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    buildMenus();
    buildPlanning();
    m_autosaver = new Autosaver(
        document, RecoveryFiles(app::pluginStateFolder() + QStringLiteral("/recovery")), this);
    m_fileActions->setRecoveryFiles(&m_autosaver->files());
    connect(m_fileActions, &ProjectFileActions::recovered, m_autosaver, &Autosaver::autosaveNow);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    // Other planners' saves into a shared plan, as they happen.
    connect(&document, &ProjectDocument::remoteChanges, this, [this](const QStringList& changes) {
        statusBar()->showMessage(changes.join(QStringLiteral("; ")), 15000);
    });
    connectDocument();
    connectTree();
    resize(1400, 900);
    restoreGeometry(m_settings.value("ui/geometry").toByteArray());
    restoreState(m_settings.value("ui/dockState").toByteArray(), kDockStateVersion);
    onProjectReplaced();
    onLayersChanged();
}

MainWindow::~MainWindow() = default;

IdentifyTool& MainWindow::identifyTool() const {
    return m_mapTools->identifyTool();
}

void MainWindow::buildDocks(plugin::PluginManager* plugins) {
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5a4300; border: "
                                           "1px solid #e8c96a; padding: 4px; }"));
    auto* layersPanel = new QWidget(this);
    auto* layout = new QVBoxLayout(layersPanel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree, 1);
    auto* layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(layersPanel);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);

    auto* identifyDock = new QDockWidget(tr("Identify results"), this);
    identifyDock->setObjectName(QStringLiteral("identifyDock"));
    identifyDock->setWidget(m_identifyPanel);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock);
    identifyDock->hide();
    connect(&m_mapTools->identifyTool(), &IdentifyTool::resultShown, identifyDock, [identifyDock] {
        identifyDock->show();
        identifyDock->raise();
    });
    resizeDocks({layersDock}, {300}, Qt::Horizontal);

    // The window is the composition root of the analyses: built-ins first, then plugins, so
    // the panel offers both alike.
    auto registry = std::make_unique<analysis::AnalysisRegistry>();
    analysis::registerBuiltInAnalyses(*registry);
    if (plugins) {
        m_plugins = new PluginController(*plugins, m_document, this);
        m_plugins->loadInto(*registry);
    }
    auto* analysisPanel = new widgets::AnalysisPanel(m_document.language(), this);
    auto* analyses = m_analyses =
        new AnalysisController(std::move(registry), m_document, *m_canvas, *analysisPanel, this);
    if (m_plugins)
        m_plugins->setAnalyses(analyses);
    m_reportActions = new ReportActions(m_document, *m_canvas, *analyses, this);
    connect(analyses, &AnalysisController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    auto* analysisDock = new QDockWidget(tr("Analysis"), this);
    analysisDock->setObjectName(QStringLiteral("analysisDock"));
    analysisDock->setWidget(analysisPanel);
    addDockWidget(Qt::RightDockWidgetArea, analysisDock);
    analysisDock->hide();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fileActions->newAction());
    file->addAction(m_fileActions->openAction());
    file->addAction(m_fileActions->openDatabaseAction());
    file->addMenu(m_fileActions->recentMenu());
    file->addSeparator();
    file->addAction(m_fileActions->saveAction());
    file->addAction(m_fileActions->saveAsAction());
    file->addSeparator();
    file->addAction(m_fileActions->addLayerAction());
    QAction* addFromPlugin = file->addAction(tr("Add Layers from &Plugin…"));
    addFromPlugin->setObjectName(QStringLiteral("actionAddPluginLayers"));
    file->addSeparator();
    if (m_reportActions) {
        file->addAction(m_reportActions->reportAction());
        file->addAction(m_reportActions->layoutAction());
        file->addAction(m_reportActions->mapImageAction());
        file->addAction(m_reportActions->tablesAction());
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_document.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(tr("Zoom &Full"), QKeySequence(Qt::CTRL | Qt::Key_0), m_canvas,
                    &widgets::MapCanvas::zoomToFullExtent);
    view->addAction(tr("Zoom to &Layer"), this, &MainWindow::zoomToCurrentLayer);
    view->addSeparator();
    view->addAction(tr("Map &CRS…"), this, &MainWindow::chooseMapCrs);

    QMenu* layer = menuBar()->addMenu(tr("La&yer"));
    layer->setObjectName(QStringLiteral("menuLayer"));
    layer->addAction(m_fileActions->addLayerAction());
    layer->addAction(m_fileActions->joinTableAction());
    layer->addSeparator();
    layer->addAction(tr("&Attribute Table"), this,
                     [this] { showAttributeTable(m_tree->currentLayerId()); });
    layer
        ->addAction(tr("&Properties…"), this,
                    [this] { showLayerProperties(m_tree->currentLayerId()); })
        ->setObjectName(QStringLiteral("actionLayerProperties"));
    layer
        ->addAction(tr("Rows Without &Position…"), this,
                    [this] { showBadRows(m_tree->currentLayerId()); })
        ->setObjectName(QStringLiteral("actionBadRows"));

    m_planMenu = menuBar()->addMenu(tr("P&lan"));
    m_planMenu->setObjectName(QStringLiteral("menuPlan"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    // The map tools, in the menu as on the toolbar.
    for (QAction* action : m_mapTools->toolbar().actions())
        tools->addAction(action);
    tools->addAction(tr("&Attribute Table"), this,
                     [this] { showAttributeTable(m_tree->currentLayerId()); });
    tools->addSeparator();
    QAction* analysis = tools->addAction(tr("A&nalysis…"), this, [this] {
        auto* dock = findChild<QDockWidget*>(QStringLiteral("analysisDock"));
        dock->show();
        dock->raise();
    });
    analysis->setObjectName(QStringLiteral("actionAnalysis"));
    analysis->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    tools->addAction(tr("Sector &Rules…"), this, [this] {
        widgets::SectorRulesDialog dialog(m_document.project().rules, this);
        if (dialog.exec() == QDialog::Accepted)
            m_document.setSectorRules(dialog.rules());
    });

    QMenu* pluginsMenu = menuBar()->addMenu(tr("&Plugins"));
    QAction* managePlugins = pluginsMenu->addAction(tr("&Manage Plugins…"));
    managePlugins->setObjectName(QStringLiteral("actionManagePlugins"));
    pluginsMenu->addAction(addFromPlugin);
    if (m_plugins) {
        connect(addFromPlugin, &QAction::triggered, m_plugins,
                &PluginController::showAddLayersDialog);
        connect(managePlugins, &QAction::triggered, m_plugins,
                &PluginController::showPluginsDialog);
    } else {
        addFromPlugin->setEnabled(false);
        managePlugins->setEnabled(false);
    }

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Language…"), this, [this] {
        widgets::SettingsDialog dialog(m_settings, this);
        dialog.exec();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CityWeave"), this, &MainWindow::showAbout);
}

void MainWindow::showPluginNotices() {
    if (m_plugins)
        m_plugins->showStartupNotices();
}

// Each controller owns one planning capability and adds its own docks and actions.
void MainWindow::buildPlanning() {
    m_registry = new RegistryController(m_document, *this, *m_planMenu);
    m_timeline = new TimelineController(m_document, *this, *m_planMenu);
    m_zones = new ZoneEditController(m_document, *this, *m_planMenu);
    m_compliance = new ComplianceController(m_document, *this, *m_planMenu);
    m_indicators = new IndicatorDashboardController(m_document, *this, *m_planMenu);
    m_scenarios = new ScenarioController(m_document, *this, *m_planMenu, m_analyses->registry());
    arrangeDocks();
}

// The map keeps most of the window: the side panels share one tabbed column on the right and
// the registry shares the bottom with the compliance list. Hidden panels open as tabs there.
void MainWindow::arrangeDocks() {
    const auto dock = [this](const char* name) {
        return findChild<QDockWidget*>(QString::fromLatin1(name));
    };
    QDockWidget* right = dock("zonesDock");
    for (const char* name : {"scenariosDock", "indicatorsDock", "analysisDock", "identifyDock"})
        if (QDockWidget* other = dock(name); right && other)
            tabifyDockWidget(right, other);
    QDockWidget* bottom = dock("registryDock");
    if (QDockWidget* compliance = dock("complianceDock"); bottom && compliance)
        tabifyDockWidget(bottom, compliance);
    if (right)
        right->raise();
    if (QDockWidget* layers = dock("layersDock"); layers && right)
        resizeDocks({layers, right}, {280, 360}, Qt::Horizontal);
    if (bottom) {
        bottom->raise();
        resizeDocks({bottom}, {220}, Qt::Vertical);
    }
    QMenu* panels = m_viewMenu->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("menuPanels"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        panels->addAction(d->toggleViewAction());
        // A panel opened from the menu comes to the front of its tab group.
        connect(d->toggleViewAction(), &QAction::triggered, d, [d](bool shown) {
            if (shown)
                d->raise();
        });
    }
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // The dock tab bars exist once the docks are tabified: whole titles ("Scenarios", not
    // "Sce…") with scroll buttons when they do not fit.
    for (QTabBar* bar : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

void MainWindow::connectDocument() {
    connect(&m_document, &ProjectDocument::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(&m_document, &ProjectDocument::layersChanged, this, &MainWindow::onLayersChanged);
    connect(&m_document, &ProjectDocument::renderLayersChanged, this,
            [this] { m_canvas->setLayers(m_document.renderLayers()); });
    connect(&m_document, &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &ProjectDocument::layersLoaded, this, &MainWindow::showLoadFailures);
    connect(&m_document, &ProjectDocument::mapCrsChanged, this, &MainWindow::onMapCrsChanged);
    connect(&m_document, &ProjectDocument::busyChanged, m_status, &MapStatusBar::setBusy);
    connect(&m_document, &ProjectDocument::progressChanged, m_status, &MapStatusBar::setProgress);
    connect(m_status, &MapStatusBar::cancelClicked, &m_document, &ProjectDocument::cancelJobs);
    connect(m_status, &MapStatusBar::crsClicked, this, &MainWindow::chooseMapCrs);

    connect(m_canvas, &widgets::MapCanvas::filesDropped, m_fileActions,
            &ProjectFileActions::openDroppedFiles);
    connect(m_canvas, &widgets::MapCanvas::cursorMoved, m_status, &MapStatusBar::showCursor);
    connect(m_mapTools, &MapToolsController::message, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_canvas, &widgets::MapCanvas::renderFinished, m_status, &MapStatusBar::setRenderTime);
    connect(m_canvas, &widgets::MapCanvas::extentChanged, this, [this] {
        m_status->setScale(m_canvas->settings().scaleDenominator());
        m_document.setViewExtent(m_canvas->settings().visibleExtent());
    });
}

void MainWindow::connectTree() {
    connect(m_tree, &widgets::LayerTreeWidget::layerVisibilityChanged, &m_document,
            &ProjectDocument::setLayerVisible);
    connect(m_tree, &widgets::LayerTreeWidget::orderChanged, this,
            [this] { m_document.setDrawingOrder(m_tree->drawingOrder()); });
    connect(m_tree, &widgets::LayerTreeWidget::opacityChanged, &m_document,
            &ProjectDocument::setLayerOpacity);
    connect(m_tree, &widgets::LayerTreeWidget::removeLayerRequested, &m_document,
            &ProjectDocument::removeLayer);
    connect(m_tree, &widgets::LayerTreeWidget::attributeTableRequested, this,
            &MainWindow::showAttributeTable);
    connect(m_tree, &widgets::LayerTreeWidget::badRowsRequested, this, &MainWindow::showBadRows);
    connect(m_tree, &widgets::LayerTreeWidget::propertiesRequested, this,
            &MainWindow::showLayerProperties);
    connect(m_tree, &widgets::LayerTreeWidget::zoomToLayerRequested, this,
            [this](const QString& id) { m_canvas->zoomToExtent(m_document.layerExtent(id)); });
    connect(m_tree, &widgets::LayerTreeWidget::zoomToProjectRequested, this,
            [this](const QString& id) { m_canvas->zoomToExtent(m_document.projectExtent(id)); });
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — CityWeave").arg(m_document.title()));
    setWindowModified(m_document.isDirty());
}

void MainWindow::onProjectReplaced() {
    const auto& project = m_document.project();
    const QString note =
        QString::fromStdString(project.note.in(m_document.language().toStdString()));
    m_banner->setText(note);
    m_banner->setVisible(!note.isEmpty());
    m_identifyPanel->clear();
    m_canvas->setMapCrs(m_document.mapCrs());
    m_status->setMapCrs(m_document.mapCrs());
    m_canvas->setLayers(m_document.renderLayers());
    // A saved view is restored at once; otherwise zoom to the data when it has loaded.
    m_zoomFullWhenLoaded = project.view.extent.isNull();
    if (!m_zoomFullWhenLoaded)
        m_canvas->zoomToExtent(project.view.extent, 0.0);
    updateTitle();
}

void MainWindow::onLayersChanged() {
    m_tree->setContents(m_document.project(), m_document.layers());
    const geometry::Envelope full = m_document.fullExtent();
    m_canvas->setFullExtent(full);
    m_canvas->setLayers(m_document.renderLayers());
    if (m_zoomFullWhenLoaded && !full.isNull() && !m_document.isBusy()) {
        m_zoomFullWhenLoaded = false;
        m_canvas->zoomToFullExtent();
    }
    updateTitle();
}

void MainWindow::onMapCrsChanged(const crs::Crs& oldCrs, const crs::Crs& newCrs) {
    const geometry::Envelope view =
        reprojectExtent(m_canvas->settings().visibleExtent(), oldCrs, newCrs);
    m_canvas->setMapCrs(newCrs);
    m_status->setMapCrs(newCrs);
    if (!view.isNull())
        m_canvas->zoomToExtent(view, 0.0);
    else
        m_zoomFullWhenLoaded = true;
}

void MainWindow::showLoadFailures(const QStringList& failures) {
    if (failures.isEmpty())
        return;
    // Non-modal: the project is open and usable; the user reads this at leisure.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Some layers could not be loaded"),
                                tr("%n layer(s) could not be loaded. They stay in the project, "
                                   "greyed out, and are saved unchanged.",
                                   nullptr, int(failures.size())),
                                QMessageBox::Ok, this);
    box->setDetailedText(failures.join(QLatin1Char('\n')));
    box->setInformativeText(failures.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::chooseMapCrs() {
    widgets::CrsPickerDialog dialog(m_document.mapCrs(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.setMapCrs(dialog.selectedCrs());
}

const render::LoadedLayer* MainWindow::loadedLayerOrHint(const QString& layerId, QString& name) {
    const auto* layer = m_document.findLayer(layerId);
    if (!layer || !layer->data) {
        statusBar()->showMessage(tr("Select a loaded layer in the layer list first."), 4000);
        return nullptr;
    }
    name = QString::fromStdString(layer->entry.name.in(m_document.language().toStdString()));
    return layer;
}

void MainWindow::showAttributeTable(const QString& layerId) {
    QString name;
    const auto* layer = loadedLayerOrHint(layerId, name);
    if (!layer)
        return;
    auto* dialog = new widgets::AttributeTableDialog(name, layerId, layer->data,
                                                     m_mapTools->selection(), this);
    connect(dialog, &widgets::AttributeTableDialog::zoomRequested, m_mapTools,
            [this](const QString& id, const QList<qulonglong>& features) {
                m_mapTools->zoomToFeatures(id, {features.begin(), features.end()});
            });
    dialog->show();
}

void MainWindow::showLayerProperties(const QString& layerId) {
    QString name;
    const auto* layer = loadedLayerOrHint(layerId, name);
    if (!layer)
        return;
    widgets::LayerPropertiesDialog dialog(layer->entry, layer->data, m_document.language(), this);
    connect(&dialog, &widgets::LayerPropertiesDialog::applied, this, [this, &dialog, layerId] {
        m_document.setLayerStyle(layerId, dialog.style(), dialog.name());
    });
    dialog.exec();
}

void MainWindow::showBadRows(const QString& layerId) {
    QString name;
    const auto* layer = loadedLayerOrHint(layerId, name);
    if (!layer)
        return;
    if (layer->data->report.badRows.empty()) {
        statusBar()->showMessage(tr("Every row of \"%1\" has a position.").arg(name), 4000);
        return;
    }
    auto* dialog = new widgets::BadRowsDialog(name, layer->data, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::zoomToCurrentLayer() {
    const QString id = m_tree->currentLayerId();
    if (id.isEmpty())
        statusBar()->showMessage(tr("Select a layer in the layer list first."), 4000);
    else
        m_canvas->zoomToExtent(m_document.layerExtent(id));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About CityWeave"),
        tr("<h3>CityWeave %1</h3>"
           "<p>A desktop GIS for bringing together the projects of Seoul's smart-city "
           "programme.</p>"
           "<p><b>The sample project's locations are approximate and hand-drawn for demonstration; "
           "they are not official boundaries.</b></p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(CITYWEAVE_VERSION_STRING)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_document.cancelJobs();
    m_settings.setValue("ui/geometry", saveGeometry());
    m_settings.setValue("ui/dockState", saveState(kDockStateVersion));
    event->accept();
}

} // namespace cw::desktop
