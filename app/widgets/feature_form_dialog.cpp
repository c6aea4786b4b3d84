// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/feature_form_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw::widgets {

FeatureFormDialog::FeatureFormDialog(const std::vector<data::Field>& fields,
                                     const data::AttributeRow& row, QWidget* parent)
    : QDialog(parent), m_fields(fields) {
    setWindowTitle(tr("Feature attributes"));
    auto* form = new QFormLayout;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromStdString(fields[i].name));
        edit->setText(i < row.size() ? QString::fromStdString(data::toDisplayString(row[i]))
                                     : QString());
        if (fields[i].type != data::FieldType::String)
            edit->setAlignment(Qt::AlignRight);
        m_editors.push_back(edit);
        form->addRow(QString::fromStdString(fields[i].name) + QLatin1Char(':'), edit);
    }
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color:#b00020"));
    problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, problem] {
        data::AttributeRow out;
        QString why;
        if (!values(out, &why)) {
            problem->setText(why);
            problem->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
}

bool FeatureFormDialog::values(data::AttributeRow& out, QString* problem) const {
    out.clear();
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QString text = m_editors[i]->text().trimmed();
        if (text.isEmpty()) {
            out.emplace_back(std::monostate{});
            continue;
        }
        bool ok = true;
        switch (m_fields[i].type) {
        case data::FieldType::Integer:
            out.emplace_back(std::int64_t(text.toLongLong(&ok)));
            break;
        case data::FieldType::Real:
            // The decimal point as files write it, whatever the interface's locale.
            out.emplace_back(text.toDouble(&ok));
            break;
        default:
            out.emplace_back(m_editors[i]->text().toStdString()); // text as typed, spaces kept
            break;
        }
        if (!ok) {
            if (problem)
                *problem = tr("%1 needs a number, not \"%2\".")
                               .arg(QString::fromStdString(m_fields[i].name), text);
            return false;
        }
    }
    return true;
}

QLineEdit* FeatureFormDialog::editor(const QString& field) const {
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (QString::fromStdString(m_fields[i].name) == field)
            return m_editors[i];
    return nullptr;
}

} // namespace cw::widgets
