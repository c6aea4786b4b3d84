// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"
#include "cli/cli_context.h"
#include "cli/table_bench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <limits>

namespace cw::cli {
namespace {

double mib(std::size_t bytes) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

double signedMib(std::size_t after, std::size_t before) {
    return (static_cast<double>(after) - static_cast<double>(before)) / (1024.0 * 1024.0);
}

// The heap a loaded layer's attributes hold: the row vectors and the text longer than the
// small-string buffer.
std::size_t attributeBytes(const data::VectorLayer& layer) {
    std::size_t bytes = layer.attributes.capacity() * sizeof(data::AttributeRow) +
                        layer.fids.capacity() * sizeof(std::int64_t);
    for (const data::AttributeRow& row : layer.attributes) {
        bytes += row.capacity() * sizeof(data::AttributeValue);
        for (const data::AttributeValue& v : row)
            if (const auto* s = std::get_if<std::string>(&v); s && s->capacity() > 15)
                bytes += s->capacity() + 1;
    }
    return bytes;
}

struct CityWeaveRun {
    double seconds = 0;
    std::size_t features = 0, positioned = 0, badRows = 0;
    std::size_t geometryBytes = 0, attributeBytes = 0;
    std::size_t rssGrowth = 0;
    std::string detected;
};

} // namespace

int benchCsv(CliContext& ctx) {
    const QString nText = ctx.takeOption(QStringLiteral("--n"));
    const QString runsText = ctx.takeOption(QStringLiteral("--runs"));
    const bool keep = ctx.takeFlag(QStringLiteral("--keep"));
    bool ok = true;
    const qlonglong n = nText.isEmpty() ? 1000000 : nText.toLongLong(&ok);
    if (!ok || n <= 0)
        return ctx.usage(CliContext::tr("bench csv needs --n N (a positive number of rows)."));
    const int runs = runsText.isEmpty() ? 1 : std::max(1, runsText.toInt());

    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("cityweave-bench-csv-XXXXXX")));
    if (!dir.isValid())
        return ctx.fail(makeError(ErrorCode::OutputWriteFailed, {QDir::tempPath().toStdString()}),
                        kOutputError);
    dir.setAutoRemove(!keep);
    const std::string path = dir.filePath(QStringLiteral("bus_stops_cp949.csv")).toStdString();
    QElapsedTimer t;
    t.start();
    if (auto written = writeBusStopCsv(path, std::size_t(n)); !written)
        return ctx.fail(written.error(), kOutputError);
    const double generateSeconds = t.nsecsElapsed() / 1e9;
    const qint64 fileBytes = QFileInfo(QString::fromStdString(path)).size();
    ctx.out << CliContext::tr("bench csv: %1 rows, %2 MiB CP949 CSV, generated in %3 s: %4")
                   .arg(n)
                   .arg(mib(std::size_t(fileBytes)), 0, 'f', 1)
                   .arg(generateSeconds, 0, 'f', 2)
                   .arg(QString::fromStdString(path))
            << Qt::endl;

    // (b) GDAL's CSV driver told the columns, touching every geometry and field. First, so that
    // its (streaming) memory is measured before CityWeave's layer has grown the heap.
    double gdalSeconds = std::numeric_limits<double>::max();
    GdalCsvRead gdal;
    const ProcessMemory beforeGdal = processMemory();
    for (int run = 0; run < runs; ++run) {
        t.restart();
        auto read = readCsvWithGdal(path);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!read)
            return ctx.fail(read.error());
        gdalSeconds = std::min(gdalSeconds, seconds);
        gdal = *read;
    }
    const ProcessMemory afterGdal = processMemory();
    ctx.out << CliContext::tr("  GDAL CSV driver, X/Y columns given (streamed, text not decoded): "
                              "%1 s, %2 features, %3 with a point; process memory grew %4 MiB")
                   .arg(gdalSeconds, 0, 'f', 3)
                   .arg(gdal.features)
                   .arg(gdal.withGeometry)
                   .arg(signedMib(afterGdal.rss, beforeGdal.rss), 0, 'f', 1)
            << Qt::endl;
    // (a) Then CityWeave with no options: encoding, header, columns and CRS detected, codes as
    // text, bad rows listed. The best of `runs`; memory from the first.
    CityWeaveRun cw;
    cw.seconds = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        const ProcessMemory before = processMemory();
        t.restart();
        auto layer = data::LayerReader::read(path);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!layer)
            return ctx.fail(layer.error());
        cw.seconds = std::min(cw.seconds, seconds);
        if (run == 0) {
            const ProcessMemory after = processMemory();
            cw.rssGrowth = after.rss > before.rss ? after.rss - before.rss : 0;
            cw.features = layer->featureCount();
            cw.badRows = layer->report.badRows.total();
            cw.positioned = cw.features - cw.badRows;
            cw.geometryBytes = layer->geometries.memoryBytes();
            cw.attributeBytes = attributeBytes(*layer);
            if (layer->report.table)
                cw.detected = layer->report.table->encoding + ", " + layer->report.table->xColumn +
                              "/" + layer->report.table->yColumn + ", " + layer->report.table->crs;
        }
    }
    ctx.out << CliContext::tr("  CityWeave LayerReader::read, detection included (%1): %2 s, "
                              "%3 features, %4 with a position, %5 bad rows")
                   .arg(QString::fromStdString(cw.detected))
                   .arg(cw.seconds, 0, 'f', 3)
                   .arg(cw.features)
                   .arg(cw.positioned)
                   .arg(cw.badRows)
            << Qt::endl;
    ctx.out << CliContext::tr(
                   "    layer in memory ≈ %1 MiB (geometries %2 MiB, attributes %3 MiB); "
                   "process memory grew %4 MiB while it was loaded")
                   .arg(mib(cw.geometryBytes + cw.attributeBytes), 0, 'f', 1)
                   .arg(mib(cw.geometryBytes), 0, 'f', 1)
                   .arg(mib(cw.attributeBytes), 0, 'f', 1)
                   .arg(mib(cw.rssGrowth), 0, 'f', 1)
            << Qt::endl;

    const double ratio = cw.seconds / gdalSeconds;
    ctx.out << CliContext::tr("  Ratio CityWeave / GDAL: %1 (target ≤ 1.5); peak memory of the "
                              "process %2 MiB")
                   .arg(ratio, 0, 'f', 2)
                   .arg(mib(processMemory().peak), 0, 'f', 1)
            << Qt::endl;
    if (keep)
        ctx.out << CliContext::tr("  Kept: %1").arg(QString::fromStdString(path)) << Qt::endl;
    return kOk;
}

} // namespace cw::cli
