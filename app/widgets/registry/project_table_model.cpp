// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/registry/project_table_model.h"

#include "common/planning_text.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace cw::widgets {
namespace {

QString nameIn(const project::LocalizedText& text, const QString& lang) {
    return QString::fromStdString(text.in(lang.toStdString()));
}

QString years(const project::ProjectInfo& info) {
    if (info.startYear == 0 && info.endYear == 0)
        return {};
    const QString start = info.startYear ? QString::number(info.startYear) : QStringLiteral("?");
    const QString end = info.endYear ? QString::number(info.endYear) : QString();
    return QStringLiteral("%1–%2").arg(start, end);
}

} // namespace

ProjectTableModel::ProjectTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProjectTableModel::setProjects(std::vector<project::ProjectInfo> projects,
                                    const QString& language, std::vector<QString> hiddenReasons) {
    beginResetModel();
    m_projects = std::move(projects);
    m_language = language;
    m_hiddenReasons = std::move(hiddenReasons);
    endResetModel();
}

void ProjectTableModel::setHiddenReasons(std::vector<QString> hiddenReasons) {
    m_hiddenReasons = std::move(hiddenReasons);
    if (!m_projects.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProjectTableModel::rowOf(const QString& id) const {
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_projects.size(); ++i)
        if (m_projects[i].id == key)
            return int(i);
    return -1;
}

int ProjectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectTableModel::formatBudget(long long krw) {
    // Grouping is the same comma in Korean and English; the C locale would not group at all.
    return QLocale(QLocale::English).toString(krw);
}

QString ProjectTableModel::hiddenReason(int row) const {
    return std::size_t(row) < m_hiddenReasons.size() ? m_hiddenReasons[std::size_t(row)]
                                                     : QString();
}

QString ProjectTableModel::text(const project::ProjectInfo& info, int column) const {
    switch (column) {
    case Name:
        return nameIn(info.name, m_language);
    case Sector:
        return app::PlanningText::sector(info.sector);
    case Task:
        return info.task.empty() ? QString() : app::PlanningText::task(info.task, m_language);
    case Stage:
        return app::PlanningText::stage(info.stage);
    case LeadAgency:
        return nameIn(info.leadAgency, m_language);
    case Years:
        return years(info);
    case Status:
        return app::PlanningText::status(info.status);
    case Budget:
        return info.budgetKrw ? formatBudget(*info.budgetKrw) : QString();
    }
    return {};
}

QVariant ProjectTableModel::sortKey(const project::ProjectInfo& info, int column) const {
    switch (column) {
    case Stage:
        return info.stage;
    case Years:
        return info.startYear * 10000 + info.endYear;
    case Status:
        return int(info.status);
    case Budget:
        return info.budgetKrw ? QVariant(qlonglong(*info.budgetKrw)) : QVariant(qlonglong(-1));
    case Task:
        return QString::fromStdString(info.task);
    }
    return text(info, column);
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const project::ProjectInfo& info = m_projects[std::size_t(index.row())];
    const bool hidden = !hiddenReason(index.row()).isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return text(info, index.column());
    case Qt::ToolTipRole: {
        // Long names are elided in narrow columns: the tooltip gives them whole.
        const QString full = text(info, index.column());
        if (!hidden)
            return full.isEmpty() ? QVariant() : QVariant(full);
        return full.isEmpty() ? hiddenReason(index.row())
                              : full + QLatin1Char('\n') + hiddenReason(index.row());
    }
    case Qt::ForegroundRole:
        return hidden ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Budget)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QString::fromStdString(info.id);
    case SectorRole:
        return int(info.sector);
    case TaskRole:
        return QString::fromStdString(info.task);
    case StageRole:
        return info.stage;
    case AgencyRole:
        return nameIn(info.leadAgency, m_language);
    case SortRole:
        return sortKey(info, index.column());
    case TimelineHiddenRole:
        return hidden;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Project");
    case Sector:
        return tr("Sector");
    case Task:
        return tr("Core task");
    case Stage:
        return tr("Stage");
    case LeadAgency:
        return tr("Lead agency");
    case Years:
        return tr("Years");
    case Status:
        return tr("Status");
    case Budget:
        return tr("Budget (KRW)");
    }
    return {};
}

} // namespace cw::widgets
