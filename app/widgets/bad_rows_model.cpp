// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/bad_rows_model.h"

#include "common/table_read_text.h"

namespace cw::widgets {

BadRowsModel::BadRowsModel(std::shared_ptr<const data::VectorLayer> layer, QObject* parent)
    : QAbstractTableModel(parent), m_layer(std::move(layer)) {}

int BadRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_layer ? 0 : int(m_layer->report.badRows.rows.size());
}

int BadRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_layer ? 0 : FirstFieldColumn + int(m_layer->fields.size());
}

const data::AttributeValue* BadRowsModel::value(const data::BadRow& row, int column) const {
    const auto field = std::size_t(column - FirstFieldColumn);
    if (row.feature < 0 || std::size_t(row.feature) >= m_layer->attributes.size())
        return nullptr; // left out of the layer: its values were not kept
    const data::AttributeRow& values = m_layer->attributes[std::size_t(row.feature)];
    return field < values.size() ? &values[field] : nullptr;
}

QVariant BadRowsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const data::BadRow& row = m_layer->report.badRows.rows[std::size_t(index.row())];
    if (role == ReasonRole)
        return int(row.reason);
    switch (index.column()) {
    case RowColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return qlonglong(row.line);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return app::TableReadText::badRowReason(row.reason);
        return {};
    case KeptColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.feature >= 0 ? tr("Kept, no position") : tr("Left out");
        return {};
    default:
        break;
    }
    const data::AttributeValue* v = value(row, index.column());
    if (!v)
        return {};
    if (role == Qt::DisplayRole)
        return QString::fromStdString(data::toDisplayString(*v));
    if (role == SortRole) {
        if (const auto* i = std::get_if<std::int64_t>(v))
            return qlonglong(*i);
        if (const auto* d = std::get_if<double>(v))
            return *d;
        return QString::fromStdString(data::toDisplayString(*v));
    }
    return {};
}

QVariant BadRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ReasonColumn:
        return tr("Reason");
    case KeptColumn:
        return tr("In the layer");
    default:
        break;
    }
    const auto field = std::size_t(section - FirstFieldColumn);
    return m_layer && field < m_layer->fields.size()
               ? QString::fromStdString(m_layer->fields[field].name)
               : QVariant();
}

} // namespace cw::widgets
