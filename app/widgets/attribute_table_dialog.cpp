// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/attribute_table_dialog.h"

#include "widgets/attribute_table_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::widgets {

AttributeTableDialog::AttributeTableDialog(const QString& layerName,
                                           std::shared_ptr<const data::VectorLayer> layer,
                                           QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Attribute table — %1").arg(layerName));
    setAttribute(Qt::WA_DeleteOnClose);
    const int features = layer ? int(layer->featureCount()) : 0;
    auto* model = new AttributeTableModel(std::move(layer), this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(AttributeTableModel::SortRole);
    auto* view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // file order until the user picks a column
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n feature(s)", nullptr, features), this));
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(760, 460);
}

} // namespace cw::widgets
