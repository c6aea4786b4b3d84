// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace cw::widgets {

SettingsDialog::SettingsDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    // Language names in their own language, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(tr("System language"), QString());
    const int index = m_language->findData(m_settings.value(LanguageKey).toString());
    m_language->setCurrentIndex(index >= 0 ? index : 2);

    auto* note = new QLabel(tr("The language changes the next time CityWeave starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Language:"), m_language);
    layout->addRow(note);
    layout->addRow(buttons);
}

void SettingsDialog::accept() {
    m_settings.setValue(LanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace cw::widgets
