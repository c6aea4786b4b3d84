// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming half of TableReader: every row into the layer, positions checked as they come.
#include "cityweave/core/utf8_path.h"
#include "column_types.h"
#include "data/geometry_appender.h"
#include "data/reservation.h"
#include "data/text_decoder.h"
#include "row_geometry.h"
#include "table_reader.h"

#include <algorithm>
#include <filesystem>
#include <ogr_geometry.h>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

bool isBlankRow(const std::vector<std::string_view>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
        return std::all_of(c.begin(), c.end(), [](unsigned char ch) { return std::isspace(ch); });
    });
}

bool isBlank(std::string_view c) {
    return std::all_of(c.begin(), c.end(), [](unsigned char ch) { return std::isspace(ch); });
}

// Turns one row's coordinate cells into a geometry, or says why it has none.
class RowPositions {
public:
    RowPositions(const TableDetection& d, const std::vector<std::string>& columns, std::string crs)
        : m_check(std::move(crs)), m_kind(d.geometry) {
        auto index = [&](const std::string& name) {
            const auto it = std::find(columns.begin(), columns.end(), name);
            return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
        };
        m_x = index(d.xColumn);
        m_y = index(d.yColumn);
        m_wkt = index(d.wktColumn);
    }

    bool hasGeometry() const { return m_kind != GeometryColumns::None; }

    /// Appends the row's geometry; returns the reason when it has none.
    std::optional<BadRowReason> append(const std::vector<std::string_view>& cells,
                                       geometry::GeometryStore& store, GeometryAppender& appender,
                                       VectorLayer& layer, TextDecoder& decoder) {
        if (m_kind == GeometryColumns::XY) {
            const auto x = parseNumber(cell(cells, m_x));
            const auto y = parseNumber(cell(cells, m_y));
            if (!x || !y)
                return BadRowReason::Empty;
            if (auto bad = m_check.checkPoint(*x, *y))
                return bad;
            store.beginPart(false);
            store.addCoord(*x, *y);
            store.endPart();
            return std::nullopt;
        }
        const std::string_view text = cell(cells, m_wkt);
        if (isBlank(text))
            return BadRowReason::Empty;
        auto geometry = parseGeometryText(decoder.decode(text));
        if (!geometry)
            return BadRowReason::InvalidText;
        if (geometry->IsEmpty())
            return BadRowReason::Empty;
        OGREnvelope e;
        geometry->getEnvelope(&e);
        if (auto bad = m_check.checkEnvelope(geometry::Envelope{e.MinX, e.MinY, e.MaxX, e.MaxY}))
            return bad;
        if (layer.family == geometry::GeometryFamily::Unknown) {
            layer.family = familyOf(geometry->getGeometryType());
            appender.setFamily(layer.family);
        }
        appender.append(geometry.get());
        return std::nullopt;
    }

private:
    static std::string_view cell(const std::vector<std::string_view>& cells, int i) {
        return i >= 0 && static_cast<std::size_t>(i) < cells.size() ? cells[i] : std::string_view();
    }

    PositionCheck m_check;
    GeometryColumns m_kind;
    int m_x = -1, m_y = -1, m_wkt = -1;
};

} // namespace

Result<VectorLayer> TableReader::read(std::size_t rowLimit) {
    TableDetection& d = m_detection;
    if (m_problem && m_options.requireGeometry)
        return *m_problem;
    VectorLayer out;
    out.name =
        m_cells->isRawText() ? pathToUtf8(pathFromUtf8(m_path).stem()) : m_cells->sheetName();
    out.sourcePath = m_path;
    out.sourceLayer = m_cells->sheetName();
    out.driver = m_cells->driverName();
    out.report.encoding = d.encoding;
    out.report.encodingReason = d.encodingReason;
    if (!d.crs.empty()) {
        auto crs = crs::Crs::fromUserInput(d.crs);
        if (!crs)
            return crs.error();
        out.crs = std::move(*crs);
    }
    const bool positioned = d.geometry != GeometryColumns::None && out.crs.isValid();
    const GeometryColumns kind = positioned ? d.geometry : GeometryColumns::None;
    TableDetection used = d;
    used.geometry = kind;
    RowPositions positions(used, d.columns, d.crs);
    out.family = kind == GeometryColumns::XY ? geometry::GeometryFamily::Point
                                             : geometry::GeometryFamily::Unknown;

    // Every column but a WKT column (the geometry says it, and its text can be megabytes).
    std::vector<std::size_t> kept;
    std::vector<std::string> keptNames;
    for (std::size_t c = 0; c < d.columns.size(); ++c)
        if (!(kind == GeometryColumns::Wkt && d.columns[c] == d.wktColumn)) {
            kept.push_back(c);
            keptNames.push_back(d.columns[c]);
        }
    std::vector<std::string> textColumns = m_options.table.textColumns;
    for (std::size_t c : m_cells->quotedNumberColumns())
        if (c < d.columns.size())
            textColumns.push_back(d.columns[c]);
    ColumnTypeInference types(keptNames, textColumns);

    const double bytesPerRow = m_sample.empty() ? 64.0
                                                : static_cast<double>(m_sampleBytes) /
                                                      static_cast<double>(m_sample.size());
    std::error_code ec;
    const auto fileBytes = fs::file_size(pathFromUtf8(m_path), ec);
    const double estimatedRows = ec ? 0.0 : static_cast<double>(fileBytes) / bytesPerRow;
    if (estimatedRows > 0 && rowLimit == std::numeric_limits<std::size_t>::max()) {
        // Bounded: a sparse file claims any size it likes.
        const std::size_t reserve =
            boundedReservation(estimatedRows * 1.05 + 16, fileBytes, 2, kMaxReservedFeatures);
        out.fids.reserve(reserve);
        out.attributes.reserve(reserve);
        out.geometries.reserve(
            reserve,
            std::min(kMaxReservedCoordinates, kind == GeometryColumns::XY ? reserve : reserve * 8));
    }

    TextDecoder decoder(m_cells->isRawText() ? d.encoding : "UTF-8");
    GeometryAppender appender(out.geometries, out.report, out.family);
    m_cells->rewind();
    std::vector<std::string_view> cells;
    std::size_t rows = 0;
    while (m_cells->next(cells)) {
        const std::int64_t rowNumber = m_cells->rowNumber();
        if (rowNumber <= d.headerRow || isBlankRow(cells))
            continue;
        if (rows >= rowLimit)
            break;
        ++rows;
        AttributeRow attributes(kept.size());
        for (std::size_t k = 0; k < kept.size(); ++k) {
            const std::size_t c = kept[k];
            if (c >= cells.size() || isBlank(cells[c]))
                continue;
            attributes[k] = decoder.decode(cells[c]);
            types.observe(k, cells[c]);
        }
        out.geometries.beginFeature();
        std::optional<BadRowReason> bad;
        if (kind != GeometryColumns::None)
            bad = positions.append(cells, out.geometries, appender, out, decoder);
        if (bad && m_options.table.badRows == BadRowPolicy::Drop) {
            // beginFeature() stored nothing and a bad row appended no part: nothing to undo.
            out.report.badRows.add({rowNumber, -1, *bad});
            ++out.report.badRows.dropped;
        } else {
            out.geometries.endFeature();
            if (bad)
                out.report.badRows.add(
                    {rowNumber, static_cast<std::int64_t>(out.fids.size()), *bad});
            out.fids.push_back(rowNumber);
            out.attributes.push_back(std::move(attributes));
        }
        if ((rows & 4095) == 0) {
            if (m_options.cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (m_options.progress && estimatedRows > 0)
                m_options.progress(std::min(0.99, static_cast<double>(rows) / estimatedRows));
        }
    }
    if (auto damaged = m_cells->status(); !damaged)
        return damaged.error();
    d.codeColumns.clear();
    for (std::size_t k = 0; k < kept.size(); ++k) {
        out.fields.push_back({keptNames[k], types.typeOf(k)});
        types.convert(k, out.attributes);
        if (types.isCode(k))
            d.codeColumns.push_back(keptNames[k]);
    }
    out.report.table = d;
    return out;
}

} // namespace cw::data
