// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_reader.h"

#include <QAbstractTableModel>
#include <map>

namespace cw::widgets {

/// The first rows of a table as they will be read: decoded column names, typed values (numbers
/// right-aligned, codes as text), the coordinate columns in bold, and rows without a position
/// greyed with the reason in their tooltip.
class TablePreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const data::TablePreview& preview);
    void clear();
    /// False for a row the reader leaves without a position.
    bool rowHasPosition(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString columnTip(int column) const;
    QString rowTip(int row) const;
    bool isCoordinateColumn(const std::string& name) const;
    bool isCodeColumn(const std::string& name) const;

    data::TablePreview m_preview;
    std::map<std::int64_t, data::BadRow> m_badRows; // by feature index
};

} // namespace cw::widgets
