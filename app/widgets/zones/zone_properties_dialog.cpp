// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/zones/zone_properties_dialog.h"

#include "cityweave/planning/validation.h"
#include "cityweave/planning/zone_editing.h"
#include "common/planning_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::widgets {

namespace {

constexpr std::array kCapKinds{project::CapKind::Projects, project::CapKind::Features,
                               project::CapKind::AreaM2, project::CapKind::LengthM};

QString capLabel(project::CapKind kind) {
    switch (kind) {
    case project::CapKind::Projects:
        return ZonePropertiesDialog::tr("Projects");
    case project::CapKind::Features:
        return ZonePropertiesDialog::tr("Features");
    case project::CapKind::AreaM2:
        return ZonePropertiesDialog::tr("Area (m²)");
    case project::CapKind::LengthM:
        return ZonePropertiesDialog::tr("Length (m)");
    }
    return {};
}

} // namespace

ZonePropertiesDialog::ZonePropertiesDialog(const project::SandboxZone& zone, const QString& lang,
                                           QWidget* parent)
    : QDialog(parent), m_zone(zone), m_nameKo(new QLineEdit(this)), m_nameEn(new QLineEdit(this)),
      m_startYear(new QSpinBox(this)), m_validYears(new QSpinBox(this)),
      m_extensionYears(new QSpinBox(this)), m_lastYear(new QLabel(this)),
      m_caps(new QTableWidget(0, 2, this)), m_notes(new QPlainTextEdit(this)),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("zonePropertiesDialog"));
    setWindowTitle(tr("Sandbox zone properties"));
    m_nameKo->setObjectName(QStringLiteral("zoneNameKo"));
    m_nameEn->setObjectName(QStringLiteral("zoneNameEn"));
    m_nameKo->setText(QString::fromStdString(zone.name.ko));
    m_nameEn->setText(QString::fromStdString(zone.name.en));

    auto* exemptionsBox = new QGroupBox(tr("Exemptions granted (Smart City Act)"), this);
    auto* exemptionsLayout = new QVBoxLayout(exemptionsBox);
    for (int i = 0; i < project::kExemptionCount; ++i) {
        const auto e = static_cast<project::Exemption>(i + 1);
        auto* box = new QCheckBox(app::PlanningText::exemption(e, lang), exemptionsBox);
        box->setObjectName(
            QStringLiteral("exemption_%1").arg(QLatin1String(project::exemptionKey(e))));
        box->setChecked(zone.grants(e));
        connect(box, &QCheckBox::toggled, this, &ZonePropertiesDialog::revalidate);
        exemptionsLayout->addWidget(box);
        m_exemptions[static_cast<std::size_t>(i)] = box;
    }

    m_startYear->setObjectName(QStringLiteral("zoneStartYear"));
    m_startYear->setRange(planning::kEarliestYear, planning::kLatestYear);
    m_startYear->setValue(zone.startYear > 0 ? zone.startYear : 2025);
    m_validYears->setObjectName(QStringLiteral("zoneValidYears"));
    m_validYears->setRange(1, planning::kMaxValidityYears);
    m_validYears->setValue(std::clamp(zone.validYears, 1, planning::kMaxValidityYears));
    m_validYears->setSuffix(tr(" years"));
    m_extensionYears->setObjectName(QStringLiteral("zoneExtensionYears"));
    m_extensionYears->setRange(0, planning::kMaxExtensionYears);
    m_extensionYears->setValue(std::clamp(zone.extensionYears, 0, planning::kMaxExtensionYears));
    m_extensionYears->setSuffix(tr(" years"));
    for (QSpinBox* spin : {m_startYear, m_validYears, m_extensionYears})
        connect(spin, &QSpinBox::valueChanged, this, &ZonePropertiesDialog::revalidate);

    m_caps->setObjectName(QStringLiteral("zoneCaps"));
    m_caps->setHorizontalHeaderLabels({tr("Cap on"), tr("Limit")});
    m_caps->horizontalHeader()->setStretchLastSection(true);
    m_caps->verticalHeader()->hide();
    m_caps->setMinimumHeight(110);
    for (const auto& cap : zone.caps)
        addCapRow(cap.kind, cap.limit);
    auto* addCap = new QPushButton(tr("Add cap"), this);
    addCap->setObjectName(QStringLiteral("zoneAddCap"));
    auto* removeCap = new QPushButton(tr("Remove cap"), this);
    connect(addCap, &QPushButton::clicked, this,
            [this] { addCapRow(project::CapKind::Features, 1); });
    connect(removeCap, &QPushButton::clicked, this, [this] {
        if (m_caps->currentRow() >= 0)
            m_caps->removeRow(m_caps->currentRow());
    });
    auto* capButtons = new QHBoxLayout;
    capButtons->addWidget(addCap);
    capButtons->addWidget(removeCap);
    capButtons->addStretch();

    m_notes->setObjectName(QStringLiteral("zoneNotes"));
    m_notes->setPlainText(QString::fromStdString(zone.notes));
    m_notes->setMaximumHeight(80);
    m_problems->setObjectName(QStringLiteral("zoneProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name (Korean)"), m_nameKo);
    form->addRow(tr("Name (English)"), m_nameEn);
    const double area =
        planning::polygonArea(planning::polygonFromStore(zone.area)); // EPSG:5186: metres
    form->addRow(tr("Area"), new QLabel(tr("%1 m² (%2 ha)")
                                            .arg(QLocale().toString(area, 'f', 0),
                                                 QLocale().toString(area / 10000, 'f', 2)),
                                        this));
    form->addRow(tr("Valid from"), m_startYear);
    form->addRow(tr("Term"), m_validYears);
    form->addRow(tr("Extension (once)"), m_extensionYears);
    form->addRow(tr("Valid through"), m_lastYear);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(exemptionsBox);
    layout->addWidget(new QLabel(tr("Scale caps"), this));
    layout->addWidget(m_caps);
    layout->addLayout(capButtons);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameKo, &QLineEdit::textChanged, this, &ZonePropertiesDialog::revalidate);
    connect(m_nameEn, &QLineEdit::textChanged, this, &ZonePropertiesDialog::revalidate);
    revalidate();
}

void ZonePropertiesDialog::addCapRow(project::CapKind kind, double limit) {
    const int row = m_caps->rowCount();
    m_caps->insertRow(row);
    auto* kindBox = new QComboBox(m_caps);
    for (auto k : kCapKinds)
        kindBox->addItem(capLabel(k), static_cast<int>(k));
    kindBox->setCurrentIndex(kindBox->findData(static_cast<int>(kind)));
    auto* limitBox = new QDoubleSpinBox(m_caps);
    limitBox->setRange(0, 1e12);
    limitBox->setDecimals(0);
    limitBox->setValue(limit);
    m_caps->setCellWidget(row, 0, kindBox);
    m_caps->setCellWidget(row, 1, limitBox);
}

project::SandboxZone ZonePropertiesDialog::zone() const {
    project::SandboxZone z = m_zone;
    z.name.ko = m_nameKo->text().trimmed().toStdString();
    z.name.en = m_nameEn->text().trimmed().toStdString();
    z.exemptions.clear();
    for (int i = 0; i < project::kExemptionCount; ++i)
        if (m_exemptions[static_cast<std::size_t>(i)]->isChecked())
            z.exemptions.push_back(static_cast<project::Exemption>(i + 1));
    z.startYear = m_startYear->value();
    z.validYears = m_validYears->value();
    z.extensionYears = m_extensionYears->value();
    z.caps.clear();
    for (int row = 0; row < m_caps->rowCount(); ++row) {
        const auto* kindBox = qobject_cast<QComboBox*>(m_caps->cellWidget(row, 0));
        const auto* limitBox = qobject_cast<QDoubleSpinBox*>(m_caps->cellWidget(row, 1));
        if (kindBox && limitBox)
            z.caps.push_back(
                {static_cast<project::CapKind>(kindBox->currentData().toInt()), limitBox->value()});
    }
    z.notes = m_notes->toPlainText().toStdString();
    return z;
}

QStringList ZonePropertiesDialog::problems() const {
    QStringList out;
    for (const auto& problem : planning::validateZone(zone()))
        out << app::PlanningText::problem(problem);
    return out;
}

void ZonePropertiesDialog::revalidate() {
    const auto z = zone();
    m_lastYear->setText(QString::number(z.lastValidYear()));
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

} // namespace cw::widgets
