// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/attribute.h"

#include <QDialog>
#include <vector>

class QLineEdit;

namespace cw::widgets {

/// A feature's attributes in a form, one line per field, typed as the field is: an integer
/// field takes whole numbers, a real one decimals ("1234.5"), text anything; an empty line is
/// a null value. OK is refused, with the field named, while a number does not read as one.
class FeatureFormDialog : public QDialog {
    Q_OBJECT

public:
    FeatureFormDialog(const std::vector<data::Field>& fields, const data::AttributeRow& row,
                      QWidget* parent = nullptr);

    /// The values as edited; false (with the field and the text in `problem`) while a number
    /// does not read as one.
    bool values(data::AttributeRow& out, QString* problem = nullptr) const;
    QLineEdit* editor(const QString& field) const;

private:
    std::vector<data::Field> m_fields;
    std::vector<QLineEdit*> m_editors;
};

} // namespace cw::widgets
