// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/registry/registry_panel.h"

#include "common/planning_text.h"
#include "widgets/registry/project_filter_proxy.h"
#include "widgets/registry/project_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace cw::widgets {
namespace {

constexpr int kMaxColumnWidth = 260;

/// Refills `box` with "All" (no data) and `choices` (label, data), keeping the chosen data.
void refill(QComboBox* box, const QString& allText,
            const std::vector<std::pair<QString, QVariant>>& choices) {
    const QVariant chosen = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText);
    for (const auto& [label, data] : choices)
        box->addItem(label, data);
    const int index = chosen.isValid() ? box->findData(chosen) : 0;
    box->setCurrentIndex(std::max(0, index));
}

} // namespace

RegistryPanel::RegistryPanel(QWidget* parent)
    : QWidget(parent), m_model(new ProjectTableModel(this)), m_proxy(new ProjectFilterProxy(this)),
      m_view(new QTableView(this)), m_toolBar(new QToolBar(this)), m_sector(new QComboBox(this)),
      m_task(new QComboBox(this)), m_stage(new QComboBox(this)), m_agency(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_hideOutside(new QCheckBox(this)), m_count(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("registryTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the plan's own order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);

    m_toolBar->setObjectName(QStringLiteral("registryToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sector->setObjectName(QStringLiteral("registrySectorFilter"));
    m_task->setObjectName(QStringLiteral("registryTaskFilter"));
    m_stage->setObjectName(QStringLiteral("registryStageFilter"));
    m_agency->setObjectName(QStringLiteral("registryAgencyFilter"));
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setPlaceholderText(tr("Search names, agencies, ids…"));
    m_search->setClearButtonEnabled(true);
    m_hideOutside->setObjectName(QStringLiteral("registryHideOutsideTimeline"));
    m_hideOutside->setText(tr("Hide projects outside the timeline"));
    m_count->setObjectName(QStringLiteral("registryCount"));
    for (QComboBox* box : {m_sector, m_task, m_stage, m_agency}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(8);
    }

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Sector")), 0, 0);
    filters->addWidget(m_sector, 0, 1);
    filters->addWidget(new QLabel(tr("Task")), 0, 2);
    filters->addWidget(m_task, 0, 3);
    filters->addWidget(new QLabel(tr("Stage")), 0, 4);
    filters->addWidget(m_stage, 0, 5);
    filters->addWidget(new QLabel(tr("Agency")), 1, 0);
    filters->addWidget(m_agency, 1, 1, 1, 3);
    filters->addWidget(m_search, 1, 4, 1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hideOutside);
    bottom->addStretch(1);
    bottom->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    for (QComboBox* box : {m_sector, m_task, m_stage, m_agency})
        connect(box, &QComboBox::currentIndexChanged, this, &RegistryPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &RegistryPanel::applyFilters);
    connect(m_hideOutside, &QCheckBox::toggled, this, &RegistryPanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentProjectChanged(currentProjectId()); });
    // Double-click (or Enter) activates a row in every style that does not activate on one click.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit projectActivated(index.data(ProjectTableModel::IdRole).toString());
    });
    rebuildChoices();
    applyFilters();
}

void RegistryPanel::setProjects(std::vector<project::ProjectInfo> projects, const QString& language,
                                std::vector<QString> hiddenReasons) {
    const QString current = currentProjectId();
    m_model->setProjects(std::move(projects), language, std::move(hiddenReasons));
    rebuildChoices();
    applyFilters();
    m_view->resizeColumnsToContents();
    // Task and agency names run long: cap every column so the table fits a dock's width.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxColumnWidth));
    if (!current.isEmpty())
        selectProject(current);
}

void RegistryPanel::setHiddenReasons(std::vector<QString> hiddenReasons) {
    m_model->setHiddenReasons(std::move(hiddenReasons));
    applyFilters();
}

QString RegistryPanel::currentProjectId() const {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row()))
        return {};
    return index.data(ProjectTableModel::IdRole).toString();
}

void RegistryPanel::selectProject(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void RegistryPanel::rebuildChoices() {
    using project::Sector;
    std::vector<std::pair<QString, QVariant>> sectors;
    for (Sector s : {Sector::Transport, Sector::Safety, Sector::Energy, Sector::IndustrySpace})
        sectors.emplace_back(app::PlanningText::sector(s), int(s));
    refill(m_sector, tr("All sectors"), sectors);

    // Tasks and agencies: only those the plan uses, tasks in the plan's T-S-E-I order.
    std::set<std::string> used;
    std::set<QString> agencies;
    for (const auto& p : m_model->projects()) {
        used.insert(p.task);
        const QString agency =
            QString::fromStdString(p.leadAgency.in(m_model->language().toStdString()));
        if (!agency.isEmpty())
            agencies.insert(agency);
    }
    std::vector<std::pair<QString, QVariant>> tasks;
    for (const auto& t : project::coreTasks())
        if (used.contains(t.code))
            tasks.emplace_back(app::PlanningText::task(t.code, m_model->language()),
                               QString::fromLatin1(t.code));
    refill(m_task, tr("All tasks"), tasks);

    std::vector<std::pair<QString, QVariant>> stages;
    for (int s = 1; s <= 3; ++s)
        stages.emplace_back(app::PlanningText::stage(s), s);
    refill(m_stage, tr("All stages"), stages);

    std::vector<std::pair<QString, QVariant>> agencyChoices;
    for (const QString& a : agencies)
        agencyChoices.emplace_back(a, a);
    refill(m_agency, tr("All agencies"), agencyChoices);
}

void RegistryPanel::applyFilters() {
    auto optionalInt = [](const QComboBox* box) {
        const QVariant v = box->currentData();
        return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    m_proxy->setSector(optionalInt(m_sector));
    m_proxy->setTask(m_task->currentData().toString());
    m_proxy->setStage(optionalInt(m_stage));
    m_proxy->setAgency(m_agency->currentData().toString());
    m_proxy->setSearchText(m_search->text());
    m_proxy->setHideOutsideTimeline(m_hideOutside->isChecked());
    m_count->setText(tr("%1 of %2 projects").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace cw::widgets
