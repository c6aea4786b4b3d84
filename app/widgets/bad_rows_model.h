// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QAbstractTableModel>
#include <memory>

namespace cw::widgets {

/// A loaded table's rows without a usable position: the row number in the file, the reason,
/// whether the row is in the layer, then its attribute values (empty for rows left out).
class BadRowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ReasonRole = Qt::UserRole + 1; ///< the BadRowReason as an int
    enum Column { RowColumn, ReasonColumn, KeptColumn, FirstFieldColumn };

    explicit BadRowsModel(std::shared_ptr<const data::VectorLayer> layer,
                          QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const data::AttributeValue* value(const data::BadRow& row, int column) const;

    std::shared_ptr<const data::VectorLayer> m_layer;
};

} // namespace cw::widgets
