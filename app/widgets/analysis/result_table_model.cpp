// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/result_table_model.h"

namespace cw::widgets {

ResultTableModel::ResultTableModel(std::shared_ptr<const analysis::ResultTable> table,
                                   const QString& language, QHash<QString, QString> projectNames,
                                   const analysis::AnalysisDescriptor* analysis, QObject* parent)
    : QAbstractTableModel(parent), m_table(std::move(table)),
      m_analysis(analysis ? std::optional(*analysis) : std::nullopt),
      m_text(language, std::move(projectNames), {}, m_analysis ? &*m_analysis : nullptr) {}

int ResultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : int(m_table->rows.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : int(m_table->columns.size());
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_table)
        return {};
    const auto& row = m_table->rows[std::size_t(index.row())];
    const auto column = std::size_t(index.column());
    if (column >= row.size())
        return {};
    const data::AttributeValue& value = row[column];
    const bool numeric =
        std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
    switch (role) {
    case Qt::DisplayRole:
        return m_text.value(value, m_table->columns[column]);
    case Qt::ToolTipRole:
        return QString::fromStdString(data::toDisplayString(value));
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (const auto* i = std::get_if<std::int64_t>(&value))
            return QVariant::fromValue<qlonglong>(*i);
        if (const auto* d = std::get_if<double>(&value))
            return *d;
        return m_text.value(value, m_table->columns[column]);
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_table || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const data::Field& column = m_table->columns[std::size_t(section)];
    // The tooltip names the column as files and the CLI do.
    return role == Qt::DisplayRole ? m_text.title(column) : QString::fromStdString(column.name);
}

} // namespace cw::widgets
