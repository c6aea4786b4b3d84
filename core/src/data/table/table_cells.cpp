// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_cells.h"

#include "cityweave/core/utf8_path.h"
#include "data/file_extension.h"

#include <algorithm>
#include <cpl_string.h>
#include <filesystem>
#include <fstream>
#include <ogrsf_frmts.h>

namespace cw::data {
namespace fs = std::filesystem;

namespace {

struct TextLine {
    std::size_t offset;
    std::string text;
};

// The first lines of a text file (after a UTF-8 BOM), blank ones left out as GDAL does.
std::vector<TextLine> firstLines(const std::string& path, std::size_t maxLines) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    std::vector<TextLine> lines;
    std::size_t at = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (at < head.size() && lines.size() < maxLines) {
        const std::size_t end = head.find('\n', at);
        if (end == std::string::npos)
            break;
        std::string text = head.substr(at, end - at);
        if (!text.empty() && text.back() == '\r')
            text.pop_back();
        if (!text.empty())
            lines.push_back({at, std::move(text)});
        at = end + 1;
    }
    return lines;
}

// Fields on a line for one separator, quotes respected.
std::size_t fieldCount(const std::string& line, char separator) {
    std::size_t n = 1;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == separator && !quoted)
            ++n;
    }
    return n;
}

// How many leading lines are a title above the header: lines with far fewer fields than the
// table's widest line ("서울시 CCTV 현황 (2024년 1월 기준)" has one).
std::size_t titleLines(const std::vector<TextLine>& lines) {
    std::size_t widest = 0;
    for (char separator : {',', '\t', ';', '|'})
        for (const TextLine& l : lines)
            widest = std::max(widest, fieldCount(l.text, separator));
    if (widest < 2)
        return 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::size_t fields = 0;
        for (char separator : {',', '\t', ';', '|'})
            fields = std::max(fields, fieldCount(lines[i].text, separator));
        if (fields * 10 >= widest * 6)
            return i;
    }
    return 0;
}

// The columns whose numbers the file quotes ("12345"): the writer meant them as text, the
// rule GDAL's CSV driver follows with QUOTED_FIELDS_AS_STRING. Judged on the first lines, and
// only when the file leaves some fields unquoted: an export that quotes every field says
// nothing about any one of them.
std::vector<std::size_t> quotedNumbersIn(const std::vector<TextLine>& lines) {
    if (lines.empty())
        return {};
    char separator = ',';
    std::size_t most = 0;
    for (char candidate : {',', '\t', ';', '|'})
        if (const std::size_t n = fieldCount(lines.front().text, candidate); n > most) {
            most = n;
            separator = candidate;
        }
    std::vector<std::size_t> columns;
    bool someUnquoted = false;
    for (std::size_t l = 1; l < lines.size(); ++l) {
        const std::string& text = lines[l].text;
        std::size_t column = 0, at = 0;
        while (at <= text.size()) {
            std::size_t end = at;
            const bool quoted = at < text.size() && text[at] == '"';
            if (quoted) {
                end = text.find('"', at + 1);
                while (end != std::string::npos && end + 1 < text.size() && text[end + 1] == '"')
                    end = text.find('"', end + 2);
                if (end == std::string::npos)
                    break; // a quoted field running onto the next line: stop judging this line
                const std::string inner = text.substr(at + 1, end - at - 1);
                const bool number =
                    !inner.empty() && inner.find_first_not_of("0123456789") == std::string::npos;
                if (number && std::find(columns.begin(), columns.end(), column) == columns.end())
                    columns.push_back(column);
                ++end;
            } else if (at < text.size() && text[at] != separator) {
                someUnquoted = true;
            }
            end = text.find(separator, end);
            if (end == std::string::npos)
                break;
            at = end + 1;
            ++column;
        }
    }
    return someUnquoted ? columns : std::vector<std::size_t>{};
}

} // namespace

Result<TableCells> TableCells::open(const std::string& path, const std::string& sheet,
                                    int headerRow) {
    ensureGdalRegistered();
    const std::string ext = lowerExtension(path);
    CPLStringList options;
    std::string target = path;
    TableCells cells;
    if (ext == ".xlsx" || ext == ".ods") {
        options.SetNameValue("HEADERS", "DISABLE");
        options.SetNameValue("FIELD_TYPES", "STRING");
        cells.m_rawText = false;
    } else if (ext == ".xls") {
        cells.m_rawText = false; // FreeXL decodes; it has no option to leave the header alone
    } else {
        options.SetNameValue("HEADERS", "NO");
        options.SetNameValue("AUTODETECT_TYPE", "NO");
        const auto lines = firstLines(path, 30);
        const std::size_t skip = headerRow > 0 ? std::min<std::size_t>(headerRow - 1, lines.size())
                                 : headerRow < 0 ? 0
                                                 : titleLines(lines);
        cells.m_skippedLines = static_cast<std::int64_t>(skip);
        if (skip < lines.size())
            cells.m_quotedNumberColumns = quotedNumbersIn(std::vector<TextLine>(
                lines.begin() + static_cast<std::ptrdiff_t>(skip), lines.end()));
        // The prefix makes the CSV driver take .txt exports (and any extension) too; a title is
        // skipped by reading the file from its header line on.
        target = skip == 0 || skip >= lines.size()
                     ? "CSV:" + path
                     : "CSV:/vsisubfile/" + std::to_string(lines[skip].offset) + "_0," + path;
    }
    // Within ReuseOpenFiles, a workbook of many sheets is parsed once, not once per sheet.
    const std::string key = "table\n" + target;
    cells.m_dataset = takePooledDataset(key);
    if (!cells.m_dataset) {
        CPLErrorReset();
        GDALDataset* opened = GDALDataset::Open(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                nullptr, options.List(), nullptr);
        if (!opened)
            return makeError(ErrorCode::CorruptFile, {path}, CPLGetLastErrorMsg());
        cells.m_dataset = PooledDataset(opened, {key});
    }
    GDALDataset* ds = cells.m_dataset.get();
    cells.m_path = path;
    if (ds->GetLayerCount() == 0)
        return makeError(ErrorCode::NoLayers, {path});
    cells.m_layer =
        sheet.empty() || cells.m_rawText ? ds->GetLayer(0) : ds->GetLayerByName(sheet.c_str());
    if (!cells.m_layer)
        return makeError(ErrorCode::LayerNotFound, {sheet, path});

    cells.m_sheet =
        cells.m_rawText ? pathToUtf8(pathFromUtf8(path).stem()) : cells.m_layer->GetName();
    cells.m_columns = static_cast<std::size_t>(cells.m_layer->GetLayerDefn()->GetFieldCount());
    cells.m_layer->ResetReading();
    cells.m_row = cells.m_skippedLines;
    cells.noteFieldDefinitions(); // reading the field definitions may parse the whole sheet
    cells.noteDriverFailure();
    if (auto damaged = cells.status(); !damaged)
        return damaged.error();
    return cells;
}

std::vector<std::string> TableCells::sheetNames() const {
    if (m_rawText)
        return {m_sheet};
    std::vector<std::string> names;
    for (OGRLayer* layer : m_dataset->GetLayers())
        names.emplace_back(layer->GetName());
    return names;
}

std::string TableCells::driverName() const {
    return m_dataset->GetDriver() ? m_dataset->GetDriver()->GetDescription() : "";
}

std::int64_t TableCells::rowCountEstimate() const {
    return m_layer->GetFeatureCount(FALSE);
}

bool TableCells::next(std::vector<std::string_view>& cells) {
    cells.resize(m_columns);
    if (m_headerPending) {
        // The driver took the first row as field names: hand it over as the row it was.
        m_headerPending = false;
        ++m_row;
        for (std::size_t i = 0; i < m_columns; ++i)
            cells[i] = m_driverHeader[i];
        return true;
    }
    CPLErrorReset();
    m_feature.reset(m_layer->GetNextFeature());
    noteDriverFailure();
    if (!m_feature)
        return false;
    ++m_row;
    for (std::size_t i = 0; i < m_columns; ++i) {
        const int field = static_cast<int>(i);
        if (!m_feature->IsFieldSetAndNotNull(field)) {
            cells[i] = std::string_view();
        } else if (m_textFields[i]) {
            cells[i] = m_feature->GetFieldAsString(field); // the feature's own copy
        } else {
            // Numbers are formatted into one buffer the feature reuses on every call.
            m_formatted[i] = m_feature->GetFieldAsString(field);
            cells[i] = m_formatted[i];
        }
    }
    return true;
}

Status TableCells::status() const {
    if (!m_failure.empty())
        return makeError(ErrorCode::CorruptFile, {m_path}, m_failure);
    return Ok{};
}

void TableCells::noteDriverFailure() {
    // Only what the driver reported counts, not the caller's own GDAL calls between rows.
    if (CPLGetLastErrorType() >= CE_Failure && m_failure.empty())
        m_failure = CPLGetLastErrorMsg();
    CPLErrorReset();
}

void TableCells::rewind() {
    CPLErrorReset();
    m_layer->ResetReading();
    noteDriverFailure();
    m_row = m_skippedLines;
    m_feature.reset();
    m_headerPending = !m_driverHeader.empty();
}

void TableCells::noteFieldDefinitions() {
    const OGRFeatureDefn* defn = m_layer->GetLayerDefn();
    m_textFields.assign(m_columns, true);
    m_formatted.assign(m_columns, std::string());
    bool generic = true;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < m_columns; ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(static_cast<int>(i));
        m_textFields[i] = f->GetType() == OFTString;
        names.emplace_back(f->GetNameRef());
        const std::string expected[] = {"Field" + std::to_string(i + 1),
                                        "field_" + std::to_string(i + 1)};
        generic = generic && (names.back() == expected[0] || names.back() == expected[1]);
    }
    // GDAL ignores HEADERS=DISABLE on spreadsheets it wrote itself and takes row 1 as names.
    if (!generic) {
        m_driverHeader = std::move(names);
        m_headerPending = true;
    }
}

} // namespace cw::data
