// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/bar_chart.h"

#include "report/report_context.h"
#include "report/report_fonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace cw::report {

void BarChart::draw(QPainter& p, const QRectF& area, const std::vector<Bar>& bars, int decimals,
                    double rowHeight) {
    double maxValue = 0;
    for (const Bar& b : bars)
        maxValue = std::max(maxValue, b.value);
    const QFont font = ReportFonts::font(7.5);
    const QFontMetricsF fm(font, p.device());
    const double labelWidth = area.width() * 0.38;
    const double valueWidth = 50;
    const double barSpace = area.width() - labelWidth - valueWidth - 8;
    p.save();
    p.setFont(font);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = area.top() + double(i) * rowHeight;
        const Bar& b = bars[i];
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRectF(area.left(), y, labelWidth - 6, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth - 6));
        const double w = maxValue > 0 ? barSpace * b.value / maxValue : 0;
        p.fillRect(QRectF(area.left() + labelWidth, y + 2.5, std::max(w, 0.5), rowHeight - 5),
                   b.colour);
        p.drawText(QRectF(area.left() + labelWidth + w + 4, y, valueWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, formatNumber(b.value, decimals));
    }
    p.setPen(QPen(QColor(120, 120, 120), 0.6));
    p.drawLine(QPointF(area.left() + labelWidth, area.top()),
               QPointF(area.left() + labelWidth, area.top() + double(bars.size()) * rowHeight));
    p.restore();
}

} // namespace cw::report
