// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/map_image_export.h"

#include "render/map_decorations.h"
#include "render/map_renderer.h"
#include "report/vector_map_painter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cw::report {
namespace {

void drawDecorations(QPainter& p, const render::MapSettings& settings) {
    const double s = settings.dpi() / 96.0;
    const QSize size = settings.outputSize();
    render::MapDecorations::drawScaleBar(p, settings, QPointF(16 * s, size.height() - 16 * s));
    render::MapDecorations::drawNorthArrow(p, QPointF(size.width() - 30 * s, 40 * s), 36 * s);
}

Error writeFailed(const QString& path, const QString& why) {
    return makeError(ErrorCode::OutputWriteFailed, {path.toStdString()}, why.toStdString());
}

} // namespace

MapImageFormat MapImageExport::formatFor(const QString& path) {
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? MapImageFormat::Svg
                                                                      : MapImageFormat::Png;
}

QImage MapImageExport::renderImage(const render::MapSettings& settings,
                                   const std::vector<render::RenderLayer>& layers,
                                   const CancelToken& cancel, render::RenderStats* stats) {
    render::MapRenderer renderer(std::size_t(64) << 20);
    QImage image = renderer.render(settings, layers, cancel, stats);
    if (image.isNull())
        return image;
    QPainter p(&image);
    drawDecorations(p, settings);
    p.end();
    const int dotsPerMeter = qRound(settings.dpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

Status MapImageExport::write(MapImageFormat format, const QString& path,
                             const render::MapSettings& settings,
                             const std::vector<render::RenderLayer>& layers,
                             const CancelToken& cancel, render::RenderStats* stats) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (format == MapImageFormat::Png) {
        const QImage image = renderImage(settings, layers, cancel, stats);
        if (image.isNull()) {
            file.cancelWriting();
            return makeError(ErrorCode::Cancelled);
        }
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            return writeFailed(path, file.errorString());
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(settings.outputSize());
        svg.setViewBox(QRect(QPoint(0, 0), settings.outputSize()));
        svg.setResolution(int(settings.dpi()));
        svg.setTitle(QStringLiteral("CityWeave map"));
        QElapsedTimer timer;
        timer.start();
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(0, 0), settings.outputSize()), Qt::white);
        const std::size_t drawn = VectorMapPainter::paint(p, settings, layers, cancel);
        drawDecorations(p, settings);
        p.end();
        if (cancel.isCancelled()) {
            file.cancelWriting();
            return makeError(ErrorCode::Cancelled);
        }
        if (stats) {
            stats->featuresDrawn = drawn;
            stats->milliseconds = timer.nsecsElapsed() / 1e6;
        }
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return Ok{};
}

} // namespace cw::report
