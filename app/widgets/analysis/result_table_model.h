// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <memory>

namespace cw::widgets {

/// A result table for a QTableView: numbers right-aligned and grouped ("12,345"), shares as
/// percentages, sorting on the numbers themselves (SortRole) rather than their text.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    ResultTableModel(std::shared_ptr<const analysis::ResultTable> table, const QString& language,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const analysis::ResultTable& table() const { return *m_table; }
    /// How a value of `column` is shown: shares ("share_of_a") as "12.5%", areas and lengths
    /// with thousands separators and no decimals, other reals with up to three decimals.
    static QString formatValue(const data::AttributeValue& value, const std::string& column,
                               const QLocale& locale);

private:
    std::shared_ptr<const analysis::ResultTable> m_table;
    QLocale m_locale;
};

} // namespace cw::widgets
