// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/plan_session.h"
#include "cityweave/project/project.h"

#include <QDialog>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QTableWidget;

namespace cw::desktop {

/// Shown when a save into a shared plan met changes another planner made to the same fields:
/// one row per field with the value when the plan was opened, theirs and mine, and a choice of
/// which to keep. Nothing is overwritten until the planner chooses.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    ConflictDialog(const std::vector<project::ObjectNotSaved>& conflicts,
                   const project::Project& plan, const QString& language,
                   QWidget* parent = nullptr);

    /// The planner's choices, by planObjectKey, for PlanSession::saveChanges.
    std::map<std::string, project::Resolutions> resolutions() const;

    /// A JSON value as a planner reads it: text without quotes, numbers as they are.
    static QString readable(const std::string& json);

private:
    struct Row {
        std::string key;
        std::string field;
        QComboBox* choice;
    };
    QTableWidget* m_table;
    std::vector<Row> m_rows;
};

} // namespace cw::desktop
