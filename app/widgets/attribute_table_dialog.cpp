// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/attribute_table_dialog.h"

#include "widgets/attribute_table_model.h"
#include "widgets/map_tools/feature_selection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::widgets {

/// Rows whose text in any column contains the filter, optionally only the selected features.
class AttributeFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSelectedOnly(const FeatureSelection::Features* features) {
        m_only = features;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (m_only && !m_only->count(std::size_t(row)))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    const FeatureSelection::Features* m_only = nullptr;
};

AttributeTableDialog::AttributeTableDialog(const QString& layerName, const QString& layerId,
                                           std::shared_ptr<const data::VectorLayer> layer,
                                           FeatureSelection& selection, QWidget* parent)
    : QDialog(parent), m_layerId(layerId), m_features(layer ? layer->featureCount() : 0),
      m_selection(selection), m_proxy(new AttributeFilterProxy(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_selectedOnly(new QCheckBox(tr("Selected only"), this)),
      m_count(new QLabel(this)) {
    setWindowTitle(tr("Attribute table — %1").arg(layerName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_proxy->setSourceModel(new AttributeTableModel(std::move(layer), this));
    m_proxy->setSortRole(AttributeTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until the user picks a column
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->resizeColumnsToContents();
    m_filter->setObjectName(QStringLiteral("attributeFilter"));
    m_filter->setPlaceholderText(tr("Filter: text in any field"));
    m_filter->setClearButtonEnabled(true);
    auto* zoom = new QPushButton(tr("Zoom to Selection"), this);
    zoom->setObjectName(QStringLiteral("zoomToSelection"));

    // Rows the filter hides leave the view's selection, not the map's: no syncing meanwhile.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_syncing = true;
        m_proxy->setFilterFixedString(text);
        m_syncing = false;
        pullSelectionFromMap();
        updateCount();
    });
    connect(m_selectedOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_syncing = true;
        m_proxy->setSelectedOnly(only ? &m_selection.of(m_layerId) : nullptr);
        m_syncing = false;
        pullSelectionFromMap();
        updateCount();
    });
    connect(zoom, &QPushButton::clicked, this, [this] {
        QList<qulonglong> features;
        for (std::size_t f : m_selection.of(m_layerId))
            features << qulonglong(f);
        if (!features.isEmpty())
            emit zoomRequested(m_layerId, features);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit zoomRequested(m_layerId, {qulonglong(m_proxy->mapToSource(index).row())});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDialog::pushSelectionToMap);
    connect(&m_selection, &FeatureSelection::changed, this, [this] {
        if (m_selectedOnly->isChecked() && !m_syncing) {
            m_syncing = true;
            m_proxy->setSelectedOnly(&m_selection.of(m_layerId));
            m_syncing = false;
        }
        pullSelectionFromMap();
        updateCount();
    });

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_selectedOnly);
    tools->addWidget(zoom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    pullSelectionFromMap();
    updateCount();
    resize(820, 480);
}

int AttributeTableDialog::shownRows() const {
    return m_proxy->rowCount();
}

void AttributeTableDialog::pushSelectionToMap() {
    if (m_syncing)
        return;
    FeatureSelection::Features features;
    // Rows hidden by the filter keep their selection: the filter narrows the view only.
    for (std::size_t f : m_selection.of(m_layerId))
        if (!m_proxy->mapFromSource(m_proxy->sourceModel()->index(int(f), 0)).isValid())
            features.insert(f);
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        features.insert(std::size_t(m_proxy->mapToSource(row).row()));
    m_syncing = true;
    m_selection.setLayer(m_layerId, features);
    m_syncing = false;
    updateCount();
}

void AttributeTableDialog::pullSelectionFromMap() {
    if (m_syncing)
        return;
    QItemSelection rows;
    for (std::size_t f : m_selection.of(m_layerId)) {
        if (f >= m_features)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(int(f), 0));
        if (index.isValid())
            rows.select(index, index);
    }
    m_syncing = true;
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    m_syncing = false;
}

void AttributeTableDialog::updateCount() {
    m_count->setText(tr("%1 of %2 feature(s) shown, %3 selected")
                         .arg(m_proxy->rowCount())
                         .arg(qulonglong(m_features))
                         .arg(qulonglong(m_selection.of(m_layerId).size())));
}

} // namespace cw::widgets
