// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"

#include <QWidget>
#include <vector>

class QPushButton;
class QTableWidget;

namespace cw::widgets {

/// The folders searched for plugins, in search order, with whether each is trusted: the user
/// trusts or stops trusting one, and adds or removes the extra folders named in the settings.
/// Every change is persisted through the manager at once; the signals let the owner load again.
class PluginFoldersPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { FolderPath, FolderKind, FolderTrust, FolderPlugins, ColumnCount };

    PluginFoldersPanel(plugin::PluginManager& manager, QWidget* parent = nullptr);

    /// The folders to show (install, user, then the extra ones), re-read after each change.
    void setFolders(std::vector<plugin::PluginFolder> folders);
    const QTableWidget& table() const { return *m_table; }

    /// What the buttons do, callable directly (also by tests); false when it could not be saved
    /// (the user was told why) or there was nothing to change.
    bool setTrusted(const QString& folder, bool trusted);
    bool addFolder(const QString& folder);
    bool removeFolder(const QString& folder);

signals:
    void trustChanged(const QString& folder, bool trusted);
    void foldersEdited();

private:
    void refresh();
    void updateButtons();
    QString currentFolder() const;
    plugin::FolderOrigin currentOrigin() const;
    bool report(const Status& status);

    plugin::PluginManager& m_manager;
    std::vector<plugin::PluginFolder> m_folders;
    QTableWidget* m_table;
    QPushButton* m_trust;
    QPushButton* m_untrust;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace cw::widgets
