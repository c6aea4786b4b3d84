// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/identify_results_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::widgets {

IdentifyResultsPanel::IdentifyResultsPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(0, 2, this)) {
    m_title->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    clear();
}

void IdentifyResultsPanel::showFeature(const QString& layerName, const data::VectorLayer& layer,
                                       std::size_t feature) {
    m_layerName = layerName;
    m_title->setText(tr("<b>%1</b> — feature %2")
                         .arg(layerName.toHtmlEscaped())
                         .arg(feature < layer.fids.size() ? layer.fids[feature] : qint64(feature)));
    const auto& row = layer.attributes.at(feature);
    m_table->setRowCount(int(layer.fields.size()));
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
        m_table->setItem(int(i), 0,
                         new QTableWidgetItem(QString::fromStdString(layer.fields[i].name)));
        const QString value =
            i < row.size() ? QString::fromStdString(data::toDisplayString(row[i])) : QString();
        auto* item = new QTableWidgetItem(value);
        item->setToolTip(value);
        m_table->setItem(int(i), 1, item);
    }
    m_table->resizeColumnToContents(0);
}

void IdentifyResultsPanel::showNothingFound() {
    clear();
    m_title->setText(tr("No feature under the cursor."));
}

void IdentifyResultsPanel::clear() {
    m_layerName.clear();
    m_table->setRowCount(0);
    m_title->setText(tr("Turn on Identify (Tools menu) and click a feature on the map."));
}

QStringList IdentifyResultsPanel::values() const {
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << (m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString());
    return out;
}

} // namespace cw::widgets
