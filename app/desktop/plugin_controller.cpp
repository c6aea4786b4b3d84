// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/plugin_controller.h"

#include "cityweave/analysis/analysis_registry.h"
#include "common/error_text.h"
#include "common/plugin_setup.h"
#include "common/plugin_text.h"
#include "desktop/analysis_controller.h"
#include "desktop/plugin_layers.h"
#include "desktop/project_document.h"
#include "widgets/plugins/plugins_dialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <algorithm>
#include <filesystem>

namespace cw::desktop {
namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

PluginController::PluginController(plugin::PluginManager& manager, ProjectDocument& document,
                                   QWidget* dialogParent)
    : QObject(dialogParent), m_manager(manager), m_document(document), m_parent(dialogParent) {}

std::vector<plugin::PluginFolder> PluginController::folders() const {
    return app::pluginFolders(m_manager.preferences());
}

void PluginController::loadInto(analysis::AnalysisRegistry& registry) {
    m_registry = &registry;
    m_manager.loadAll(folders(), registry);
}

void PluginController::reload() {
    if (!m_registry)
        return;
    // On the UI thread, like the start-up load: plugin code registers into the registry the
    // panel reads, and a run in flight only holds its own analysis, which stays.
    m_manager.loadAll(folders(), *m_registry);
    if (m_analyses)
        m_analyses->refreshAnalyses();
    if (m_pluginsDialog)
        m_pluginsDialog->refresh(folders());
    emit pluginsReloaded();
}

QString PluginController::pluginName(const plugin::PluginRecord& record) const {
    const std::string& name = record.metadata.name.in(m_document.language().toStdString());
    return name.empty() ? qs(record.metadata.id) : qs(name);
}

void PluginController::showStartupNotices() {
    if (!m_manager.crashedLastStart().empty()) {
        QStringList names;
        for (const std::string& id : m_manager.crashedLastStart()) {
            const plugin::PluginRecord* record = m_manager.find(id);
            names << (record ? tr("%1 (%2)").arg(pluginName(*record), qs(id)) : qs(id));
        }
        // Non-modal: the application works; the user reads this at leisure.
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Plugins disabled after a crash"),
                            app::PluginText::crashedNotice(names), QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("pluginCrashNotice"));
        box->setInformativeText(tr("You can enable them again in Plugins > Manage Plugins."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    m_toAsk = untrustedFolders();
    askNextTrust();
}

std::vector<PluginController::UntrustedFolder> PluginController::untrustedFolders() const {
    std::vector<UntrustedFolder> out;
    for (const plugin::PluginFolder& folder : folders()) {
        const std::string searched = plugin::normalizedFolder(folder.path);
        UntrustedFolder entry{qs(folder.path), {}};
        for (const plugin::PluginRecord& record : m_manager.records())
            if (record.state == plugin::PluginState::Untrusted &&
                std::filesystem::path(record.folder).parent_path().string() == searched)
                entry.pluginNames << tr("%1 %2").arg(pluginName(record),
                                                     qs(record.metadata.version));
        if (!entry.pluginNames.isEmpty())
            out.push_back(std::move(entry));
    }
    return out;
}

void PluginController::askNextTrust() {
    while (!m_toAsk.empty() && m_asked.count(m_toAsk.front().folder))
        m_toAsk.erase(m_toAsk.begin());
    if (m_toAsk.empty() || m_prompt)
        return;
    const UntrustedFolder next = m_toAsk.front();
    m_toAsk.erase(m_toAsk.begin());
    m_asked.insert(next.folder);

    auto* box = new QMessageBox(QMessageBox::Question, tr("Trust this plugin folder?"),
                                tr("CityWeave found %n plugin(s) in a folder you have not trusted "
                                   "yet:",
                                   nullptr, int(next.pluginNames.size())),
                                QMessageBox::NoButton, m_parent);
    box->setObjectName(QStringLiteral("pluginTrustPrompt"));
    box->setInformativeText(
        tr("%1\n\nFolder: %2\n\nA plugin runs with your permissions. Trust the folder only if "
           "you know where its plugins come from.")
            .arg(QStringLiteral("• ") + next.pluginNames.join(QStringLiteral("\n• ")),
                 next.folder));
    QPushButton* trust = box->addButton(tr("Trust and Load"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    box->addButton(tr("Not Now"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("notNowButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = next.folder;
    connect(box, &QMessageBox::finished, this, [this, box, trust, folder] {
        const bool trusted = box->clickedButton() == trust;
        m_prompt = nullptr;
        if (trusted)
            trustFolder(folder);
        askNextTrust();
    });
    m_prompt = box;
    box->open(); // window-modal, but it does not block the event loop
}

bool PluginController::trustFolder(const QString& folder) {
    if (const Status status = m_manager.setFolderTrusted(folder.toStdString(), true); !status) {
        QMessageBox::warning(m_parent, tr("Cannot save the plugin settings"),
                             app::ErrorText::describe(status.error()));
        return false;
    }
    reload();
    return true;
}

void PluginController::showPluginsDialog() {
    if (!m_pluginsDialog) {
        m_pluginsDialog = new widgets::PluginsDialog(m_manager, m_document.language(), m_parent);
        m_pluginsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_pluginsDialog, &widgets::PluginsDialog::trustChanged, this,
                [this](const QString&, bool trusted) {
                    if (trusted)
                        reload(); // untrusting takes effect at the next start
                    else if (m_pluginsDialog)
                        m_pluginsDialog->refresh(folders());
                });
        // A new folder is scanned at once so its plugins show (untrusted until the user agrees).
        connect(m_pluginsDialog, &widgets::PluginsDialog::foldersEdited, this,
                &PluginController::reload);
        m_pluginsDialog->refresh(folders());
    }
    m_pluginsDialog->show();
    m_pluginsDialog->raise();
    m_pluginsDialog->activateWindow();
}

std::vector<widgets::OfferedLayerSource> PluginController::offeredLayerSources() const {
    std::vector<widgets::OfferedLayerSource> out;
    for (const auto& [pluginId, source] : m_manager.layerSources()) {
        const plugin::PluginRecord* record = m_manager.find(pluginId);
        if (!record)
            continue;
        widgets::OfferedLayerSource offer{qs(pluginId), pluginName(*record),
                                          qs(record->metadata.version), source, true};
        for (const sdk::LayerContribution& layer : source.layers) {
            const bool present = std::any_of(
                m_document.layers().begin(), m_document.layers().end(),
                [&](const auto& l) { return isFromPluginLayer(l.entry, pluginId, source, layer); });
            offer.alreadyInProject = offer.alreadyInProject && present;
        }
        out.push_back(std::move(offer));
    }
    return out;
}

void PluginController::showAddLayersDialog() {
    if (m_layersDialog) {
        m_layersDialog->raise();
        return;
    }
    auto offers = offeredLayerSources();
    auto* dialog = new widgets::PluginLayersDialog(offers, m_document.language(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, offers] {
        const int index = dialog->selectedIndex();
        if (index >= 0 && index < int(offers.size()))
            addLayerSource(offers[std::size_t(index)].pluginId,
                           qs(offers[std::size_t(index)].source.id));
    });
    m_layersDialog = dialog;
    dialog->open();
}

int PluginController::addLayerSource(const QString& pluginId, const QString& sourceId) {
    const plugin::PluginRecord* record = m_manager.find(pluginId.toStdString());
    if (!record || record->state != plugin::PluginState::Loaded)
        return 0;
    const auto source = std::find_if(record->layerSources.begin(), record->layerSources.end(),
                                     [&](const auto& s) { return qs(s.id) == sourceId; });
    if (source == record->layerSources.end())
        return 0;
    const auto& layers = m_document.layers();
    PluginLayerAddition addition = pluginLayerAddition(
        *record, *source,
        [&](const sdk::LayerContribution& layer) {
            return std::any_of(layers.begin(), layers.end(), [&](const auto& l) {
                return isFromPluginLayer(l.entry, record->metadata.id, *source, layer);
            });
        },
        [&](const std::string& id) { return m_document.findLayer(qs(id)) != nullptr; });
    const int added = int(addition.layers.size());
    if (added > 0)
        m_document.addProjectLayers(addition.project, std::move(addition.layers));
    return added;
}

} // namespace cw::desktop
