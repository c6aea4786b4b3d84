// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/registry/project_filter_proxy.h"

#include "widgets/registry/project_table_model.h"

namespace cw::widgets {

ProjectFilterProxy::ProjectFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ProjectTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The timeline greys rows through dataChanged; hiding them must follow that too.
    setDynamicSortFilter(true);
}

void ProjectFilterProxy::refilter() {
    invalidateFilter();
}

void ProjectFilterProxy::setSector(std::optional<int> sector) {
    m_sector = sector;
    refilter();
}

void ProjectFilterProxy::setTask(const QString& taskCode) {
    m_task = taskCode;
    refilter();
}

void ProjectFilterProxy::setStage(std::optional<int> stage) {
    m_stage = stage;
    refilter();
}

void ProjectFilterProxy::setAgency(const QString& agency) {
    m_agency = agency;
    refilter();
}

void ProjectFilterProxy::setSearchText(const QString& text) {
    m_search = text.trimmed();
    refilter();
}

void ProjectFilterProxy::setHideOutsideTimeline(bool hide) {
    m_hideOutsideTimeline = hide;
    refilter();
}

bool ProjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    if (m_sector && row.data(ProjectTableModel::SectorRole).toInt() != *m_sector)
        return false;
    if (!m_task.isEmpty() && row.data(ProjectTableModel::TaskRole).toString() != m_task)
        return false;
    if (m_stage && row.data(ProjectTableModel::StageRole).toInt() != *m_stage)
        return false;
    if (!m_agency.isEmpty() && row.data(ProjectTableModel::AgencyRole).toString() != m_agency)
        return false;
    if (m_hideOutsideTimeline && row.data(ProjectTableModel::TimelineHiddenRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    if (row.data(ProjectTableModel::IdRole).toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        if (model->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace cw::widgets
