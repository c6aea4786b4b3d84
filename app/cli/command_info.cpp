// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/crs/plan_crs.h"
#include "cityweave/data/layer_reader.h"
#include "cli/cli_context.h"
#include "cli/source_options.h"
#include "cli/table_summary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace cw::cli {
namespace {

constexpr std::size_t kSampleRows = 5;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

const char* fieldTypeName(data::FieldType t) {
    switch (t) {
    case data::FieldType::Integer:
        return "integer";
    case data::FieldType::Real:
        return "real";
    case data::FieldType::String:
        return "string";
    case data::FieldType::Date:
        return "date";
    case data::FieldType::DateTime:
        return "datetime";
    default:
        return "other";
    }
}

const char* familyName(geometry::GeometryFamily f) {
    switch (f) {
    case geometry::GeometryFamily::Point:
        return "point";
    case geometry::GeometryFamily::Line:
        return "line";
    case geometry::GeometryFamily::Polygon:
        return "polygon";
    default:
        return "none";
    }
}

QJsonValue jsonValue(const data::AttributeValue& v) {
    if (std::holds_alternative<std::int64_t>(v))
        return QJsonValue(qint64(std::get<std::int64_t>(v)));
    if (std::holds_alternative<double>(v))
        return std::get<double>(v);
    if (std::holds_alternative<std::string>(v))
        return qs(std::get<std::string>(v));
    return QJsonValue::Null;
}

QJsonObject describeLayer(const data::VectorLayer& layer) {
    QJsonObject o;
    o[QStringLiteral("name")] = qs(layer.name);
    o[QStringLiteral("driver")] = qs(layer.driver);
    o[QStringLiteral("geometry")] = QLatin1String(familyName(layer.family));
    o[QStringLiteral("feature_count")] = qint64(layer.featureCount());
    QJsonObject crs;
    crs[QStringLiteral("name")] = layer.crs.isValid() ? qs(layer.crs.name()) : QString();
    crs[QStringLiteral("id")] = qs(layer.crs.authId());
    crs[QStringLiteral("interpretation")] = qs(layer.crs.interpretationNote());
    o[QStringLiteral("crs")] = layer.crs.isValid() ? QJsonValue(crs) : QJsonValue::Null;
    const auto& e = layer.geometries.extent();
    o[QStringLiteral("extent")] =
        e.isNull() ? QJsonValue::Null : QJsonValue(QJsonArray{e.minX, e.minY, e.maxX, e.maxY});
    o[QStringLiteral("encoding")] = qs(layer.report.encoding);
    o[QStringLiteral("encoding_source")] = qs(layer.report.encodingReason);
    QJsonObject problems;
    problems[QStringLiteral("invalid_geometries")] = qint64(layer.report.invalidGeometries);
    problems[QStringLiteral("null_geometries")] = qint64(layer.report.nullGeometries);
    problems[QStringLiteral("unsupported_geometries")] = qint64(layer.report.unsupportedGeometries);
    problems[QStringLiteral("degenerate_parts")] = qint64(layer.report.degenerateParts);
    problems[QStringLiteral("unreadable_features")] = qint64(layer.report.unreadableFeatures);
    o[QStringLiteral("geometry_problems")] = problems;
    QJsonArray warnings;
    for (const std::string& w : layer.report.warnings)
        warnings.append(qs(w));
    o[QStringLiteral("warnings")] = warnings;
    QJsonArray fields;
    for (const auto& f : layer.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), qs(f.name)},
                                  {QStringLiteral("type"), QLatin1String(fieldTypeName(f.type))}});
    o[QStringLiteral("fields")] = fields;
    QJsonArray rows;
    for (std::size_t r = 0; r < std::min(kSampleRows, layer.attributes.size()); ++r) {
        QJsonObject row;
        for (std::size_t i = 0; i < layer.fields.size(); ++i)
            row[qs(layer.fields[i].name)] = jsonValue(layer.attributes[r][i]);
        rows.append(row);
    }
    o[QStringLiteral("sample_rows")] = rows;
    return o;
}

// `source`: how the layer was read, for a table's detection summary and "Read as".
void printLayer(CliContext& ctx, const data::VectorLayer& layer, const std::string& transformName,
                const data::LayerSource& source, bool listBadRows) {
    const bool table = layer.report.table.has_value();
    ctx.out << CliContext::tr("Layer: %1 (%2, %3 features, driver %4)")
                   .arg(qs(layer.name), QLatin1String(familyName(layer.family)))
                   .arg(layer.featureCount())
                   .arg(qs(layer.driver))
            << '\n';
    if (layer.crs.isValid()) {
        ctx.out << CliContext::tr("  CRS: %1 %2").arg(qs(layer.crs.name()), qs(layer.crs.authId()))
                << '\n';
        if (!layer.crs.interpretationNote().empty())
            ctx.out << CliContext::tr(
                           "  The .prj names a Bessel Transverse Mercator without datum; read as "
                           "%1 (Korean 1985) so that the datum shift applies.")
                           .arg(qs(layer.crs.authId()))
                    << '\n';
        if (!transformName.empty())
            ctx.out << CliContext::tr("  To EPSG:5186 via: %1").arg(qs(transformName)) << '\n';
    } else if (!table) {
        ctx.out << CliContext::tr("  CRS: none (choose one when adding the layer)") << '\n';
    }
    const auto& e = layer.geometries.extent();
    if (!e.isNull())
        ctx.out << CliContext::tr("  Extent: %1, %2 - %3, %4")
                       .arg(e.minX, 0, 'f', 6)
                       .arg(e.minY, 0, 'f', 6)
                       .arg(e.maxX, 0, 'f', 6)
                       .arg(e.maxY, 0, 'f', 6)
                << '\n';
    if (table)
        printTableSummary(ctx, layer, source, listBadRows);
    else
        ctx.out << CliContext::tr("  Text encoding: %1 (%2)")
                       .arg(qs(layer.report.encoding), qs(layer.report.encodingReason))
                << '\n';
    const auto& r = layer.report;
    if (r.invalidGeometries || r.nullGeometries || r.unsupportedGeometries || r.degenerateParts)
        ctx.out << CliContext::tr("  Geometry problems: %1 invalid, %2 empty, %3 of another type, "
                                  "%4 degenerate parts (all kept)")
                       .arg(r.invalidGeometries)
                       .arg(r.nullGeometries)
                       .arg(r.unsupportedGeometries)
                       .arg(r.degenerateParts)
                << '\n';
    for (const std::string& w : r.warnings)
        ctx.out << CliContext::tr("  Warning: %1").arg(qs(w)) << '\n';
    ctx.out << CliContext::tr("  Fields:") << '\n';
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
        QStringList samples;
        for (std::size_t row = 0; row < std::min(kSampleRows, layer.attributes.size()); ++row)
            samples << qs(data::toDisplayString(layer.attributes[row][i]));
        ctx.out << QStringLiteral("    %1 (%2): %3")
                       .arg(qs(layer.fields[i].name),
                            QLatin1String(fieldTypeName(layer.fields[i].type)),
                            samples.join(QStringLiteral(", ")))
                << '\n';
    }
}

} // namespace

int runInfo(CliContext& ctx) {
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool listBadRows = ctx.takeFlag(QStringLiteral("--bad-rows"));
    const SourceOptions sourceOptions = takeSourceOptions(ctx);
    if (ctx.args.size() != 1)
        return ctx.usage(CliContext::tr("info takes exactly one SOURCE."));
    auto source = layerSourceFor(ctx.args.first(), sourceOptions);
    if (!source)
        return ctx.fail(source.error(), kUsage);
    const std::string& path = source->path;

    const data::ReuseOpenFiles reuse; // one open for every layer of a GeoPackage
    auto layers = data::LayerReader::listLayers(path);
    if (!layers)
        return ctx.fail(layers.error());
    QJsonArray jsonLayers;
    int shown = 0;
    std::map<std::string, std::string> transformNames; // by the layer CRS's storage string
    for (const auto& summary : *layers) {
        if (!source->layer.empty() && summary.name != source->layer)
            continue;
        data::ReadOptions options = source->readOptions();
        options.layerName = summary.name;
        options.requireCrs = false;
        // A table without coordinates (or with an undecided CRS) is still shown, as a table,
        // with what to choose.
        options.requireGeometry = false;
        options.validate = true;
        auto layer = data::LayerReader::read(path, options);
        if (!layer)
            return ctx.fail(layer.error());
        ++shown;
        // "Read as" names the sheet only when the source has several.
        data::LayerSource shownSource = *source;
        if (layers->size() > 1)
            shownSource.layer = summary.name;
        std::string transformName;
        if (layer->crs.isValid()) {
            // Layers mostly share a CRS, and setting up a transform costs milliseconds.
            const std::string key = layer->crs.storageString();
            if (const auto known = transformNames.find(key); known != transformNames.end()) {
                transformName = known->second;
            } else {
                auto target = crs::Crs::fromEpsg(crs::kPlanEpsg);
                if (auto t = crs::CoordinateTransform::create(layer->crs, *target); t)
                    transformName = t->operationName();
                transformNames.emplace(key, transformName);
            }
        }
        if (json) {
            QJsonObject o = describeLayer(*layer);
            o[QStringLiteral("transform_to_epsg_5186")] = qs(transformName);
            addTableSummary(o, *layer, shownSource);
            jsonLayers.append(o);
        } else {
            printLayer(ctx, *layer, transformName, shownSource, listBadRows);
        }
    }
    if (shown == 0 && !source->layer.empty())
        return ctx.fail(makeError(ErrorCode::LayerNotFound, {source->layer, path}));
    if (json) {
        QJsonObject root{{QStringLiteral("source"), ctx.args.first()},
                         {QStringLiteral("layers"), jsonLayers}};
        ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    ctx.out.flush();
    return kOk;
}

} // namespace cw::cli
