// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/bad_rows_dialog.h"

#include "common/table_read_text.h"
#include "widgets/bad_rows_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::widgets {

BadRowsDialog::BadRowsDialog(const QString& layerName,
                             std::shared_ptr<const data::VectorLayer> layer, QWidget* parent)
    : QDialog(parent), m_reasons(new QComboBox(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)) {
    setWindowTitle(tr("Rows without a position — %1").arg(layerName));
    auto* model = new BadRowsModel(layer, this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(BadRowsModel::SortRole);
    m_proxy->setFilterRole(BadRowsModel::ReasonRole);
    m_proxy->setFilterKeyColumn(BadRowsModel::ReasonColumn);
    m_view->setObjectName(QStringLiteral("badRows"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BadRowsModel::RowColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(110);

    const data::BadRows empty;
    const data::BadRows& bad = layer ? layer->report.badRows : empty;
    m_reasons->setObjectName(QStringLiteral("reasonFilter"));
    m_reasons->addItem(tr("All reasons (%1)").arg(bad.total()), -1);
    for (std::size_t r = 0; r < data::kBadRowReasonCount; ++r) {
        const auto reason = static_cast<data::BadRowReason>(r);
        if (bad.count(reason) > 0)
            m_reasons->addItem(QStringLiteral("%1 (%2)")
                                   .arg(app::TableReadText::badRowReason(reason))
                                   .arg(bad.count(reason)),
                               int(r));
    }
    connect(m_reasons, &QComboBox::currentIndexChanged, this,
            [this] { setReasonFilter(m_reasons->currentData().toInt()); });

    QStringList summary = app::TableReadText::badRowLines(bad);
    if (summary.isEmpty())
        summary << tr("Every row has a position.");
    summary << tr("Row numbers count every row of the file, the header rows included, as a "
                  "spreadsheet numbers them.");
    auto* label = new QLabel(summary.join(QLatin1Char('\n')), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_reasons);
    filterRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

int BadRowsDialog::visibleRows() const {
    return m_proxy->rowCount();
}

void BadRowsDialog::setReasonFilter(int reason) {
    const QSignalBlocker blocker(m_reasons);
    m_reasons->setCurrentIndex(std::max(0, m_reasons->findData(reason)));
    m_proxy->setFilterRegularExpression(
        reason < 0 ? QRegularExpression() : QRegularExpression(QStringLiteral("^%1$").arg(reason)));
}

} // namespace cw::widgets
