// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_reader.h"
#include "table_cells.h"

#include <limits>
#include <optional>

namespace cw::data {

/// Reads a CSV, TSV or spreadsheet as a layer, in two steps: open() reads the first rows and
/// decides everything the file does not state (encoding, header row, geometry columns, the CRS
/// of the values); read() then streams every row into a VectorLayer, turning unusable positions
/// into listed bad rows and code columns into text.
class TableReader {
public:
    static Result<TableReader> open(const std::string& path, const ReadOptions& options);

    const TableDetection& detection() const { return m_detection; }
    const std::vector<std::string>& sheets() const { return m_sheets; }
    /// Why read() with requireGeometry would fail (no coordinate columns, an ambiguous CRS).
    const std::optional<Error>& problem() const { return m_problem; }

    /// Reads up to `rowLimit` data rows.
    Result<VectorLayer> read(std::size_t rowLimit = std::numeric_limits<std::size_t>::max());

private:
    TableReader() = default;
    Status detect();
    Status detectGeometry();
    void detectXyCrs();
    void detectWktCrs();
    std::vector<std::string> decodedSampleColumn(std::size_t column) const;
    int columnIndex(const std::string& name) const;

    std::string m_path;
    ReadOptions m_options;
    std::optional<TableCells> m_cells;
    std::vector<std::string> m_sheets;
    std::vector<std::vector<std::string>> m_sample; ///< the first rows, decoded
    std::vector<std::int64_t> m_sampleRowNumbers;
    std::int64_t m_sampleBytes = 0;
    std::size_t m_firstDataSampleRow = 0;
    TableDetection m_detection;
    std::optional<Error> m_problem;
};

} // namespace cw::data
