// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/planning/zone_editing.h"

#include "cityweave/planning/validation.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cw::planning {

using geometry::Coord;
using geometry::GeometryFamily;
using geometry::GeometryStore;
using geometry::GeosContext;
using geometry::GeosGeometry;

ZonePolygon polygonFromStore(const GeometryStore& store, std::size_t feature) {
    ZonePolygon polygon;
    if (feature >= store.featureCount())
        return polygon;
    for (std::size_t p = store.firstPart(feature); p < store.endPart(feature); ++p) {
        if (store.partStartsPolygon(p) && p != store.firstPart(feature))
            break; // the first polygon only
        const auto coords = store.part(p);
        Ring ring(coords.begin(), coords.end());
        if (ring.size() > 1 && ring.front() == ring.back())
            ring.pop_back();
        if (p == store.firstPart(feature))
            polygon.outer = std::move(ring);
        else
            polygon.holes.push_back(std::move(ring));
    }
    return polygon;
}

Ring closedRing(const Ring& ring) {
    Ring closed = ring;
    if (!closed.empty() && closed.front() != closed.back())
        closed.push_back(closed.front());
    return closed;
}

GeometryStore storeFromPolygon(const ZonePolygon& polygon) {
    GeometryStore store;
    store.beginFeature();
    auto addRing = [&](const Ring& ring, bool outer) {
        if (ring.empty())
            return;
        store.beginPart(outer);
        for (const Coord& c : closedRing(ring))
            store.addCoord(c.x, c.y);
        store.endPart();
    };
    if (!polygon.outer.empty()) {
        addRing(polygon.outer, true);
        for (const Ring& hole : polygon.holes)
            addRing(hole, false);
    }
    store.endFeature();
    return store;
}

namespace {

Ring* ringOf(ZonePolygon& polygon, std::size_t ring) {
    if (ring == 0)
        return &polygon.outer;
    return ring <= polygon.holes.size() ? &polygon.holes[ring - 1] : nullptr;
}

GeosGeometry toGeosPolygon(GEOSContextHandle_t h, const ZonePolygon& polygon) {
    if (polygon.outer.size() < 3)
        return {};
    for (const Ring& hole : polygon.holes)
        if (hole.size() < 3)
            return {};
    return geometry::toGeos(h, storeFromPolygon(polygon), 0, GeometryFamily::Polygon);
}

std::vector<ZonePolygon> polygonsFromGeos(GEOSContextHandle_t h, const GEOSGeometry* g) {
    std::vector<ZonePolygon> out;
    GeometryStore store;
    if (!geometry::appendGeos(h, g, store, GeometryFamily::Polygon))
        return out;
    for (std::size_t p = store.firstPart(0); p < store.endPart(0); ++p) {
        const auto coords = store.part(p);
        Ring ring(coords.begin(), coords.end());
        if (ring.size() > 1 && ring.front() == ring.back())
            ring.pop_back();
        if (store.partStartsPolygon(p))
            out.push_back({std::move(ring), {}});
        else if (!out.empty())
            out.back().holes.push_back(std::move(ring));
    }
    return out;
}

bool isValid(GEOSContextHandle_t h, const GEOSGeometry* g) {
    return GEOSisValid_r(h, g) == 1;
}

} // namespace

bool moveVertex(ZonePolygon& polygon, VertexRef vertex, Coord to) {
    Ring* ring = ringOf(polygon, vertex.ring);
    if (!ring || vertex.index >= ring->size())
        return false;
    (*ring)[vertex.index] = to;
    return true;
}

bool insertVertex(ZonePolygon& polygon, VertexRef edgeStart, Coord at) {
    Ring* ring = ringOf(polygon, edgeStart.ring);
    if (!ring || edgeStart.index >= ring->size())
        return false;
    ring->insert(ring->begin() + static_cast<std::ptrdiff_t>(edgeStart.index) + 1, at);
    return true;
}

bool deleteVertex(ZonePolygon& polygon, VertexRef vertex) {
    Ring* ring = ringOf(polygon, vertex.ring);
    if (!ring || vertex.index >= ring->size() || ring->size() <= 3)
        return false;
    ring->erase(ring->begin() + static_cast<std::ptrdiff_t>(vertex.index));
    return true;
}

namespace {
bool ringContains(const Ring& ring, Coord p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Coord& a = ring[i];
        const Coord& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}
} // namespace

bool containsPoint(const ZonePolygon& polygon, Coord p) {
    if (polygon.outer.size() < 3 || !ringContains(polygon.outer, p))
        return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(), [&](const Ring& hole) {
        return hole.size() >= 3 && ringContains(hole, p);
    });
}

double polygonArea(const ZonePolygon& polygon) {
    GeosContext ctx;
    const GeosGeometry g = toGeosPolygon(ctx.handle(), polygon);
    return geometry::geosArea(ctx.handle(), g.get());
}

PolygonValidity checkPolygon(const ZonePolygon& polygon) {
    if (polygon.outer.size() < 3)
        return {false, "Too few points"};
    GeosContext ctx;
    const GeosGeometry g = toGeosPolygon(ctx.handle(), polygon);
    if (!g)
        return {false, "Invalid ring"};
    if (isValid(ctx.handle(), g.get()))
        return {true, {}};
    char* reason = GEOSisValidReason_r(ctx.handle(), g.get());
    PolygonValidity result{false, reason ? reason : "Invalid"};
    GEOSFree_r(ctx.handle(), reason);
    return result;
}

SplitResult splitPolygon(const ZonePolygon& polygon, std::span<const Coord> line) {
    GeosContext ctx;
    const auto h = ctx.handle();
    const GeosGeometry area = toGeosPolygon(h, polygon);
    if (!area || !isValid(h, area.get()))
        return {{}, ZoneEditRefusal::InvalidInput};
    if (line.size() < 2)
        return {{}, ZoneEditRefusal::LineDoesNotSplit};
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(line.size()), 2);
    for (std::size_t i = 0; i < line.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, static_cast<unsigned>(i), line[i].x, line[i].y);
    const GeosGeometry cut{h, GEOSGeom_createLineString_r(h, seq)};
    const GeosGeometry boundary{h, GEOSBoundary_r(h, area.get())};
    if (!cut || !boundary)
        return {{}, ZoneEditRefusal::GeosFailed};
    // The union nodes the boundary and the line where they cross, so polygonize sees every face.
    const GeosGeometry noded{h, GEOSUnion_r(h, boundary.get(), cut.get())};
    if (!noded)
        return {{}, ZoneEditRefusal::GeosFailed};
    const GEOSGeometry* inputs[] = {noded.get()};
    const GeosGeometry faces{h, GEOSPolygonize_r(h, inputs, 1)};
    if (!faces)
        return {{}, ZoneEditRefusal::GeosFailed};
    SplitResult result;
    const int n = GEOSGetNumGeometries_r(h, faces.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces.get(), i);
        // Faces inside holes are polygonized too: keep only those the zone covers.
        const GeosGeometry inside{h, GEOSPointOnSurface_r(h, face)};
        if (!inside || GEOSContains_r(h, area.get(), inside.get()) != 1)
            continue;
        for (auto& piece : polygonsFromGeos(h, face))
            result.pieces.push_back(std::move(piece));
    }
    if (result.pieces.size() < 2) {
        result.pieces.clear();
        result.refusal = ZoneEditRefusal::LineDoesNotSplit;
    }
    return result;
}

MergeResult mergePolygons(const ZonePolygon& a, const ZonePolygon& b) {
    GeosContext ctx;
    const auto h = ctx.handle();
    const GeosGeometry ga = toGeosPolygon(h, a);
    const GeosGeometry gb = toGeosPolygon(h, b);
    if (!ga || !gb || !isValid(h, ga.get()) || !isValid(h, gb.get()))
        return {std::nullopt, ZoneEditRefusal::InvalidInput};
    const GeosGeometry joined{h, GEOSUnion_r(h, ga.get(), gb.get())};
    if (!joined)
        return {std::nullopt, ZoneEditRefusal::GeosFailed};
    // Squares meeting at one corner union into two polygons: not one zone.
    auto polygons = polygonsFromGeos(h, joined.get());
    if (polygons.size() != 1)
        return {std::nullopt, ZoneEditRefusal::NotConnected};
    return {std::move(polygons.front()), ZoneEditRefusal::None};
}

std::optional<Snap> snapPoint(Coord p, const std::vector<std::span<const Coord>>& candidates,
                              double tolerance) {
    std::optional<Snap> vertex;
    for (const auto& line : candidates)
        for (const Coord& c : line) {
            const double d = std::hypot(c.x - p.x, c.y - p.y);
            if (d <= tolerance && (!vertex || d < vertex->distance))
                vertex = Snap{c, SnapKind::Vertex, d};
        }
    if (vertex)
        return vertex;
    std::optional<Snap> edge;
    for (const auto& line : candidates)
        for (std::size_t i = 1; i < line.size(); ++i) {
            const Coord a = line[i - 1];
            const Coord b = line[i];
            const double dx = b.x - a.x, dy = b.y - a.y;
            const double len2 = dx * dx + dy * dy;
            const double t =
                len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0;
            const Coord q{a.x + t * dx, a.y + t * dy};
            const double d = std::hypot(q.x - p.x, q.y - p.y);
            if (d <= tolerance && (!edge || d < edge->distance))
                edge = Snap{q, SnapKind::Edge, d};
        }
    return edge;
}

std::optional<project::SandboxZone> mergedZoneProperties(const project::SandboxZone& a,
                                                         const project::SandboxZone& b) {
    const int start = std::max(a.startYear, b.startYear);
    const int last = std::min(a.lastValidYear(), b.lastValidYear());
    if (last < start)
        return std::nullopt;
    project::SandboxZone merged;
    for (project::Exemption e : a.exemptions)
        if (b.grants(e))
            merged.exemptions.push_back(e);
    merged.startYear = start;
    const int years = last - start + 1;
    merged.validYears = std::min(years, kMaxValidityYears);
    merged.extensionYears = std::min(years - merged.validYears, kMaxExtensionYears);
    merged.caps = a.caps;
    for (const project::ZoneCap& cap : b.caps) {
        auto same = std::find_if(merged.caps.begin(), merged.caps.end(),
                                 [&](const project::ZoneCap& c) { return c.kind == cap.kind; });
        if (same == merged.caps.end())
            merged.caps.push_back(cap);
        else
            same->limit = std::min(same->limit, cap.limit);
    }
    merged.notes = a.notes;
    if (!b.notes.empty()) {
        if (!merged.notes.empty())
            merged.notes += "\n";
        merged.notes += b.notes;
    }
    return merged;
}

} // namespace cw::planning
