// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/crs.h"
#include "cityweave/geometry/envelope.h"

#include <QPointF>
#include <QSize>

namespace cw::render {

/// What part of the world is drawn and at which size: the view a render job draws.
/// The centre and the resolution are authoritative; the extent follows from the output size.
class MapSettings {
public:
    MapSettings() = default;
    /// Fits `extent` into `size` pixels, keeping the aspect ratio (the extent grows to fill).
    MapSettings(const crs::Crs& crs, const geometry::Envelope& extent, QSize size, double dpi = 96);

    const crs::Crs& crs() const { return m_crs; }
    QSize outputSize() const { return m_size; }
    double dpi() const { return m_dpi; }
    double mapUnitsPerPixel() const { return m_mupp; }
    double centerX() const { return m_cx; }
    double centerY() const { return m_cy; }
    geometry::Envelope visibleExtent() const;
    bool isValid() const { return m_size.width() > 0 && m_size.height() > 0 && m_mupp > 0; }

    QPointF toPixel(double x, double y) const;
    QPointF toMap(QPointF pixel) const;
    /// Scale denominator (1:N), using metres on the ground (degrees converted at the centre).
    double scaleDenominator() const;
    /// Metres on the ground per map unit at the centre: 1 for projected CRSs in metres.
    double metresPerMapUnit() const;

    void setCenter(double x, double y);
    void setMapUnitsPerPixel(double mupp);
    void setOutputSize(QSize size) { m_size = size; }
    void setDpi(double dpi) { m_dpi = dpi; }
    /// Zooms by `factor` (>1 zooms in) keeping the map point under `pixel` fixed.
    void zoomAbout(QPointF pixel, double factor);
    void panByPixels(QPointF delta);

private:
    crs::Crs m_crs;
    QSize m_size;
    double m_dpi = 96;
    double m_cx = 0, m_cy = 0;
    double m_mupp = 1;
};

} // namespace cw::render
