// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/planning_records.h"

#include <QDialog>
#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cw::widgets {

/// Edits what a sandbox zone grants (everything but its polygon): names, the six exemptions,
/// validity (start, term of 1–4 years, one extension of 0–2), caps and notes. OK stays disabled
/// while planning::validateZone finds a problem; the problems are listed in sentences.
class ZonePropertiesDialog : public QDialog {
    Q_OBJECT

public:
    /// `lang` ("ko"/"en") orders the exemption labels' languages.
    ZonePropertiesDialog(const project::SandboxZone& zone, const QString& lang,
                         QWidget* parent = nullptr);

    /// The zone with the dialog's values (polygon and id unchanged).
    project::SandboxZone zone() const;
    /// The sentences for what is wrong now; empty when OK is enabled.
    QStringList problems() const;

private:
    void addCapRow(project::CapKind kind, double limit);
    void revalidate();

    project::SandboxZone m_zone;
    QLineEdit* m_nameKo;
    QLineEdit* m_nameEn;
    std::array<QCheckBox*, project::kExemptionCount> m_exemptions{};
    QSpinBox* m_startYear;
    QSpinBox* m_validYears;
    QSpinBox* m_extensionYears;
    QLabel* m_lastYear;
    QTableWidget* m_caps;
    QPlainTextEdit* m_notes;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace cw::widgets
