// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/planning/validation.h"
#include "cityweave/project/project.h"

#include <QDialog>
#include <QStringList>
#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace cw::widgets {

/// Edits every field of one project. Sector, task, axis, stage, status, partner kinds and
/// exemptions are chosen from the model, never typed; the form validates as it is edited and
/// keeps OK disabled while any problem remains.
class ProjectFormDialog : public QDialog {
    Q_OBJECT

public:
    /// `isNew`: the identifier can be typed and must not be one of `takenIds`; otherwise it is
    /// fixed. `language` ("ko"/"en") picks the task and exemption names shown.
    ProjectFormDialog(const project::ProjectInfo& info, bool isNew, QStringList takenIds,
                      const QString& language, QWidget* parent = nullptr);

    /// The project as the form holds it now (unparsable numbers are left out).
    project::ProjectInfo project() const;
    bool isNew() const { return m_isNew; }
    /// What keeps OK disabled, as shown under the form (translated sentences).
    const QStringList& problems() const { return m_problems; }
    QPushButton* okButton() const;

private:
    QWidget* buildGeneralPage();
    QWidget* buildPartnersPage();
    QWidget* buildIndicatorsPage();
    QWidget* buildRolloutPage();
    QWidget* buildExemptionsPage();
    void fill(const project::ProjectInfo& info);
    void fillTasks(project::Sector sector, const std::string& keep);
    void addPartnerRow(const project::Partner& partner);
    void addIndicatorRow(const project::Indicator& indicator);
    void addRolloutRow(const project::RolloutStep& step);
    void updateRolloutEnabled();
    /// The form's content; text that is not a number or a date is reported in `parseProblems`.
    project::ProjectInfo read(QStringList* parseProblems) const;
    void validate();
    /// Readable field names for the validator's keys ("end_year" → "End year").
    QString fieldLabel(const std::string& field) const;

    bool m_isNew;
    QStringList m_takenIds;
    QString m_language;
    QStringList m_problems;

    QTabWidget* m_tabs;
    QLineEdit* m_id;
    QLineEdit* m_nameKo;
    QLineEdit* m_nameEn;
    QComboBox* m_sector;
    QComboBox* m_task;
    QComboBox* m_axis;
    QLineEdit* m_agencyKo;
    QLineEdit* m_agencyEn;
    QComboBox* m_stage;
    QSpinBox* m_startYear;
    QSpinBox* m_endYear;
    QLineEdit* m_budget;
    QComboBox* m_status;
    QTableWidget* m_partners;
    QTableWidget* m_indicators;
    QTableWidget* m_rollout;
    QWidget* m_rolloutPage;
    std::array<QCheckBox*, project::kExemptionCount> m_exemptions{};
    QLineEdit* m_source;
    QLineEdit* m_owner;
    QLineEdit* m_date;
    QLineEdit* m_licence;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    bool m_filling = false;
};

} // namespace cw::widgets
