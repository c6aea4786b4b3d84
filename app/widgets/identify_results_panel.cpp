// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/identify_results_panel.h"

#include "cityweave/analysis/zone_layer.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {
constexpr int LayerRole = Qt::UserRole;
constexpr int FeatureRole = Qt::UserRole + 1;
} // namespace

IdentifyResultsPanel::IdentifyResultsPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeWidget(this)) {
    m_title->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("identifyTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Feature / field"), tr("Value")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { onCurrentChanged(item); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (QTreeWidgetItem* f = featureItem(item))
            emit zoomRequested(f->data(0, LayerRole).toString(),
                               f->data(0, FeatureRole).toULongLong());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    clear();
}

void IdentifyResultsPanel::showFeatures(const std::vector<Found>& found) {
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    for (const Found& f : found) {
        const data::VectorLayer& layer = *f.layer;
        const int nameField = layer.fieldIndex(analysis::nameFieldOf(layer.fields));
        const auto& row = layer.attributes.at(f.feature);
        const QString name =
            nameField >= 0 && std::size_t(nameField) < row.size()
                ? QString::fromStdString(data::toDisplayString(row[std::size_t(nameField)]))
                : QString();
        const qint64 fid =
            f.feature < layer.fids.size() ? layer.fids[f.feature] : qint64(f.feature);
        auto* item = new QTreeWidgetItem(
            m_tree, {f.layerName, name.isEmpty() ? tr("feature %1").arg(fid)
                                                 : tr("%1 (feature %2)").arg(name).arg(fid)});
        item->setData(0, LayerRole, f.layerId);
        item->setData(0, FeatureRole, qulonglong(f.feature));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (std::size_t i = 0; i < layer.fields.size(); ++i) {
            const QString value =
                i < row.size() ? QString::fromStdString(data::toDisplayString(row[i])) : QString();
            auto* child =
                new QTreeWidgetItem(item, {QString::fromStdString(layer.fields[i].name), value});
            child->setToolTip(1, value);
        }
    }
    m_title->setText(
        tr("%n feature(s) under the click, topmost first.", nullptr, int(found.size())));
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->topLevelItem(0)->setExpanded(true);
        m_tree->resizeColumnToContents(0);
    }
    if (found.empty())
        showNothingFound();
    else
        setCurrentFeature(0);
}

void IdentifyResultsPanel::setCurrentFeature(int index) {
    if (QTreeWidgetItem* item = m_tree->topLevelItem(index)) {
        m_tree->setCurrentItem(item);
        onCurrentChanged(item); // also when it was current already: highlight it again
    }
}

void IdentifyResultsPanel::onCurrentChanged(QTreeWidgetItem* item) {
    if (QTreeWidgetItem* f = featureItem(item))
        emit featureChosen(f->data(0, LayerRole).toString(), f->data(0, FeatureRole).toULongLong());
}

QTreeWidgetItem* IdentifyResultsPanel::featureItem(QTreeWidgetItem* item) const {
    while (item && item->parent())
        item = item->parent();
    return item;
}

void IdentifyResultsPanel::showNothingFound() {
    clear();
    m_title->setText(tr("No feature under the cursor."));
}

void IdentifyResultsPanel::clear() {
    m_tree->clear();
    m_title->setText(tr("Turn on Identify (map toolbar) and click a feature on the map."));
}

int IdentifyResultsPanel::featureCount() const {
    return m_tree->topLevelItemCount();
}

QStringList IdentifyResultsPanel::values() const {
    QStringList out;
    if (QTreeWidgetItem* f = featureItem(m_tree->currentItem()))
        for (int i = 0; i < f->childCount(); ++i)
            out << f->child(i)->text(1);
    return out;
}

QString IdentifyResultsPanel::layerName() const {
    QTreeWidgetItem* f = featureItem(m_tree->currentItem());
    return f ? f->text(0) : QString();
}

} // namespace cw::widgets
