// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/sdk/contributions.h"

#include <QDialog>
#include <QString>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace cw::widgets {

/// A layer source a loaded plugin offers, with what the dialog shows about its plugin.
struct OfferedLayerSource {
    QString pluginId;
    QString pluginName; ///< in the interface language
    QString pluginVersion;
    sdk::LayerSource source;
    bool alreadyInProject = false; ///< every one of its layers is in the project already
};

/// "Add layers from plugin": lists the layer sources of the loaded plugins and shows, for the
/// one picked, its description, the project its layers make up, and each layer's sector and
/// provenance. It only chooses; the caller adds the layers.
class PluginLayersDialog : public QDialog {
    Q_OBJECT

public:
    enum LayerColumn { LayerName, LayerSector, Source, Owner, Date, Licence, LayerColumnCount };

    PluginLayersDialog(std::vector<OfferedLayerSource> offers, const QString& language,
                       QWidget* parent = nullptr);

    /// Index into the offers of the source picked, or -1.
    int selectedIndex() const;
    /// Picks the source `sourceId` of plugin `pluginId` (also for tests); false when absent.
    bool selectSource(const QString& pluginId, const QString& sourceId);
    const QListWidget& sourceList() const { return *m_sources; }
    const QTableWidget& layerTable() const { return *m_layers; }

    /// A sector's name in the interface language ("Energy", "에너지").
    static QString sectorName(project::Sector sector);

private:
    void showSelected();
    QString projectSummary(const sdk::ProjectDescription& project) const;

    std::vector<OfferedLayerSource> m_offers;
    std::string m_language;
    QListWidget* m_sources;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_project;
    QTableWidget* m_layers;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace cw::widgets
