// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <algorithm>
#include <memory>
#include <ogr_geometry.h>

namespace cw::data {

/// The geometry family (point, line, polygon) an OGR geometry type belongs to.
inline geometry::GeometryFamily familyOf(OGRwkbGeometryType type) {
    using geometry::GeometryFamily;
    switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryFamily::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryFamily::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return GeometryFamily::Polygon;
    default:
        return GeometryFamily::Unknown;
    }
}

// Appends a geometry's parts to the store; counts what cannot be drawn.
class GeometryAppender {
public:
    GeometryAppender(geometry::GeometryStore& store, LoadReport& report,
                     geometry::GeometryFamily family)
        : m_store(store), m_report(report), m_family(family) {}

    void append(const OGRGeometry* g) {
        if (!g || g->IsEmpty()) {
            ++m_report.nullGeometries;
            return;
        }
        std::unique_ptr<OGRGeometry> linear;
        if (OGR_GT_IsNonLinear(g->getGeometryType())) {
            linear.reset(g->getLinearGeometry());
            g = linear.get();
        }
        if (familyOf(g->getGeometryType()) != m_family &&
            wkbFlatten(g->getGeometryType()) != wkbGeometryCollection) {
            ++m_report.unsupportedGeometries;
            return;
        }
        appendParts(g);
    }

    void setFamily(geometry::GeometryFamily family) { m_family = family; }
    /// The most holes one polygon has had so far.
    std::size_t mostHoles() const { return m_mostHoles; }

private:
    void appendCurve(const OGRSimpleCurve* curve, bool ring, bool startsPolygon) {
        const int n = curve->getNumPoints();
        if (n < (ring ? 4 : 2)) {
            ++m_report.degenerateParts;
            return;
        }
        m_store.beginPart(startsPolygon);
        for (int i = 0; i < n; ++i)
            m_store.addCoord(curve->getX(i), curve->getY(i));
        m_store.endPart();
    }

    void appendParts(const OGRGeometry* g) {
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint: {
            if (m_family != geometry::GeometryFamily::Point)
                break;
            const auto* p = g->toPoint();
            m_store.beginPart(false);
            m_store.addCoord(p->getX(), p->getY());
            m_store.endPart();
            break;
        }
        case wkbLineString:
            if (m_family == geometry::GeometryFamily::Line)
                appendCurve(g->toLineString(), false, false);
            break;
        case wkbPolygon: {
            if (m_family != geometry::GeometryFamily::Polygon)
                break;
            const auto* poly = g->toPolygon();
            if (!poly->getExteriorRing() || poly->getExteriorRing()->getNumPoints() < 4) {
                ++m_report.degenerateParts;
                break;
            }
            appendCurve(poly->getExteriorRing(), true, true);
            m_mostHoles =
                std::max(m_mostHoles, static_cast<std::size_t>(poly->getNumInteriorRings()));
            for (int i = 0; i < poly->getNumInteriorRings(); ++i)
                appendCurve(poly->getInteriorRing(i), true, false);
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g->toGeometryCollection())
                appendParts(part);
            break;
        default:
            ++m_report.unsupportedGeometries;
            break;
        }
    }

    geometry::GeometryStore& m_store;
    LoadReport& m_report;
    geometry::GeometryFamily m_family;
    std::size_t m_mostHoles = 0;
};

} // namespace cw::data
