// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/parameter_text.h"

#include "cityweave/project/sector.h"
#include "common/planning_text.h"

#include <QHash>
#include <QStringList>

namespace cw::app {

QString ParameterText::choice(const std::string& value) {
    // Built each call: tr() answers in the language installed now.
    const QHash<QString, QString> labels{
        {QStringLiteral("layer"), tr("Zone layer")},
        {QStringLiteral("grid"), tr("Grid")},
        {QStringLiteral("zones"), tr("Zone layer")},
        {QStringLiteral("square"), tr("Squares")},
        {QStringLiteral("hexagon"), tr("Hexagons")},
        {QStringLiteral("iot_sensor"), tr("IoT sensor")},
        {QStringLiteral("cctv"), tr("CCTV")},
        {QStringLiteral("ev_charger"), tr("EV charger")},
        {QStringLiteral("parking_sensor"), tr("Parking sensor")},
        {QStringLiteral("roadside_unit"), tr("Roadside unit (V2X)")},
        {QStringLiteral("other"), tr("Other")},
        {QStringLiteral("none"), tr("None")},
        {QStringLiteral("neighbour"), tr("Touching another eligible unit")},
        {QStringLiteral("minmax"), tr("Min–max")},
        {QStringLiteral("rank"), tr("Rank")},
        {QStringLiteral("benefit"), tr("Higher is better")},
        {QStringLiteral("cost"), tr("Lower is better")},
        {QStringLiteral("synergy"), tr("Synergy")},
        {QStringLiteral("duplication"), tr("Duplication")},
        {QStringLiteral("neutral"), tr("Neutral")},
    };
    const QString key = QString::fromStdString(value);
    return labels.value(key, key);
}

QString ParameterText::value(const analysis::ParameterSpec& spec, const std::string& value) {
    const QString text = QString::fromStdString(value);
    switch (spec.type) {
    case analysis::ParameterType::Choice:
        return choice(value);
    case analysis::ParameterType::Boolean:
        return value == "true" || value == "1" ? tr("Yes") : tr("No");
    case analysis::ParameterType::Layer:
        return value.empty() ? tr("(none)") : text;
    case analysis::ParameterType::Field:
        return value.empty() ? tr("(automatic)") : text;
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
