// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plugins/plugins_dialog.h"

#include "common/error_text.h"
#include "common/plugin_text.h"
#include "widgets/plugins/plugin_folders_panel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {
enum Role { IdRole = Qt::UserRole + 1 };

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QStyle::StandardPixmap stateIcon(plugin::PluginState state) {
    switch (state) {
    case plugin::PluginState::Loaded:
        return QStyle::SP_DialogApplyButton;
    case plugin::PluginState::Disabled:
        return QStyle::SP_MediaPause;
    case plugin::PluginState::Untrusted:
        return QStyle::SP_MessageBoxQuestion;
    case plugin::PluginState::CrashedLastStart:
        return QStyle::SP_MessageBoxCritical;
    case plugin::PluginState::Refused:
        break;
    }
    return QStyle::SP_MessageBoxWarning;
}
} // namespace

PluginsDialog::PluginsDialog(plugin::PluginManager& manager, const QString& language,
                             QWidget* parent)
    : QDialog(parent), m_manager(manager), m_language(language.toStdString()),
      m_table(new QTableWidget(0, ColumnCount, this)), m_note(new QLabel(this)),
      m_folders(new PluginFoldersPanel(manager, this)) {
    setWindowTitle(tr("Plugins"));
    m_table->setHorizontalHeaderLabels({tr("Enabled"), tr("Name"), tr("Id"), tr("Version"),
                                        tr("Found in"), tr("State"), tr("Licence"),
                                        tr("Provides")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows follow the wrapped reason as the State column takes the dialog's width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellChanged, this, &PluginsDialog::onItemChanged);

    m_note->setWordWrap(true);
    m_note->setText(tr("Enabling or disabling a plugin is saved at once and takes effect at the "
                       "next start. Plugins in a folder you have not trusted are not loaded."));

    auto* foldersBox = new QGroupBox(tr("Plugin folders, in search order"), this);
    auto* foldersLayout = new QVBoxLayout(foldersBox);
    foldersLayout->addWidget(m_folders);
    connect(m_folders, &PluginFoldersPanel::trustChanged, this, &PluginsDialog::trustChanged);
    connect(m_folders, &PluginFoldersPanel::foldersEdited, this, &PluginsDialog::foldersEdited);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_note);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(foldersBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1280, 720);
}

QString PluginsDialog::providesText(const plugin::PluginRecord& record) {
    const bool loaded = record.state == plugin::PluginState::Loaded;
    const auto& meta = record.metadata;
    const int analyses = int(loaded ? record.analyses.size() : meta.providedAnalyses.size());
    const int sources = int(loaded ? record.layerSources.size() : meta.layerSources.size());
    const int styles = int(loaded ? record.styles.size() : meta.styles.size());
    QStringList parts;
    if (analyses > 0)
        parts << tr("%n analysis(es)", nullptr, analyses);
    if (sources > 0)
        parts << tr("%n layer source(s)", nullptr, sources);
    if (styles > 0)
        parts << tr("%n style(s)", nullptr, styles);
    // One per line keeps the column narrow, leaving the width to the state and its reason.
    return parts.isEmpty() ? tr("Nothing declared") : parts.join(QLatin1Char('\n'));
}

void PluginsDialog::refresh(std::vector<plugin::PluginFolder> folders) {
    m_filling = true;
    const auto& records = m_manager.records();
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < int(records.size()); ++row)
        fillRow(row, records[std::size_t(row)]);
    m_filling = false;
    m_folders->setFolders(std::move(folders));
}

void PluginsDialog::fillRow(int row, const plugin::PluginRecord& record) {
    const auto& meta = record.metadata;
    const QString id = qs(meta.id);
    const QString reason = app::PluginText::reason(record);
    const QString state = reason.isEmpty()
                              ? app::PluginText::state(record.state)
                              : tr("%1: %2").arg(app::PluginText::state(record.state), reason);
    const QString name = meta.name.in(m_language).empty() ? id : qs(meta.name.in(m_language));
    const QStringList cells{QString(),
                            name,
                            id,
                            qs(meta.version),
                            app::PluginText::origin(record.origin),
                            state,
                            qs(meta.licence),
                            providesText(record)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setData(IdRole, id);
        m_table->setItem(row, column, item);
    }
    QTableWidgetItem* enabled = m_table->item(row, Enabled);
    enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    enabled->setCheckState(m_manager.preferences().disabled.count(meta.id) ? Qt::Unchecked
                                                                           : Qt::Checked);
    enabled->setToolTip(tr("Load this plugin at start-up (takes effect at the next start)"));
    m_table->item(row, State)->setIcon(style()->standardIcon(stateIcon(record.state)));
    m_table->item(row, State)->setToolTip(state);
    const QString description = qs(meta.description.in(m_language));
    m_table->item(row, Name)->setToolTip(
        description.isEmpty() ? qs(record.folder)
                              : description + QStringLiteral("\n") + qs(record.folder));
    m_table->item(row, Origin)->setToolTip(qs(record.folder));
    QStringList provided;
    for (const auto& analysis : record.analyses)
        provided << tr("Analysis: %1").arg(qs(analysis));
    for (const auto& source :
         (record.state == plugin::PluginState::Loaded ? record.layerSources : meta.layerSources))
        provided << tr("Layers: %1").arg(qs(source.name.in(m_language)));
    m_table->item(row, Provides)->setToolTip(provided.join(QStringLiteral("\n")));
}

int PluginsDialog::rowOf(const QString& id) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Id) && m_table->item(row, Id)->text() == id)
            return row;
    return -1;
}

bool PluginsDialog::setPluginEnabled(const QString& id, bool enabled) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    // Through the box, so that the table and the saved choice never disagree.
    m_table->item(row, Enabled)->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    return (m_manager.preferences().disabled.count(id.toStdString()) == 0) == enabled;
}

void PluginsDialog::onItemChanged(int row, int column) {
    if (m_filling || column != Enabled)
        return;
    QTableWidgetItem* item = m_table->item(row, Enabled);
    const std::string id = item->data(IdRole).toString().toStdString();
    const bool enabled = item->checkState() == Qt::Checked;
    if (const Status status = m_manager.setEnabled(id, enabled); !status) {
        QMessageBox::warning(this, tr("Cannot save the plugin settings"),
                             app::ErrorText::describe(status.error()));
        m_filling = true;
        item->setCheckState(enabled ? Qt::Unchecked : Qt::Checked);
        m_filling = false;
        return;
    }
    m_note->setText(tr("Saved. The change takes effect at the next start of CityWeave."));
}

} // namespace cw::widgets
