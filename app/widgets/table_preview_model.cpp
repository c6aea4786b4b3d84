// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/table_preview_model.h"

#include "common/table_read_text.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace cw::widgets {

void TablePreviewModel::setPreview(const data::TablePreview& preview) {
    beginResetModel();
    m_preview = preview;
    m_badRows.clear();
    for (const data::BadRow& row : m_preview.badRows.rows)
        if (row.feature >= 0)
            m_badRows.emplace(row.feature, row);
    endResetModel();
}

void TablePreviewModel::clear() {
    setPreview({});
}

bool TablePreviewModel::rowHasPosition(int row) const {
    const auto& has = m_preview.rowHasPosition;
    return row < 0 || std::size_t(row) >= has.size() || has[std::size_t(row)];
}

int TablePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int TablePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_preview.fields.size());
}

bool TablePreviewModel::isCoordinateColumn(const std::string& name) const {
    const auto& d = m_preview.detection;
    switch (d.geometry) {
    case data::GeometryColumns::XY:
        return name == d.xColumn || name == d.yColumn;
    case data::GeometryColumns::Wkt:
        return name == d.wktColumn;
    case data::GeometryColumns::Auto:
    case data::GeometryColumns::None:
        break;
    }
    return false;
}

bool TablePreviewModel::isCodeColumn(const std::string& name) const {
    const auto& codes = m_preview.detection.codeColumns;
    return std::find(codes.begin(), codes.end(), name) != codes.end();
}

QVariant TablePreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= m_preview.rows.size())
        return {};
    const data::AttributeRow& row = m_preview.rows[std::size_t(index.row())];
    const auto column = std::size_t(index.column());
    const data::AttributeValue* value = column < row.size() ? &row[column] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return value ? QString::fromStdString(data::toDisplayString(*value)) : QString();
    case Qt::TextAlignmentRole: {
        const bool number = value && (std::holds_alternative<std::int64_t>(*value) ||
                                      std::holds_alternative<double>(*value));
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ForegroundRole:
        if (!rowHasPosition(index.row()))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (!rowHasPosition(index.row()))
            return QBrush(QColor(0xf3, 0xf3, 0xf3));
        return {};
    case Qt::FontRole:
        if (!rowHasPosition(index.row())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return rowTip(index.row());
    default:
        return {};
    }
}

QString TablePreviewModel::rowTip(int row) const {
    if (rowHasPosition(row))
        return {};
    const auto it = m_badRows.find(row);
    if (it == m_badRows.end())
        return m_preview.problem && m_preview.problem->code == ErrorCode::AmbiguousCrs
                   ? tr("No position until the CRS of the values is chosen")
                   : tr("No position");
    return tr("Row %1 of the file has no position: %2")
        .arg(it->second.line)
        .arg(app::TableReadText::badRowReason(it->second.reason));
}

QString TablePreviewModel::columnTip(int column) const {
    const data::Field& field = m_preview.fields[std::size_t(column)];
    const auto& d = m_preview.detection;
    QStringList tip{QString::fromStdString(field.name)};
    switch (field.type) {
    case data::FieldType::Integer:
        tip << tr("Whole numbers");
        break;
    case data::FieldType::Real:
        tip << tr("Numbers");
        break;
    default:
        tip << (isCodeColumn(field.name) ? tr("Text: a code column, leading zeros are kept")
                                         : tr("Text"));
    }
    if (d.geometry == data::GeometryColumns::XY && field.name == d.xColumn)
        tip << tr("X: easting or longitude");
    else if (d.geometry == data::GeometryColumns::XY && field.name == d.yColumn)
        tip << tr("Y: northing or latitude");
    else if (d.geometry == data::GeometryColumns::Wkt && field.name == d.wktColumn)
        tip << tr("Geometry (WKT or WKB)");
    return tip.join(QLatin1Char('\n'));
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_preview.fields.size())
        return {};
    const std::string& name = m_preview.fields[std::size_t(section)].name;
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(name);
    case Qt::ToolTipRole:
        return columnTip(section);
    case Qt::FontRole:
        if (isCoordinateColumn(name)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace cw::widgets
