// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"
#include "report/report_template.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <vector>

namespace cw::report {

/// What a print layout item shows.
enum class LayoutItemKind { Map, Legend, ScaleBar, NorthArrow, Title, Text };
const char* layoutItemKey(LayoutItemKind kind);

/// One item placed on the page, in millimetres from the page's top-left corner.
struct LayoutItem {
    LayoutItemKind kind = LayoutItemKind::Text;
    QRectF mm;
    QString text;       ///< a title's or a text box's words; empty title: the project's name
    double fontPt = 11; ///< titles, text, legend and scale bar labels
    bool frame = false; ///< a thin border (maps always have one)
    bool operator==(const LayoutItem&) const = default;
};

/// A one-page map composition the user arranges (map, legend, scale bar, north arrow, title,
/// text), saved by name in the project file beside the report templates.
struct PrintLayout {
    QString name = QStringLiteral("layout");
    Paper paper = Paper::A4;
    bool landscape = true;
    /// What the map items show, in the map CRS; null: the project's layers' extent.
    geometry::Envelope extent;
    std::vector<LayoutItem> items;

    /// The page in millimetres, oriented.
    QSizeF pageMm() const;
    /// Title across the top, the map below it, legend, scale bar and north arrow beside it,
    /// and a source line at the foot.
    static PrintLayout standard(Paper paper, bool landscape);

    QByteArray toJson() const;
    /// False on malformed JSON or another kind of document; unknown item kinds are skipped.
    static bool fromJson(const QByteArray& json, PrintLayout& out);
    bool operator==(const PrintLayout&) const = default;
};

} // namespace cw::report
