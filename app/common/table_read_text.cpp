// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/table_read_text.h"

#include "cityweave/crs/crs.h"

#include <array>

namespace cw::app {
namespace {
using data::BadRowReason;

constexpr std::array<BadRowReason, data::kBadRowReasonCount> kReasons{
    BadRowReason::Zero,        BadRowReason::Empty,       BadRowReason::SameXY,
    BadRowReason::Swapped,     BadRowReason::DegreesInTm, BadRowReason::OutsideKorea,
    BadRowReason::InvalidText,
};

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Counts per reason among the rows that are (or are not) in the layer.
std::array<std::size_t, data::kBadRowReasonCount> countsWhere(const data::BadRows& rows,
                                                              bool dropped) {
    std::array<std::size_t, data::kBadRowReasonCount> counts{};
    for (const data::BadRow& row : rows.rows)
        if ((row.feature < 0) == dropped)
            ++counts[static_cast<std::size_t>(row.reason)];
    return counts;
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& item : items)
        out << qs(item);
    return out.join(QStringLiteral(", "));
}

QString joinedCounts(const std::array<std::size_t, data::kBadRowReasonCount>& counts) {
    QStringList parts;
    for (BadRowReason reason : kReasons)
        if (const std::size_t n = counts[static_cast<std::size_t>(reason)]; n > 0)
            parts << TableReadText::badRowCount(reason, n);
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString TableReadText::badRowReason(BadRowReason reason) {
    switch (reason) {
    case BadRowReason::Empty:
        return tr("Coordinate empty or not a number");
    case BadRowReason::Zero:
        return tr("At (0,0)");
    case BadRowReason::SameXY:
        return tr("Same value in X and Y");
    case BadRowReason::Swapped:
        return tr("Latitude and longitude swapped");
    case BadRowReason::DegreesInTm:
        return tr("Degrees among metre coordinates");
    case BadRowReason::OutsideKorea:
        return tr("Outside Korea");
    case BadRowReason::InvalidText:
        return tr("Geometry text does not parse");
    }
    return {};
}

QString TableReadText::badRowCount(BadRowReason reason, std::size_t count) {
    const int n = static_cast<int>(count);
    switch (reason) {
    case BadRowReason::Empty:
        return tr("%n row(s) with an empty or non-numeric coordinate", nullptr, n);
    case BadRowReason::Zero:
        return tr("%n row(s) at (0,0)", nullptr, n);
    case BadRowReason::SameXY:
        return tr("%n row(s) with the same value in X and Y", nullptr, n);
    case BadRowReason::Swapped:
        return tr("%n row(s) with latitude and longitude swapped", nullptr, n);
    case BadRowReason::DegreesInTm:
        return tr("%n row(s) in degrees among metre coordinates", nullptr, n);
    case BadRowReason::OutsideKorea:
        return tr("%n row(s) outside Korea", nullptr, n);
    case BadRowReason::InvalidText:
        return tr("%n row(s) whose geometry text does not parse", nullptr, n);
    }
    return {};
}

QString TableReadText::badRowLine(BadRowReason reason, std::size_t count, bool dropped) {
    const int n = static_cast<int>(count);
    switch (reason) {
    case BadRowReason::Empty:
        return dropped ? tr("%n row(s) with an empty or non-numeric coordinate were left out",
                            nullptr, n)
                       : tr("%n row(s) with an empty or non-numeric coordinate have no position",
                            nullptr, n);
    case BadRowReason::Zero:
        return dropped ? tr("%n row(s) at (0,0) were left out", nullptr, n)
                       : tr("%n row(s) at (0,0) have no position", nullptr, n);
    case BadRowReason::SameXY:
        return dropped
                   ? tr("%n row(s) with the same value in X and Y were left out", nullptr, n)
                   : tr("%n row(s) with the same value in X and Y have no position", nullptr, n);
    case BadRowReason::Swapped:
        return dropped
                   ? tr("%n row(s) with latitude and longitude swapped were left out", nullptr, n)
                   : tr("%n row(s) with latitude and longitude swapped have no position", nullptr,
                        n);
    case BadRowReason::DegreesInTm:
        return dropped
                   ? tr("%n row(s) in degrees among metre coordinates were left out", nullptr, n)
                   : tr("%n row(s) in degrees among metre coordinates have no position", nullptr,
                        n);
    case BadRowReason::OutsideKorea:
        return dropped ? tr("%n row(s) outside Korea were left out", nullptr, n)
                       : tr("%n row(s) outside Korea have no position", nullptr, n);
    case BadRowReason::InvalidText:
        return dropped
                   ? tr("%n row(s) whose geometry text does not parse were left out", nullptr, n)
                   : tr("%n row(s) whose geometry text does not parse have no position", nullptr,
                        n);
    }
    return {};
}

QString TableReadText::badRowCounts(const data::BadRows& rows) {
    return joinedCounts(rows.counts);
}

QStringList TableReadText::badRowLines(const data::BadRows& rows) {
    QStringList out;
    if (const QString kept = joinedCounts(countsWhere(rows, false)); !kept.isEmpty())
        out << tr("Kept without a position (not drawn): %1").arg(kept);
    if (const QString dropped = joinedCounts(countsWhere(rows, true)); !dropped.isEmpty())
        out << tr("Left out of the layer: %1").arg(dropped);
    return out;
}

QStringList TableReadText::badRowSentences(const data::BadRows& rows) {
    QStringList out;
    for (const bool dropped : {false, true}) {
        const auto counts = countsWhere(rows, dropped);
        for (BadRowReason reason : kReasons)
            if (const std::size_t n = counts[static_cast<std::size_t>(reason)]; n > 0)
                out << badRowLine(reason, n, dropped);
    }
    return out;
}

QString TableReadText::encodingReason(const std::string& reason) {
    if (reason == "bom")
        return tr("from the byte-order mark");
    if (reason == "detected")
        return tr("recognised from the bytes");
    if (reason == "default")
        return tr("plain ASCII, read as UTF-8");
    if (reason == "override")
        return tr("chosen");
    if (reason == "driver")
        return tr("defined by the format");
    return qs(reason);
}

QString TableReadText::geometryReason(const std::string& reason) {
    if (reason == "names")
        return tr("recognised from the column names");
    if (reason == "values")
        return tr("recognised from the values");
    if (reason == "option")
        return tr("chosen");
    return qs(reason);
}

QString TableReadText::crsReason(const std::string& reason, const std::string& headerHint,
                                 const std::vector<std::string>& candidates) {
    if (reason == "degrees")
        return tr("the values are longitudes and latitudes in Korea");
    if (reason == "degrees-swapped")
        return tr("the values are degrees with the latitude in the X column: X and Y were swapped");
    if (reason == "values")
        return tr("the only Korean grid that puts the points in Korea");
    if (reason == "header")
        return tr("named in the column header (\"%1\")").arg(qs(headerHint));
    if (reason == "seoul" && !candidates.empty())
        return tr("the only one of the Korean grids that fit, %1, that puts the points in the "
                  "capital region")
            .arg(joined(candidates));
    if (reason == "seoul")
        return tr("of the Korean grids that fit, the only one that puts the points in the capital "
                  "region");
    if (reason == "option")
        return tr("chosen");
    if (reason == "wkt")
        return tr("given in the geometry text (SRID)");
    return qs(reason);
}

QString TableReadText::crsLabel(const std::string& id) {
    if (id.empty())
        return {};
    auto crs = crs::Crs::fromUserInput(id);
    if (!crs || crs->name().empty())
        return qs(id);
    return QStringLiteral("%1 (%2)").arg(qs(crs->authId().empty() ? id : crs->authId()),
                                         qs(crs->name()));
}

QString TableReadText::geometrySource(const data::TableDetection& d) {
    switch (d.geometry) {
    case data::GeometryColumns::XY:
        return tr("columns %1 (X) and %2 (Y)").arg(qs(d.xColumn), qs(d.yColumn));
    case data::GeometryColumns::Wkt:
        return tr("geometry text in column %1").arg(qs(d.wktColumn));
    case data::GeometryColumns::Auto:
    case data::GeometryColumns::None:
        break;
    }
    return tr("no positions (a plain table)");
}

} // namespace cw::app
