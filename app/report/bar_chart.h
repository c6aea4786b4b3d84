// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace cw::report {

struct Bar {
    QString label;
    double value = 0;
    QColor colour = QColor(70, 110, 160);
};

/// A horizontal bar chart painted with QPainter (vectors and text in the PDF): labels on the
/// left, bars scaled to the largest value, each value printed at its bar's end.
class BarChart {
public:
    /// The height `bars` need at `rowHeight` points each.
    static double height(std::size_t bars, double rowHeight = 15) { return bars * rowHeight + 6; }
    static void draw(QPainter& painter, const QRectF& area, const std::vector<Bar>& bars,
                     int decimals, double rowHeight = 15);
};

} // namespace cw::report
