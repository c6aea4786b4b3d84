// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/code_join_result.h"
#include "cityweave/analysis/result_writer.h"
#include "cityweave/data/code_join.h"
#include "cityweave/data/layer_reader.h"
#include "cli/cli_context.h"
#include "cli/source_options.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::cli {
namespace {

constexpr std::size_t kListedKeys = 20;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// "11010, 11020, ... (and 5 more)": the first keys and how many were left out.
QString keyList(const std::vector<std::string>& keys) {
    QStringList shown;
    for (std::size_t i = 0; i < std::min(kListedKeys, keys.size()); ++i)
        shown << qs(keys[i]);
    QString text = shown.join(QStringLiteral(", "));
    if (keys.size() > kListedKeys)
        text += CliContext::tr(" (and %1 more)").arg(keys.size() - kListedKeys);
    return text;
}

QJsonObject keysJson(const std::vector<std::string>& keys) {
    QJsonArray first;
    for (std::size_t i = 0; i < std::min(kListedKeys, keys.size()); ++i)
        first.append(qs(keys[i]));
    return {{QStringLiteral("count"), qint64(keys.size())}, {QStringLiteral("first"), first}};
}

void printKeys(CliContext& ctx, const QString& label, const std::vector<std::string>& keys) {
    ctx.out << label.arg(keys.size()) << '\n';
    if (!keys.empty())
        ctx.out << QStringLiteral("    ") << keyList(keys) << '\n';
}

} // namespace

int runJoin(CliContext& ctx) {
    const QString to = ctx.takeOption(QStringLiteral("--to"));
    const QString key = ctx.takeOption(QStringLiteral("--key"));
    const QString toKey = ctx.takeOption(QStringLiteral("--to-key"));
    const QString convertText = ctx.takeOption(QStringLiteral("--convert"));
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    QString layerName = ctx.takeOption(QStringLiteral("--out-layer"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const SourceOptions tableOptions = takeSourceOptions(ctx); // how to read TABLE
    if (ctx.args.size() != 1 || to.isEmpty() || key.isEmpty() || toKey.isEmpty() || out.isEmpty())
        return ctx.usage(CliContext::tr(
            "join needs TABLE --to BOUNDARIES --key COLUMN --to-key COLUMN --out FILE.gpkg."));
    const auto conversion =
        data::codeConversionFromKey(convertText.isEmpty() ? "auto" : convertText.toStdString());
    if (!conversion)
        return ctx.usage(CliContext::tr("Invalid --convert \"%1\": use auto, none, "
                                        "kostat-to-ministry, ministry-to-kostat or "
                                        "legal-dong-10-to-8.")
                             .arg(convertText));
    if (layerName.isEmpty())
        layerName = QStringLiteral("joined");

    auto tableSource = layerSourceFor(ctx.args.first(), tableOptions);
    if (!tableSource)
        return ctx.fail(tableSource.error(), kUsage);
    auto boundarySource = layerSourceFor(to, {});
    if (!boundarySource)
        return ctx.fail(boundarySource.error(), kUsage);
    if (int rc = ctx.refuseOverwritingInputs({out}, {tableSource->path, boundarySource->path});
        rc != kOk)
        return rc;
    data::ReadOptions tableRead = tableSource->readOptions();
    tableRead.requireGeometry = false; // statistics: a table without positions
    tableRead.requireCrs = false;
    auto table = data::LayerReader::read(tableSource->path, tableRead);
    if (!table)
        return ctx.fail(table.error());
    auto boundaries = data::LayerReader::read(boundarySource->path, boundarySource->readOptions());
    if (!boundaries)
        return ctx.fail(boundaries.error());

    const data::CodeJoinSpec spec{key.toStdString(), toKey.toStdString(), *conversion};
    auto joined = data::joinByCode(*boundaries, *table, spec);
    if (!joined)
        return ctx.fail(joined.error());
    const QString used = QLatin1String(data::codeConversionKey(joined->conversionUsed));
    const std::size_t boundaryCount = boundaries->featureCount();
    const std::size_t tableRows = table->featureCount();
    const auto result = analysis::codeJoinResult(
        *joined, {tableSource->path, boundarySource->path, spec}, layerName.toStdString());
    if (auto written = analysis::writeResultsGeoPackage({result}, out.toStdString()); !written)
        return ctx.fail(written.error(), kOutputError);

    const QString outPath = QFileInfo(out).absoluteFilePath();
    if (json) {
        QJsonObject o{
            {QStringLiteral("out"), outPath},
            {QStringLiteral("layer"), layerName},
            {QStringLiteral("boundaries"), qint64(boundaryCount)},
            {QStringLiteral("table_rows"), qint64(tableRows)},
            {QStringLiteral("matched"), qint64(joined->matchedBoundaries)},
            {QStringLiteral("conversion"), used},
            {QStringLiteral("unmatched_table_keys"), keysJson(joined->unmatchedTableKeys)},
            {QStringLiteral("unmatched_boundary_keys"), keysJson(joined->unmatchedBoundaryKeys)},
            {QStringLiteral("duplicate_table_keys"), keysJson(joined->duplicateTableKeys)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return kOk;
    }
    ctx.out << CliContext::tr("Matched %1 of %2 boundaries with %3 table rows (%4 = %5).")
                   .arg(joined->matchedBoundaries)
                   .arg(boundaryCount)
                   .arg(tableRows)
                   .arg(key, toKey)
            << '\n';
    ctx.out << CliContext::tr("  Codes converted: %1").arg(used) << '\n';
    printKeys(ctx, CliContext::tr("  Table codes with no boundary: %1"),
              joined->unmatchedTableKeys);
    printKeys(ctx, CliContext::tr("  Boundaries with no table row: %1"),
              joined->unmatchedBoundaryKeys);
    printKeys(ctx, CliContext::tr("  Codes repeated in the table (first row used): %1"),
              joined->duplicateTableKeys);
    ctx.out << CliContext::tr("Wrote layer \"%1\" to %2").arg(layerName, outPath) << Qt::endl;
    return kOk;
}

} // namespace cw::cli
