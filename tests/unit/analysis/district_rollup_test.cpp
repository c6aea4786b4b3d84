// SPDX-License-Identifier: GPL-3.0-or-later
// district-rollup on hand-built zones whose every number is worked out below.
#include "analysis/framework/builtin_analyses.h"
#include "analysis/geometry/zone_grid.h"
#include "cityweave/analysis/analysis_registry.h"
#include "geometry/geos_bridge.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>

namespace {

using namespace cw::analysis;
using cw::data::VectorLayer;
using cw::geometry::Coord;
using cw::geometry::GeometryFamily;
using cw::project::Sector;

// Origin of the test world, in EPSG:5186 metres; all shapes are given relative to it.
constexpr double X0 = 200000;
constexpr double Y0 = 550000;

struct Rect {
    double x0, y0, x1, y1;
};

cw::crs::Crs crs5186() {
    auto crs = cw::crs::Crs::fromEpsg(5186);
    EXPECT_TRUE(crs);
    return crs ? *crs : cw::crs::Crs{};
}

std::shared_ptr<const VectorLayer> polygons(const std::vector<Rect>& rects,
                                            std::vector<std::string> names = {}) {
    VectorLayer layer;
    layer.family = GeometryFamily::Polygon;
    layer.crs = crs5186();
    layer.fields = {{"name", cw::data::FieldType::String}};
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const Rect& r = rects[i];
        auto& g = layer.geometries;
        g.beginFeature();
        g.beginPart(true);
        for (Coord c : {Coord{r.x0, r.y0}, Coord{r.x1, r.y0}, Coord{r.x1, r.y1}, Coord{r.x0, r.y1},
                        Coord{r.x0, r.y0}})
            g.addCoord(X0 + c.x, Y0 + c.y);
        g.endPart();
        g.endFeature();
        layer.fids.push_back(static_cast<std::int64_t>(10 + i));
        layer.attributes.push_back({i < names.size() ? names[i] : std::string("f")});
    }
    return std::make_shared<const VectorLayer>(std::move(layer));
}

std::shared_ptr<const VectorLayer> lines(const std::vector<std::vector<Coord>>& parts) {
    VectorLayer layer;
    layer.family = GeometryFamily::Line;
    layer.crs = crs5186();
    for (const auto& line : parts) {
        layer.geometries.beginFeature();
        layer.geometries.beginPart(false);
        for (Coord c : line)
            layer.geometries.addCoord(X0 + c.x, Y0 + c.y);
        layer.geometries.endPart();
        layer.geometries.endFeature();
        layer.fids.push_back(static_cast<std::int64_t>(layer.fids.size()));
        layer.attributes.emplace_back();
    }
    return std::make_shared<const VectorLayer>(std::move(layer));
}

std::shared_ptr<const VectorLayer> points(const std::vector<Coord>& coords) {
    VectorLayer layer;
    layer.family = GeometryFamily::Point;
    layer.crs = crs5186();
    for (Coord c : coords) {
        layer.geometries.beginFeature();
        layer.geometries.beginPart(false);
        layer.geometries.addCoord(X0 + c.x, Y0 + c.y);
        layer.geometries.endPart();
        layer.geometries.endFeature();
        layer.fids.push_back(static_cast<std::int64_t>(layer.fids.size()));
        layer.attributes.emplace_back();
    }
    return std::make_shared<const VectorLayer>(std::move(layer));
}

AnalysisProject makeProject(const std::string& id, Sector sector,
                            std::vector<std::shared_ptr<const VectorLayer>> layers) {
    AnalysisProject p;
    p.id = id;
    p.name = {id + "-ko", id + "-en"};
    p.sector = sector;
    for (std::size_t i = 0; i < layers.size(); ++i)
        p.layers.push_back({id + std::to_string(i), {"l", "l"}, layers[i], 0});
    return p;
}

// The 2x2 grid of 1 km squares (fids 10..13) plus an empty fifth zone 2 km east (fid 14).
std::shared_ptr<const VectorLayer> twoByTwo() {
    return polygons({{0, 0, 1000, 1000},
                     {1000, 0, 2000, 1000},
                     {0, 1000, 1000, 2000},
                     {1000, 1000, 2000, 2000},
                     {3000, 0, 4000, 1000}},
                    {"SW", "SE", "NW", "NE", "FAR"});
}

AnalysisResult runRollup(const AnalysisInput& input,
                         std::map<std::string, std::string> given = {}) {
    auto analysis = makeDistrictRollupAnalysis();
    auto params = ParameterValues::resolve(analysis->descriptor().parameters, given);
    EXPECT_TRUE(params);
    auto result = analysis->run(input, *params, {}, {});
    EXPECT_TRUE(result) << (result ? "" : cw::errorCodeName(result.error().code));
    return result ? *result : AnalysisResult{};
}

// Table rows keyed by (zone name, project id); layer rows by zone name.
struct Rows {
    std::map<std::pair<std::string, std::string>, cw::data::AttributeRow> table;
    std::map<std::string, cw::data::AttributeRow> zones;
    std::map<std::string, int> tableCol, zoneCol;
};

Rows index(const AnalysisResult& r) {
    Rows out;
    const ResultTable* t = r.table("rollup_zone_projects");
    const ResultLayer* l = r.layer("rollup_zones");
    EXPECT_TRUE(t && l);
    if (!t || !l)
        return out;
    for (std::size_t i = 0; i < t->columns.size(); ++i)
        out.tableCol[t->columns[i].name] = static_cast<int>(i);
    for (std::size_t i = 0; i < l->columns.size(); ++i)
        out.zoneCol[l->columns[i].name] = static_cast<int>(i);
    for (const auto& row : t->rows)
        out.table[{std::get<std::string>(row[1]), std::get<std::string>(row[2])}] = row;
    for (const auto& row : l->rows)
        out.zones[std::get<std::string>(row[1])] = row;
    return out;
}

double num(const cw::data::AttributeValue& v) {
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    ADD_FAILURE() << "not a number";
    return -1;
}

class RollupHandBuilt : public ::testing::Test {
protected:
    Rows rows;
    AnalysisResult result;
    double t(const std::string& zone, const std::string& project, const std::string& col) {
        auto it = rows.table.find({zone, project});
        if (it == rows.table.end()) {
            ADD_FAILURE() << "no row for " << zone << " x " << project;
            return -1;
        }
        return num(it->second.at(static_cast<std::size_t>(rows.tableCol.at(col))));
    }
    const cw::data::AttributeValue& z(const std::string& zone, const std::string& col) {
        return rows.zones.at(zone).at(static_cast<std::size_t>(rows.zoneCol.at(col)));
    }
};

// Project "A" (energy): R1 = [600,1400]x[700,1500] straddles all four squares; R2 =
// [1200,1600]x[1200,1400] overlaps R1 by [1200,1400]x[1200,1400] (40,000 m²) inside NE.
//   SW: 400 x 300 = 120,000   SE: 400 x 300 = 120,000   NW: 400 x 500 = 200,000
//   NE: 400 x 500 + (R2 minus the overlap: 200 x 200) = 240,000    footprint: 680,000
//   (counting the overlap twice would give NE 280,000 and a 720,000 footprint).
//   Plus one point at (800,1800) in NW.
// Project "B" (transport): a line y=400 from x=300 to x=1800 (SW 700 m, SE 800 m) and a
//   second line from x=1500 to x=1900 overlapping it for 300 m: SE counts 1000..1900 = 900 m.
// Project "C" (safety): points (500,500) SW; (1000,300) on the SW|SE edge -> SW (first zone in
//   layer order); (1000,1000) the corner of all four -> SW; (1500,1000) on the SE|NE edge -> SE;
//   (1500,1500) NE; (2500,2500) outside every zone.
// Project "D" (industry_space): [1300,1800]x[1300,1700] = 200,000 m² inside NE. It meets A's
//   NE part in [1300,1400]x[1300,1500] (20,000) and [1300,1600]x[1300,1400] (30,000), which
//   share [1300,1400]^2 (10,000): 40,000 in common, so NE is covered by 240,000 + 200,000 -
//   40,000 = 400,000 m².
TEST_F(RollupHandBuilt, EveryNumberOfTheTwoByTwoGrid) {
    AnalysisInput input;
    input.crs = crs5186();
    input.zones = twoByTwo();
    input.zoneNameField = "name";
    input.projects.push_back(makeProject(
        "A", Sector::Energy,
        {polygons({{600, 700, 1400, 1500}, {1200, 1200, 1600, 1400}}), points({{800, 1800}})}));
    input.projects.push_back(makeProject(
        "B", Sector::Transport, {lines({{{300, 400}, {1800, 400}}, {{1500, 400}, {1900, 400}}})}));
    input.projects.push_back(makeProject(
        "C", Sector::Safety,
        {points(
            {{500, 500}, {1000, 300}, {1000, 1000}, {1500, 1000}, {1500, 1500}, {2500, 2500}})}));
    input.projects.push_back(
        makeProject("D", Sector::IndustrySpace, {polygons({{1300, 1300, 1800, 1700}})}));

    result = runRollup(input);
    rows = index(result);
    EXPECT_EQ(result.analysisId, "district-rollup");
    EXPECT_EQ(result.crs.authId(), "EPSG:5186");
    EXPECT_FALSE(result.computedAt.empty());
    EXPECT_EQ(result.parameters.at("zones"), "layer");

    // Rows exist exactly where a project is present: SW{A,B,C} SE{A,B,C} NW{A} NE{A,C,D}.
    EXPECT_EQ(rows.table.size(), 10u);
    const double fp = 680000;
    EXPECT_NEAR(t("SW", "A", "area_m2"), 120000, 1e-6);
    EXPECT_NEAR(t("SE", "A", "area_m2"), 120000, 1e-6);
    EXPECT_NEAR(t("NW", "A", "area_m2"), 200000, 1e-6);
    EXPECT_NEAR(t("NE", "A", "area_m2"), 240000, 1e-6);
    EXPECT_NEAR(t("NE", "D", "area_m2"), 200000, 1e-6);
    EXPECT_NEAR(t("SW", "A", "share_of_zone"), 0.12, 1e-12);
    EXPECT_NEAR(t("NE", "A", "share_of_zone"), 0.24, 1e-12);
    EXPECT_NEAR(t("NW", "A", "share_of_zone"), 0.20, 1e-12);
    EXPECT_NEAR(t("SW", "A", "share_of_project"), 120000 / fp, 1e-12);
    EXPECT_NEAR(t("NW", "A", "share_of_project"), 200000 / fp, 1e-12);
    EXPECT_NEAR(t("NE", "A", "share_of_project"), 240000 / fp, 1e-12);
    EXPECT_NEAR(t("NE", "D", "share_of_project"), 1.0, 1e-12);
    EXPECT_NEAR(t("SW", "B", "line_length_m"), 700, 1e-9);
    EXPECT_NEAR(t("SE", "B", "line_length_m"), 900, 1e-9);
    EXPECT_EQ(t("SW", "B", "area_m2"), 0);
    EXPECT_EQ(t("NW", "A", "point_count"), 1);
    EXPECT_EQ(t("SW", "C", "point_count"), 3);
    EXPECT_EQ(t("SE", "C", "point_count"), 1);
    EXPECT_EQ(t("NE", "C", "point_count"), 1);
    EXPECT_EQ(t("SW", "A", "point_count"), 0);
    EXPECT_EQ(rows.table.count({"NW", "C"}), 0u);
    EXPECT_EQ(rows.table.count({"SE", "D"}), 0u);
    EXPECT_EQ(rows.table.count({"FAR", "A"}), 0u);
    const auto& sample = rows.table.at({"NE", "D"});
    EXPECT_EQ(std::get<std::string>(sample.at(rows.tableCol.at("project_name"))), "D-ko");
    EXPECT_EQ(std::get<std::string>(sample.at(rows.tableCol.at("sector"))), "industry_space");
    EXPECT_EQ(std::get<std::int64_t>(sample.at(rows.tableCol.at("zone_id"))), 13);

    // Zone layer.
    ASSERT_EQ(result.layers.at(0).geometries.featureCount(), 5u);
    EXPECT_NEAR(num(z("SW", "zone_area_m2")), 1e6, 1e-6);
    EXPECT_EQ(num(z("SW", "project_count")), 3);
    EXPECT_EQ(num(z("NW", "project_count")), 1);
    EXPECT_EQ(num(z("NE", "project_count")), 3);
    EXPECT_EQ(num(z("FAR", "project_count")), 0);
    EXPECT_EQ(std::get<std::string>(z("SW", "sectors")), "transport;safety;energy");
    EXPECT_EQ(std::get<std::string>(z("NE", "sectors")), "safety;energy;industry_space");
    EXPECT_EQ(std::get<std::string>(z("NE", "projects")), "A;C;D");
    EXPECT_EQ(std::get<std::string>(z("FAR", "sectors")), "");
    EXPECT_EQ(num(z("SW", "point_count")), 3);
    EXPECT_EQ(num(z("SE", "point_count")), 1);
    EXPECT_EQ(num(z("NW", "point_count")), 1);
    EXPECT_EQ(num(z("NE", "point_count")), 1);
    EXPECT_NEAR(num(z("SW", "covered_share")), 0.12, 1e-12);
    EXPECT_NEAR(num(z("NE", "covered_share")), 0.40, 1e-12);
    EXPECT_NEAR(num(z("NE", "share_energy")), 0.24, 1e-12);
    EXPECT_NEAR(num(z("NE", "share_industry_space")), 0.20, 1e-12);
    EXPECT_NEAR(num(z("NE", "share_transport")), 0.0, 1e-12);
    EXPECT_NEAR(num(z("FAR", "covered_share")), 0.0, 1e-12);

    EXPECT_EQ(result.summary.at("zones"), 5);
    EXPECT_EQ(result.summary.at("zones_with_projects"), 4);
    EXPECT_EQ(result.summary.at("zones_with_2plus_projects"), 3);
    EXPECT_EQ(result.summary.at("points_outside_zones"), 1);
}

// Sector mix counts the union per sector: P and Q (both energy) in SW are 300,000 m² each and
// share [300,600]x[200,500] = 90,000, so energy covers 510,000 (0.51, not 0.60). T (transport)
// [800,1000]x[0,1000] = 200,000 meets Q in [800,900]x[200,700] = 50,000: covered 660,000.
// S (safety) pokes 0.5 m² into SE: a sliver under the default min_area of 1 m².
TEST_F(RollupHandBuilt, SectorMixUnionsWithinSectorsAndSliversAreIgnored) {
    AnalysisInput input;
    input.crs = crs5186();
    input.zones = twoByTwo();
    input.zoneNameField = "name";
    input.projects.push_back(makeProject("P", Sector::Energy, {polygons({{0, 0, 600, 500}})}));
    input.projects.push_back(makeProject("Q", Sector::Energy, {polygons({{300, 200, 900, 700}})}));
    input.projects.push_back(
        makeProject("T", Sector::Transport, {polygons({{800, 0, 1000, 1000}})}));
    input.projects.push_back(makeProject("S", Sector::Safety, {polygons({{900, 10, 1000.5, 11}})}));

    result = runRollup(input);
    rows = index(result);
    EXPECT_NEAR(num(z("SW", "share_energy")), 0.51, 1e-12);
    EXPECT_NEAR(num(z("SW", "share_transport")), 0.20, 1e-12);
    EXPECT_NEAR(num(z("SW", "covered_share")), 0.66, 1e-12);
    EXPECT_NEAR(t("SW", "S", "area_m2"), 100.0, 1e-9);
    EXPECT_EQ(rows.table.count({"SE", "S"}), 0u);
    EXPECT_EQ(num(z("SE", "project_count")), 0);
    EXPECT_NEAR(t("SW", "S", "share_of_project"), 100.0 / 100.5, 1e-12);
    EXPECT_EQ(result.summary.at("zones_with_projects"), 1);

    result = runRollup(input, {{"min_area", "0"}});
    rows = index(result);
    EXPECT_NEAR(t("SE", "S", "area_m2"), 0.5, 1e-9);
    EXPECT_EQ(result.summary.at("zones_with_projects"), 2);
}

TEST(RollupGrid, CoversTheExtentWithExactCells) {
    const auto extent = cw::geometry::Envelope::of(200150, 550020, 203900, 551999);
    auto grid = makeSquareGrid(extent, 1000, crs5186());
    ASSERT_TRUE(grid);
    // Origin snaps to (200000, 550000): columns 200000..204000 (4), rows 550000..552000 (2).
    ASSERT_EQ(grid->featureCount(), 8u);
    const auto& all = grid->geometries.extent();
    EXPECT_EQ(all, cw::geometry::Envelope::of(200000, 550000, 204000, 552000));
    EXPECT_LE(all.minX, extent.minX);
    EXPECT_GE(all.maxX, extent.maxX);
    EXPECT_LE(all.minY, extent.minY);
    EXPECT_GE(all.maxY, extent.maxY);

    cw::geometry::GeosContext geos;
    const auto h = geos.handle();
    for (std::size_t f = 0; f < grid->featureCount(); ++f) {
        auto g = cw::geometry::toGeos(h, grid->geometries, f, GeometryFamily::Polygon);
        double area = 0;
        ASSERT_TRUE(GEOSArea_r(h, g.get(), &area));
        EXPECT_EQ(area, 1e6) << "cell " << f; // exact: integer corners
    }
    EXPECT_EQ(std::get<std::string>(grid->attributes[5].at(0)), "r1c1");

    // An extent ending on a grid line gets no empty extra column; a point gets one cell.
    auto edge =
        makeSquareGrid(cw::geometry::Envelope::of(200000, 550000, 202000, 551000), 1000, crs5186());
    ASSERT_TRUE(edge);
    EXPECT_EQ(edge->featureCount(), 2u);
    auto point =
        makeSquareGrid(cw::geometry::Envelope::of(200500, 550500, 200500, 550500), 250, crs5186());
    ASSERT_TRUE(point);
    EXPECT_EQ(point->featureCount(), 1u);
    EXPECT_FALSE(makeSquareGrid(cw::geometry::Envelope::of(0, 0, 1e7, 1e7), 1, crs5186()));
    EXPECT_FALSE(makeSquareGrid({}, 1000, crs5186()));
}

TEST(RollupGrid, FallsBackToAGridAndConservesTheFootprint) {
    AnalysisInput input;
    input.crs = crs5186();
    input.projects.push_back(makeProject(
        "A", Sector::Energy, {polygons({{600, 700, 1400, 1500}, {1200, 1200, 1600, 1400}})}));
    auto result = runRollup(input, {{"grid_size", "250"}});
    bool warned = false;
    for (const auto& w : result.warnings)
        warned = warned || w.find("grid") != std::string::npos;
    EXPECT_TRUE(warned);
    // Footprint extent 600..1600 x 700..1500 on a 250 m grid snapped to (500, 500): 5 columns
    // (500..1750) x 4 rows (500..1500, a grid line). R1 touches the 4 x 4 cells of columns
    // 500..1500; R2 adds the two cells of column 1500..1750 in rows 1000..1500.
    EXPECT_EQ(result.summary.at("zones"), 20);
    double total = 0;
    for (const auto& row : result.table("rollup_zone_projects")->rows)
        total += std::get<double>(row.at(5));
    EXPECT_NEAR(total, 680000, 1e-6);
    EXPECT_EQ(result.summary.at("zones_with_projects"), 18);

    // Asking for the grid ignores a zone layer that is present.
    input.zones = twoByTwo();
    result = runRollup(input, {{"zones", "grid"}, {"grid_size", "1000"}});
    EXPECT_EQ(result.summary.at("zones"), 4); // 0..2000 x 0..2000
}

TEST(RollupRun, ReportsProgressAndHonoursCancellation) {
    AnalysisInput input;
    input.crs = crs5186();
    input.zones = twoByTwo();
    input.projects.push_back(
        makeProject("A", Sector::Energy, {polygons({{600, 700, 1400, 1500}})}));
    auto analysis = makeDistrictRollupAnalysis();
    auto params = ParameterValues::resolve(analysis->descriptor().parameters, {});
    ASSERT_TRUE(params);
    std::vector<double> seen;
    auto ok = analysis->run(input, *params, [&](double f) { seen.push_back(f); }, {});
    ASSERT_TRUE(ok);
    ASSERT_FALSE(seen.empty());
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    // Without a name field given, the field that looks like a name names the zones.
    EXPECT_EQ(std::get<std::string>(ok->layer("rollup_zones")->rows.at(0).at(1)), "SW");

    cw::CancelToken cancel;
    cancel.cancel();
    auto stopped = analysis->run(input, *params, {}, cancel);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, cw::ErrorCode::Cancelled);
}

TEST(RollupRun, DescribesItselfAndIsRegistered) {
    AnalysisRegistry registry;
    registerBuiltInAnalyses(registry);
    const Analysis* a = registry.find("district-rollup");
    ASSERT_NE(a, nullptr);
    const auto& d = a->descriptor();
    ASSERT_EQ(d.outputs.size(), 2u);
    EXPECT_EQ(d.outputs[0].key, "rollup_zone_projects");
    EXPECT_EQ(d.outputs[1].key, "rollup_zones");
    EXPECT_EQ(d.outputs[1].kind, OutputKind::PolygonLayer);
    auto bad = ParameterValues::resolve(d.parameters, {{"zones", "gu"}});
    EXPECT_FALSE(bad);
}

} // namespace

// The GUI's way: the zone layer is a layer of the project chosen by the zone_layer parameter,
// no --zones file; the name field is found or given.
TEST(RollupRun, ZoneLayerParameterRollsUpByABaseLayerOfTheProject) {
    AnalysisInput input;
    input.crs = crs5186();
    input.baseLayers.push_back({"seoul_gu", {"자치구", "Gu"}, twoByTwo(), 0});
    input.baseLayers.push_back({"stops", {"정류장", "Stops"}, points({{10, 10}}), 0});
    input.projects.push_back(
        makeProject("A", Sector::Energy, {polygons({{600, 700, 1400, 1500}})}));

    AnalysisResult result = runRollup(input, {{"zone_layer", "seoul_gu"}});
    EXPECT_EQ(result.summary.at("zones"), 5); // the layer's five zones, not a grid
    EXPECT_TRUE(result.warnings.empty());
    const Rows rows = index(result);
    // A spans x 600..1400, y 700..1500 over the corner (1000, 1000) of the four squares:
    // 400 m either side, 300 m below and 500 m above.
    const std::map<std::string, double> expected{
        {"SW", 400 * 300}, {"SE", 400 * 300}, {"NW", 400 * 500}, {"NE", 400 * 500}};
    for (const auto& [zone, area] : expected) {
        const auto it = rows.table.find({zone, "A"});
        ASSERT_NE(it, rows.table.end()) << zone;
        EXPECT_NEAR(num(it->second.at(std::size_t(rows.tableCol.at("area_m2")))), area, 1e-6);
    }

    // A field that is not there, and a layer of points, are refused with their own errors.
    auto analysis = makeDistrictRollupAnalysis();
    auto missing = ParameterValues::resolve(analysis->descriptor().parameters,
                                            {{"zone_layer", "seoul_gu"}, {"zone_name_field", "x"}});
    ASSERT_TRUE(missing);
    auto failed = analysis->run(input, *missing, {}, {});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, cw::ErrorCode::ColumnNotFound);
    auto pointsLayer =
        ParameterValues::resolve(analysis->descriptor().parameters, {{"zone_layer", "stops"}});
    ASSERT_TRUE(pointsLayer);
    failed = analysis->run(input, *pointsLayer, {}, {});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, cw::ErrorCode::WrongGeometryType);

    // Without a zone layer the grid fallback says so.
    result = runRollup(input, {});
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_NE(result.warnings.front().find("no zone layer given"), std::string::npos);
}
