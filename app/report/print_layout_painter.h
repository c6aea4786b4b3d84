// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/crs/crs.h"
#include "render/map_settings.h"
#include "render/render_layer.h"
#include "report/map_frame.h"
#include "report/print_layout.h"

#include <QImage>
#include <QString>
#include <vector>

class QPainter;

namespace cw::report {

struct ReportData;
class ReportText;

/// What a layout's items draw: the map's layers and CRS, the legend, the default title.
struct LayoutContent {
    crs::Crs crs;
    std::vector<render::RenderLayer> layers; ///< drawing order
    std::vector<LegendEntry> legend;
    QString title;                 ///< an empty title item shows this (the project's name)
    geometry::Envelope fullExtent; ///< the map's extent when the layout has none of its own
    QString legendTitle = QStringLiteral("Legend");

    /// The project's visible layers and sandbox zones as the report's overview map draws
    /// them, named in `text`'s language; its saved view (or its layers' extent).
    static LayoutContent fromReport(const ReportData& data, const ReportText& text);
    /// A layer's legend lines: the layer, then one line per class of a categorized or
    /// graduated style.
    void addLegend(const QString& name, const style::LayerStyle& style,
                   geometry::GeometryFamily family);
};

/// Paints a print layout in PDF points (72 per inch), item by item (the layout view paints
/// each item on its own) or as a page, and writes it as a PDF (vector, fonts embedded) or an
/// image.
class PrintLayoutPainter {
public:
    static constexpr double kPointsPerMm = 72.0 / 25.4;

    /// The map of a map item: the layout's extent (or the content's) fitted into the item.
    static render::MapSettings mapSettings(const PrintLayout& layout, const LayoutItem& map,
                                           const LayoutContent& content);
    /// Draws `item` with its top-left corner at the painter's origin.
    static void paintItem(QPainter& painter, const PrintLayout& layout, const LayoutItem& item,
                          const LayoutContent& content, const CancelToken& cancel = {});
    /// Draws every item at its place on a white page.
    static void paintPage(QPainter& painter, const PrintLayout& layout,
                          const LayoutContent& content, const CancelToken& cancel = {});
    static Status writePdf(const QString& path, const PrintLayout& layout,
                           const LayoutContent& content, const CancelToken& cancel = {});
    static QImage renderImage(const PrintLayout& layout, const LayoutContent& content, double dpi,
                              const CancelToken& cancel = {});
    /// PNG, JPEG or TIFF by the file's extension; anything else gets a PNG.
    static Status writeImage(const QString& path, const PrintLayout& layout,
                             const LayoutContent& content, double dpi,
                             const CancelToken& cancel = {});
    /// "1:25,000" for a map item of the layout.
    static QString scaleText(const render::MapSettings& settings);
};

} // namespace cw::report
