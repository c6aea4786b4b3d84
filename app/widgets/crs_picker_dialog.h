// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/crs.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cw::widgets {

/// Picks a CRS: the Korean presets, or any EPSG code, WKT or PROJ string typed in.
class CrsPickerDialog : public QDialog {
    Q_OBJECT

public:
    explicit CrsPickerDialog(const crs::Crs& current = {}, QWidget* parent = nullptr);

    /// The CRS chosen; valid once the dialog was accepted.
    const crs::Crs& selectedCrs() const { return m_selected; }

private:
    void validate(const QString& text);

    QListWidget* m_presets;
    QLineEdit* m_definition;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    crs::Crs m_selected;
};

} // namespace cw::widgets
