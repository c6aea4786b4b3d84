// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/print_layout_painter.h"

#include "render/map_decorations.h"
#include "report/page_device.h"
#include "report/pdf_file.h"
#include "report/report_data.h"
#include "report/report_fonts.h"
#include "report/report_text.h"
#include "report/sections.h"
#include "report/vector_map_painter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <cmath>

namespace cw::report {
namespace {

constexpr double kMm = PrintLayoutPainter::kPointsPerMm;

Error writeFailed(const QString& path, const QString& why) {
    return makeError(ErrorCode::OutputWriteFailed, {path.toStdString()}, why.toStdString());
}

QString classLabel(const style::StyleClass& c, style::StyleKind kind) {
    if (!c.label.empty())
        return QString::fromStdString(c.label);
    if (kind == style::StyleKind::Categorized)
        return QString::fromStdString(c.value);
    return QStringLiteral("%1 – %2").arg(QLocale().toString(c.lower, 'g', 6),
                                         QLocale().toString(c.upper, 'g', 6));
}

const LayoutItem* firstMap(const PrintLayout& layout) {
    for (const auto& item : layout.items)
        if (item.kind == LayoutItemKind::Map)
            return &item;
    return nullptr;
}

void drawText(QPainter& p, const QSizeF size, const LayoutItem& item, const QString& text,
              bool bold) {
    p.setFont(ReportFonts::font(item.fontPt, bold));
    p.setPen(QColor(20, 20, 20));
    const int flags = (item.kind == LayoutItemKind::Title ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignTop) |
                      Qt::TextWordWrap;
    p.drawText(QRectF(QPointF(0, 0), size), flags, text);
}

// A bar of a round length, at most the item's width less its labels, in alternating black and
// white quarters, with the length and the map's scale under it.
void drawScaleBar(QPainter& p, QSizeF size, const LayoutItem& item,
                  const render::MapSettings& map) {
    const double metresPerPoint = map.mapUnitsPerPixel() * map.metresPerMapUnit();
    const QFont font = ReportFonts::font(item.fontPt);
    const QFontMetricsF fm(font, p.device());
    const double usable = size.width() - fm.horizontalAdvance(QStringLiteral("0000 km")) / 2;
    const double metres = render::MapDecorations::niceLength(usable * metresPerPoint);
    if (metres <= 0 || !std::isfinite(metres))
        return;
    const double length = metres / metresPerPoint;
    const double h = std::clamp(size.height() * 0.22, 3.0, 8.0);
    const double top = fm.height() + 2;
    p.setPen(QPen(Qt::black, 0.6));
    for (int q = 0; q < 4; ++q) {
        p.setBrush(q % 2 ? Qt::white : Qt::black);
        p.drawRect(QRectF(q * length / 4, top, length / 4, h));
    }
    p.setFont(font);
    const QString unit = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                        : QStringLiteral("%1 m").arg(metres);
    p.drawText(QPointF(0, top - 3), QStringLiteral("0"));
    p.drawText(QPointF(length - fm.horizontalAdvance(unit) / 2, top - 3), unit);
    p.drawText(QPointF(0, top + h + fm.ascent() + 2), PrintLayoutPainter::scaleText(map));
}

} // namespace

LayoutContent LayoutContent::fromReport(const ReportData& data, const ReportText& text) {
    LayoutContent content;
    content.crs = data.mapCrs;
    content.layers = projectRenderLayers(data);
    for (const auto& l : data.layers)
        if (l.entry.visible && l.indexed)
            content.addLegend(text.pick(l.entry.name.ko, l.entry.name.en), l.entry.style,
                              l.indexed->family);
    if (auto zones = sandboxZoneLayer(data, text)) {
        content.addLegend(text.t(QT_TRANSLATE_NOOP("Report", "Regulatory sandbox zones")),
                          zones->style, geometry::GeometryFamily::Polygon);
        content.layers.push_back(std::move(*zones));
    }
    content.title = text.pick(data.project.title.ko, data.project.title.en);
    content.legendTitle = text.t(QT_TRANSLATE_NOOP("Report", "Legend"));
    content.fullExtent = data.project.view.extent;
    if (content.fullExtent.isNull()) {
        const geometry::Envelope all = data.projectLayersExtent();
        content.fullExtent = all.buffered(std::max(all.width(), all.height()) * 0.03);
    }
    return content;
}

void LayoutContent::addLegend(const QString& name, const style::LayerStyle& style,
                              geometry::GeometryFamily family) {
    legend.push_back({name, style, family});
    if (style.kind == style::StyleKind::Single)
        return;
    for (const auto& c : style.classes) {
        style::LayerStyle swatch = style;
        swatch.fill = c.fill;
        swatch.stroke = c.stroke;
        legend.push_back({QStringLiteral("    ") + classLabel(c, style.kind), swatch, family});
    }
}

QString PrintLayoutPainter::scaleText(const render::MapSettings& settings) {
    const double denominator = settings.scaleDenominator();
    if (!std::isfinite(denominator) || denominator <= 0)
        return {};
    // Rounded to three significant figures, as a printed scale is read.
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    return QStringLiteral("1:%1").arg(QLocale(QLocale::English).toString(rounded, 'f', 0));
}

render::MapSettings PrintLayoutPainter::mapSettings(const PrintLayout& layout,
                                                    const LayoutItem& map,
                                                    const LayoutContent& content) {
    const geometry::Envelope extent = layout.extent.isNull() ? content.fullExtent : layout.extent;
    const QSizeF points = map.mm.size() * kMm;
    return render::MapSettings(content.crs, extent,
                               QSize(std::max(1, int(std::lround(points.width()))),
                                     std::max(1, int(std::lround(points.height())))),
                               72);
}

void PrintLayoutPainter::paintItem(QPainter& p, const PrintLayout& layout, const LayoutItem& item,
                                   const LayoutContent& content, const CancelToken& cancel) {
    const QSizeF size = item.mm.size() * kMm;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    switch (item.kind) {
    case LayoutItemKind::Map: {
        const render::MapSettings settings = mapSettings(layout, item, content);
        p.save();
        p.setClipRect(QRectF(QPointF(0, 0), size));
        p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        VectorMapPainter::paint(p, settings, content.layers, cancel);
        p.restore();
        break;
    }
    case LayoutItemKind::Legend:
        p.setClipRect(QRectF(QPointF(0, 0), size));
        MapFrame::drawLegend(p, QPointF(0, 0), size.width(), content.legendTitle, content.legend);
        break;
    case LayoutItemKind::ScaleBar:
        if (const LayoutItem* map = firstMap(layout))
            drawScaleBar(p, size, item, mapSettings(layout, *map, content));
        break;
    case LayoutItemKind::NorthArrow: {
        const double arrow = std::min(size.width(), size.height() * 0.8);
        render::MapDecorations::drawNorthArrow(
            p, QPointF(size.width() / 2, size.height() - arrow / 2), arrow);
        break;
    }
    case LayoutItemKind::Title:
        drawText(p, size, item, item.text.isEmpty() ? content.title : item.text, true);
        break;
    case LayoutItemKind::Text:
        drawText(p, size, item, item.text, false);
        break;
    }
    if (item.frame || item.kind == LayoutItemKind::Map) {
        p.setClipping(false);
        p.setPen(QPen(QColor(60, 60, 60), 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(QPointF(0, 0), size));
    }
    p.restore();
}

void PrintLayoutPainter::paintPage(QPainter& p, const PrintLayout& layout,
                                   const LayoutContent& content, const CancelToken& cancel) {
    p.fillRect(QRectF(QPointF(0, 0), layout.pageMm() * kMm), Qt::white);
    for (const LayoutItem& item : layout.items) {
        if (cancel.isCancelled())
            return;
        p.save();
        p.translate(item.mm.topLeft() * kMm);
        paintItem(p, layout, item, content, cancel);
        p.restore();
    }
}

Status PrintLayoutPainter::writePdf(const QString& path, const PrintLayout& layout,
                                    const LayoutContent& content, const CancelToken& cancel) {
    const PdfPages pages{pageSizeOf(layout.paper), orientationOf(layout.landscape), layout.name};
    return writePdfFile(
        path, pages,
        [&](PdfPageDevice& device) {
            paintPage(device.painter(), layout, content, cancel);
            return device.finish();
        },
        cancel);
}

QImage PrintLayoutPainter::renderImage(const PrintLayout& layout, const LayoutContent& content,
                                       double dpi, const CancelToken& cancel) {
    QImage out;
    ImagePageDevice device(layout.pageMm() * kMm, dpi, [&](int, const QImage& page) {
        out = page;
        return true;
    });
    paintPage(device.painter(), layout, content, cancel);
    device.finish();
    if (cancel.isCancelled())
        return {};
    const int dotsPerMeter = qRound(dpi / 0.0254);
    out.setDotsPerMeterX(dotsPerMeter);
    out.setDotsPerMeterY(dotsPerMeter);
    return out;
}

Status PrintLayoutPainter::writeImage(const QString& path, const PrintLayout& layout,
                                      const LayoutContent& content, double dpi,
                                      const CancelToken& cancel) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char* format =
        suffix == QStringLiteral("jpg") || suffix == QStringLiteral("jpeg")   ? "JPEG"
        : suffix == QStringLiteral("tif") || suffix == QStringLiteral("tiff") ? "TIFF"
                                                                              : "PNG";
    if (ReportFonts::family().isEmpty())
        return ReportFonts::missing(path);
    const QImage image = renderImage(layout, content, dpi, cancel);
    if (image.isNull())
        return makeError(ErrorCode::Cancelled);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (!image.save(&file, format) || !file.commit()) {
        file.cancelWriting();
        return writeFailed(path, file.errorString());
    }
    return Ok{};
}

} // namespace cw::report
