// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace cw::widgets {

class ProjectFilterProxy;
class ProjectTableModel;

/// The registry's table with its filter bar (sector, task, stage, agency, search, and whether
/// projects outside the timeline are hidden or greyed) and a tool bar for the caller's actions.
class RegistryPanel : public QWidget {
    Q_OBJECT

public:
    explicit RegistryPanel(QWidget* parent = nullptr);

    /// Replaces the rows and rebuilds the filter choices, keeping the chosen filters and the
    /// selected project where they still exist. `hiddenReasons` as in ProjectTableModel.
    void setProjects(std::vector<project::ProjectInfo> projects, const QString& language,
                     std::vector<QString> hiddenReasons);
    void setHiddenReasons(std::vector<QString> hiddenReasons);

    /// Empty when no row is selected.
    QString currentProjectId() const;
    void selectProject(const QString& id);

    ProjectTableModel& model() const { return *m_model; }
    ProjectFilterProxy& proxy() const { return *m_proxy; }
    QTableView& view() const { return *m_view; }
    QToolBar& toolBar() const { return *m_toolBar; }

signals:
    void currentProjectChanged(const QString& id);
    /// Double-click or Enter on a row.
    void projectActivated(const QString& id);

private:
    void rebuildChoices();
    void applyFilters();

    ProjectTableModel* m_model;
    ProjectFilterProxy* m_proxy;
    QTableView* m_view;
    QToolBar* m_toolBar;
    QComboBox* m_sector;
    QComboBox* m_task;
    QComboBox* m_stage;
    QComboBox* m_agency;
    QLineEdit* m_search;
    QCheckBox* m_hideOutside;
    QLabel* m_count;
};

} // namespace cw::widgets
