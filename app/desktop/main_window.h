// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;

namespace cw::crs {
class Crs;
}
namespace cw::render {
struct LoadedLayer;
}
namespace cw::plugin {
class PluginManager;
}
namespace cw::widgets {
class IdentifyResultsPanel;
class LayerTreeWidget;
class MapCanvas;
} // namespace cw::widgets

namespace cw::desktop {

class AnalysisController;
class Autosaver;
class ComplianceController;
class IdentifyTool;
class IndicatorDashboardController;
class FeatureEditController;
class Locator;
class MapStatusBar;
class MapToolsController;
class PluginController;
class ProjectDocument;
class ProjectFileActions;
class RegistryController;
class ReportActions;
class ScenarioController;
class TimelineController;
class ZoneEditController;

/// Assembles the canvas, the layer tree, the panels and the menus around a document.
/// It holds no project logic: that is ProjectDocument's and ProjectFileActions'.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `plugins` (owned by the caller, outliving the window) loads into the analysis registry
    /// before the panel is built; null: no plugins.
    MainWindow(ProjectDocument& document, QSettings& settings,
               plugin::PluginManager* plugins = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectFileActions& fileActions() const { return *m_fileActions; }
    widgets::MapCanvas& canvas() const { return *m_canvas; }
    widgets::LayerTreeWidget& layerTree() const { return *m_tree; }
    widgets::IdentifyResultsPanel& identifyPanel() const { return *m_identifyPanel; }
    IdentifyTool& identifyTool() const;
    MapToolsController& mapTools() const { return *m_mapTools; }
    Locator& locator() const { return *m_locator; }
    FeatureEditController& featureEdits() const { return *m_featureEdits; }
    /// Null when the window was built without a plugin manager.
    PluginController* plugins() const { return m_plugins; }
    /// Once the window shows: crashed plugins, then the untrusted folders, one question each.
    void showPluginNotices();
    ReportActions* reportActions() const { return m_reportActions; }
    ProjectDocument& document() const { return m_document; }
    Autosaver& autosaver() const { return *m_autosaver; }
    RegistryController& registry() const { return *m_registry; }
    TimelineController& timeline() const { return *m_timeline; }
    ZoneEditController& zoneEditing() const { return *m_zones; }
    ComplianceController& compliance() const { return *m_compliance; }
    IndicatorDashboardController& indicators() const { return *m_indicators; }
    ScenarioController& scenarios() const { return *m_scenarios; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildDocks(plugin::PluginManager* plugins);
    void buildMenus();
    void buildPlanning();
    void arrangeDocks();
    void connectDocument();
    void connectTree();
    void updateTitle();
    void onProjectReplaced();
    void onLayersChanged();
    void onMapCrsChanged(const crs::Crs& oldCrs, const crs::Crs& newCrs);
    void showLoadFailures(const QStringList& failures);
    void chooseMapCrs();
    /// The loaded layer `layerId` and its display name; nullptr (with a hint in the status bar)
    /// when it is not loaded.
    const render::LoadedLayer* loadedLayerOrHint(const QString& layerId, QString& name);
    void showAttributeTable(const QString& layerId);
    void showBadRows(const QString& layerId);
    void showLayerProperties(const QString& layerId);
    void zoomToCurrentLayer();
    void showAbout();

    ProjectDocument& m_document;
    QSettings& m_settings;
    widgets::MapCanvas* m_canvas;
    widgets::LayerTreeWidget* m_tree;
    widgets::IdentifyResultsPanel* m_identifyPanel;
    QLabel* m_banner;
    MapStatusBar* m_status;
    ProjectFileActions* m_fileActions;
    MapToolsController* m_mapTools;
    Locator* m_locator;
    FeatureEditController* m_featureEdits = nullptr;
    PluginController* m_plugins = nullptr;
    ReportActions* m_reportActions = nullptr;
    AnalysisController* m_analyses = nullptr;
    QMenu* m_planMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    Autosaver* m_autosaver = nullptr;
    RegistryController* m_registry = nullptr;
    TimelineController* m_timeline = nullptr;
    ZoneEditController* m_zones = nullptr;
    ComplianceController* m_compliance = nullptr;
    IndicatorDashboardController* m_indicators = nullptr;
    ScenarioController* m_scenarios = nullptr;
    bool m_zoomFullWhenLoaded = false;
};

} // namespace cw::desktop
