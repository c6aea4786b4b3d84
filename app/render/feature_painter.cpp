// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/feature_painter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <vector>

namespace cw::render {
namespace {

QColor toQColor(const style::Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

// Appends a part's pixel positions, dropping vertices within half a pixel of the last kept one.
void toPixels(std::span<const geometry::Coord> coords, double ox, double oy, double mupp,
              QPolygonF& out) {
    out.clear();
    double lastX = NAN, lastY = NAN;
    const std::size_t n = coords.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double px = (coords[i].x - ox) / mupp;
        const double py = (oy - coords[i].y) / mupp;
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        const bool last = i + 1 == n;
        if (!last && std::fabs(px - lastX) < 0.5 && std::fabs(py - lastY) < 0.5)
            continue;
        out.append(QPointF(px, py));
        lastX = px;
        lastY = py;
    }
}

void drawPointSymbol(QPainter& p, QPointF c, double size, style::PointSymbol symbol) {
    const double r = size / 2;
    switch (symbol) {
    case style::PointSymbol::Square: p.drawRect(QRectF(c.x() - r, c.y() - r, size, size)); break;
    case style::PointSymbol::Triangle: {
        const QPointF tri[3] = {{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
        p.drawPolygon(tri, 3);
        break;
    }
    default: p.drawEllipse(c, r, r);
    }
}

} // namespace

double millimetresToPixels(double mm, double dpi) { return mm * dpi / 25.4; }

FeaturePainter::FeaturePainter(const RenderLayer& layer, double mapUnitsPerPixel, double dpi)
    : m_layer(layer), m_mupp(mapUnitsPerPixel),
      m_strokePx(millimetresToPixels(layer.style.strokeWidthMm, dpi)),
      m_pointPx(millimetresToPixels(layer.style.pointSizeMm, dpi)) {}

QImage FeaturePainter::paintTile(double ox, double oy, int tileSize, const CancelToken& cancel,
                                 std::size_t& featuresDrawn) const {
    const auto& indexed = *m_layer.geometries;
    const auto& store = indexed.geometries;
    // Symbols and strokes reach beyond a feature's envelope: query with that margin.
    const double marginPx = std::max(m_strokePx, m_pointPx) + 1;
    const geometry::Envelope window{ox - marginPx * m_mupp, oy - (tileSize + marginPx) * m_mupp,
                                    ox + (tileSize + marginPx) * m_mupp, oy + marginPx * m_mupp};
    std::vector<std::uint32_t> hits;
    indexed.index.query(window, hits);
    if (hits.empty())
        return {};
    // Features keep their source order, so overlaps stack the same way on every tile.
    std::sort(hits.begin(), hits.end());

    QImage tile(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing, true);
    const style::LayerStyle& st = m_layer.style;
    const QColor fill = toQColor(st.fill), stroke = toQColor(st.stroke);
    QPen pen(stroke, m_strokePx);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    const bool hasStroke = st.stroke.a > 0 && m_strokePx > 0;
    p.setPen(hasStroke ? pen : QPen(Qt::NoPen));
    p.setBrush(st.fill.a > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));

    QPolygonF ring;
    QPainterPath path;
    std::size_t drawn = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        if ((h & 255) == 0 && cancel.isCancelled())
            return {};
        const std::uint32_t f = hits[h];
        const geometry::Envelope& env = store.envelope(f);
        ++drawn;
        switch (indexed.family) {
        case geometry::GeometryFamily::Point:
            for (std::size_t part = store.firstPart(f); part < store.endPart(f); ++part) {
                const auto c = store.part(part)[0];
                drawPointSymbol(p, QPointF((c.x - ox) / m_mupp, (oy - c.y) / m_mupp), m_pointPx,
                                st.pointSymbol);
            }
            break;
        case geometry::GeometryFamily::Line:
            for (std::size_t part = store.firstPart(f); part < store.endPart(f); ++part) {
                toPixels(store.part(part), ox, oy, m_mupp, ring);
                if (ring.size() >= 2)
                    p.drawPolyline(ring);
            }
            break;
        case geometry::GeometryFamily::Polygon: {
            if (env.width() < m_mupp && env.height() < m_mupp) {
                // Smaller than a pixel: one pixel in the outline colour keeps it visible.
                p.fillRect(QRectF((env.minX - ox) / m_mupp, (oy - env.maxY) / m_mupp, 1, 1),
                           hasStroke ? stroke : fill);
                break;
            }
            const std::size_t first = store.firstPart(f), end = store.endPart(f);
            if (end - first == 1) {
                toPixels(store.part(first), ox, oy, m_mupp, ring);
                if (ring.size() >= 3)
                    p.drawPolygon(ring);
                break;
            }
            path.clear();
            path.setFillRule(Qt::OddEvenFill);
            for (std::size_t part = first; part < end; ++part) {
                toPixels(store.part(part), ox, oy, m_mupp, ring);
                if (ring.size() >= 3)
                    path.addPolygon(ring);
            }
            p.drawPath(path);
            break;
        }
        default: break;
        }
    }
    featuresDrawn += drawn;
    return tile;
}

} // namespace cw::render
