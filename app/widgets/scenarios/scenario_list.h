// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/project.h"

#include <QListWidget>

namespace cw::widgets {

/// The scenarios of a plan, the active one in bold and marked; item data is the scenario id.
class ScenarioList : public QListWidget {
    Q_OBJECT

public:
    explicit ScenarioList(QWidget* parent = nullptr);

    /// Refills the list, keeping the selected scenario selected when it still exists.
    void setScenarios(const std::vector<project::Scenario>& scenarios, const std::string& active,
                      const QString& language);
    /// The selected scenario's id, or empty.
    QString selectedId() const;
    bool selectedIsActive() const { return !selectedId().isEmpty() && selectedId() == m_active; }
    void selectId(const QString& id);

signals:
    /// Double-click on a scenario: the user wants it as the working plan.
    void switchRequested(const QString& id);

private:
    QString m_active;
};

} // namespace cw::widgets
