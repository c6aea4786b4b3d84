// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/sector_rules.h"

#include <QDialog>

class QTableWidget;

namespace cw::widgets {

/// Edits the sector x sector rule table that labels integration zones as synergy or
/// duplication. Sectors, relations and labels are chosen from the model, never typed.
class SectorRulesDialog : public QDialog {
    Q_OBJECT

public:
    explicit SectorRulesDialog(const project::SectorRuleTable& rules, QWidget* parent = nullptr);
    project::SectorRuleTable rules() const;

private:
    void fill(const project::SectorRuleTable& rules);
    void addRow(const project::SectorRule& rule);

    QTableWidget* m_table;
};

} // namespace cw::widgets
