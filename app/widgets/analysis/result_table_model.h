// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "common/result_value_text.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>
#include <optional>

namespace cw::widgets {

/// A result table for a QTableView, as app::ResultValueText shows it (titles with units, values
/// by column kind, projects by name); numbers right-aligned, sorting on the values themselves
/// (SortRole) rather than their text, the raw value and column key in tooltips.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    /// `analysis` (copied) names the columns of its own.
    ResultTableModel(std::shared_ptr<const analysis::ResultTable> table, const QString& language,
                     QHash<QString, QString> projectNames = {},
                     const analysis::AnalysisDescriptor* analysis = nullptr,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const analysis::ResultTable& table() const { return *m_table; }

private:
    std::shared_ptr<const analysis::ResultTable> m_table;
    std::optional<analysis::AnalysisDescriptor> m_analysis; // before m_text, which points to it
    app::ResultValueText m_text;
};

} // namespace cw::widgets
