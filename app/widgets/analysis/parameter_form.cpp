// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/parameter_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <climits>
#include <cmath>

namespace cw::widgets {
namespace {
using analysis::ParameterType;

// Decimals enough to show the default and the range bounds exactly (at least one, at most six).
int decimalsFor(const analysis::ParameterSpec& spec) {
    int decimals = 1;
    auto count = [&](const QString& text) {
        const int dot = text.indexOf(QLatin1Char('.'));
        if (dot >= 0)
            decimals = std::max(decimals, int(text.size()) - dot - 1);
    };
    count(QString::fromStdString(spec.defaultValue));
    if (spec.minimum)
        count(QString::number(*spec.minimum));
    if (spec.maximum)
        count(QString::number(*spec.maximum));
    return std::min(decimals, 6);
}

bool isTrue(const std::string& text) {
    return text == "true" || text == "1" || text == "yes" || text == "on";
}
} // namespace

ParameterForm::ParameterForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ParameterForm::setParameters(const std::vector<analysis::ParameterSpec>& specs,
                                  const QString& language) {
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_specs = specs;
    const std::string lang = language.toStdString();
    for (const auto& spec : m_specs) {
        QWidget* editor = makeEditor(spec);
        editor->setObjectName(QString::fromStdString(spec.key));
        const QString tip = QString::fromStdString(spec.description.in(lang));
        editor->setToolTip(tip);
        m_editors.push_back(editor);
        if (spec.type == ParameterType::Boolean) {
            // A check box carries its own label.
            static_cast<QCheckBox*>(editor)->setText(QString::fromStdString(spec.name.in(lang)));
            m_layout->addRow(editor);
            continue;
        }
        auto* label = new QLabel(tr("%1:").arg(QString::fromStdString(spec.name.in(lang))), this);
        label->setToolTip(tip);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
    }
    if (m_specs.empty())
        m_layout->addRow(new QLabel(tr("This analysis has no parameters."), this));
}

QWidget* ParameterForm::makeEditor(const analysis::ParameterSpec& spec) {
    const QString suffix =
        spec.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(spec.unit);
    QWidget* editor = nullptr;
    switch (spec.type) {
    case ParameterType::Double: {
        auto* box = new QDoubleSpinBox(this);
        box->setDecimals(decimalsFor(spec));
        box->setRange(spec.minimum.value_or(-1e12), spec.maximum.value_or(1e12));
        box->setSuffix(suffix);
        box->setAccelerated(true);
        box->setAlignment(Qt::AlignRight);
        editor = box;
        break;
    }
    case ParameterType::Integer: {
        auto* box = new QSpinBox(this);
        box->setRange(spec.minimum ? int(std::ceil(*spec.minimum)) : INT_MIN,
                      spec.maximum ? int(std::floor(*spec.maximum)) : INT_MAX);
        box->setSuffix(suffix);
        box->setAccelerated(true);
        box->setAlignment(Qt::AlignRight);
        editor = box;
        break;
    }
    case ParameterType::Boolean:
        editor = new QCheckBox(this);
        break;
    case ParameterType::Choice: {
        auto* box = new QComboBox(this);
        for (const auto& choice : spec.choices)
            box->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
        editor = box;
        break;
    }
    case ParameterType::String:
        editor = new QLineEdit(this);
        break;
    }
    setEditorValue(editor, spec, spec.defaultValue);
    return editor;
}

void ParameterForm::setEditorValue(QWidget* editor, const analysis::ParameterSpec& spec,
                                   const std::string& text) {
    const QString value = QString::fromStdString(text);
    switch (spec.type) {
    case ParameterType::Double:
        static_cast<QDoubleSpinBox*>(editor)->setValue(value.toDouble());
        break;
    case ParameterType::Integer:
        static_cast<QSpinBox*>(editor)->setValue(value.toInt());
        break;
    case ParameterType::Boolean:
        static_cast<QCheckBox*>(editor)->setChecked(isTrue(text));
        break;
    case ParameterType::Choice: {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(value)));
        break;
    }
    case ParameterType::String:
        static_cast<QLineEdit*>(editor)->setText(value);
        break;
    }
}

void ParameterForm::resetToDefaults() {
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        setEditorValue(m_editors[i], m_specs[i], m_specs[i].defaultValue);
}

std::map<std::string, std::string> ParameterForm::values() const {
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const auto& spec = m_specs[i];
        QWidget* editor = m_editors[i];
        QString text;
        switch (spec.type) {
        case ParameterType::Double:
            // Plain C syntax whatever the UI locale: "1234.5", never "1.234,5".
            text = QString::number(static_cast<QDoubleSpinBox*>(editor)->value(), 'g', 15);
            break;
        case ParameterType::Integer:
            text = QString::number(static_cast<QSpinBox*>(editor)->value());
            break;
        case ParameterType::Boolean:
            text = static_cast<QCheckBox*>(editor)->isChecked() ? QStringLiteral("true")
                                                                : QStringLiteral("false");
            break;
        case ParameterType::Choice:
            text = static_cast<QComboBox*>(editor)->currentData().toString();
            break;
        case ParameterType::String:
            text = static_cast<QLineEdit*>(editor)->text();
            break;
        }
        out[spec.key] = text.toStdString();
    }
    return out;
}

QWidget* ParameterForm::editor(const QString& key) const {
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (QString::fromStdString(m_specs[i].key) == key)
            return m_editors[i];
    return nullptr;
}

} // namespace cw::widgets
