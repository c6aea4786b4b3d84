// SPDX-License-Identifier: GPL-3.0-or-later
// The boundary overlay engine against GEOS: areas of unions, of intersections of unions and of
// unions inside zones, lengths of lines and counts of points inside unions, on random data and on
// hand-built degenerate layouts (adjacent parcels, half-offset grids, duplicates, nesting, holes,
// 1 mm slivers), all near 200,000 m. GEOS computes each figure with its own union and
// intersection, independently of the engine.
#include "analysis/geometry/boundary_overlay.h"
#include "geometry/exact_orientation.h"
#include "geometry/geos_bridge.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numbers>
#include <random>

namespace {
using namespace cw::analysis;
using cw::geometry::Coord;
using cw::geometry::GeometryFamily;
using cw::geometry::GeometryStore;
using cw::geometry::GeosGeometry;
using cw::geometry::orientationSign;

using Ring = std::vector<Coord>;
using LabelPair = std::pair<std::uint32_t, std::uint32_t>;
constexpr double X0 = 200000;
constexpr double Y0 = 550000;

// What the tests compare, summed from the engine's pieces.
struct Measures {
    std::map<std::uint32_t, double> area; // the union of a label's polygons
    std::map<LabelPair, double> both;     // ∪ label i ∩ ∪ label j, i < j
    std::map<LabelPair, double> lineIn;   // (probe, label): line length covered by the label
    std::map<std::uint32_t, double> lineTotal;
    std::map<LabelPair, int> pointsIn; // (probe, label): points covered by the label

    void merge(const Measures& o) {
        for (const auto& [k, v] : o.area)
            area[k] += v;
        for (const auto& [k, v] : o.both)
            both[k] += v;
        for (const auto& [k, v] : o.lineIn)
            lineIn[k] += v;
        for (const auto& [k, v] : o.lineTotal)
            lineTotal[k] += v;
        for (const auto& [k, v] : o.pointsIn)
            pointsIn[k] += v;
    }
};

class Collect final : public overlay::Accumulator {
public:
    Measures m;
    void boundary(const overlay::BoundaryPiece& piece) override {
        add(piece.left, piece.twiceArea / 2);
        add(piece.right, -piece.twiceArea / 2);
    }
    void line(std::uint32_t probe, overlay::Labels cover, double length) override {
        m.lineTotal[probe] += length;
        for (const auto c : cover)
            m.lineIn[{probe, c}] += length;
    }
    void point(std::uint32_t probe, overlay::Labels cover) override {
        for (const auto c : cover)
            ++m.pointsIn[{probe, c}];
    }

private:
    void add(overlay::Labels side, double w) {
        for (std::size_t i = 0; i < side.size(); ++i) {
            m.area[side[i]] += w;
            for (std::size_t j = i + 1; j < side.size(); ++j)
                m.both[{side[i], side[j]}] += w;
        }
    }
};

Measures runEngine(const overlay::OverlayInputs& in, unsigned threads = 2,
                   overlay::OverlayStats* stats = nullptr) {
    Measures total;
    overlay::OverlayOptions options;
    options.threads = threads;
    auto status = overlay::run(
        in, options, [] { return std::make_unique<Collect>(); },
        [&](std::unique_ptr<overlay::Accumulator> done) {
            total.merge(static_cast<Collect&>(*done).m);
        },
        stats);
    EXPECT_TRUE(status);
    return total;
}

// Features given relative to (X0, Y0); rings closed here as GDAL delivers them. Each feature is
// an exterior and its holes.
GeometryStore polygons(const std::vector<std::vector<Ring>>& features) {
    GeometryStore s;
    for (const auto& rings : features) {
        s.beginFeature();
        for (std::size_t r = 0; r < rings.size(); ++r) {
            s.beginPart(r == 0);
            for (const Coord& c : rings[r])
                s.addCoord(X0 + c.x, Y0 + c.y);
            s.addCoord(X0 + rings[r][0].x, Y0 + rings[r][0].y);
            s.endPart();
        }
        s.endFeature();
    }
    return s;
}

GeometryStore lines(const std::vector<Ring>& features) {
    GeometryStore s;
    for (const Ring& l : features) {
        s.beginFeature();
        s.beginPart(false);
        for (const Coord& c : l)
            s.addCoord(X0 + c.x, Y0 + c.y);
        s.endPart();
        s.endFeature();
    }
    return s;
}

GeometryStore points(const std::vector<Coord>& pts) {
    GeometryStore s;
    for (const Coord& c : pts) {
        s.beginFeature();
        s.beginPart(false);
        s.addCoord(X0 + c.x, Y0 + c.y);
        s.endPart();
        s.endFeature();
    }
    return s;
}

Ring rect(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

// GEOS's own figures.
class Reference {
public:
    GEOSContextHandle_t h() { return m_geos.handle(); }

    GeosGeometry unionOf(const GeometryStore& s, GeometryFamily family) {
        std::vector<GEOSGeometry*> parts;
        for (std::size_t f = 0; f < s.featureCount(); ++f)
            if (auto g = cw::geometry::toGeos(h(), s, f, family))
                parts.push_back(g.release());
        GeosGeometry all(h(),
                         GEOSGeom_createCollection_r(h(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                     static_cast<unsigned>(parts.size())));
        return GeosGeometry(h(), GEOSUnaryUnion_r(h(), all.get()));
    }
    GeosGeometry feature(const GeometryStore& s, std::size_t f) {
        return cw::geometry::toGeos(h(), s, f, GeometryFamily::Polygon);
    }
    double area(const GEOSGeometry* g) { return cw::geometry::geosArea(h(), g); }
    double length(const GEOSGeometry* g) { return cw::geometry::geosLength(h(), g); }
    double intersectionArea(const GEOSGeometry* a, const GEOSGeometry* b) {
        GeosGeometry i(h(), GEOSIntersection_r(h(), a, b));
        return area(i.get());
    }
    double intersectionLength(const GEOSGeometry* a, const GEOSGeometry* b) {
        GeosGeometry i(h(), GEOSIntersection_r(h(), a, b));
        return length(i.get());
    }
    int pointsCovered(const GeometryStore& pts, const GEOSGeometry* cover) {
        int n = 0;
        for (std::size_t f = 0; f < pts.featureCount(); ++f) {
            const Coord c = pts.part(pts.firstPart(f))[0];
            GeosGeometry p(h(), GEOSGeom_createPointFromXY_r(h(), c.x, c.y));
            n += GEOSCovers_r(h(), cover, p.get()) == 1 ? 1 : 0;
        }
        return n;
    }

private:
    cw::geometry::GeosContext m_geos;
};

void expectClose(double engine, double reference, const std::string& what) {
    const double tolerance = std::max(1e-6, 1e-9 * std::abs(reference));
    EXPECT_NEAR(engine, reference, tolerance) << what;
}

// Two project layers (labels 0 and 1), 3 x 3 adjacent zones (labels 10..18), a line layer and
// a point layer; every figure checked against GEOS.
void compareWithGeos(const GeometryStore& a, const GeometryStore& b, const GeometryStore& zones,
                     const GeometryStore& lineStore, const GeometryStore& pointStore) {
    overlay::OverlayInputs in;
    in.polygons = {{&a, 0, false}, {&b, 1, false}, {&zones, 10, true}};
    in.lines = {{&lineStore, 100}};
    in.points = {{&pointStore, 200}};
    overlay::OverlayStats stats;
    const Measures m = runEngine(in, 2, &stats);
    EXPECT_EQ(stats.ambiguous, 0u);

    Reference geos;
    const GeosGeometry ua = geos.unionOf(a, GeometryFamily::Polygon);
    const GeosGeometry ub = geos.unionOf(b, GeometryFamily::Polygon);
    ASSERT_TRUE(ua && ub);
    expectClose(m.area.at(0), geos.area(ua.get()), "area of ∪A");
    expectClose(m.area.at(1), geos.area(ub.get()), "area of ∪B");
    const double ab = geos.intersectionArea(ua.get(), ub.get());
    expectClose(m.both.contains({0, 1}) ? m.both.at({0, 1}) : 0.0, ab, "area of ∪A ∩ ∪B");
    for (std::size_t z = 0; z < zones.featureCount(); ++z) {
        const GeosGeometry zone = geos.feature(zones, z);
        const std::uint32_t label = 10 + static_cast<std::uint32_t>(z);
        const double inA = geos.intersectionArea(ua.get(), zone.get());
        const double engineA = m.both.contains({0, label}) ? m.both.at({0, label}) : 0.0;
        expectClose(engineA, inA, "∪A in zone " + std::to_string(z));
        const double inB = geos.intersectionArea(ub.get(), zone.get());
        const double engineB = m.both.contains({1, label}) ? m.both.at({1, label}) : 0.0;
        expectClose(engineB, inB, "∪B in zone " + std::to_string(z));
    }
    const GeosGeometry allLines = geos.unionOf(lineStore, GeometryFamily::Line);
    double lineTotal = 0;
    for (std::size_t f = 0; f < lineStore.featureCount(); ++f) {
        auto g = cw::geometry::toGeos(geos.h(), lineStore, f, GeometryFamily::Line);
        lineTotal += geos.length(g.get());
    }
    expectClose(m.lineTotal.at(100), lineTotal, "line length");
    // Lines do not overlap each other here, so the union's length inside is the sum's.
    expectClose(m.lineIn.contains({100, 0}) ? m.lineIn.at({100, 0}) : 0.0,
                geos.intersectionLength(allLines.get(), ua.get()), "lines inside ∪A");
    expectClose(m.lineIn.contains({100, 1}) ? m.lineIn.at({100, 1}) : 0.0,
                geos.intersectionLength(allLines.get(), ub.get()), "lines inside ∪B");
    EXPECT_EQ(m.pointsIn.contains({200, 0}) ? m.pointsIn.at({200, 0}) : 0,
              geos.pointsCovered(pointStore, ua.get()));
    EXPECT_EQ(m.pointsIn.contains({200, 1}) ? m.pointsIn.at({200, 1}) : 0,
              geos.pointsCovered(pointStore, ub.get()));
}

GeometryStore zoneGrid(double size, int n) {
    std::vector<std::vector<Ring>> cells;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            cells.push_back({rect(i * size, j * size, (i + 1) * size, (j + 1) * size)});
    return polygons(cells);
}

// A star-shaped simple polygon, sometimes with a hole, sometimes clockwise.
std::vector<Ring> randomPolygon(std::mt19937& rng, double extent) {
    std::uniform_real_distribution<double> pos(0, extent), radius(20, 120), unit(0, 1);
    std::uniform_int_distribution<int> vertices(3, 14);
    const Coord c{pos(rng), pos(rng)};
    const int n = vertices(rng);
    const double r0 = radius(rng);
    Ring outer;
    for (int k = 0; k < n; ++k) {
        const double angle = 2 * std::numbers::pi * (k + 0.8 * unit(rng)) / n;
        const double r = r0 * (0.5 + 0.5 * unit(rng));
        outer.push_back({c.x + r * std::cos(angle), c.y + r * std::sin(angle)});
    }
    if (unit(rng) < 0.3)
        std::reverse(outer.begin(), outer.end());
    std::vector<Ring> rings{outer};
    if (n >= 6 && unit(rng) < 0.3) // a hole well inside every edge (they pass ≥ 0.29 r0 away)
        rings.push_back(rect(c.x - r0 * 0.1, c.y - r0 * 0.1, c.x + r0 * 0.1, c.y + r0 * 0.1));
    return rings;
}

TEST(ExactOrientation, DecidesCollinearAndNearCollinearTriples) {
    EXPECT_EQ(orientationSign({0, 0}, {1, 0}, {0.5, 1e-300}), 1);
    EXPECT_EQ(orientationSign({0, 0}, {1, 0}, {0.5, 0}), 0);
    // Points on the line y = x far from the origin: exactly collinear, and one ulp off it.
    const Coord a{X0 + 0.1, Y0 + 0.1}, b{X0 + 0.3, Y0 + 0.3};
    const Coord mid{X0 + 0.2, Y0 + 0.2};
    const int exact = orientationSign(a, b, mid);
    const Coord above{mid.x, std::nextafter(mid.y, 1e9)};
    EXPECT_GE(orientationSign(a, b, above), exact);
    EXPECT_EQ(orientationSign({X0, Y0}, {X0 + 2, Y0 + 2}, {X0 + 1, Y0 + 1}), 0);
    EXPECT_EQ(orientationSign({X0, Y0}, {X0 + 2, Y0 + 2}, {X0 + 1, std::nextafter(Y0 + 1, 1e9)}),
              1);
    EXPECT_EQ(orientationSign({X0, Y0}, {X0 + 2, Y0 + 2}, {X0 + 1, std::nextafter(Y0 + 1, 0.0)}),
              -1);
}

TEST(BoundaryOverlay, TwoSquaresByHand) {
    const auto a = polygons({{rect(0, 0, 10, 10)}});
    const auto b = polygons({{rect(5, 2, 15, 8)}});
    overlay::OverlayInputs in;
    in.polygons = {{&a, 0, false}, {&b, 1, false}};
    const Measures m = runEngine(in);
    EXPECT_NEAR(m.area.at(0), 100, 1e-9);
    EXPECT_NEAR(m.area.at(1), 60, 1e-9);
    EXPECT_NEAR(m.both.at({0, 1}), 30, 1e-9);
}

TEST(BoundaryOverlay, AdjacentParcelsOfOneProjectUnionWithoutDoubleCounting) {
    // 4 x 4 parcels of 10 m sharing every edge and vertex, one duplicated, one nested inside
    // another: the union is the 40 m square.
    std::vector<std::vector<Ring>> parcels;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            parcels.push_back({rect(i * 10, j * 10, i * 10 + 10, j * 10 + 10)});
    parcels.push_back({rect(10, 10, 20, 20)});
    parcels.push_back({rect(12, 12, 18, 18)});
    const auto a = polygons(parcels);
    overlay::OverlayInputs in;
    in.polygons = {{&a, 0, false}};
    const Measures m = runEngine(in);
    EXPECT_NEAR(m.area.at(0), 1600, 1e-9);
}

TEST(BoundaryOverlay, DegenerateLayoutsMatchGeos) {
    // A: adjacent 10 m parcels, a duplicate, a nested square, a parcel with a hole.
    std::vector<std::vector<Ring>> pa;
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j)
            pa.push_back({rect(i * 10, j * 10, i * 10 + 10, j * 10 + 10)});
    pa.push_back({rect(20, 20, 30, 30)});
    pa.push_back({rect(22, 22, 28, 28)});
    pa.push_back({rect(70, 0, 90, 20), rect(75, 5, 85, 15)});
    // B: the same grid shifted by half a parcel (vertices on A's edges, collinear overlaps), a
    // square filling A's hole exactly, a 1 mm sliver along an edge of A, a triangle with a vertex
    // on A's edge and one with an edge along A's.
    std::vector<std::vector<Ring>> pb;
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 6; ++j)
            pb.push_back({rect(5 + i * 10, j * 10, 15 + i * 10, j * 10 + 10)});
    pb.push_back({rect(75, 5, 85, 15)});
    pb.push_back({rect(60, 59.999, 65, 60.001)});
    pb.push_back({{{60, 30}, {70, 25}, {70, 35}}});
    pb.push_back({{{60, 40}, {60, 50}, {68, 45}}});
    const auto a = polygons(pa);
    const auto b = polygons(pb);
    const auto zones = zoneGrid(30, 3);
    const auto l = lines({{{-5, 5}, {95, 5}},  // along the hole's lower edge and across
                          {{0, 10}, {60, 10}}, // along shared parcel edges
                          {{5, -5}, {5, 65}, {50, 65}},
                          {{33, 33}, {37, 37}}}); // inside one parcel
    const auto p = points({{10, 10}, {5, 5}, {60, 60}, {80, 10}, {75, 5}, {100, 100}, {0, 0}});
    compareWithGeos(a, b, zones, l, p);
}

TEST(BoundaryOverlay, RandomLayersMatchGeos) {
    for (unsigned seed : {1u, 2u, 3u}) {
        std::mt19937 rng(seed);
        std::vector<std::vector<Ring>> pa, pb;
        for (int i = 0; i < 150; ++i)
            pa.push_back(randomPolygon(rng, 900));
        for (int i = 0; i < 150; ++i)
            pb.push_back(randomPolygon(rng, 900));
        std::uniform_real_distribution<double> pos(0, 900);
        std::vector<Ring> ls;
        for (int i = 0; i < 30; ++i)
            ls.push_back({{pos(rng), pos(rng)}, {pos(rng), pos(rng)}, {pos(rng), pos(rng)}});
        std::vector<Coord> ps;
        for (int i = 0; i < 300; ++i)
            ps.push_back({pos(rng), pos(rng)});
        SCOPED_TRACE("seed " + std::to_string(seed));
        // Lines may cross each other; GEOS's union of them only nodes, it keeps the length.
        compareWithGeos(polygons(pa), polygons(pb), zoneGrid(300, 3), lines(ls), points(ps));
    }
}

TEST(BoundaryOverlay, SameSumsForAnyThreadCount) {
    std::mt19937 rng(7);
    std::vector<std::vector<Ring>> pa;
    for (int i = 0; i < 400; ++i)
        pa.push_back(randomPolygon(rng, 900));
    const auto a = polygons(pa);
    overlay::OverlayInputs in;
    in.polygons = {{&a, 0, false}};
    const double one = runEngine(in, 1).area.at(0);
    EXPECT_EQ(runEngine(in, 2).area.at(0), one);
    EXPECT_EQ(runEngine(in, 5).area.at(0), one);
}

TEST(BoundaryOverlay, StopsWhenCancelled) {
    const auto a = polygons({{rect(0, 0, 10, 10)}});
    overlay::OverlayInputs in;
    in.polygons = {{&a, 0, false}};
    overlay::OverlayOptions options;
    options.cancel.cancel();
    auto status = overlay::run(
        in, options, [] { return std::make_unique<Collect>(); },
        [](std::unique_ptr<overlay::Accumulator>) {});
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, cw::ErrorCode::Cancelled);
}

} // namespace
