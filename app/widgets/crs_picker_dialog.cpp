// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/crs_picker_dialog.h"

#include "common/error_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::widgets {

CrsPickerDialog::CrsPickerDialog(const crs::Crs& current, QWidget* parent)
    : QDialog(parent), m_presets(new QListWidget(this)), m_definition(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Coordinate reference system"));
    for (const auto& preset : crs::koreanPresets()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("EPSG:%1 — %2").arg(preset.epsg).arg(QString::fromUtf8(preset.name)));
        item->setData(Qt::UserRole, QStringLiteral("EPSG:%1").arg(preset.epsg));
        m_presets->addItem(item);
    }
    m_definition->setPlaceholderText(tr("EPSG:5186, WKT or PROJ string"));
    m_definition->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_presets, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            m_definition->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_presets, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_selected.isValid())
            accept();
    });
    connect(m_definition, &QLineEdit::textChanged, this, &CrsPickerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Common CRSs in Korea:"), this));
    layout->addWidget(m_presets);
    layout->addWidget(new QLabel(tr("Or enter a definition:"), this));
    layout->addWidget(m_definition);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 380);

    m_definition->setText(current.isValid() ? QString::fromStdString(current.storageString())
                                            : QString());
    validate(m_definition->text());
}

void CrsPickerDialog::validate(const QString& text) {
    m_selected = {};
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Choose a CRS from the list or type one."));
    } else if (auto crs = crs::Crs::fromUserInput(text.trimmed().toStdString())) {
        m_selected = *crs;
        m_status->setText(tr("✔ %1 %2").arg(QString::fromStdString(crs->name()),
                                            QString::fromStdString(crs->authId())));
    } else {
        m_status->setText(tr("✘ %1").arg(app::ErrorText::describe(crs.error())));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_selected.isValid());
}

} // namespace cw::widgets
