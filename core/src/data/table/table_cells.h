// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "data/dataset_pool.h"
#include "data/gdal_dataset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw::data {

/// The cells of one table (a CSV/TSV file or a spreadsheet sheet) as the file's own bytes,
/// row by row, with no header interpretation and no type guessing: deciding which row names
/// the columns, how text is encoded and which cells are codes is ours, not the driver's.
class TableCells {
public:
    /// Opens `path`; `sheet` names a spreadsheet's sheet (empty: the first). `headerRow` is
    /// TableOptions::headerRow: a text file is opened from that row on (0: from the first row
    /// that looks like a header, past any title lines), because GDAL's CSV driver takes the
    /// separator and the number of columns from the first line it sees.
    static Result<TableCells> open(const std::string& path, const std::string& sheet,
                                   int headerRow = 0);

    /// The sheets of a spreadsheet; a text table has one, named after the file.
    std::vector<std::string> sheetNames() const;
    const std::string& sheetName() const { return m_sheet; }
    std::string driverName() const;
    std::size_t columnCount() const { return m_columns; }
    /// The driver's estimate of the number of rows, or -1.
    std::int64_t rowCountEstimate() const;
    /// True when cells arrive as the file's bytes (CSV); false when the driver decoded them.
    bool isRawText() const { return m_rawText; }

    /// Columns (0-based) whose whole numbers a text file writes in quotes, e.g. "01001" or
    /// "11500": the file means them as text, so they stay text (GDAL's quoted-as-string rule).
    const std::vector<std::size_t>& quotedNumberColumns() const { return m_quotedNumberColumns; }

    /// The next row's cells (empty cells as ""); false at the end. Views stay valid until the
    /// next call.
    bool next(std::vector<std::string_view>& cells);
    /// 1-based number of the row `next` returned last (in a text file, counting its non-blank
    /// lines, as GDAL skips blank ones).
    std::int64_t rowNumber() const { return m_row; }
    void rewind();
    /// CorruptFile when the driver reported a failure since opening or rewinding: a damaged
    /// workbook (bad CRC, broken XML) reads as fewer rows or none, never as an error of its own.
    Status status() const;

private:
    void noteFieldDefinitions();
    void noteDriverFailure();

    PooledDataset m_dataset;
    std::string m_path;
    std::string m_failure; ///< the first failure the driver reported, if any
    OGRLayer* m_layer = nullptr;
    std::string m_sheet;
    std::size_t m_columns = 0;
    bool m_rawText = true;
    std::int64_t m_row = 0;
    std::int64_t m_skippedLines = 0; ///< title lines above a text table's header
    OGRFeatureUniquePtr m_feature;
    std::vector<bool> m_textFields;          ///< OFTString: the feature holds the text itself
    std::vector<std::string> m_formatted;    ///< numbers and dates formatted for this row
    std::vector<std::string> m_driverHeader; ///< names the driver took from row 1, if it did
    bool m_headerPending = false;
    std::vector<std::size_t> m_quotedNumberColumns;
};

} // namespace cw::data
