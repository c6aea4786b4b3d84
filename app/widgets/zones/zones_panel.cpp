// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/zones/zones_panel.h"

#include <QAction>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::widgets {

ZonesPanel::ZonesPanel(const QList<QAction*>& actions, QWidget* parent)
    : QWidget(parent), m_list(new QTreeWidget(this)) {
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("zonesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : actions) {
        if (action)
            bar->addAction(action);
        else
            bar->addSeparator();
    }
    m_list->setObjectName(QStringLiteral("zonesList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Zone"), tr("Exemptions"), tr("Valid")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(bar);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ZonesPanel::selectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit activated(item->data(0, Qt::UserRole).toString());
    });
}

void ZonesPanel::setRows(const QList<Row>& rows) {
    const QStringList selected = selectedIds();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Row& row : rows) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, row.name);
            item->setData(0, Qt::UserRole, row.id);
            item->setToolTip(0, row.id);
            item->setText(1, QString::number(row.exemptions));
            item->setTextAlignment(1, Qt::AlignCenter);
            item->setText(2, tr("%1–%2").arg(row.firstYear).arg(row.lastYear));
        }
    }
    selectIds(selected);
}

QStringList ZonesPanel::selectedIds() const {
    QStringList ids;
    // In list order, so "the first selected" is stable whatever order they were clicked in.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->isSelected())
            ids << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

void ZonesPanel::selectIds(const QStringList& ids) {
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            auto* item = m_list->topLevelItem(i);
            if (ids.contains(item->data(0, Qt::UserRole).toString()))
                item->setSelected(true);
        }
    }
    emit selectionChanged();
}

} // namespace cw::widgets
