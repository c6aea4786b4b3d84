// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/result_table_model.h"

#include <cmath>

namespace cw::widgets {
namespace {
bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

bool isShare(const std::string& column) {
    return contains(column, "share") || contains(column, "ratio");
}
bool isMeasure(const std::string& column) {
    return contains(column, "area") || contains(column, "_m2") || contains(column, "length") ||
           contains(column, "distance") || column.ends_with("_m");
}
} // namespace

ResultTableModel::ResultTableModel(std::shared_ptr<const analysis::ResultTable> table,
                                   const QString& language, QObject* parent)
    : QAbstractTableModel(parent), m_table(std::move(table)),
      // Grouping separators in both languages; the C locale would omit them.
      m_locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English) {}

int ResultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : int(m_table->rows.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : int(m_table->columns.size());
}

QString ResultTableModel::formatValue(const data::AttributeValue& value, const std::string& column,
                                      const QLocale& locale) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return locale.toString(qlonglong(*i));
    if (const auto* d = std::get_if<double>(&value)) {
        if (!std::isfinite(*d))
            return QString::fromStdString(data::toDisplayString(value));
        if (isShare(column))
            return locale.toString(*d * 100.0, 'f', 1) + QLatin1Char('%');
        if (isMeasure(column))
            return locale.toString(*d, 'f', std::abs(*d) < 10 ? 1 : 0);
        QString text = locale.toString(*d, 'f', 3);
        // Trailing zeros say nothing: "2.500" -> "2.5", "3.000" -> "3".
        const QChar point = locale.decimalPoint().at(0);
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(1);
        }
        return text;
    }
    return QString::fromStdString(data::toDisplayString(value));
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
        return formatValue(value, m_table->columns[column].name, m_locale);
    case Qt::ToolTipRole:
        return numeric ? QString::fromStdString(data::toDisplayString(value)) : QVariant();
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (const auto* i = std::get_if<std::int64_t>(&value))
            return QVariant::fromValue<qlonglong>(*i);
        if (const auto* d = std::get_if<double>(&value))
            return *d;
        return QString::fromStdString(data::toDisplayString(value));
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || !m_table)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return QString::fromStdString(m_table->columns[std::size_t(section)].name);
}

} // namespace cw::widgets
