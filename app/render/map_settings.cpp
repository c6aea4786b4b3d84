// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_settings.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cw::render {

MapSettings::MapSettings(const crs::Crs& crs, const geometry::Envelope& extent, QSize size,
                         double dpi)
    : m_crs(crs), m_size(size), m_dpi(dpi) {
    if (extent.isNull() || size.isEmpty())
        return;
    m_cx = extent.centerX();
    m_cy = extent.centerY();
    const double w = std::max(extent.width(), 1e-9), h = std::max(extent.height(), 1e-9);
    m_mupp = std::max(w / size.width(), h / size.height());
}

geometry::Envelope MapSettings::visibleExtent() const {
    const double hw = m_size.width() * m_mupp / 2, hh = m_size.height() * m_mupp / 2;
    return {m_cx - hw, m_cy - hh, m_cx + hw, m_cy + hh};
}

QPointF MapSettings::toPixel(double x, double y) const {
    return {(x - m_cx) / m_mupp + m_size.width() / 2.0,
            (m_cy - y) / m_mupp + m_size.height() / 2.0};
}

QPointF MapSettings::toMap(QPointF p) const {
    return {m_cx + (p.x() - m_size.width() / 2.0) * m_mupp,
            m_cy - (p.y() - m_size.height() / 2.0) * m_mupp};
}

double MapSettings::metresPerMapUnit() const {
    if (!m_crs.isGeographic())
        return 1.0;
    // One degree of longitude at the view's latitude (spherical approximation).
    return 6371008.8 * std::numbers::pi / 180.0 * std::cos(m_cy * std::numbers::pi / 180.0);
}

double MapSettings::scaleDenominator() const {
    const double metresPerPixel = m_mupp * metresPerMapUnit();
    const double metresPerScreenPixel = 0.0254 / m_dpi;
    return metresPerPixel / metresPerScreenPixel;
}

void MapSettings::setCenter(double x, double y) {
    m_cx = x;
    m_cy = y;
}

void MapSettings::setMapUnitsPerPixel(double mupp) {
    if (mupp > 0 && std::isfinite(mupp))
        m_mupp = mupp;
}

void MapSettings::zoomAbout(QPointF pixel, double factor) {
    const QPointF anchor = toMap(pixel);
    m_mupp /= factor;
    // Keep `anchor` under the same pixel.
    const QPointF moved = toMap(pixel);
    m_cx += anchor.x() - moved.x();
    m_cy += anchor.y() - moved.y();
}

void MapSettings::panByPixels(QPointF delta) {
    m_cx -= delta.x() * m_mupp;
    m_cy += delta.y() * m_mupp;
}

} // namespace cw::render
