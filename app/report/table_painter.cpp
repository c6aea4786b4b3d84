// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/table_painter.h"

#include "report/report_fonts.h"

#include <QFontMetricsF>
#include <algorithm>

namespace cw::report {
namespace {

constexpr double kPadX = 3, kPadY = 2.5;
constexpr int kWrap = Qt::TextWordWrap;

std::vector<double> columnWidths(const TableBlock& t, double total) {
    double sum = 0;
    for (const auto& c : t.columns)
        sum += c.weight;
    std::vector<double> widths;
    for (const auto& c : t.columns)
        widths.push_back(total * c.weight / (sum > 0 ? sum : 1));
    return widths;
}

double rowHeight(const QFontMetricsF& fm, const QStringList& cells,
                 const std::vector<double>& widths) {
    double h = fm.height();
    for (int i = 0; i < cells.size() && std::size_t(i) < widths.size(); ++i) {
        const QRectF r =
            fm.boundingRect(QRectF(0, 0, widths[std::size_t(i)] - 2 * kPadX, 1e6), kWrap, cells[i]);
        h = std::max(h, r.height());
    }
    return h + 2 * kPadY;
}

void drawRow(QPainter& p, double x, double y, double h, const QStringList& cells,
             const std::vector<double>& widths, const std::vector<TableColumn>& columns,
             const std::vector<QColor>* shades) {
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const QRectF cell(x, y, widths[i], h);
        if (shades && i < shades->size() && (*shades)[i].isValid())
            p.fillRect(cell, (*shades)[i]);
        if (int(i) < cells.size())
            p.drawText(cell.adjusted(kPadX, kPadY, -kPadX, -kPadY),
                       int(columns[i].align | Qt::AlignVCenter) | kWrap, cells[int(i)]);
        x += widths[i];
    }
}

bool hasHeaderRow(const TableBlock& t) {
    return std::any_of(t.columns.begin(), t.columns.end(),
                       [](const TableColumn& c) { return !c.title.isEmpty(); });
}

} // namespace

void TablePainter::draw(PageStream& pages, const TableBlock& t) {
    if (t.columns.empty())
        return;
    const QRectF area = pages.content();
    const std::vector<double> widths = columnWidths(t, area.width());
    const QFont font = ReportFonts::font(t.fontPoints);
    const QFont bold = ReportFonts::font(t.fontPoints, true);
    QPaintDevice* device = pages.painter().device();
    const QFontMetricsF fm(font, device), fmBold(bold, device);
    QStringList header;
    for (const auto& c : t.columns)
        header << c.title;
    const double headerH = hasHeaderRow(t) ? rowHeight(fmBold, header, widths) : 0;
    const QPen rule(QColor(190, 190, 190), 0.4);

    // A key-value table has no titles: then no header row either.
    const bool hasHeader = hasHeaderRow(t);
    auto drawHeader = [&] {
        if (!hasHeader)
            return;
        QPainter& p = pages.painter();
        p.fillRect(QRectF(area.left(), pages.y(), area.width(), headerH), QColor(225, 232, 242));
        p.setFont(bold);
        p.setPen(QColor(20, 20, 20));
        drawRow(p, area.left(), pages.y(), headerH, header, widths, t.columns, nullptr);
        pages.advance(headerH);
    };

    bool headerOnPage = false;
    for (std::size_t r = 0; r < t.rows.size() || (r == 0 && t.rows.empty()); ++r) {
        if (t.rows.empty()) {
            pages.ensureSpace(headerH);
            drawHeader();
            break;
        }
        const double h = rowHeight(fm, t.rows[r], widths);
        const int pageBefore = pages.pageNumber();
        pages.ensureSpace((headerOnPage ? 0 : headerH) + h);
        if (pages.pageNumber() != pageBefore)
            headerOnPage = false;
        if (!headerOnPage) {
            drawHeader();
            headerOnPage = true;
        }
        QPainter& p = pages.painter();
        p.setFont(font);
        p.setPen(QColor(30, 30, 30));
        drawRow(p, area.left(), pages.y(), h, t.rows[r], widths, t.columns,
                r < t.shades.size() ? &t.shades[r] : nullptr);
        p.setPen(rule);
        p.drawLine(QPointF(area.left(), pages.y() + h), QPointF(area.right(), pages.y() + h));
        pages.advance(h);
    }
    pages.advance(8);
}

} // namespace cw::report
