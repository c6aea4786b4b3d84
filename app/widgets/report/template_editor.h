// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_template.h"

#include <QWidget>
#include <map>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cw::widgets {

/// Edits a report template: title, organisation, logo, paper, orientation, language, sections.
class TemplateEditor : public QWidget {
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget* parent = nullptr);
    report::ReportTemplate value() const;
    void setValue(const report::ReportTemplate& tmpl);

signals:
    void changed();

private:
    QString sectionTitle(report::Section section) const;
    report::ReportTemplate m_base; // keeps what the form does not show (name, zone limit)
    QLineEdit* m_title;
    QLineEdit* m_organisation;
    QLineEdit* m_logo;
    QComboBox* m_paper;
    QCheckBox* m_landscape;
    QComboBox* m_language;
    std::map<report::Section, QCheckBox*> m_sections;
};

} // namespace cw::widgets
