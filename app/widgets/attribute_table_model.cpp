// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/attribute_table_model.h"

namespace cw::widgets {

AttributeTableModel::AttributeTableModel(std::shared_ptr<const data::VectorLayer> layer,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_layer(std::move(layer)) {}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_layer ? 0 : int(m_layer->attributes.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_layer ? 0 : int(m_layer->fields.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole))
        return {};
    const auto& row = m_layer->attributes[std::size_t(index.row())];
    if (std::size_t(index.column()) >= row.size())
        return {};
    const data::AttributeValue& value = row[std::size_t(index.column())];
    const bool numeric =
        std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == SortRole) {
        if (const auto* i = std::get_if<std::int64_t>(&value))
            return QVariant::fromValue<qlonglong>(*i);
        if (const auto* d = std::get_if<double>(&value))
            return *d;
    }
    return QString::fromStdString(data::toDisplayString(value));
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || !m_layer)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return QString::fromStdString(m_layer->fields[std::size_t(section)].name);
}

} // namespace cw::widgets
