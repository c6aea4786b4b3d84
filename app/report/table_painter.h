// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/page_stream.h"

#include <QColor>
#include <QStringList>
#include <vector>

namespace cw::report {

struct TableColumn {
    QString title;
    double weight = 1; ///< share of the width, relative to the other columns
    Qt::Alignment align = Qt::AlignLeft;
};

/// A table as text cells, optionally shaded per cell (an invalid colour: no shade).
struct TableBlock {
    std::vector<TableColumn> columns;
    std::vector<QStringList> rows;
    std::vector<std::vector<QColor>> shades; ///< empty, or one colour per cell
    double fontPoints = 8;
};

/// Draws a table down the page stream. Rows wrap their text; a row that does not fit starts a
/// new page, where the header row is drawn again.
class TablePainter {
public:
    static void draw(PageStream& pages, const TableBlock& table);
};

} // namespace cw::report
