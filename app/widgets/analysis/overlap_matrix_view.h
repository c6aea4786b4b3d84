// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"

#include <QHash>
#include <QTableWidget>

namespace cw::widgets {

/// The overlap matrix as a heat map: one row and one column per project, each cell coloured by
/// the share of the row's project that the column's project overlaps, with the value written in.
/// Clicking a cell reports the pair, so the map can show where the two meet.
class OverlapMatrixView : public QTableWidget {
    Q_OBJECT

public:
    explicit OverlapMatrixView(QWidget* parent = nullptr);

    /// Fills the grid from an "overlap_matrix" table (columns project_a, project_b, share_of_a,
    /// share_of_b, area_m2; missing columns are shown as empty). `names` maps a project value of
    /// the table to the name shown; values not in it are shown as they are.
    void setTable(const analysis::ResultTable& table, const QHash<QString, QString>& names,
                  const QString& language);
    /// The project values (as in the table) in row order.
    const QStringList& projects() const { return m_projects; }
    /// Colour of a share in [0, 1]: white through amber to deep red.
    static QColor shareColor(double share);

signals:
    void pairActivated(const QString& projectA, const QString& projectB);

private:
    void onCellClicked(int row, int column);

    QStringList m_projects;
};

} // namespace cw::widgets
