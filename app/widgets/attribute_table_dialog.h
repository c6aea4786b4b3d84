// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QDialog>
#include <QList>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cw::widgets {

class AttributeFilterProxy;
class FeatureSelection;

/// A layer's attributes, non-modal so the map stays usable beside it: a filter over every
/// field, sorting, rows selected with the map's selection both ways, "selected only", and
/// zoom to the selection or (double click) to one feature.
class AttributeTableDialog : public QDialog {
    Q_OBJECT

public:
    AttributeTableDialog(const QString& layerName, const QString& layerId,
                         std::shared_ptr<const data::VectorLayer> layer,
                         FeatureSelection& selection, QWidget* parent = nullptr);

    QTableView& view() const { return *m_view; }
    QLineEdit& filter() const { return *m_filter; }
    /// Rows shown after the filter.
    int shownRows() const;

signals:
    void zoomRequested(const QString& layerId, const QList<qulonglong>& features);

private:
    void pushSelectionToMap();
    void pullSelectionFromMap();
    void updateCount();

    QString m_layerId;
    std::size_t m_features;
    FeatureSelection& m_selection;
    AttributeFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_selectedOnly;
    QLabel* m_count;
    bool m_syncing = false;
};

} // namespace cw::widgets
