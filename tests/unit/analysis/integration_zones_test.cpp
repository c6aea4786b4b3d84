// SPDX-License-Identifier: GPL-3.0-or-later
// integration-zones on hand-placed projects: clusters, chains, labels and scores worked out below.
// score = projects + sectors + 2 x synergy rules - 2 x duplication rules.
#include "analysis/proximity_links/feature_links.h"
#include "cityweave/analysis/analysis_registry.h"
#include "geometry/geos_bridge.h"
#include "link_fixtures.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <tuple>

namespace {

using namespace cw::test::links;
using cw::analysis::makeIntegrationZonesAnalysis;
using cw::project::Sector;

struct ZoneRow {
    std::int64_t id;
    std::string label;
    double score;
    std::int64_t projectCount;
    std::string ids, names, sectors, rules;
    double area;
};

std::vector<ZoneRow> zones(const cw::analysis::AnalysisResult& r) {
    const auto* l = r.layer("integration_zones");
    EXPECT_NE(l, nullptr);
    std::vector<ZoneRow> out;
    if (!l)
        return out;
    EXPECT_EQ(l->family, GeometryFamily::Polygon);
    EXPECT_EQ(l->geometries.featureCount(), l->rows.size());
    for (const auto& row : l->rows)
        out.push_back({integer(row, column(*l, "zone_id")), text(row, column(*l, "label")),
                       real(row, column(*l, "score")), integer(row, column(*l, "project_count")),
                       text(row, column(*l, "project_ids")), text(row, column(*l, "project_names")),
                       text(row, column(*l, "sectors")), text(row, column(*l, "rules_fired")),
                       real(row, column(*l, "area_m2"))});
    return out;
}

/// "zone:project/layer/fid" for every member row.
std::vector<std::string> members(const cw::analysis::AnalysisResult& r) {
    const auto* t = r.table("zone_members");
    EXPECT_NE(t, nullptr);
    std::vector<std::string> out;
    if (!t)
        return out;
    for (const auto& row : t->rows)
        out.push_back(std::to_string(integer(row, column(*t, "zone_id"))) + ":" +
                      text(row, column(*t, "project_id")) + "/" + text(row, column(*t, "layer")) +
                      "/" + std::to_string(integer(row, column(*t, "fid"))));
    return out;
}

// Three groups, 10 km apart:
//  (0,0)     EV charger (Energy E2) at (0,0); IoT parking lot (Transport T2) [200,300]x[-50,50],
//            200 m away -> zone, synergy "ev-charging-x-iot-parking";
//            projects 2 + sectors 2 + 2 x 1 synergy = score 6.
//  (10000,0) chain: weather sensor X (Safety S2) at 10000, traffic counter Y (Transport T1) at
//            10400, shuttle stop Z (Transport T3) at 10800: X-Y and Y-Z are 400 m, X-Z 800 m,
//            one zone. Pairs: X-Y "weather-sensing-x-traffic-data", X-Z "safety-x-transport"
//            (both synergy), Y-Z transport x transport only duplicates on overlap: none.
//            projects 3 + sectors 2 + 2 x 2 = score 9. Its polygon is a stadium 800 m long,
//            100 m wide on each side: π·100² + 800·200 = 191,416 m² (191,214 with GEOS's
//            32-gon ends).
//  (20000,0) two points of project W 100 m apart: one project only, no zone.
cw::analysis::AnalysisInput threeGroups() {
    return input({
        project("ev", Sector::Energy, "E2", {{"chargers", pointLayer({{0, 0}})}}),
        project("parking", Sector::Transport, "T2",
                {{"lots", polygonLayer({rect(200, -50, 300, 50)})}}),
        project("X", Sector::Safety, "S2", {{"x", pointLayer({{10000, 0}})}}),
        project("Y", Sector::Transport, "T1", {{"y", pointLayer({{10400, 0}})}}),
        project("Z", Sector::Transport, "T3", {{"z", pointLayer({{10800, 0}})}}),
        project("W", Sector::IndustrySpace, "I3", {{"w", pointLayer({{20000, 0}, {20100, 0}})}}),
    });
}

TEST(IntegrationZones, ClustersChainsAndLoneProjects) {
    auto analysis = makeIntegrationZonesAnalysis();
    auto result = run(*analysis, threeGroups());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->analysisId, "integration-zones");
    EXPECT_EQ(result->parameters.at("distance"), "500");
    EXPECT_EQ(result->parameters.at("zone_buffer"), "100");
    EXPECT_EQ(result->crs.authId(), "EPSG:5186");

    const auto z = zones(*result);
    ASSERT_EQ(z.size(), 2u); // W alone makes no zone
    // Best score first.
    EXPECT_EQ(z[0].id, 1);
    EXPECT_EQ(z[0].ids, "X,Y,Z");
    EXPECT_EQ(z[0].projectCount, 3);
    EXPECT_EQ(z[0].label, "synergy");
    EXPECT_EQ(z[0].rules, "weather-sensing-x-traffic-data,safety-x-transport");
    EXPECT_EQ(z[0].sectors, "transport,safety");
    EXPECT_DOUBLE_EQ(z[0].score, 9);
    EXPECT_NEAR(z[0].area, 191214, 60);

    EXPECT_EQ(z[1].id, 2);
    EXPECT_EQ(z[1].ids, "ev,parking");
    EXPECT_EQ(z[1].names, "ev 사업, parking 사업");
    EXPECT_EQ(z[1].label, "synergy");
    EXPECT_EQ(z[1].rules, "ev-charging-x-iot-parking");
    EXPECT_DOUBLE_EQ(z[1].score, 6);
    // Bounded by the 100 m-buffered lot (81,416 m²) plus the charger's disc and the link.
    EXPECT_GT(z[1].area, 81416);
    EXPECT_LT(z[1].area, 81416 + 31416 + 200 * 200);

    EXPECT_EQ(members(*result), (std::vector<std::string>{"1:X/x/1", "1:Y/y/1", "1:Z/z/1",
                                                          "2:ev/chargers/1", "2:parking/lots/1"}));
    EXPECT_DOUBLE_EQ(result->summary.at("zones"), 2);
    EXPECT_DOUBLE_EQ(result->summary.at("zones_synergy"), 2);
    EXPECT_DOUBLE_EQ(result->summary.at("zones_duplication"), 0);

    // Under 400 m the chain breaks and X, Y, Z stand alone; the charger is still 200 m away.
    auto shorter = run(*analysis, threeGroups(), {{"distance", "399"}});
    ASSERT_TRUE(shorter);
    ASSERT_EQ(zones(*shorter).size(), 1u);
    EXPECT_EQ(zones(*shorter)[0].ids, "ev,parking");
}

TEST(IntegrationZones, OverlappingEnergyProjectsAreDuplication) {
    // Two storage projects (E1) overlapping on [50,100]x[0,100]: Overlap -> duplication
    // "energy-x-energy-overlap"; score 2 projects + 1 sector - 2 = 1. The zone is the union
    // [0,150]x[0,100] buffered by 100 m: 150·100 + 2·100·(150 + 100) + π·100² = 96,416 m².
    auto in = input({
        project("storage1", Sector::Energy, "E1", {{"s1", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("storage2", Sector::Energy, "E1", {{"s2", polygonLayer({rect(50, 0, 150, 100)})}}),
    });
    auto result = run(*makeIntegrationZonesAnalysis(), in);
    ASSERT_TRUE(result);
    auto z = zones(*result);
    ASSERT_EQ(z.size(), 1u);
    EXPECT_EQ(z[0].label, "duplication");
    EXPECT_EQ(z[0].rules, "energy-x-energy-overlap");
    EXPECT_DOUBLE_EQ(z[0].score, 1);
    EXPECT_EQ(z[0].sectors, "energy");
    EXPECT_NEAR(z[0].area, 96416, 250);
    EXPECT_DOUBLE_EQ(result->summary.at("zones_duplication"), 1);
}

TEST(IntegrationZones, NearOrTouchingEnergyProjectsAreNeutral) {
    // The same two storage projects sharing only an edge (no area), or 200 m apart: Proximity,
    // and energy x energy duplicates only on overlap -> neutral, no rule, score 2 + 1 = 3.
    for (const double gap : {0.0, 200.0}) {
        auto in = input({
            project("storage1", Sector::Energy, "E1",
                    {{"s1", polygonLayer({rect(0, 0, 100, 100)})}}),
            project("storage2", Sector::Energy, "E1",
                    {{"s2", polygonLayer({rect(100 + gap, 0, 200 + gap, 100)})}}),
        });
        auto result = run(*makeIntegrationZonesAnalysis(), in);
        ASSERT_TRUE(result);
        auto z = zones(*result);
        ASSERT_EQ(z.size(), 1u) << gap;
        EXPECT_EQ(z[0].label, "neutral") << gap;
        EXPECT_EQ(z[0].rules, "") << gap;
        EXPECT_DOUBLE_EQ(z[0].score, 3) << gap;
    }
}

TEST(IntegrationZones, DuplicationOutranksSynergy) {
    // The overlapping storage projects plus an EV charger inside the first: storage x charger
    // is the task rule "energy-storage-x-ev-charging" (synergy), storage x storage still
    // duplicates, so the zone is labelled duplication with both rules listed in table order.
    // score = 3 projects + 1 sector + 2 - 2 = 4.
    auto in = input({
        project("storage1", Sector::Energy, "E1", {{"s1", polygonLayer({rect(0, 0, 100, 100)})}}),
        project("storage2", Sector::Energy, "E1", {{"s2", polygonLayer({rect(50, 0, 150, 100)})}}),
        project("ev", Sector::Energy, "E2", {{"chargers", pointLayer({{20, 20}})}}),
    });
    auto result = run(*makeIntegrationZonesAnalysis(), in);
    ASSERT_TRUE(result);
    auto z = zones(*result);
    ASSERT_EQ(z.size(), 1u);
    EXPECT_EQ(z[0].label, "duplication");
    EXPECT_EQ(z[0].rules, "energy-storage-x-ev-charging,energy-x-energy-overlap");
    EXPECT_DOUBLE_EQ(z[0].score, 4);
}

TEST(IntegrationZones, EditedRuleTableIsUsed) {
    // With no rules every zone is neutral: labels come from input.rules, not from a built-in.
    auto in = threeGroups();
    in.rules.rules().clear();
    auto result = run(*makeIntegrationZonesAnalysis(), in);
    ASSERT_TRUE(result);
    for (const auto& z : zones(*result)) {
        EXPECT_EQ(z.label, "neutral");
        EXPECT_EQ(z.rules, "");
    }
}

TEST(IntegrationZones, SurfaceLinksAndZonesAreRegisteredAndDescribed) {
    cw::analysis::AnalysisRegistry registry;
    cw::analysis::registerBuiltInAnalyses(registry);
    const std::map<std::string, std::vector<std::string>> outputs{
        {"overlap-surface", {"overlap_surface"}},
        {"proximity-links", {"proximity_links", "proximity_lines"}},
        {"integration-zones", {"integration_zones", "zone_members"}}};
    for (const auto& [id, keys] : outputs) {
        const cw::analysis::Analysis* a = registry.find(id);
        ASSERT_NE(a, nullptr) << id;
        const auto& d = a->descriptor();
        EXPECT_FALSE(d.name.ko.empty()) << id;
        EXPECT_FALSE(d.name.en.empty()) << id;
        EXPECT_FALSE(d.description.ko.empty()) << id;
        std::vector<std::string> got;
        for (const auto& o : d.outputs) {
            got.push_back(o.key);
            EXPECT_FALSE(o.name.ko.empty()) << o.key;
            EXPECT_FALSE(o.name.en.empty()) << o.key;
        }
        EXPECT_EQ(got, keys) << id;
        // Defaults resolve.
        EXPECT_TRUE(cw::analysis::ParameterValues::resolve(d.parameters, {})) << id;
    }
    // Negative distances are refused before any run.
    EXPECT_FALSE(cw::analysis::ParameterValues::resolve(
        registry.find("integration-zones")->descriptor().parameters, {{"distance", "-1"}}));
}

// The same zones whatever the order of the projects: an autonomous-driving route lying 2.5 km
// inside an energy district. With GEOS 3.11's prepared distance the route was 2,400 m from the
// district when listed first, so one order found a zone and the other none.
TEST(IntegrationZones, SameZonesInEveryProjectOrder) {
    std::vector<cw::analysis::AnalysisProject> projects{
        project("route", Sector::Transport, "T3",
                {{"r", lineLayer({{{2500, 2500}, {2500, 2600}}})}}),
        project("district", Sector::Energy, "E1", {{"d", polygonLayer({rect(0, 0, 5000, 5000)})}}),
    };
    std::vector<std::size_t> order{0, 1};
    std::set<std::string> seen;
    do {
        std::vector<cw::analysis::AnalysisProject> permuted;
        for (std::size_t i : order)
            permuted.push_back(projects[i]);
        auto result = run(*makeIntegrationZonesAnalysis(), input(permuted));
        ASSERT_TRUE(result);
        std::vector<std::string> described;
        for (const ZoneRow& z : zones(*result)) {
            std::vector<std::string> ids;
            std::stringstream ss(z.ids);
            for (std::string id; std::getline(ss, id, ',');)
                ids.push_back(id);
            std::sort(ids.begin(), ids.end());
            std::string text = z.label + ":";
            for (const auto& id : ids)
                text += id + ";";
            described.push_back(text);
        }
        std::sort(described.begin(), described.end());
        std::string all;
        for (const auto& d : described)
            all += d + "|";
        seen.insert(all);
        EXPECT_EQ(described.size(), 1u) << all;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(seen.size(), 1u);
}

// The analysis links only the pairs it needs; here every pair within the distance is linked
// (findFeatureLinks, as proximity-links does), grouped, bridged by Kruskal over all links and the
// zone polygons built from every member buffered on its own with GEOS. Random points, lines and
// polygons of four projects, sparse enough for many zones and long bridges.
TEST(IntegrationZones, SameZonesAsLinkingEveryPair) {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> pos(0, 4000), size(10, 80), unit(0, 1);
    auto randomLayer = [&](GeometryFamily family, int count) {
        std::vector<std::vector<std::vector<Coord>>> features;
        for (int i = 0; i < count; ++i) {
            const Coord c{pos(rng), pos(rng)};
            const double r = size(rng);
            if (family == GeometryFamily::Point)
                features.push_back({{c}});
            else if (family == GeometryFamily::Line)
                features.push_back(
                    {{c, {c.x + r, c.y + r * (unit(rng) - 0.5)}, {c.x + 2 * r, c.y}}});
            else
                features.push_back({rect(c.x, c.y, c.x + r, c.y + r * (0.5 + unit(rng)))});
        }
        return layer(family, features);
    };
    auto in = input(
        {project("P", Sector::Energy, "E1", {{"p", randomLayer(GeometryFamily::Polygon, 60)}}),
         project("Q", Sector::Transport, "T2", {{"q", randomLayer(GeometryFamily::Polygon, 60)}}),
         project("R", Sector::Safety, "S1", {{"r", randomLayer(GeometryFamily::Point, 60)}}),
         project("S", Sector::Energy, "E2", {{"s", randomLayer(GeometryFamily::Line, 40)}})});
    const double distance = 250, buffer = 60;
    auto result =
        run(*makeIntegrationZonesAnalysis(), in, {{"distance", "250"}, {"zone_buffer", "60"}});
    ASSERT_TRUE(result);

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    cw::analysis::FeatureCatalog catalog(h);
    ASSERT_TRUE(cw::analysis::catalogAllFeatures(in, catalog, {}));
    auto links = cw::analysis::findFeatureLinks(catalog, {distance, false, true}, {}, {});
    ASSERT_TRUE(links);
    cw::analysis::DisjointSets groups(catalog.size());
    for (const auto& l : *links)
        groups.unite(l.a, l.b);
    // Expected zones keyed by their member list ("project/fid,..."), with their area.
    std::map<std::size_t, std::vector<std::uint32_t>> byRoot;
    for (std::uint32_t i = 0; i < catalog.size(); ++i)
        byRoot[groups.find(i)].push_back(i);
    std::vector<const cw::analysis::FeatureLink*> sorted;
    for (const auto& l : *links)
        sorted.push_back(&l);
    std::sort(sorted.begin(), sorted.end(), [](auto* x, auto* y) {
        return std::tuple(x->distance, x->a, x->b) < std::tuple(y->distance, y->a, y->b);
    });
    cw::analysis::DisjointSets kruskal(catalog.size());
    std::map<std::size_t, std::vector<GEOSGeometry*>> parts;
    for (const auto* l : sorted) {
        if (kruskal.find(l->a) == kruskal.find(l->b))
            continue;
        kruskal.unite(l->a, l->b);
        if (l->distance >= 1.9 * buffer) {
            auto segment =
                cw::analysis::shortestSegment(h, catalog.geometry(l->a), catalog.geometry(l->b));
            parts[groups.find(l->a)].push_back(GEOSBuffer_r(h, segment.get(), buffer, 8));
        }
    }
    std::map<std::string, double> expected;
    for (auto& [root, list] : byRoot) {
        if (list.size() < 2)
            continue;
        std::vector<std::string> names;
        for (const std::uint32_t m : list) {
            const auto& ref = catalog.ref(m);
            names.push_back(
                in.projects[ref.project].id + "/" +
                std::to_string(in.projects[ref.project].layers[ref.layer].data->fids[ref.feature]));
            parts[root].push_back(GEOSBuffer_r(h, catalog.geometry(m), buffer, 8));
        }
        std::sort(names.begin(), names.end());
        std::string key;
        for (const auto& nm : names)
            key.append(nm).append(",");
        cw::geometry::GeosGeometry all(
            h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts[root].data(),
                                           static_cast<unsigned>(parts[root].size())));
        cw::geometry::GeosGeometry merged(h, GEOSUnaryUnion_r(h, all.get()));
        expected[key] = cw::geometry::geosArea(h, merged.get());
    }
    ASSERT_GE(expected.size(), 5u) << "the layout should give many zones";

    std::map<std::int64_t, std::vector<std::string>> memberNames;
    const auto* t = result->table("zone_members");
    ASSERT_NE(t, nullptr);
    for (const auto& row : t->rows)
        memberNames[integer(row, column(*t, "zone_id"))].push_back(
            text(row, column(*t, "project_id")) + "/" +
            std::to_string(integer(row, column(*t, "fid"))));
    std::map<std::string, double> got;
    for (const auto& z : zones(*result)) {
        auto names = memberNames[z.id];
        std::sort(names.begin(), names.end());
        std::string key;
        for (const auto& nm : names)
            key.append(nm).append(",");
        got[key] = z.area;
    }
    ASSERT_EQ(got.size(), expected.size());
    for (const auto& [key, area] : expected) {
        ASSERT_TRUE(got.contains(key)) << key;
        // Buffers of merged members and of each member approximate arcs differently.
        EXPECT_NEAR(got[key], area, 1e-3 * area) << key;
    }
}

// Holes and covered members, worked out by hand (buffer 100 m, exact circles; GEOS's 32-gons
// are within 0.1 %):
//  frame F1 [0,400]² with a 300 m hole [50,350]²: the buffer keeps the hole shrunk by 100 m to
//  [150,250]² (-10,000 m²); rounded square 400² + 4·400·100 + π·100² = 351,416 m². Point B1 at
//  (200,600) is 200 m north: a bridge (200,400)-(200,600) and B1's disc add the rectangle
//  [100,300]x[500,600] and the upper half disc: 20,000 + 15,708. Zone: 377,124 m².
//  frame F2 [1000,1400]x[0,400] with a 150 m hole, narrower than twice the buffer: filled.
//  Point B2 in the hole adds nothing. Zone: 351,416 m².
TEST(IntegrationZones, HolesNarrowerThanTwiceTheBufferAreFilledAndWiderOnesShrink) {
    auto hole = [](double x0, double y0, double x1, double y1) {
        std::vector<Coord> ring = rect(x0, y0, x1, y1);
        std::reverse(ring.begin(), ring.end());
        return ring;
    };
    auto in = input(
        {project("F", Sector::Energy, "E1",
                 {{"frames", layer(GeometryFamily::Polygon,
                                   {{rect(0, 0, 400, 400), hole(50, 50, 350, 350)},
                                    {rect(1000, 0, 1400, 400), hole(1125, 125, 1275, 275)}})}}),
         project("B", Sector::Safety, "S1", {{"b", pointLayer({{200, 600}, {1200, 200}})}})});
    auto result = run(*makeIntegrationZonesAnalysis(), in);
    ASSERT_TRUE(result);
    const auto z = zones(*result);
    ASSERT_EQ(z.size(), 2u);
    std::map<std::string, double> area;
    const auto m = members(*result);
    for (const ZoneRow& row : z)
        for (const std::string& member : m)
            if (member.starts_with(std::to_string(row.id) + ":F/"))
                area[member.substr(member.find(':') + 1)] = row.area;
    EXPECT_NEAR(area["F/frames/1"], 377124, 377);
    EXPECT_NEAR(area["F/frames/2"], 351416, 351);
}

// Parcels packed across several merge tiles, with points in and between them, each parcel near a
// point so that no bridge is needed: the zone is the union of every member's buffer (GEOS).
TEST(IntegrationZones, DenseParcelsAcrossTilesMatchTheUnionOfEveryBuffer) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> jitter(-4, 4);
    std::vector<std::vector<Coord>> parcels;
    std::vector<Coord> points;
    for (int i = 0; i < 30; ++i)
        for (int j = 0; j < 30; ++j) {
            if ((i * 7 + j * 3) % 11 == 0)
                continue; // a missing parcel: a hole in the merged polygon
            const double x = 400 + i * 50 + jitter(rng), y = 400 + j * 50 + jitter(rng);
            parcels.push_back(rect(x, y, x + 44, y + 44));
            points.push_back({x + 47, y + 20}); // in the gap between parcels, or in one
        }
    auto in = input({project("P", Sector::Energy, "E1", {{"p", polygonLayer(parcels)}}),
                     project("Q", Sector::Safety, "S1", {{"q", pointLayer(points)}})});
    auto result = run(*makeIntegrationZonesAnalysis(), in, {{"zone_buffer", "30"}});
    ASSERT_TRUE(result);
    const auto z = zones(*result);
    ASSERT_EQ(z.size(), 1u);

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    cw::analysis::FeatureCatalog catalog(h);
    ASSERT_TRUE(cw::analysis::catalogAllFeatures(in, catalog, {}));
    std::vector<GEOSGeometry*> buffers;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        buffers.push_back(GEOSBuffer_r(h, catalog.geometry(i), 30, 8));
    cw::geometry::GeosGeometry all(
        h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, buffers.data(),
                                       static_cast<unsigned>(buffers.size())));
    cw::geometry::GeosGeometry merged(h, GEOSUnaryUnion_r(h, all.get()));
    const double expected = cw::geometry::geosArea(h, merged.get());
    EXPECT_NEAR(z[0].area, expected, 1e-4 * expected);
}

TEST(IntegrationZones, CancelledRunReturnsCancelled) {
    cw::CancelToken cancel;
    cancel.cancel();
    auto result = run(*makeIntegrationZonesAnalysis(), threeGroups(), {}, cancel);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::Cancelled);

    // Cancelled halfway (after the link search), the zone loop notices too.
    cw::CancelToken later;
    result = run(*makeIntegrationZonesAnalysis(), threeGroups(), {}, later, [&](double f) {
        if (f >= 0.5)
            later.cancel();
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, cw::ErrorCode::Cancelled);
}

TEST(IntegrationZones, SampleProjectHasAZoneForMagokAndItsChargers) {
    cw::test::TempDir tmp;
    auto in = sampleInput(tmp);
    ASSERT_TRUE(in) << cw::errorCodeName(in.error().code) << " " << in.error().detail;
    auto result = run(*makeIntegrationZonesAnalysis(), *in);
    ASSERT_TRUE(result);
    const auto z = zones(*result);
    ASSERT_FALSE(z.empty());
    const ZoneRow* magok = nullptr;
    for (const auto& row : z)
        if (row.ids.find("magok-energy") != std::string::npos &&
            row.ids.find("ev-chargers") != std::string::npos)
            magok = &row;
    ASSERT_NE(magok, nullptr);
    // Storage (E1) meets chargers (E2): a synergy; Magok alone is ~3.6 km².
    EXPECT_NE(magok->rules.find("energy-storage-x-ev-charging"), std::string::npos);
    EXPECT_NE(magok->label, "neutral");
    EXPECT_GT(magok->area, 3.0e6);
    bool districtIsMember = false;
    for (const auto& m : members(*result))
        if (m == std::to_string(magok->id) + ":magok-energy/magok_district/1")
            districtIsMember = true;
    EXPECT_TRUE(districtIsMember);
    // Ids run 1..n.
    for (std::size_t i = 0; i < z.size(); ++i)
        EXPECT_EQ(z[i].id, static_cast<std::int64_t>(i + 1));
}

} // namespace
