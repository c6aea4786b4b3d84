// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/label_painter.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace cw::render {
namespace {
constexpr std::size_t kMaxLabelledFeatures = 5000;
}

LabelPainter::LabelPainter(const MapSettings& settings) : m_settings(settings) {}

QFont LabelPainter::mapFont(double pointSize) {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char* name : {"Noto Sans CJK KR", "NanumGothic", "NanumBarunGothic",
                                 "Noto Sans KR", "Malgun Gothic", "UnDotum"})
            if (families.contains(QString::fromUtf8(name)))
                return QString::fromUtf8(name);
        return QString();
    }();
    QFont font;
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSizeF(pointSize);
    return font;
}

QPointF LabelPainter::labelAnchor(const geometry::Envelope& env, const RenderLayer& layer,
                                  double height, double width) const {
    const bool point = layer.geometries->family == geometry::GeometryFamily::Point;
    const QPointF centre = m_settings.toPixel(env.centerX(), env.centerY());
    const QPointF top = m_settings.toPixel(env.centerX(), env.maxY);
    const QPointF bottom = m_settings.toPixel(env.centerX(), env.minY);
    const QPointF right = m_settings.toPixel(env.maxX, env.centerY());
    switch (layer.style.labelPlacement) {
    case style::LabelPlacement::Centre:
        return centre;
    case style::LabelPlacement::Above:
        return top - QPointF(0, height * 0.9);
    case style::LabelPlacement::Below:
        return bottom + QPointF(0, height * 0.9);
    case style::LabelPlacement::Right:
        return right + QPointF(width / 2 + height * 0.5, 0);
    case style::LabelPlacement::Auto:
        break;
    }
    return point ? centre - QPointF(0, height * 0.9) : centre;
}

void LabelPainter::paint(QPainter& p, const RenderLayer& layer, const CancelToken& cancel) {
    if (!layer.attributes || !layer.geometries)
        return;
    const int field = layer.attributes->fieldIndex(layer.style.labelField);
    if (field < 0)
        return;
    std::vector<std::uint32_t> hits;
    layer.geometries->index.query(m_settings.visibleExtent(), hits);
    if (hits.size() > kMaxLabelledFeatures)
        return; // too dense to read at this scale
    std::sort(hits.begin(), hits.end());

    const QFont font = mapFont(8.5 * m_settings.dpi() / 96.0);
    const QFontMetricsF metrics(font);
    const auto& store = layer.geometries->geometries;
    const QRectF bounds(QPointF(0, 0), QSizeF(m_settings.outputSize()));
    for (std::uint32_t f : hits) {
        if (cancel.isCancelled())
            return;
        if (!layer.drawsFeature(f))
            continue;
        const QString text =
            QString::fromStdString(data::toDisplayString(layer.attributes->attributes[f][field]));
        if (text.isEmpty() || store.isEmpty(f))
            continue;
        const auto& env = store.envelope(f);
        const double w = metrics.horizontalAdvance(text);
        const QPointF anchor = labelAnchor(env, layer, metrics.height(), w);
        const QRectF rect(anchor.x() - w / 2, anchor.y() - metrics.height() / 2, w,
                          metrics.height());
        if (!bounds.contains(rect))
            continue;
        bool overlaps = false;
        for (const QRectF& placed : m_placed)
            if (placed.intersects(rect)) {
                overlaps = true;
                break;
            }
        if (overlaps)
            continue;
        m_placed.push_back(rect.adjusted(-2, -1, 2, 1));
        QPainterPath path;
        path.addText(QPointF(rect.left(), rect.top() + metrics.ascent()), font, text);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0));
        // The glyphs themselves stay text, so PDFs keep labels selectable.
        p.setFont(font);
        p.setPen(QColor(40, 40, 40));
        p.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), text);
    }
}

} // namespace cw::render
