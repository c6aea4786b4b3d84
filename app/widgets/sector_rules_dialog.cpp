// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sector_rules_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::widgets {
namespace {

using project::Relation;
using project::Sector;
using project::ZoneLabel;

enum Column { NameKo, NameEn, SectorA, TaskA, SectorB, TaskB, RelationCol, LabelCol, ColumnCount };

const QStringList kTasks{QString(),
                         QStringLiteral("T1"),
                         QStringLiteral("T2"),
                         QStringLiteral("T3"),
                         QStringLiteral("S1"),
                         QStringLiteral("S2"),
                         QStringLiteral("S3"),
                         QStringLiteral("E1"),
                         QStringLiteral("E2"),
                         QStringLiteral("I1"),
                         QStringLiteral("I2"),
                         QStringLiteral("I3")};

QComboBox* combo(const QList<QPair<QString, int>>& items, int current) {
    auto* box = new QComboBox;
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

int comboValue(const QTableWidget* table, int row, int column) {
    return static_cast<const QComboBox*>(table->cellWidget(row, column))->currentData().toInt();
}

} // namespace

SectorRulesDialog::SectorRulesDialog(const project::SectorRuleTable& rules, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount, this)) {
    setWindowTitle(tr("Sector rules for integration zones"));
    m_table->setHorizontalHeaderLabels({tr("Name (Korean)"), tr("Name (English)"), tr("Sector A"),
                                        tr("Task A"), tr("Sector B"), tr("Task B"),
                                        tr("Spatial relation"), tr("Label")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fill(rules);

    auto* add = new QPushButton(tr("Add rule"), this);
    auto* remove = new QPushButton(tr("Remove rule"), this);
    auto* reset = new QPushButton(tr("Restore defaults"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(project::SectorRule{"rule-" + std::to_string(m_table->rowCount() + 1),
                                   {},
                                   Sector::Energy,
                                   "",
                                   Sector::Transport,
                                   "",
                                   Relation::Any,
                                   ZoneLabel::Synergy});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(reset, &QPushButton::clicked, this,
            [this] { fill(project::SectorRuleTable::defaults()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    row->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("When projects of two sectors (and tasks, if given) overlap or lie "
                               "within the proximity distance, the first matching rule labels "
                               "their integration zone. Rules naming tasks are tried first."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(980, 480);
}

void SectorRulesDialog::fill(const project::SectorRuleTable& rules) {
    m_table->setRowCount(0);
    for (const auto& rule : rules.rules())
        addRow(rule);
}

void SectorRulesDialog::addRow(const project::SectorRule& rule) {
    const QList<QPair<QString, int>> sectors{
        {tr("Transport"), int(Sector::Transport)},
        {tr("Safety"), int(Sector::Safety)},
        {tr("Energy"), int(Sector::Energy)},
        {tr("Industry and space"), int(Sector::IndustrySpace)}};
    const QList<QPair<QString, int>> relations{{tr("Overlap or proximity"), int(Relation::Any)},
                                               {tr("Overlap"), int(Relation::Overlap)},
                                               {tr("Proximity"), int(Relation::Proximity)}};
    const QList<QPair<QString, int>> labels{{tr("Synergy"), int(ZoneLabel::Synergy)},
                                            {tr("Duplication"), int(ZoneLabel::Duplication)},
                                            {tr("Neutral"), int(ZoneLabel::Neutral)}};
    QList<QPair<QString, int>> tasks;
    for (int i = 0; i < kTasks.size(); ++i)
        tasks.append({i == 0 ? tr("any task") : kTasks[i], i});
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* ko = new QTableWidgetItem(QString::fromStdString(rule.name.ko));
    ko->setData(Qt::UserRole, QString::fromStdString(rule.id));
    m_table->setItem(row, NameKo, ko);
    m_table->setItem(row, NameEn, new QTableWidgetItem(QString::fromStdString(rule.name.en)));
    m_table->setCellWidget(row, SectorA, combo(sectors, int(rule.sectorA)));
    m_table->setCellWidget(
        row, TaskA,
        combo(tasks, std::max<int>(0, kTasks.indexOf(QString::fromStdString(rule.taskA)))));
    m_table->setCellWidget(row, SectorB, combo(sectors, int(rule.sectorB)));
    m_table->setCellWidget(
        row, TaskB,
        combo(tasks, std::max<int>(0, kTasks.indexOf(QString::fromStdString(rule.taskB)))));
    m_table->setCellWidget(row, RelationCol, combo(relations, int(rule.relation)));
    m_table->setCellWidget(row, LabelCol, combo(labels, int(rule.label)));
}

project::SectorRuleTable SectorRulesDialog::rules() const {
    project::SectorRuleTable out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        project::SectorRule r;
        r.id = m_table->item(row, NameKo)->data(Qt::UserRole).toString().toStdString();
        r.name = {m_table->item(row, NameKo)->text().toStdString(),
                  m_table->item(row, NameEn)->text().toStdString()};
        r.sectorA = Sector(comboValue(m_table, row, SectorA));
        r.taskA = kTasks[comboValue(m_table, row, TaskA)].toStdString();
        r.sectorB = Sector(comboValue(m_table, row, SectorB));
        r.taskB = kTasks[comboValue(m_table, row, TaskB)].toStdString();
        r.relation = Relation(comboValue(m_table, row, RelationCol));
        r.label = ZoneLabel(comboValue(m_table, row, LabelCol));
        out.rules().push_back(std::move(r));
    }
    return out;
}

} // namespace cw::widgets
