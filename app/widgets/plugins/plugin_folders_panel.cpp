// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plugins/plugin_folders_panel.h"

#include "common/error_text.h"
#include "common/plugin_text.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <filesystem>

namespace cw::widgets {
namespace {
enum Role { OriginRole = Qt::UserRole + 1 };

int pluginsIn(const plugin::PluginManager& manager, const std::string& folder) {
    const std::string normalized = plugin::normalizedFolder(folder);
    return int(std::count_if(manager.records().begin(), manager.records().end(), [&](auto& r) {
        return std::filesystem::path(r.folder).parent_path().string() == normalized;
    }));
}
} // namespace

PluginFoldersPanel::PluginFoldersPanel(plugin::PluginManager& manager, QWidget* parent)
    : QWidget(parent), m_manager(manager), m_table(new QTableWidget(0, ColumnCount, this)),
      m_trust(new QPushButton(tr("Trust"), this)),
      m_untrust(new QPushButton(tr("Stop Trusting"), this)),
      m_add(new QPushButton(tr("Add Folder…"), this)),
      m_remove(new QPushButton(tr("Remove Folder"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Folder"), tr("Kind"), tr("Trusted"), tr("Plugins")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FolderPath, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PluginFoldersPanel::updateButtons);

    m_trust->setToolTip(tr("Load the plugins in this folder, now and at every start."));
    m_untrust->setToolTip(tr("Stop loading the plugins in this folder from the next start."));
    connect(m_trust, &QPushButton::clicked, this, [this] { setTrusted(currentFolder(), true); });
    connect(m_untrust, &QPushButton::clicked, this, [this] { setTrusted(currentFolder(), false); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose a folder of plugins"));
        if (!folder.isEmpty())
            addFolder(folder);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeFolder(currentFolder()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_untrust);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void PluginFoldersPanel::setFolders(std::vector<plugin::PluginFolder> folders) {
    m_folders = std::move(folders);
    refresh();
}

void PluginFoldersPanel::refresh() {
    const QString selected = currentFolder();
    const auto& trusted = m_manager.preferences().trustedFolders;
    m_table->setRowCount(int(m_folders.size()));
    for (int row = 0; row < int(m_folders.size()); ++row) {
        const plugin::PluginFolder& folder = m_folders[std::size_t(row)];
        const bool isTrusted = folder.origin == plugin::FolderOrigin::Install ||
                               trusted.count(plugin::normalizedFolder(folder.path)) > 0;
        const QString trustText = folder.origin == plugin::FolderOrigin::Install
                                      ? tr("Always")
                                      : (isTrusted ? tr("Yes") : tr("No"));
        const QStringList cells{QString::fromStdString(folder.path),
                                app::PluginText::origin(folder.origin), trustText,
                                QString::number(pluginsIn(m_manager, folder.path))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(OriginRole, int(folder.origin));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, FolderPath)->setToolTip(cells[FolderPath]);
        if (!isTrusted)
            m_table->item(row, FolderTrust)
                ->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
        if (cells[FolderPath] == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString PluginFoldersPanel::currentFolder() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), FolderPath)->text();
}

plugin::FolderOrigin PluginFoldersPanel::currentOrigin() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty()
               ? plugin::FolderOrigin::Install
               : plugin::FolderOrigin(
                     m_table->item(rows.first().row(), FolderPath)->data(OriginRole).toInt());
}

void PluginFoldersPanel::updateButtons() {
    const QString folder = currentFolder();
    const bool editable = !folder.isEmpty() && currentOrigin() != plugin::FolderOrigin::Install;
    const bool trusted = m_manager.preferences().trustedFolders.count(
        plugin::normalizedFolder(folder.toStdString()));
    m_trust->setEnabled(editable && !trusted);
    m_untrust->setEnabled(editable && trusted);
    m_remove->setEnabled(editable && currentOrigin() == plugin::FolderOrigin::Settings);
}

bool PluginFoldersPanel::report(const Status& status) {
    if (!status)
        QMessageBox::warning(this, tr("Cannot save the plugin settings"),
                             app::ErrorText::describe(status.error()));
    return bool(status);
}

bool PluginFoldersPanel::setTrusted(const QString& folder, bool trusted) {
    if (folder.isEmpty() || !report(m_manager.setFolderTrusted(folder.toStdString(), trusted)))
        return false;
    refresh();
    emit trustChanged(folder, trusted);
    return true;
}

bool PluginFoldersPanel::addFolder(const QString& folder) {
    std::vector<std::string> extra = m_manager.preferences().extraFolders;
    const std::string path = plugin::normalizedFolder(folder.toStdString());
    if (path.empty() || std::find(extra.begin(), extra.end(), path) != extra.end())
        return false;
    extra.push_back(path);
    if (!report(m_manager.setExtraFolders(std::move(extra))))
        return false;
    emit foldersEdited();
    return true;
}

bool PluginFoldersPanel::removeFolder(const QString& folder) {
    std::vector<std::string> extra = m_manager.preferences().extraFolders;
    const std::string path = plugin::normalizedFolder(folder.toStdString());
    const auto removed = std::erase_if(
        extra, [&](const std::string& f) { return f == path || f == folder.toStdString(); });
    if (removed == 0 || !report(m_manager.setExtraFolders(std::move(extra))))
        return false;
    emit foldersEdited();
    return true;
}

} // namespace cw::widgets
