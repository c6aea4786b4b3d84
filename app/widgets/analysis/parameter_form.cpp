// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/analysis/parameter_form.h"

#include "cityweave/analysis/zone_layer.h"
#include "common/parameter_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <climits>
#include <cmath>

namespace cw::widgets {
namespace {
using analysis::ParameterType;
namespace zone = analysis::zoneParameters;

// A picker's own choice survives new layer lists; an untouched one follows the defaults.
constexpr const char* kTouched = "cwTouched";

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

const char* familyKey(geometry::GeometryFamily family) {
    switch (family) {
    case geometry::GeometryFamily::Polygon:
        return "polygon";
    case geometry::GeometryFamily::Line:
        return "line";
    case geometry::GeometryFamily::Point:
        return "point";
    default:
        return "";
    }
}

bool accepts(const analysis::ParameterSpec& spec, const LayerOption& layer) {
    return spec.choices.empty() || std::find(spec.choices.begin(), spec.choices.end(),
                                             familyKey(layer.family)) != spec.choices.end();
}

QComboBox* comboOf(QWidget* editor) {
    return qobject_cast<QComboBox*>(editor);
}

// Selects the item whose data is `value`, adding it when the list lacks it (a layer id from
// an older run, a plugin layer not in the project) so that nothing is silently replaced.
void selectData(QComboBox* box, const QString& value) {
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(ParameterForm::tr("%1 (not in the project)").arg(value), value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
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
    m_gridWarning = nullptr;
    m_specs = specs;
    m_language = language;
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
    // Field pickers list the fields of the layer chosen by now.
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].type == ParameterType::Field)
            setEditorValue(m_editors[i], m_specs[i], m_specs[i].defaultValue);
    if (editor(QString::fromLatin1(zone::kLayer))) {
        m_gridWarning = new QLabel(this);
        m_gridWarning->setObjectName(QStringLiteral("gridWarning"));
        m_gridWarning->setWordWrap(true);
        m_gridWarning->setStyleSheet(QStringLiteral("color:#8a5a00"));
        m_layout->addRow(m_gridWarning);
        updateGridWarning();
    }
    if (m_specs.empty())
        m_layout->addRow(new QLabel(tr("This analysis has no parameters."), this));
}

void ParameterForm::setLayers(std::vector<LayerOption> layers) {
    m_layers = std::move(layers);
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        QComboBox* box = comboOf(m_editors[i]);
        if (!box || (m_specs[i].type != ParameterType::Layer))
            continue;
        const QString chosen = box->currentData().toString();
        const bool keep = box->property(kTouched).toBool() || !chosen.isEmpty();
        fillLayerPicker(box, m_specs[i]);
        selectData(box,
                   keep && (chosen.isEmpty() || layer(chosen)) ? chosen : defaultLayer(m_specs[i]));
    }
    // The chosen layer may be the same id with other fields (reloaded from another file).
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].type == ParameterType::Field)
            fillFieldPicker(static_cast<QComboBox*>(m_editors[i]), m_specs[i]);
    updateGridWarning();
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
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterForm::updateGridWarning);
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
            box->addItem(app::ParameterText::choice(choice), QString::fromStdString(choice));
        connect(box, &QComboBox::currentIndexChanged, this, &ParameterForm::updateGridWarning);
        editor = box;
        break;
    }
    case ParameterType::Layer: {
        auto* box = new QComboBox(this);
        fillLayerPicker(box, spec);
        connect(box, &QComboBox::activated, box, [box] { box->setProperty(kTouched, true); });
        const QString key = QString::fromStdString(spec.key);
        connect(box, &QComboBox::currentIndexChanged, this, [this, key] {
            // The field pickers of this layer follow it.
            for (std::size_t i = 0; i < m_editors.size(); ++i)
                if (m_specs[i].type == ParameterType::Field && !m_specs[i].choices.empty() &&
                    QString::fromStdString(m_specs[i].choices.front()) == key)
                    if (QComboBox* fields = comboOf(m_editors[i]))
                        fillFieldPicker(fields, m_specs[i]);
            updateGridWarning();
        });
        editor = box;
        break;
    }
    case ParameterType::Field:
        editor = new QComboBox(this); // filled once every layer picker exists
        return editor;
    case ParameterType::String:
        editor = new QLineEdit(this);
        break;
    }
    setEditorValue(editor, spec, spec.defaultValue);
    return editor;
}

void ParameterForm::fillLayerPicker(QComboBox* box, const analysis::ParameterSpec& spec) {
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(tr("(none)"), QString());
    for (const LayerOption& option : m_layers)
        if (accepts(spec, option))
            box->addItem(option.name, option.id);
}

void ParameterForm::fillFieldPicker(QComboBox* box, const analysis::ParameterSpec& spec) {
    const QString chosen = box->currentData().toString();
    const QString layerKey =
        spec.choices.empty() ? QString() : QString::fromStdString(spec.choices.front());
    const LayerOption* source = layer(valueOf(layerKey));
    box->clear();
    // An empty name field means "one that looks like a name", said so with the field it is.
    const bool isNameField = spec.key == zone::kNameField;
    const QString automatic =
        source ? QString::fromStdString(analysis::nameFieldOf(source->fields)) : QString();
    box->addItem(isNameField ? (automatic.isEmpty() ? tr("(automatic)")
                                                    : tr("(automatic: %1)").arg(automatic))
                             : tr("(none)"),
                 QString());
    if (source)
        for (const data::Field& field : source->fields)
            box->addItem(QString::fromStdString(field.name), QString::fromStdString(field.name));
    int index =
        box->findData(chosen.isEmpty() ? QString::fromStdString(spec.defaultValue) : chosen);
    box->setCurrentIndex(std::max(0, index));
}

QString ParameterForm::defaultLayer(const analysis::ParameterSpec& spec) const {
    if (!spec.defaultValue.empty())
        return QString::fromStdString(spec.defaultValue);
    const bool zones = spec.key == zone::kLayer;
    const bool boundary = spec.key == "boundary";
    int best = 0;
    QString id;
    for (const LayerOption& option : m_layers) {
        // Zones and boundaries are base layers: a project's area is not a district.
        if (!accepts(spec, option) || option.ofProject)
            continue;
        const std::string name = option.id.toStdString() + ' ' + option.name.toStdString();
        const int score = zones      ? analysis::districtLikeness(name, option.fields)
                          : boundary ? analysis::boundaryLikeness(name)
                                     : 0;
        if (score > best) {
            best = score;
            id = option.id;
        }
    }
    return id;
}

const LayerOption* ParameterForm::layer(const QString& id) const {
    for (const LayerOption& option : m_layers)
        if (option.id == id)
            return &option;
    return nullptr;
}

QString ParameterForm::valueOf(const QString& key) const {
    QWidget* e = editor(key);
    if (auto* box = comboOf(e))
        return box->currentData().toString();
    if (auto* line = qobject_cast<QLineEdit*>(e))
        return line->text();
    if (auto* number = qobject_cast<QDoubleSpinBox*>(e))
        return QString::number(number->value(), 'g', 15);
    return {};
}

void ParameterForm::updateGridWarning() {
    if (!m_gridWarning)
        return;
    // "zones" (roll-up, coverage) or "units" (ranking) say whether a grid was asked for.
    const QString mode = !valueOf(QStringLiteral("zones")).isEmpty()
                             ? valueOf(QStringLiteral("zones"))
                             : valueOf(QStringLiteral("units"));
    const bool gridAsked = mode == QLatin1String("grid");
    const bool noZones = valueOf(QString::fromLatin1(zone::kLayer)).isEmpty();
    const bool otherUnits = mode == QLatin1String("layer") && editor(QStringLiteral("units_layer"));
    const QString size =
        QLocale(m_language == QLatin1String("ko") ? QLocale::Korean : QLocale::English)
            .toString(valueOf(QStringLiteral("grid_size")).toDouble(), 'f', 0);
    const QString boundary = valueOf(QStringLiteral("boundary"));
    QString text;
    if (!otherUnits && (gridAsked || noZones)) {
        if (!boundary.isEmpty() || (!noZones && gridAsked))
            text = tr("A grid of %1 m cells clipped to the boundary is used instead of "
                      "districts.")
                       .arg(size);
        else
            text = tr("⚠ No zone layer: a grid of %1 m cells over the bounding box of the "
                      "projects is used instead of districts, and cells outside the city count "
                      "too. Add a gu or dong boundary layer and choose it as the zone layer.")
                       .arg(size);
    }
    m_gridWarning->setText(text);
    m_gridWarning->setVisible(!text.isEmpty());
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
    case ParameterType::Layer: {
        auto* box = static_cast<QComboBox*>(editor);
        box->setProperty(kTouched, false);
        selectData(box, text.empty() ? defaultLayer(spec) : value);
        break;
    }
    case ParameterType::Field: {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(0);
        fillFieldPicker(box, spec);
        if (!text.empty())
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
        if (m_specs[i].type != ParameterType::Field)
            setEditorValue(m_editors[i], m_specs[i], m_specs[i].defaultValue);
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].type == ParameterType::Field)
            setEditorValue(m_editors[i], m_specs[i], m_specs[i].defaultValue);
    updateGridWarning();
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
        case ParameterType::Layer:
        case ParameterType::Field:
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
    // Bounded by the editors: called while setParameters is still making them.
    for (std::size_t i = 0; i < m_editors.size(); ++i)
        if (QString::fromStdString(m_specs[i].key) == key)
            return m_editors[i];
    return nullptr;
}

} // namespace cw::widgets
