// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/parameter_text.h"

#include "cityweave/project/sector.h"
#include "common/planning_text.h"

#include <QStringList>
#include <utility>

namespace cw::app {

namespace {
// Choice values and their labels (translated where they are shown).
constexpr std::pair<const char*, const char*> kChoices[] = {
    {"layer", QT_TRANSLATE_NOOP("ParameterText", "Zone layer")},
    {"grid", QT_TRANSLATE_NOOP("ParameterText", "Grid")},
    {"zones", QT_TRANSLATE_NOOP("ParameterText", "Zone layer")},
    {"square", QT_TRANSLATE_NOOP("ParameterText", "Squares")},
    {"hexagon", QT_TRANSLATE_NOOP("ParameterText", "Hexagons")},
    {"iot_sensor", QT_TRANSLATE_NOOP("ParameterText", "IoT sensor")},
    {"cctv", QT_TRANSLATE_NOOP("ParameterText", "CCTV")},
    {"ev_charger", QT_TRANSLATE_NOOP("ParameterText", "EV charger")},
    {"parking_sensor", QT_TRANSLATE_NOOP("ParameterText", "Parking sensor")},
    {"roadside_unit", QT_TRANSLATE_NOOP("ParameterText", "Roadside unit (V2X)")},
    {"other", QT_TRANSLATE_NOOP("ParameterText", "Other")},
    {"none", QT_TRANSLATE_NOOP("ParameterText", "None")},
    {"neighbour", QT_TRANSLATE_NOOP("ParameterText", "Touching another eligible unit")},
    {"minmax", QT_TRANSLATE_NOOP("ParameterText", "Min–max")},
    {"rank", QT_TRANSLATE_NOOP("ParameterText", "Rank")},
    {"benefit", QT_TRANSLATE_NOOP("ParameterText", "Higher is better")},
    {"cost", QT_TRANSLATE_NOOP("ParameterText", "Lower is better")},
    {"synergy", QT_TRANSLATE_NOOP("ParameterText", "Synergy")},
    {"duplication", QT_TRANSLATE_NOOP("ParameterText", "Duplication")},
    {"neutral", QT_TRANSLATE_NOOP("ParameterText", "Neutral")},
};
} // namespace

QString ParameterText::choice(const std::string& value, const Translator& tr) {
    for (const auto& [key, label] : kChoices)
        if (value == key)
            return tr ? tr(label) : ParameterText::tr(label);
    return QString::fromStdString(value);
}

QString ParameterText::value(const analysis::ParameterSpec& spec, const std::string& value,
                             const Translator& given) {
    const auto say = [&](const char* source) {
        return given ? given(source) : ParameterText::tr(source);
    };
    const QString text = QString::fromStdString(value);
    switch (spec.type) {
    case analysis::ParameterType::Choice:
        return choice(value, given);
    case analysis::ParameterType::Boolean:
        return value == "true" || value == "1" ? say(QT_TRANSLATE_NOOP("ParameterText", "Yes"))
                                               : say(QT_TRANSLATE_NOOP("ParameterText", "No"));
    case analysis::ParameterType::Layer:
        return value.empty() ? say(QT_TRANSLATE_NOOP("ParameterText", "(none)")) : text;
    case analysis::ParameterType::Field:
        return value.empty() ? say(QT_TRANSLATE_NOOP("ParameterText", "(automatic)")) : text;
    case analysis::ParameterType::Double:
    case analysis::ParameterType::Integer:
        return spec.unit.empty() ? text
                                 : text + QLatin1Char(' ') + QString::fromStdString(spec.unit);
    case analysis::ParameterType::String:
        break;
    }
    return text;
}

QString ParameterText::sectorCodes(const std::string& value) {
    const QString text = QString::fromStdString(value);
    QStringList names;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto sector = project::sectorFromKey(part.trimmed().toStdString());
        if (!sector || *sector == project::Sector::None)
            return text; // not a list of sector codes
        names << PlanningText::sector(*sector);
    }
    return names.isEmpty() ? text : names.join(QStringLiteral(", "));
}

} // namespace cw::app
