// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/scenarios/scenario_list.h"

namespace cw::widgets {

ScenarioList::ScenarioList(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("scenarioList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit switchRequested(item->data(Qt::UserRole).toString());
    });
}

void ScenarioList::setScenarios(const std::vector<project::Scenario>& scenarios,
                                const std::string& active, const QString& language) {
    const QString selected = selectedId();
    const QSignalBlocker block(this);
    clear();
    m_active = QString::fromStdString(active);
    for (const auto& s : scenarios) {
        const std::string text = s.name.in(language.toStdString());
        QString name = text.empty() ? QString::fromStdString(s.id) : QString::fromStdString(text);
        const bool isActive = s.id == active;
        auto* item = new QListWidgetItem(isActive ? tr("%1 (active)").arg(name) : name, this);
        item->setData(Qt::UserRole, QString::fromStdString(s.id));
        item->setToolTip(QString::fromStdString(s.description));
        if (isActive) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    selectId(selected.isEmpty() ? m_active : selected);
    if (!selectedId().isEmpty())
        return;
    selectId(m_active);
}

QString ScenarioList::selectedId() const {
    const auto items = selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void ScenarioList::selectId(const QString& id) {
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole).toString() == id) {
            setCurrentRow(i);
            return;
        }
}

} // namespace cw::widgets
