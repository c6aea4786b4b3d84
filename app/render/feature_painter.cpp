// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/feature_painter.h"

#include "render/point_symbol.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <vector>

namespace cw::render {
namespace {

// Features smaller than this many pixels both ways are drawn as a block, not a polygon.
constexpr double kTinyPx = 2.5;
// Vertices closer than this to the previous one add nothing visible at screen resolution.
constexpr double kMinStepPx = 0.8;

QColor toQColor(const style::Rgba& c) {
    return QColor(c.r, c.g, c.b, c.a);
}

// Appends a part's pixel positions, dropping vertices within kMinStepPx of the last kept one.
void toPixels(std::span<const geometry::Coord> coords, double ox, double oy, double mupp,
              QPolygonF& out) {
    out.clear();
    double lastX = NAN, lastY = NAN;
    const std::size_t n = coords.size();
    const double scale = 1.0 / mupp;
    for (std::size_t i = 0; i < n; ++i) {
        const double px = (coords[i].x - ox) * scale;
        const double py = (oy - coords[i].y) * scale;
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        const bool last = i + 1 == n;
        if (!last && std::fabs(px - lastX) < kMinStepPx && std::fabs(py - lastY) < kMinStepPx)
            continue;
        out.append(QPointF(px, py));
        lastX = px;
        lastY = py;
    }
}

// A tile's polygons in pixels, painted in two passes: fills without antialiasing, then
// antialiased outlines. Antialiased fills cost three to four times more in Qt's rasteriser,
// and the outline hides the fill's stepped edge anyway.
class PolygonBatch {
public:
    void add(const geometry::GeometryStore& store, std::size_t feature, double ox, double oy,
             double mupp) {
        const std::size_t firstRing = m_rings.size();
        for (std::size_t part = store.firstPart(feature); part < store.endPart(feature); ++part) {
            QPolygonF ring;
            toPixels(store.part(part), ox, oy, mupp, ring);
            if (ring.size() >= 3)
                m_rings.push_back(std::move(ring));
        }
        if (m_rings.size() > firstRing)
            m_featureStarts.push_back(firstRing);
    }

    void paint(QPainter& p, const QPen& pen, const QBrush& brush) {
        m_featureStarts.push_back(m_rings.size());
        const bool outlined = pen.style() != Qt::NoPen;
        if (brush.style() != Qt::NoBrush) {
            p.setRenderHint(QPainter::Antialiasing, !outlined);
            p.setPen(Qt::NoPen);
            p.setBrush(brush);
            for (std::size_t i = 0; i + 1 < m_featureStarts.size(); ++i)
                fillFeature(p, m_featureStarts[i], m_featureStarts[i + 1]);
        }
        if (outlined) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            for (const QPolygonF& ring : m_rings)
                p.drawPolygon(ring);
        }
    }

private:
    void fillFeature(QPainter& p, std::size_t first, std::size_t end) {
        if (end - first == 1) {
            p.drawPolygon(m_rings[first]);
            return;
        }
        QPainterPath path; // holes and multipolygons: even-odd over all rings
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t r = first; r < end; ++r)
            path.addPolygon(m_rings[r]);
        p.drawPath(path);
    }

    std::vector<QPolygonF> m_rings;
    std::vector<std::size_t> m_featureStarts;
};

} // namespace

double millimetresToPixels(double mm, double dpi) {
    return mm * dpi / 25.4;
}

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
    // Hairlines go through Qt's cosmetic stroker, many times faster than outlining the path.
    if (m_strokePx <= 1.5) {
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
    }
    const bool hasStroke = st.stroke.a > 0 && m_strokePx > 0;
    p.setPen(hasStroke ? pen : QPen(Qt::NoPen));
    p.setBrush(st.fill.a > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));

    QPolygonF ring;
    PolygonBatch shapes;
    std::size_t drawn = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        if ((h & 255) == 0 && cancel.isCancelled())
            return {};
        const std::uint32_t f = hits[h];
        if (!m_layer.drawsFeature(f))
            continue;
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
            if (env.width() < kTinyPx * m_mupp && env.height() < kTinyPx * m_mupp) {
                // A couple of pixels across: its outline would cover it whole, so a block of
                // the outline colour looks the same and costs a fraction of a polygon.
                const double x0 = std::floor((env.minX - ox) / m_mupp);
                const double y0 = std::floor((oy - env.maxY) / m_mupp);
                const double x1 = std::floor((env.maxX - ox) / m_mupp) + 1;
                const double y1 = std::floor((oy - env.minY) / m_mupp) + 1;
                p.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), hasStroke ? stroke : fill);
                break;
            }
            shapes.add(store, f, ox, oy, m_mupp);
            break;
        }
        default:
            break;
        }
    }
    shapes.paint(p, hasStroke ? pen : QPen(Qt::NoPen),
                 st.fill.a > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
    featuresDrawn += drawn;
    return tile;
}

} // namespace cw::render
