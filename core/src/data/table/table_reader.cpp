// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_reader.h"

#include "cityweave/data/text_encoding.h"
#include "column_names.h"
#include "column_types.h"
#include "data/geometry_appender.h"
#include "data/text_decoder.h"
#include "korean_crs_guess.h"
#include "row_geometry.h"

#include <algorithm>
#include <filesystem>
#include <ogr_geometry.h>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSampleRows = 2000;
constexpr std::size_t kHeaderSearchRows = 30;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

std::size_t filledCells(const std::vector<std::string>& row) {
    return static_cast<std::size_t>(
        std::count_if(row.begin(), row.end(), [](const std::string& c) { return !isBlank(c); }));
}

// The row naming the columns: the first of the opening rows that fills most of the table's
// width with text rather than numbers. Title rows ("서울시 정류소 현황 (2024.1.)") and blank rows
// above it are skipped; 0 when every row is numbers (no header at all).
int detectHeaderRow(const std::vector<std::vector<std::string>>& rows) {
    const std::size_t searched = std::min(rows.size(), kHeaderSearchRows);
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, filledCells(row));
    if (width == 0)
        return 1;
    for (std::size_t r = 0; r < searched; ++r) {
        const std::size_t filled = filledCells(rows[r]);
        if (filled < std::max<std::size_t>(1, (width * 6 + 9) / 10))
            continue;
        const auto numbers = std::count_if(rows[r].begin(), rows[r].end(), [](const auto& c) {
            return !isBlank(c) && parseNumber(c).has_value();
        });
        // The first full row is numbers: the table has no header row.
        return static_cast<std::size_t>(numbers) * 2 <= filled ? static_cast<int>(r) + 1 : 0;
    }
    return 1;
}

// Blank names become field_N; repeated ones get _2, _3 ... so that every column can be chosen.
std::vector<std::string> uniqueColumnNames(std::vector<std::string> names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string& n = names[i];
        n.erase(0, n.find_first_not_of(" \t"));
        n.erase(n.find_last_not_of(" \t\r") + 1);
        if (n.empty())
            n = std::string("field_").append(std::to_string(i + 1));
    }
    std::vector<std::string> unique;
    for (const std::string& name : names) {
        std::string candidate = name;
        for (int copy = 2; std::find(unique.begin(), unique.end(), candidate) != unique.end();
             ++copy)
            candidate = std::string(name).append("_").append(std::to_string(copy));
        unique.push_back(std::move(candidate));
    }
    return unique;
}

double numericShare(const std::vector<std::string>& values) {
    std::size_t filled = 0, numeric = 0;
    for (const auto& v : values) {
        if (isBlank(v))
            continue;
        ++filled;
        if (parseNumber(v))
            ++numeric;
    }
    return filled ? static_cast<double>(numeric) / static_cast<double>(filled) : 0.0;
}

double geometryTextShare(const std::vector<std::string>& values) {
    std::size_t filled = 0, geometry = 0;
    for (const auto& v : values) {
        if (isBlank(v))
            continue;
        ++filled;
        if (looksLikeGeometryText(v))
            ++geometry;
    }
    return filled ? static_cast<double>(geometry) / static_cast<double>(filled) : 0.0;
}

// Share of the sample's rows whose two values fall in Korea as longitude and latitude.
double lonLatShare(const std::vector<std::string>& xs, const std::vector<std::string>& ys) {
    std::size_t filled = 0, inside = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const auto x = parseNumber(xs[i]);
        const auto y = parseNumber(ys[i]);
        if (!x || !y || (*x == 0 && *y == 0))
            continue;
        ++filled;
        if (isKoreanLonLat(*x, *y))
            ++inside;
    }
    return filled ? static_cast<double>(inside) / static_cast<double>(filled) : 0.0;
}

} // namespace

Result<TableReader> TableReader::open(const std::string& path, const ReadOptions& options) {
    TableReader reader;
    reader.m_path = path;
    reader.m_options = options;
    auto cells = TableCells::open(path, options.layerName, options.table.headerRow);
    if (!cells)
        return cells.error();
    reader.m_cells.emplace(std::move(cells).value());
    reader.m_sheets = reader.m_cells->sheetNames();
    if (auto status = reader.detect(); !status)
        return status.error();
    return reader;
}

int TableReader::columnIndex(const std::string& name) const {
    const auto& columns = m_detection.columns;
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

std::vector<std::string> TableReader::decodedSampleColumn(std::size_t column) const {
    std::vector<std::string> values;
    for (std::size_t r = m_firstDataSampleRow; r < m_sample.size(); ++r)
        values.push_back(column < m_sample[r].size() ? m_sample[r][column] : std::string());
    return values;
}

Status TableReader::detect() {
    TableDetection& d = m_detection;
    if (!m_options.encodingOverride.empty()) {
        d.encoding = m_options.encodingOverride;
        d.encodingReason = "override";
    } else if (m_cells->isRawText()) {
        auto guess = guessTextFileEncoding(m_path);
        if (!guess)
            return guess.error();
        d.encoding = guess->encoding;
        d.encodingReason = guess->reason;
    } else {
        d.encoding = "UTF-8";
        d.encodingReason = "driver";
    }
    TextDecoder decoder(m_cells->isRawText() ? d.encoding : "UTF-8");
    std::vector<std::string_view> cells;
    while (m_sample.size() < kSampleRows && m_cells->next(cells)) {
        std::vector<std::string> row;
        row.reserve(cells.size());
        for (std::string_view c : cells) {
            m_sampleBytes += static_cast<std::int64_t>(c.size()) + 1;
            row.push_back(decoder.decode(c));
        }
        m_sample.push_back(std::move(row));
        m_sampleRowNumbers.push_back(m_cells->rowNumber());
    }
    if (auto damaged = m_cells->status(); !damaged)
        return damaged;
    // Sample index of the header row, or -1 for none; rows are numbered as in the file.
    const int chosenRow = m_options.table.headerRow;
    int headerIndex = -1;
    if (chosenRow > 0) {
        const auto at = std::find(m_sampleRowNumbers.begin(), m_sampleRowNumbers.end(), chosenRow);
        headerIndex =
            at == m_sampleRowNumbers.end() ? -1 : static_cast<int>(at - m_sampleRowNumbers.begin());
    } else if (chosenRow == 0) {
        headerIndex = detectHeaderRow(m_sample) - 1;
    }
    if (headerIndex >= static_cast<int>(m_sample.size()))
        headerIndex = -1; // an empty sheet: no header to find
    d.headerRow = headerIndex >= 0
                      ? static_cast<int>(m_sampleRowNumbers[static_cast<std::size_t>(headerIndex)])
                      : 0;
    m_firstDataSampleRow = static_cast<std::size_t>(headerIndex + 1);
    std::vector<std::string> names(m_cells->columnCount());
    if (headerIndex >= 0)
        names = m_sample[static_cast<std::size_t>(headerIndex)];
    d.columns = uniqueColumnNames(std::move(names));
    return detectGeometry();
}

Status TableReader::detectGeometry() {
    TableDetection& d = m_detection;
    const TableOptions& t = m_options.table;
    auto require = [&](const std::string& column) -> Status {
        if (columnIndex(column) < 0)
            return makeError(ErrorCode::ColumnNotFound, {column, m_path, joined(d.columns)});
        return Ok{};
    };
    if (t.geometry == GeometryColumns::None) {
        d.geometry = GeometryColumns::None;
        d.geometryReason = "option";
        return Ok{};
    }
    if (t.geometry == GeometryColumns::Wkt || !t.wktColumn.empty()) {
        if (auto s = require(t.wktColumn); !s)
            return s;
        d.geometry = GeometryColumns::Wkt;
        d.wktColumn = t.wktColumn;
        d.geometryReason = "option";
        detectWktCrs();
        return Ok{};
    }
    if (t.geometry == GeometryColumns::XY || !t.xColumn.empty() || !t.yColumn.empty()) {
        if (auto s = require(t.xColumn); !s)
            return s;
        if (auto s = require(t.yColumn); !s)
            return s;
        d.geometry = GeometryColumns::XY;
        d.xColumn = t.xColumn;
        d.yColumn = t.yColumn;
        d.geometryReason = "option";
        detectXyCrs();
        return Ok{};
    }

    // By name: a longitude/latitude pair and an X/Y pair; where both hold numbers, the pair in
    // degrees wins (TM columns beside them are often stale or in an unnamed grid).
    std::vector<int> byRole(6, -1);
    for (std::size_t c = 0; c < d.columns.size(); ++c) {
        const auto role = static_cast<std::size_t>(columnRoleOf(d.columns[c]));
        if (byRole[role] < 0)
            byRole[role] = static_cast<int>(c);
    }
    auto roleColumn = [&](ColumnRole r) { return byRole[static_cast<std::size_t>(r)]; };
    struct Pair {
        int x, y;
    };
    std::vector<Pair> pairs;
    for (Pair p : {Pair{roleColumn(ColumnRole::Longitude), roleColumn(ColumnRole::Latitude)},
                   Pair{roleColumn(ColumnRole::X), roleColumn(ColumnRole::Y)},
                   Pair{roleColumn(ColumnRole::Longitude), roleColumn(ColumnRole::Y)},
                   Pair{roleColumn(ColumnRole::X), roleColumn(ColumnRole::Latitude)}})
        if (p.x >= 0 && p.y >= 0 &&
            numericShare(decodedSampleColumn(static_cast<std::size_t>(p.x))) >= 0.5 &&
            numericShare(decodedSampleColumn(static_cast<std::size_t>(p.y))) >= 0.5)
            pairs.push_back(p);
    if (!pairs.empty()) {
        auto degrees = [&](const Pair& p) {
            return lonLatShare(decodedSampleColumn(static_cast<std::size_t>(p.x)),
                               decodedSampleColumn(static_cast<std::size_t>(p.y))) >= 0.5;
        };
        auto chosen = std::find_if(pairs.begin(), pairs.end(), degrees);
        if (chosen == pairs.end())
            chosen = pairs.begin();
        d.geometry = GeometryColumns::XY;
        d.geometryReason = "names";
        d.xColumn = d.columns[static_cast<std::size_t>(chosen->x)];
        d.yColumn = d.columns[static_cast<std::size_t>(chosen->y)];
        for (const Pair& other : pairs)
            if (other.x != chosen->x && other.y != chosen->y && degrees(*chosen) &&
                !degrees(other)) {
                d.otherXColumn = d.columns[static_cast<std::size_t>(other.x)];
                d.otherYColumn = d.columns[static_cast<std::size_t>(other.y)];
                break;
            }
        detectXyCrs();
        return Ok{};
    }
    // A geometry column by name, then any column whose values are WKT or WKB.
    const int named = roleColumn(ColumnRole::Geometry);
    if (named >= 0 &&
        geometryTextShare(decodedSampleColumn(static_cast<std::size_t>(named))) >= 0.5) {
        d.geometry = GeometryColumns::Wkt;
        d.geometryReason = "names";
        d.wktColumn = d.columns[static_cast<std::size_t>(named)];
        detectWktCrs();
        return Ok{};
    }
    for (std::size_t c = 0; c < d.columns.size(); ++c)
        if (geometryTextShare(decodedSampleColumn(c)) >= 0.8) {
            d.geometry = GeometryColumns::Wkt;
            d.geometryReason = "values";
            d.wktColumn = d.columns[c];
            detectWktCrs();
            return Ok{};
        }
    // Unnamed columns whose values are longitudes and latitudes in Korea.
    for (std::size_t x = 0; x < d.columns.size(); ++x)
        for (std::size_t y = 0; y < d.columns.size(); ++y)
            if (x != y && lonLatShare(decodedSampleColumn(x), decodedSampleColumn(y)) >= 0.8) {
                d.geometry = GeometryColumns::XY;
                d.geometryReason = "values";
                d.xColumn = d.columns[x];
                d.yColumn = d.columns[y];
                detectXyCrs();
                return Ok{};
            }
    d.geometry = GeometryColumns::None;
    m_problem = makeError(ErrorCode::NoGeometryColumns, {m_path, joined(d.columns)});
    return Ok{};
}

void TableReader::detectXyCrs() {
    TableDetection& d = m_detection;
    if (!m_options.crsOverride.empty()) {
        d.crs = m_options.crsOverride;
        d.crsReason = "option";
        return;
    }
    CrsHint hint = crsHintOf(d.xColumn);
    if (hint.epsg.empty())
        hint = crsHintOf(d.yColumn);
    d.headerHint = hint.text;
    const auto xs = decodedSampleColumn(static_cast<std::size_t>(columnIndex(d.xColumn)));
    const auto ys = decodedSampleColumn(static_cast<std::size_t>(columnIndex(d.yColumn)));
    std::vector<double> px, py;
    const PositionCheck basic{std::string()};
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const auto x = parseNumber(xs[i]);
        const auto y = parseNumber(ys[i]);
        if (x && y && !basic.checkPoint(*x, *y)) {
            px.push_back(*x);
            py.push_back(*y);
        }
    }
    CrsGuess guess = guessKoreanCrs(px, py, hint.epsg);
    if (guess.crs.empty() && guess.candidates.empty() && !hint.epsg.empty())
        guess = guessKoreanCrs(px, py, {}); // the header's grid does not fit the values
    d.crs = guess.crs;
    d.crsReason = guess.reason;
    d.crsCandidates = guess.candidates;
    if (guess.swapped) {
        std::swap(d.xColumn, d.yColumn);
        d.crsReason = "degrees-swapped";
    }
    if (d.crs.empty())
        m_problem = makeError(ErrorCode::AmbiguousCrs, {m_path, joined(d.crsCandidates)});
}

void TableReader::detectWktCrs() {
    TableDetection& d = m_detection;
    if (!m_options.crsOverride.empty()) {
        d.crs = m_options.crsOverride;
        d.crsReason = "option";
        return;
    }
    std::vector<double> px, py;
    int srid = 0;
    for (const std::string& text :
         decodedSampleColumn(static_cast<std::size_t>(columnIndex(d.wktColumn)))) {
        int rowSrid = 0;
        auto g = parseGeometryText(text, &rowSrid);
        if (rowSrid > 0 && srid == 0)
            srid = rowSrid;
        if (!g || g->IsEmpty())
            continue;
        OGREnvelope e;
        g->getEnvelope(&e);
        const double x = (e.MinX + e.MaxX) / 2, y = (e.MinY + e.MaxY) / 2;
        if (!(x == 0 && y == 0)) {
            px.push_back(x);
            py.push_back(y);
        }
    }
    if (srid > 0) {
        d.crs = "EPSG:" + std::to_string(srid);
        d.crsReason = "wkt";
        return;
    }
    CrsHint hint = crsHintOf(d.wktColumn);
    d.headerHint = hint.text;
    const CrsGuess guess = guessKoreanCrs(px, py, hint.epsg);
    d.crs = guess.crs;
    d.crsReason = guess.reason;
    d.crsCandidates = guess.candidates;
    if (d.crs.empty())
        m_problem = makeError(ErrorCode::AmbiguousCrs, {m_path, joined(d.crsCandidates)});
}

} // namespace cw::data
