// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compliance/compliance_panel.h"

#include "common/planning_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::widgets {
namespace {

constexpr int kSteps = 1000;
constexpr int kAllKinds = -2;
constexpr int kProblems = -1; // a row without a violation kind

enum Column { KindColumn, ProjectColumn, ZoneColumn, ReasonColumn };

int kindKey(const ComplianceRow& row) {
    return row.violation ? static_cast<int>(*row.violation) : kProblems;
}

bool sameRow(const ComplianceRow& a, const ComplianceRow& b) {
    return a.violation == b.violation && a.project == b.project && a.zone == b.zone &&
           a.reason == b.reason;
}

QString kindName(const ComplianceRow& row) {
    return row.violation ? app::PlanningText::violationKind(*row.violation)
                         : CompliancePanel::tr("Plan problem");
}

} // namespace

CompliancePanel::CompliancePanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_filter(new QComboBox(this)),
      m_run(new QPushButton(tr("Check now"), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_note(new QLabel(this)),
      m_list(new QTreeWidget(this)) {
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setText(tr("Not checked yet."));

    m_filter->setObjectName(QStringLiteral("complianceFilter"));
    m_filter->addItem(tr("All kinds"), kAllKinds);
    m_filter->addItem(ComplianceIcons::forRow(std::nullopt), tr("Plan problems"), kProblems);
    using planning::ViolationKind;
    for (ViolationKind kind : {ViolationKind::NoZoneGrants, ViolationKind::OutsideGrantingZones,
                               ViolationKind::RunsPastValidity, ViolationKind::StartsBeforeZone,
                               ViolationKind::CapExceeded})
        m_filter->addItem(ComplianceIcons::forRow(kind), app::PlanningText::violationKind(kind),
                          static_cast<int>(kind));
    m_filter->setToolTip(tr("Show only one kind of violation"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CompliancePanel::applyFilter);

    m_run->setObjectName(QStringLiteral("complianceRunButton"));
    connect(m_run, &QPushButton::clicked, this, &CompliancePanel::runRequested);
    m_progress->setObjectName(QStringLiteral("complianceProgress"));
    m_progress->setRange(0, kSteps);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("complianceCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &CompliancePanel::cancelRequested);

    m_note->setObjectName(QStringLiteral("complianceNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5a4300; border: "
                                         "1px solid #e8c96a; padding: 4px; }"));
    m_note->hide();

    m_list->setObjectName(QStringLiteral("complianceList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Kind"), tr("Project"), tr("Zone"), tr("Reason")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CompliancePanel::onSelectionChanged);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_run);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addLayout(running);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    setIdle();
}

void CompliancePanel::setRows(std::vector<ComplianceRow> rows, const QString& summary) {
    const int previous = selectedRow();
    const std::optional<ComplianceRow> keep =
        previous >= 0 ? std::optional<ComplianceRow>(m_rows[std::size_t(previous)]) : std::nullopt;
    m_filling = true;
    m_rows = std::move(rows);
    m_list->clear();
    QTreeWidgetItem* reselect = nullptr;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const ComplianceRow& row = m_rows[i];
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(KindColumn, ComplianceIcons::forRow(row.violation));
        item->setText(KindColumn, kindName(row));
        item->setText(ProjectColumn, row.project);
        item->setText(ZoneColumn, row.zone);
        item->setText(ReasonColumn, row.reason);
        item->setToolTip(ReasonColumn, row.reason);
        item->setData(KindColumn, Qt::UserRole, int(i));
        if (keep && !reselect && sameRow(*keep, row))
            reselect = item;
    }
    for (int c = KindColumn; c < ReasonColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(summary);
    applyFilter();
    if (reselect && !reselect->isHidden())
        reselect->setSelected(true);
    m_filling = false;
    // The same row kept selected is no new pick (the map must not jump after every re-check);
    // a selection that went away is.
    if (!reselect && previous >= 0)
        emit rowSelected(-1);
}

QString CompliancePanel::summaryText() const {
    return m_summary->text();
}

QString CompliancePanel::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

int CompliancePanel::visibleRowCount() const {
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

int CompliancePanel::selectedRow() const {
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(KindColumn, Qt::UserRole).toInt();
}

void CompliancePanel::selectRow(int row) {
    if (row < 0 || row >= m_list->topLevelItemCount()) {
        m_list->clearSelection();
        return;
    }
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (item->isHidden())
        m_filter->setCurrentIndex(0); // a row the filter hides cannot be selected
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
}

void CompliancePanel::setRunning(const QString& what) {
    m_run->setEnabled(false);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    setProgress(0, what);
}

void CompliancePanel::setProgress(double fraction, const QString& what) {
    m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * kSteps));
    m_progress->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what + QStringLiteral(" %p%"));
}

void CompliancePanel::setIdle() {
    m_run->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
}

void CompliancePanel::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void CompliancePanel::applyFilter() {
    const int wanted = m_filter->currentData().toInt();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const int row = item->data(KindColumn, Qt::UserRole).toInt();
        item->setHidden(wanted != kAllKinds && kindKey(m_rows[std::size_t(row)]) != wanted);
    }
}

void CompliancePanel::onSelectionChanged() {
    if (!m_filling)
        emit rowSelected(selectedRow());
}

} // namespace cw::widgets
