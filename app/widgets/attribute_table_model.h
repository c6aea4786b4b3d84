// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QAbstractTableModel>
#include <memory>

namespace cw::widgets {

/// A layer's attributes as a read-only table; numbers sort as numbers (Qt::UserRole).
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;

    explicit AttributeTableModel(std::shared_ptr<const data::VectorLayer> layer,
                                 QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const data::VectorLayer> m_layer;
};

} // namespace cw::widgets
