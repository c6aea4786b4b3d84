// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/vector_map_painter.h"

#include "render/label_painter.h"
#include "render/point_symbol.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace cw::report {
namespace {

constexpr double kMinStep = 0.25; // units (points): finer detail does not show on paper
constexpr double kTiny = 1.2; // smaller both ways: a filled box (0.4 mm) looks the same on paper

QColor colour(const style::Rgba& c, double opacity) {
    return QColor(c.r, c.g, c.b, int(std::lround(c.a * std::clamp(opacity, 0.0, 1.0))));
}

void addPart(QPainterPath& path, std::span<const geometry::Coord> coords,
             const render::MapSettings& s, bool closed) {
    QPointF last(NAN, NAN);
    bool started = false;
    for (std::size_t i = 0; i < coords.size(); ++i) {
        const QPointF pt = s.toPixel(coords[i].x, coords[i].y);
        if (!std::isfinite(pt.x()) || !std::isfinite(pt.y()))
            continue;
        const bool end = i + 1 == coords.size();
        if (started && !end && std::fabs(pt.x() - last.x()) < kMinStep &&
            std::fabs(pt.y() - last.y()) < kMinStep)
            continue;
        if (!started)
            path.moveTo(pt);
        else
            path.lineTo(pt);
        started = true;
        last = pt;
    }
    if (closed && started)
        path.closeSubpath();
}

} // namespace

std::size_t VectorMapPainter::paintLayer(QPainter& p, const render::MapSettings& s,
                                         const render::RenderLayer& layer,
                                         const CancelToken& cancel) {
    if (!layer.geometries)
        return 0;
    const auto& indexed = *layer.geometries;
    const auto& store = indexed.geometries;
    std::vector<std::uint32_t> hits;
    indexed.index.query(s.visibleExtent(), hits);
    std::sort(hits.begin(), hits.end()); // source order, as on screen
    const style::LayerStyle& st = layer.style;
    const double unitsPerMm = s.dpi() / 25.4;
    const QColor fill = colour(st.fill, st.opacity);
    const QColor strokeColour = colour(st.stroke, st.opacity);
    const bool hasFill = fill.alpha() > 0;
    const bool hasStroke = strokeColour.alpha() > 0 && st.strokeWidthMm > 0;
    QPen pen(strokeColour, std::max(0.25, st.strokeWidthMm * unitsPerMm));
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    const double mupp = s.mapUnitsPerPixel();
    const double pointSize = st.pointSizeMm * unitsPerMm;

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    std::size_t drawn = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        if ((h & 1023) == 0 && cancel.isCancelled())
            break;
        const std::uint32_t f = hits[h];
        if (store.isEmpty(f) || !layer.drawsFeature(f))
            continue;
        const auto& env = store.envelope(f);
        ++drawn;
        if (indexed.family == geometry::GeometryFamily::Point) {
            p.setPen(hasStroke ? QPen(strokeColour, 0.4) : QPen(Qt::NoPen));
            p.setBrush(hasFill ? QBrush(fill) : QBrush(Qt::NoBrush));
            for (std::size_t part = store.firstPart(f); part < store.endPart(f); ++part) {
                const auto c = store.part(part)[0];
                const QPointF at = s.toPixel(c.x, c.y);
                render::drawPointSymbol(p, at, pointSize, st.pointSymbol);
            }
            continue;
        }
        if (env.width() < kTiny * mupp && env.height() < kTiny * mupp) {
            const QRectF box(s.toPixel(env.minX, env.maxY), s.toPixel(env.maxX, env.minY));
            p.fillRect(box.adjusted(-0.15, -0.15, 0.15, 0.15), hasStroke ? strokeColour : fill);
            continue;
        }
        const bool polygon = indexed.family == geometry::GeometryFamily::Polygon;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t part = store.firstPart(f); part < store.endPart(f); ++part)
            addPart(path, store.part(part), s, polygon);
        if (polygon) {
            p.setPen(hasStroke ? pen : QPen(Qt::NoPen));
            p.setBrush(hasFill ? QBrush(fill) : QBrush(Qt::NoBrush));
        } else {
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
        }
        p.drawPath(path);
    }
    p.restore();
    return drawn;
}

std::size_t VectorMapPainter::paint(QPainter& p, const render::MapSettings& s,
                                    const std::vector<render::RenderLayer>& layers,
                                    const CancelToken& cancel) {
    std::size_t drawn = 0;
    for (const auto& layer : layers)
        drawn += paintLayer(p, s, layer, cancel);
    render::LabelPainter labels(s);
    for (const auto& layer : layers)
        if (!layer.style.labelField.empty())
            labels.paint(p, layer, cancel);
    return drawn;
}

} // namespace cw::report
