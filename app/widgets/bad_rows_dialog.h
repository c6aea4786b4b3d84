// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace cw::widgets {

/// The rows of a loaded table that have no usable position ((0,0), swapped, outside Korea, …),
/// with their row numbers in the file and their values, to find and fix them at the source.
/// Non-modal, like the attribute table.
class BadRowsDialog : public QDialog {
    Q_OBJECT

public:
    BadRowsDialog(const QString& layerName, std::shared_ptr<const data::VectorLayer> layer,
                  QWidget* parent = nullptr);

    /// The rows listed under the current reason filter.
    int visibleRows() const;
    /// Lists only the rows with `reason` (-1: all).
    void setReasonFilter(int reason);

private:
    QComboBox* m_reasons;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
};

} // namespace cw::widgets
