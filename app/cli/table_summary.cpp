// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/table_summary.h"

#include "cli/cli_context.h"
#include "common/table_read_text.h"

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

// The desktop's wording, except that a choice made on the command line names its option.
QString encodingReasonText(const data::TableDetection& d) {
    if (d.encodingReason == "override")
        return CliContext::tr("chosen with --encoding");
    return app::TableReadText::encodingReason(d.encodingReason);
}

QString crsReasonText(const data::TableDetection& d) {
    if (d.crsReason == "option")
        return CliContext::tr("chosen with --crs");
    return app::TableReadText::crsReason(d.crsReason, d.headerHint, d.crsCandidates);
}

void printGeometry(CliContext& ctx, const data::TableDetection& d) {
    const QString why = app::TableReadText::geometryReason(d.geometryReason);
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
    ctx.out << CliContext::tr("  Text encoding: %1 (%2)").arg(qs(d.encoding), encodingReasonText(d))
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
    for (const QString& line : app::TableReadText::badRowSentences(bad))
        ctx.out << QStringLiteral("  ") << line << '\n';
    if (bad.dropped)
        ctx.out << CliContext::tr("  In all, %n row(s) were left out (--drop-bad-rows).", nullptr,
                                  static_cast<int>(bad.dropped))
                << '\n';
    if (listBadRows) {
        for (const data::BadRow& row : bad.rows)
            ctx.out << CliContext::tr("    row %1: %2")
                           .arg(row.line)
                           .arg(app::TableReadText::badRowReason(row.reason))
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
