// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"
#include "widgets/plugins/plugin_layers_dialog.h"
#include "widgets/plugins/plugins_dialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <set>
#include <vector>

class QWidget;

namespace cw::analysis {
class AnalysisRegistry;
}

namespace cw::desktop {

class AnalysisController;
class ProjectDocument;

/// The desktop's side of the plugins: loads them into the analysis registry, tells the user
/// about crashed plugins, asks to trust new folders, and runs the Plugins and "Add layers from
/// plugin" dialogs. Every dialog is opened without blocking, so tests can drive them.
/// The manager is owned by the composition root and outlives the registry it fills.
class PluginController : public QObject {
    Q_OBJECT

public:
    /// A folder holding plugins that are not loaded because it is not trusted yet.
    struct UntrustedFolder {
        QString folder;
        QStringList pluginNames;
    };

    PluginController(plugin::PluginManager& manager, ProjectDocument& document,
                     QWidget* dialogParent);

    plugin::PluginManager& manager() const { return m_manager; }
    /// Loads the plugins into `registry` (before the analysis panel is built).
    void loadInto(analysis::AnalysisRegistry& registry);
    /// Where later loads (after a trust decision) register analyses; the panel is refreshed.
    void setAnalyses(AnalysisController* analyses) { m_analyses = analyses; }
    /// The folders searched now, from the saved preferences.
    std::vector<plugin::PluginFolder> folders() const;

    /// After the window shows: the crash notice, then one trust question per folder.
    void showStartupNotices();
    std::vector<UntrustedFolder> untrustedFolders() const;
    /// The open trust question, or null (for tests).
    QMessageBox* trustPrompt() const { return m_prompt; }
    /// Trusts `folder` (saved), loads its plugins and refreshes the analyses; false when the
    /// choice could not be saved (the user was told why).
    bool trustFolder(const QString& folder);

    void showPluginsDialog();
    widgets::PluginsDialog* pluginsDialog() const { return m_pluginsDialog; }

    /// The layer sources of the loaded plugins, as the add-layers dialog offers them.
    std::vector<widgets::OfferedLayerSource> offeredLayerSources() const;
    void showAddLayersDialog();
    widgets::PluginLayersDialog* addLayersDialog() const { return m_layersDialog; }
    /// Adds the layers of `sourceId` of plugin `pluginId` that the project lacks, under their
    /// project; the number of layers added.
    int addLayerSource(const QString& pluginId, const QString& sourceId);

signals:
    /// Plugins were loaded again (after a trust decision or a folder change).
    void pluginsReloaded();

private:
    void reload();
    void askNextTrust();
    QString pluginName(const plugin::PluginRecord& record) const;

    plugin::PluginManager& m_manager;
    ProjectDocument& m_document;
    QWidget* m_parent;
    analysis::AnalysisRegistry* m_registry = nullptr;
    AnalysisController* m_analyses = nullptr;
    std::vector<UntrustedFolder> m_toAsk;
    std::set<QString> m_asked; // asked once per start: "Not now" is not asked again
    QPointer<QMessageBox> m_prompt;
    QPointer<widgets::PluginsDialog> m_pluginsDialog;
    QPointer<widgets::PluginLayersDialog> m_layersDialog;
};

} // namespace cw::desktop
