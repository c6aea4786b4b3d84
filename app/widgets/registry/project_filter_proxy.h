// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace cw::widgets {

/// Narrows the registry table by sector, core task, stage, lead agency and a search text, and
/// optionally drops the rows the timeline hides (otherwise they stay, greyed).
class ProjectFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ProjectFilterProxy(QObject* parent = nullptr);

    /// Each filter: none (or empty) lets every project through.
    void setSector(std::optional<int> sector);
    void setTask(const QString& taskCode);
    void setStage(std::optional<int> stage);
    void setAgency(const QString& agency);
    /// Matched, case-insensitively, against every column's text and the project id.
    void setSearchText(const QString& text);
    void setHideOutsideTimeline(bool hide);
    bool hidesOutsideTimeline() const { return m_hideOutsideTimeline; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    std::optional<int> m_sector;
    QString m_task;
    std::optional<int> m_stage;
    QString m_agency;
    QString m_search;
    bool m_hideOutsideTimeline = false;
};

} // namespace cw::widgets
