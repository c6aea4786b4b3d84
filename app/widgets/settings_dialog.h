// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace cw::widgets {

/// Application settings: for now the interface language, stored under "ui/language".
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr const char* LanguageKey = "ui/language";

    explicit SettingsDialog(QSettings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    QSettings& m_settings;
    QComboBox* m_language;
};

} // namespace cw::widgets
