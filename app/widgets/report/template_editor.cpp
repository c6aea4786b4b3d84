// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/template_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::widgets {

QString TemplateEditor::sectionTitle(report::Section section) const {
    switch (section) {
    case report::Section::Cover:
        return tr("Cover and data sources");
    case report::Section::OverviewMap:
        return tr("Overview map");
    case report::Section::Registry:
        return tr("Project registry");
    case report::Section::Planning:
        return tr("Planning: statuses, indicators, sandbox compliance");
    case report::Section::OverlapMatrix:
        return tr("Overlap matrix");
    case report::Section::Zones:
        return tr("Integration zones (one map page each)");
    case report::Section::Rollup:
        return tr("District roll-up");
    case report::Section::OtherAnalyses:
        return tr("Other analyses (coverage gaps, pilot ranking, plugins)");
    case report::Section::Charts:
        return tr("Charts");
    case report::Section::Methods:
        return tr("Methods");
    }
    return {};
}

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_logo(new QLineEdit(this)), m_paper(new QComboBox(this)),
      m_landscape(new QCheckBox(tr("Landscape"), this)), m_language(new QComboBox(this)) {
    m_title->setPlaceholderText(tr("The project's title"));
    m_paper->addItem(QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("A3"));
    m_language->addItem(tr("Korean"), QStringLiteral("ko"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paper);
    paperRow->addWidget(m_landscape);
    paperRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Paper:"), paperRow);
    form->addRow(tr("Report language:"), m_language);

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionLayout = new QVBoxLayout(sections);
    for (report::Section s : report::kAllSections) {
        auto* box = new QCheckBox(sectionTitle(s), sections);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections[s] = box;
        connect(box, &QCheckBox::toggled, this, &TemplateEditor::changed);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addStretch();
    for (QLineEdit* edit : {m_title, m_organisation, m_logo})
        connect(edit, &QLineEdit::editingFinished, this, &TemplateEditor::changed);
    for (QComboBox* combo : {m_paper, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplateEditor::changed);
    connect(m_landscape, &QCheckBox::toggled, this, &TemplateEditor::changed);
}

report::ReportTemplate TemplateEditor::value() const {
    report::ReportTemplate t = m_base;
    t.title = m_title->text().trimmed();
    t.organisation = m_organisation->text().trimmed();
    t.logoPath = m_logo->text().trimmed();
    t.paper = m_paper->currentIndex() == 1 ? report::Paper::A3 : report::Paper::A4;
    t.landscape = m_landscape->isChecked();
    t.language = m_language->currentData().toString();
    for (const auto& [section, box] : m_sections)
        t.set(section, box->isChecked());
    return t;
}

void TemplateEditor::setValue(const report::ReportTemplate& t) {
    const QSignalBlocker blocker(this);
    m_base = t;
    m_title->setText(t.title);
    m_organisation->setText(t.organisation);
    m_logo->setText(t.logoPath);
    m_paper->setCurrentIndex(t.paper == report::Paper::A3 ? 1 : 0);
    m_landscape->setChecked(t.landscape);
    m_language->setCurrentIndex(t.language == QStringLiteral("ko") ? 0 : 1);
    for (const auto& [section, box] : m_sections) {
        const QSignalBlocker boxBlocker(box);
        box->setChecked(t.has(section));
    }
}

} // namespace cw::widgets
