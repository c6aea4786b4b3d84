// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/plugin/plugin_manager.h"

#include <QDialog>
#include <vector>

class QLabel;
class QTableWidget;

namespace cw::widgets {

class PluginFoldersPanel;

/// The Plugins dialog: every plugin found, loadable or not, with its state and the reason,
/// what it provides, and a box to enable or disable it (saved at once, effective at the next
/// start); below, the folders searched, to trust and to edit. It only reads the manager's
/// records and saves the user's choices; loading again is the owner's job (see the panel's
/// signals, forwarded here).
class PluginsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Enabled, Name, Id, Version, Origin, State, Licence, Provides, ColumnCount };

    PluginsDialog(plugin::PluginManager& manager, const QString& language,
                  QWidget* parent = nullptr);

    /// Re-reads the manager's records and shows `folders` (after the owner loaded again).
    void refresh(std::vector<plugin::PluginFolder> folders);
    const QTableWidget& table() const { return *m_table; }
    PluginFoldersPanel& folders() const { return *m_folders; }
    /// The row of plugin `id`, or -1.
    int rowOf(const QString& id) const;
    /// What the Enabled box does (also for tests); false when it could not be saved.
    bool setPluginEnabled(const QString& id, bool enabled);

    /// "2 analyses\n1 layer source\n3 styles" for a record (what it registered when loaded,
    /// else what its metadata declares).
    static QString providesText(const plugin::PluginRecord& record);

signals:
    void trustChanged(const QString& folder, bool trusted);
    void foldersEdited();

private:
    void fillRow(int row, const plugin::PluginRecord& record);
    void onItemChanged(int row, int column);

    plugin::PluginManager& m_manager;
    std::string m_language;
    QTableWidget* m_table;
    QLabel* m_note;
    PluginFoldersPanel* m_folders;
    bool m_filling = false;
};

} // namespace cw::widgets
