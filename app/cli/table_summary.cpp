// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/table_summary.h"

#include "cli/cli_context.h"

#include <QJsonArray>
#include <QStringList>

namespace cw::cli {
namespace {

constexpr std::size_t kJsonBadRows = 100;
constexpr data::BadRowReason kReasons[] = {
    data::BadRowReason::Zero,        data::BadRowReason::Empty,
    data::BadRowReason::SameXY,      data::BadRowReason::Swapped,
    data::BadRowReason::DegreesInTm, data::BadRowReason::OutsideKorea,
    data::BadRowReason::InvalidText,
};

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& item : items)
        out << qs(item);
    return out.join(QStringLiteral(", "));
}

QString encodingReasonText(const std::string& reason) {
    if (reason == "bom")
        return CliContext::tr("it starts with a byte-order mark");
    if (reason == "detected")
        return CliContext::tr("detected from its bytes");
    if (reason == "default")
        return CliContext::tr("plain ASCII, read as UTF-8");
    if (reason == "override")
        return CliContext::tr("chosen with --encoding");
    if (reason == "driver")
        return CliContext::tr("spreadsheets store Unicode");
    return qs(reason);
}

QString geometryReasonText(const std::string& reason) {
    if (reason == "names")
        return CliContext::tr("found by their names");
    if (reason == "values")
        return CliContext::tr("found by their values");
    if (reason == "option")
        return CliContext::tr("as chosen");
    return qs(reason);
}

QString crsReasonText(const data::TableDetection& d) {
    const std::string& r = d.crsReason;
    if (r == "degrees")
        return CliContext::tr("the values are longitudes and latitudes in Korea");
    if (r == "degrees-swapped")
        return CliContext::tr("the values are latitudes and longitudes in Korea: the X and Y "
                              "columns were swapped");
    if (r == "values")
        return CliContext::tr("the only Korean coordinate system that puts the values in Korea");
    if (r == "header")
        return CliContext::tr("the column header names it (\"%1\") and the values fit")
            .arg(qs(d.headerHint));
    if (r == "seoul")
        return CliContext::tr("of %1, which put the values in Korea, the only one that puts them "
                              "in the Seoul capital region")
            .arg(joined(d.crsCandidates));
    if (r == "option")
        return CliContext::tr("chosen with --crs");
    if (r == "wkt")
        return CliContext::tr("stated in the geometry text (SRID)");
    return qs(r);
}

QString badRowLine(data::BadRowReason reason, std::size_t n) {
    const int count = static_cast<int>(n);
    switch (reason) {
    case data::BadRowReason::Zero:
        return CliContext::tr("%n row(s) at (0,0) have no position", nullptr, count);
    case data::BadRowReason::Empty:
        return CliContext::tr("%n row(s) with an empty coordinate have no position", nullptr,
                              count);
    case data::BadRowReason::SameXY:
        return CliContext::tr("%n row(s) with the same value in X and Y have no position", nullptr,
                              count);
    case data::BadRowReason::Swapped:
        return CliContext::tr("%n row(s) with latitude and longitude swapped have no position",
                              nullptr, count);
    case data::BadRowReason::DegreesInTm:
        return CliContext::tr("%n row(s) with degrees in metre columns have no position", nullptr,
                              count);
    case data::BadRowReason::OutsideKorea:
        return CliContext::tr("%n row(s) outside Korea have no position", nullptr, count);
    case data::BadRowReason::InvalidText:
        return CliContext::tr("%n row(s) whose geometry text does not parse have no position",
                              nullptr, count);
    }
    return {};
}

QString badRowReasonText(data::BadRowReason reason) {
    switch (reason) {
    case data::BadRowReason::Zero:
        return CliContext::tr("at (0,0)");
    case data::BadRowReason::Empty:
        return CliContext::tr("empty coordinate");
    case data::BadRowReason::SameXY:
        return CliContext::tr("same value in X and Y");
    case data::BadRowReason::Swapped:
        return CliContext::tr("latitude and longitude swapped");
    case data::BadRowReason::DegreesInTm:
        return CliContext::tr("degrees in metre columns");
    case data::BadRowReason::OutsideKorea:
        return CliContext::tr("outside Korea");
    case data::BadRowReason::InvalidText:
        return CliContext::tr("geometry text does not parse");
    }
    return {};
}

void printGeometry(CliContext& ctx, const data::TableDetection& d) {
    const QString why = geometryReasonText(d.geometryReason);
    if (d.geometry == data::GeometryColumns::XY)
        ctx.out << CliContext::tr("  Coordinates: X %1, Y %2 (%3)")
                       .arg(qs(d.xColumn), qs(d.yColumn), why)
                << '\n';
    else if (d.geometry == data::GeometryColumns::Wkt)
        ctx.out << CliContext::tr("  Geometry: WKT column %1 (%2)").arg(qs(d.wktColumn), why)
                << '\n';
    if (!d.otherXColumn.empty())
        ctx.out << CliContext::tr("  The degrees were used rather than the TM columns %1 / %2.")
                       .arg(qs(d.otherXColumn), qs(d.otherYColumn))
                << '\n';
    if (d.geometry == data::GeometryColumns::None && d.geometryReason == "option")
        ctx.out << CliContext::tr("  No positions (--geometry none): read as a plain table.")
                << '\n';
    if (!d.crs.empty())
        ctx.out
            << CliContext::tr("  Coordinate values in: %1 (%2)").arg(qs(d.crs), crsReasonText(d))
            << '\n';
    if (!d.headerHint.empty() && d.crsReason != "header")
        ctx.out << CliContext::tr("  The column header names \"%1\".").arg(qs(d.headerHint))
                << '\n';
}

void printProblem(CliContext& ctx, const data::TableDetection& d) {
    const auto problem = tableProblem(d);
    if (problem == TableProblem::NoGeometryColumns)
        ctx.out << CliContext::tr("  No coordinate columns found; columns: %1; choose them with "
                                  "--x COL --y COL or --wkt COL (or --geometry none to read a "
                                  "plain table).")
                       .arg(joined(d.columns))
                << '\n';
    else if (problem == TableProblem::AmbiguousCrs && d.crsCandidates.empty())
        ctx.out << CliContext::tr("  The coordinates fall in Korea in no Korean coordinate system "
                                  "CityWeave knows; choose theirs with --crs EPSG:CODE.")
                << '\n';
    else if (problem == TableProblem::AmbiguousCrs)
        ctx.out << CliContext::tr("  The coordinates fit several Korean coordinate systems: %1; "
                                  "choose one with --crs, e.g. --crs %2.")
                       .arg(joined(d.crsCandidates), qs(d.crsCandidates.front()))
                << '\n';
}

} // namespace

std::optional<TableProblem> tableProblem(const data::TableDetection& d) {
    if (d.geometry == data::GeometryColumns::None)
        return d.geometryReason == "option" ? std::nullopt
                                            : std::optional(TableProblem::NoGeometryColumns);
    if (d.crs.empty())
        return TableProblem::AmbiguousCrs;
    return std::nullopt;
}

QString readAsText(const data::LayerSource& source, const data::TableDetection& detection) {
    return qs(data::layerSourceToText(data::withDetectedChoices(source, detection)));
}

void printTableSummary(CliContext& ctx, const data::VectorLayer& layer,
                       const data::LayerSource& source, bool listBadRows) {
    if (!layer.report.table)
        return;
    const data::TableDetection& d = *layer.report.table;
    ctx.out << CliContext::tr("  Text encoding: %1 (%2)")
                   .arg(qs(d.encoding), encodingReasonText(d.encodingReason))
            << '\n';
    if (d.headerRow > 0)
        ctx.out << CliContext::tr("  Column names in row %1; %2 columns")
                       .arg(d.headerRow)
                       .arg(d.columns.size())
                << '\n';
    else
        ctx.out << CliContext::tr("  No header row; %1 columns").arg(d.columns.size()) << '\n';
    printGeometry(ctx, d);
    printProblem(ctx, d);
    if (!d.codeColumns.empty())
        ctx.out << CliContext::tr("  Kept as text (codes): %1").arg(joined(d.codeColumns)) << '\n';
    const data::BadRows& bad = layer.report.badRows;
    for (data::BadRowReason reason : kReasons)
        if (const std::size_t n = bad.count(reason))
            ctx.out << QStringLiteral("  ") << badRowLine(reason, n) << '\n';
    if (bad.dropped)
        ctx.out << CliContext::tr("  %n of them were left out (--drop-bad-rows).", nullptr,
                                  static_cast<int>(bad.dropped))
                << '\n';
    if (listBadRows) {
        for (const data::BadRow& row : bad.rows)
            ctx.out
                << CliContext::tr("    row %1: %2").arg(row.line).arg(badRowReasonText(row.reason))
                << '\n';
    } else if (!bad.empty()) {
        ctx.out << CliContext::tr("  List them with --bad-rows.") << '\n';
    }
    ctx.out << CliContext::tr("  Read as: %1").arg(readAsText(source, d)) << '\n';
}

void addTableSummary(QJsonObject& o, const data::VectorLayer& layer,
                     const data::LayerSource& source) {
    if (!layer.report.table)
        return;
    const data::TableDetection& d = *layer.report.table;
    auto array = [](const std::vector<std::string>& items) {
        QJsonArray a;
        for (const auto& item : items)
            a.append(qs(item));
        return a;
    };
    auto text = [](const std::string& s) {
        return s.empty() ? QJsonValue::Null : QJsonValue(qs(s));
    };
    QJsonObject t;
    t[QStringLiteral("encoding")] = qs(d.encoding);
    t[QStringLiteral("encoding_reason")] = qs(d.encodingReason);
    t[QStringLiteral("header_row")] = d.headerRow;
    t[QStringLiteral("columns")] = array(d.columns);
    t[QStringLiteral("code_columns")] = array(d.codeColumns);
    t[QStringLiteral("geometry")] = QLatin1String(data::geometryColumnsKey(d.geometry));
    t[QStringLiteral("geometry_reason")] = text(d.geometryReason);
    t[QStringLiteral("x_column")] = text(d.xColumn);
    t[QStringLiteral("y_column")] = text(d.yColumn);
    t[QStringLiteral("wkt_column")] = text(d.wktColumn);
    t[QStringLiteral("unused_x_column")] = text(d.otherXColumn);
    t[QStringLiteral("unused_y_column")] = text(d.otherYColumn);
    t[QStringLiteral("crs")] = text(d.crs);
    t[QStringLiteral("crs_reason")] = text(d.crsReason);
    t[QStringLiteral("header_hint")] = text(d.headerHint);
    t[QStringLiteral("crs_candidates")] = array(d.crsCandidates);
    const auto problem = tableProblem(d);
    t[QStringLiteral("problem")] = !problem ? QJsonValue::Null
                                   : *problem == TableProblem::NoGeometryColumns
                                       ? QJsonValue(QStringLiteral("no-geometry-columns"))
                                       : QJsonValue(QStringLiteral("ambiguous-crs"));
    o[QStringLiteral("table")] = t;

    const data::BadRows& bad = layer.report.badRows;
    QJsonObject counts;
    counts[QStringLiteral("total")] = qint64(bad.total());
    for (data::BadRowReason reason : kReasons)
        counts[QLatin1String(data::badRowReasonKey(reason))] = qint64(bad.count(reason));
    counts[QStringLiteral("dropped")] = qint64(bad.dropped);
    o[QStringLiteral("bad_rows")] = counts;
    QJsonArray list;
    for (std::size_t i = 0; i < std::min(kJsonBadRows, bad.rows.size()); ++i)
        list.append(QJsonObject{
            {QStringLiteral("row"), qint64(bad.rows[i].line)},
            {QStringLiteral("reason"), QLatin1String(data::badRowReasonKey(bad.rows[i].reason))}});
    o[QStringLiteral("bad_row_list")] = list;
    o[QStringLiteral("read_as")] = readAsText(source, d);
}

} // namespace cw::cli
