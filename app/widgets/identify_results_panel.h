// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cw::widgets {

/// Every feature the identify tool found under the click, topmost first: one entry per feature
/// (layer and the feature's name or id), its fields and values beneath. Choosing an entry
/// says which feature to highlight; a double click asks to zoom to it.
class IdentifyResultsPanel : public QWidget {
    Q_OBJECT

public:
    struct Found {
        QString layerId;
        QString layerName;
        std::shared_ptr<const data::VectorLayer> layer;
        std::size_t feature = 0;
    };

    explicit IdentifyResultsPanel(QWidget* parent = nullptr);
    /// Shows `found` (topmost first) and makes the first the current one.
    void showFeatures(const std::vector<Found>& found);
    void showNothingFound();
    void clear();
    /// How many features are listed.
    int featureCount() const;
    /// The current feature's values, in field order (what a test or a copy action reads).
    QStringList values() const;
    /// The current feature's layer name.
    QString layerName() const;
    /// Makes entry `index` current (as a click on it does).
    void setCurrentFeature(int index);

signals:
    void featureChosen(const QString& layerId, qulonglong feature);
    void zoomRequested(const QString& layerId, qulonglong feature);

private:
    void onCurrentChanged(QTreeWidgetItem* item);
    QTreeWidgetItem* featureItem(QTreeWidgetItem* item) const;

    QLabel* m_title;
    QTreeWidget* m_tree;
};

} // namespace cw::widgets
