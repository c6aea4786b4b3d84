// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/map_frame.h"

#include "render/map_decorations.h"
#include "render/point_symbol.h"
#include "report/report_fonts.h"
#include "report/vector_map_painter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace cw::report {
namespace {
constexpr double kLegendRow = 13;
constexpr double kLegendColumn = 170;
constexpr std::size_t kInsetMaxFeatures = 5000;

QColor qcolour(const style::Rgba& c) {
    return QColor(c.r, c.g, c.b, c.a);
}
} // namespace

render::MapSettings MapFrame::settingsFor(const crs::Crs& crs, const geometry::Envelope& extent,
                                          QSizeF frameSize) {
    return render::MapSettings(crs, extent, frameSize.toSize(), 72);
}

void MapFrame::draw(QPainter& p, const QRectF& frame, const render::MapSettings& settings,
                    const std::vector<render::RenderLayer>& layers, const CancelToken& cancel) {
    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    VectorMapPainter::paint(p, settings, layers, cancel);
    render::MapDecorations::drawScaleBar(p, settings, QPointF(10, frame.height() - 10));
    render::MapDecorations::drawNorthArrow(p, QPointF(24, 34), 28);
    p.restore();
    p.save();
    p.setPen(QPen(QColor(60, 60, 60), 0.8));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();
}

void MapFrame::drawLocatorInset(QPainter& p, const QRectF& frame,
                                const std::vector<render::RenderLayer>& context,
                                const crs::Crs& crs, const geometry::Envelope& contextExtent,
                                const geometry::Envelope& highlight) {
    if (contextExtent.isNull())
        return;
    const double w = std::min(frame.width() * 0.26, 150.0);
    const double h = w * std::clamp(contextExtent.height() / contextExtent.width(), 0.5, 1.2);
    const QRectF inset(frame.right() - w - 6, frame.top() + 6, w, h);
    const render::MapSettings s = settingsFor(crs, contextExtent, inset.size());
    p.save();
    p.fillRect(inset, Qt::white);
    p.translate(inset.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), inset.size()));
    // The inset only locates the map: base layers always, project layers while they stay few
    // (a locator of 100k features would cost as much as the map on every page).
    std::size_t features = 0;
    for (const auto& layer : context)
        features += layer.geometries ? layer.geometries->geometries.featureCount() : 0;
    for (const auto& layer : context)
        if (features <= kInsetMaxFeatures || layer.key.rfind(kBaseLayerPrefix, 0) == 0)
            VectorMapPainter::paintLayer(p, s, layer, {});
    QRectF box(s.toPixel(highlight.minX, highlight.maxY),
               s.toPixel(highlight.maxX, highlight.minY));
    if (box.width() < 4)
        box.adjust(-2, 0, 2, 0);
    if (box.height() < 4)
        box.adjust(0, -2, 0, 2);
    p.setPen(QPen(QColor(220, 30, 30), 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.restore();
    p.setPen(QPen(QColor(60, 60, 60), 0.6));
    p.drawRect(inset);
}

double MapFrame::legendHeight(double width, const std::vector<LegendEntry>& entries) {
    const int columns = std::max(1, int(width / kLegendColumn));
    const int rows = int((entries.size() + std::size_t(columns) - 1) / std::size_t(columns));
    return 16 + rows * kLegendRow;
}

double MapFrame::drawLegend(QPainter& p, QPointF topLeft, double width, const QString& title,
                            const std::vector<LegendEntry>& entries) {
    const int columns = std::max(1, int(width / kLegendColumn));
    const double columnWidth = width / columns;
    p.save();
    p.setFont(ReportFonts::font(9, true));
    p.setPen(QColor(30, 30, 30));
    p.drawText(QRectF(topLeft.x(), topLeft.y(), width, 14), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    const QFont font = ReportFonts::font(7.5);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const int rows = int((entries.size() + std::size_t(columns) - 1) / std::size_t(columns));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int col = int(i) / std::max(rows, 1);
        const int row = int(i) % std::max(rows, 1);
        const double x = topLeft.x() + col * columnWidth;
        const double y = topLeft.y() + 16 + row * kLegendRow;
        const LegendEntry& e = entries[i];
        const QRectF swatch(x, y + 2, 14, 8);
        p.setPen(QPen(qcolour(e.style.stroke), 0.6));
        if (e.family == geometry::GeometryFamily::Point) {
            p.setBrush(qcolour(e.style.fill));
            render::drawPointSymbol(p, swatch.center(), 6.5, e.style.pointSymbol);
        } else if (e.family == geometry::GeometryFamily::Line) {
            p.setPen(QPen(qcolour(e.style.stroke), 1.5));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
        } else {
            p.setBrush(qcolour(e.style.fill));
            p.drawRect(swatch);
        }
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRectF(x + 18, y, columnWidth - 22, kLegendRow),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.name, Qt::ElideRight, columnWidth - 22));
    }
    p.restore();
    return 16 + rows * kLegendRow;
}

} // namespace cw::report
