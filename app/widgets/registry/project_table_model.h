// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace cw::widgets {

/// The plan's projects as table rows, one column per registry field, names in the UI language.
/// Rows the timeline hides stay in the table, greyed, with the reason as their tooltip.
class ProjectTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Sector, Task, Stage, LeadAgency, Years, Status, Budget, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SectorRole,        ///< int(project::Sector)
        TaskRole,          ///< the task code, e.g. "E1"
        StageRole,         ///< 1..3
        AgencyRole,        ///< the lead agency in the UI language
        SortRole,          ///< numbers sort as numbers
        TimelineHiddenRole ///< bool: the timeline filter hides the project
    };

    explicit ProjectTableModel(QObject* parent = nullptr);

    /// `hiddenReasons[i]`: why the timeline hides `projects[i]`; empty: shown. Missing entries
    /// count as shown.
    void setProjects(std::vector<project::ProjectInfo> projects, const QString& language,
                     std::vector<QString> hiddenReasons = {});
    /// Only the timeline changed: repaints without resetting the view's selection.
    void setHiddenReasons(std::vector<QString> hiddenReasons);

    const std::vector<project::ProjectInfo>& projects() const { return m_projects; }
    const QString& language() const { return m_language; }
    /// -1 when no project has that id.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "12,000,000,000": budgets are whole won with thousands separators.
    static QString formatBudget(long long krw);

private:
    QString text(const project::ProjectInfo& info, int column) const;
    QVariant sortKey(const project::ProjectInfo& info, int column) const;
    QString hiddenReason(int row) const;

    std::vector<project::ProjectInfo> m_projects;
    std::vector<QString> m_hiddenReasons;
    QString m_language = QStringLiteral("ko");
};

} // namespace cw::widgets
