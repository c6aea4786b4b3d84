// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/analysis_description.h"

#include <QJsonArray>

namespace cw::cli {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

const char* typeKey(analysis::ParameterType t) {
    switch (t) {
    case analysis::ParameterType::Double:
        return "number";
    case analysis::ParameterType::Integer:
        return "integer";
    case analysis::ParameterType::Boolean:
        return "boolean";
    case analysis::ParameterType::Choice:
        return "choice";
    case analysis::ParameterType::Layer:
        return "layer";
    case analysis::ParameterType::Field:
        return "field";
    default:
        return "string";
    }
}

const char* outputKindKey(analysis::OutputKind k) {
    switch (k) {
    case analysis::OutputKind::PolygonLayer:
        return "polygon-layer";
    case analysis::OutputKind::LineLayer:
        return "line-layer";
    case analysis::OutputKind::PointLayer:
        return "point-layer";
    default:
        return "table";
    }
}

QJsonObject text(const project::LocalizedText& t) {
    return {{QStringLiteral("ko"), qs(t.ko)}, {QStringLiteral("en"), qs(t.en)}};
}

QString valueSyntax(const analysis::ParameterSpec& p) {
    switch (p.type) {
    case analysis::ParameterType::Boolean:
        return QStringLiteral("true|false");
    case analysis::ParameterType::Choice: {
        QStringList choices;
        for (const auto& c : p.choices)
            choices << qs(c);
        return choices.join(QLatin1Char('|'));
    }
    case analysis::ParameterType::Integer:
        return QStringLiteral("N");
    case analysis::ParameterType::Double:
        return QStringLiteral("X");
    case analysis::ParameterType::Layer:
        return QStringLiteral("LAYER-ID|FILE");
    case analysis::ParameterType::Field:
        return QStringLiteral("FIELD");
    default:
        return QStringLiteral("TEXT");
    }
}

} // namespace

QString AnalysisDescription::helpText(const analysis::AnalysisDescriptor& d, const QString& lang) {
    const std::string l = lang.toStdString();
    QString out = QStringLiteral("%1  %2\n").arg(qs(d.id), qs(d.name.in(l)));
    if (!d.description.in(l).empty())
        out += QStringLiteral("    %1\n").arg(qs(d.description.in(l)));
    for (const auto& p : d.parameters) {
        QString line = QStringLiteral("    --param %1=%2").arg(qs(p.key), valueSyntax(p));
        QStringList notes;
        notes << tr("default %1")
                     .arg(qs(p.defaultValue) +
                          (p.unit.empty() ? QString() : QStringLiteral(" ") + qs(p.unit)));
        if (p.minimum)
            notes << tr("min %1").arg(*p.minimum);
        if (p.maximum)
            notes << tr("max %1").arg(*p.maximum);
        out += line.leftJustified(44) +
               QStringLiteral(" %1 (%2)\n").arg(qs(p.name.in(l)), notes.join(QStringLiteral(", ")));
    }
    QStringList outputs;
    for (const auto& o : d.outputs)
        outputs << qs(o.key);
    out += QStringLiteral("    ") + tr("Outputs: %1").arg(outputs.join(QStringLiteral(", "))) +
           QLatin1Char('\n');
    return out;
}

QJsonObject AnalysisDescription::json(const analysis::AnalysisDescriptor& d) {
    QJsonArray params;
    for (const auto& p : d.parameters) {
        QJsonObject o{{QStringLiteral("key"), qs(p.key)},
                      {QStringLiteral("name"), text(p.name)},
                      {QStringLiteral("description"), text(p.description)},
                      {QStringLiteral("type"), QLatin1String(typeKey(p.type))},
                      {QStringLiteral("default"), qs(p.defaultValue)},
                      {QStringLiteral("unit"), qs(p.unit)}};
        if (p.minimum)
            o[QStringLiteral("minimum")] = *p.minimum;
        if (p.maximum)
            o[QStringLiteral("maximum")] = *p.maximum;
        QJsonArray choices;
        for (const auto& c : p.choices)
            choices.append(qs(c));
        if (p.type == analysis::ParameterType::Layer)
            o[QStringLiteral("geometry")] = choices; // the geometries a layer may have
        else if (p.type == analysis::ParameterType::Field && !p.choices.empty())
            o[QStringLiteral("of_layer")] = qs(p.choices.front());
        else if (!choices.isEmpty())
            o[QStringLiteral("choices")] = choices;
        params.append(o);
    }
    QJsonArray outputs;
    for (const auto& o : d.outputs)
        outputs.append(QJsonObject{{QStringLiteral("key"), qs(o.key)},
                                   {QStringLiteral("name"), text(o.name)},
                                   {QStringLiteral("kind"), QLatin1String(outputKindKey(o.kind))}});
    return {{QStringLiteral("id"), qs(d.id)},
            {QStringLiteral("name"), text(d.name)},
            {QStringLiteral("description"), text(d.description)},
            {QStringLiteral("parameters"), params},
            {QStringLiteral("outputs"), outputs}};
}

} // namespace cw::cli
