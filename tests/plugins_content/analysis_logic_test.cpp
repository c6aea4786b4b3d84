// SPDX-License-Identifier: GPL-3.0-or-later
// The sector plugins' analyses on small hand-made inputs (the plugin sources compiled into this
// test, no loader): edge cases whose answers follow from plane geometry by hand.
#include "../../plugins/gvalley-industry/src/firm_density.h"
#include "../../plugins/magok-energy/src/self_sufficiency.h"
#include "../../plugins/sangam-mobility/src/rsu_coverage.h"

#include <gtest/gtest.h>

using namespace cw;
using analysis::AnalysisInput;
using analysis::ParameterValues;
using geometry::Coord;
using geometry::GeometryFamily;

namespace {

struct LayerBuilder {
    data::VectorLayer layer;
    explicit LayerBuilder(GeometryFamily family, std::vector<data::Field> fields = {}) {
        layer.family = family;
        layer.fields = std::move(fields);
    }
    // One feature; each inner vector is a part (a ring starting a polygon when `polygon`, unless
    // `holes` marks it).
    LayerBuilder& add(const std::vector<std::vector<Coord>>& parts, data::AttributeRow row,
                      std::vector<bool> holes = {}) {
        layer.geometries.beginFeature();
        for (std::size_t p = 0; p < parts.size(); ++p) {
            const bool hole = p < holes.size() && holes[p];
            layer.geometries.beginPart(layer.family == GeometryFamily::Polygon && !hole);
            for (const Coord& c : parts[p])
                layer.geometries.addCoord(c.x, c.y);
            layer.geometries.endPart();
        }
        layer.geometries.endFeature();
        layer.fids.push_back(static_cast<std::int64_t>(layer.fids.size() + 1));
        layer.attributes.push_back(std::move(row));
        return *this;
    }
};

std::vector<Coord> square(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

AnalysisInput inputOf(std::vector<std::pair<std::string, data::VectorLayer>> layers) {
    AnalysisInput input;
    input.crs = *crs::Crs::fromUserInput("EPSG:5186");
    analysis::AnalysisProject project;
    project.id = "p";
    for (auto& [id, layer] : layers)
        project.layers.push_back(
            {id, {id, id}, std::make_shared<data::VectorLayer>(std::move(layer)), 0});
    input.projects.push_back(std::move(project));
    return input;
}

Result<analysis::AnalysisResult> run(const analysis::Analysis& a, const AnalysisInput& input,
                                     std::map<std::string, std::string> params = {}) {
    auto values = ParameterValues::resolve(a.descriptor().parameters, params);
    if (!values)
        return values.error();
    return a.run(input, *values, {}, {});
}

double cell(const analysis::ResultTable& t, std::size_t row, const std::string& column) {
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c].name == column) {
            const auto& v = t.rows[row][c];
            if (const auto* d = std::get_if<double>(&v))
                return *d;
            if (const auto* i = std::get_if<std::int64_t>(&v))
                return double(*i);
        }
    return -1e300;
}

} // namespace

// A 1000 m route along x; an RSU at x=500 with r=300 covers [200, 800]: 600 m, two gaps of 200 m.
// An RSU 300 m off the line only touches it (one point): no length.
TEST(RsuCoverageLogic, StraightRouteAndTangentUnit) {
    LayerBuilder routes(GeometryFamily::Line, {{"id", data::FieldType::Integer}});
    routes.add({{{0, 0}, {1000, 0}}}, {std::int64_t(1)});
    LayerBuilder rsus(GeometryFamily::Point);
    rsus.add({{{500, 0}}}, {}).add({{{100, 300}}}, {});
    auto input = inputOf({{"sangam_testbed_roads", routes.layer}, {"sangam_v2x_rsu", rsus.layer}});
    auto result = run(*plugins::sangam::makeRsuCoverageAnalysis(), input);
    ASSERT_TRUE(result) << errorCodeName(result.error().code);
    const auto& table = result->tables.at(0);
    EXPECT_NEAR(cell(table, 0, "covered_m"), 600.0, 1e-9);
    EXPECT_NEAR(cell(table, 0, "covered_pct"), 60.0, 1e-9);
    ASSERT_EQ(result->layers.at(0).rows.size(), 2u);
    EXPECT_NEAR(std::get<double>(result->layers[0].rows[0][2]), 200.0, 1e-9);
    EXPECT_NEAR(std::get<double>(result->layers[0].rows[1][2]), 200.0, 1e-9);
}

// An L-shaped route (0,0)→(1000,0)→(1000,1000) with RSUs at both ends, r=300: covered 300+300;
// the one gap runs (300,0)→(1000,0)→(1000,700) through the corner, 1400 m long.
TEST(RsuCoverageLogic, GapRunsThroughAVertex) {
    LayerBuilder routes(GeometryFamily::Line);
    routes.add({{{0, 0}, {1000, 0}, {1000, 1000}}}, {});
    LayerBuilder rsus(GeometryFamily::Point);
    rsus.add({{{0, 0}}}, {}).add({{{1000, 1000}}}, {});
    auto input = inputOf({{"r", routes.layer}, {"u", rsus.layer}});
    auto result = run(*plugins::sangam::makeRsuCoverageAnalysis(), input,
                      {{"routes_layer", "r"}, {"rsu_layer", "u"}});
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->summary.at("covered_length_m"), 600.0, 1e-9);
    const auto& gaps = result->layers.at(0);
    ASSERT_EQ(gaps.rows.size(), 1u);
    EXPECT_NEAR(std::get<double>(gaps.rows[0][2]), 1400.0, 1e-9);
    const auto piece = gaps.geometries.part(gaps.geometries.firstPart(0));
    ASSERT_EQ(piece.size(), 3u);
    EXPECT_NEAR(piece[0].x, 300.0, 1e-9);
    EXPECT_EQ(piece[1], (Coord{1000, 0}));
    EXPECT_NEAR(piece[2].y, 700.0, 1e-9);
}

// A 200 m square block (4 ha) with a 100 m square hole (1 ha): 3 ha. Firms: two in the block,
// one in the hole (not counted), one outside.
TEST(FirmDensityLogic, HolesAreNotPartOfTheBlock) {
    LayerBuilder blocks(GeometryFamily::Polygon, {{"id", data::FieldType::Integer}});
    blocks.add({square(0, 0, 200, 200), square(50, 50, 150, 150)}, {std::int64_t(7)},
               {false, true});
    LayerBuilder firms(GeometryFamily::Point);
    for (Coord c : {Coord{10, 10}, Coord{190, 100}, Coord{100, 100}, Coord{300, 300}})
        firms.add({{c}}, {});
    auto input = inputOf({{"gvalley_blocks", blocks.layer}, {"gvalley_firms", firms.layer}});
    auto result = run(*plugins::gvalley::makeFirmDensityAnalysis(), input);
    ASSERT_TRUE(result);
    const auto& table = result->tables.at(0);
    EXPECT_EQ(cell(table, 0, "block_id"), 7);
    EXPECT_EQ(cell(table, 0, "firms"), 2);
    EXPECT_NEAR(cell(table, 0, "area_ha"), 3.0, 1e-12);
    EXPECT_NEAR(cell(table, 0, "firms_per_ha"), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(result->summary.at("firms_outside_blocks"), 2);
}

// One block with 1000 MWh demand, 100 kWp PV (yield 1000 → 100 MWh) and a 10 kW fuel cell at
// capacity factor 0.5 (43.8 MWh): 14.38 %. A block without demand gets 0 % and a warning.
TEST(SelfSufficiencyLogic, HandComputedBlockAndZeroDemand) {
    const std::vector<data::Field> blockFields{{"id", data::FieldType::Integer},
                                               {"demand_mwh", data::FieldType::Real}};
    LayerBuilder blocks(GeometryFamily::Polygon, blockFields);
    blocks.add({square(0, 0, 100, 100)}, {std::int64_t(1), 1000.0})
        .add({square(200, 0, 300, 100)}, {std::int64_t(2), 0.0});
    LayerBuilder solar(GeometryFamily::Point, {{"capacity_kwp", data::FieldType::Real}});
    solar.add({{{50, 50}}}, {100.0}).add({{{250, 50}}}, {5.0});
    LayerBuilder fuel(GeometryFamily::Point, {{"capacity_kw", data::FieldType::Integer}});
    fuel.add({{{20, 20}}}, {std::int64_t(10)});
    auto input = inputOf({{"magok_blocks", blocks.layer},
                          {"magok_solar", solar.layer},
                          {"magok_fuel_cells", fuel.layer}});
    auto result = run(*plugins::magok::makeSelfSufficiencyAnalysis(), input,
                      {{"pv_yield", "1000"}, {"fuel_cell_capacity_factor", "0.5"}});
    ASSERT_TRUE(result);
    const auto& table = result->tables.at(0);
    EXPECT_NEAR(cell(table, 0, "generation_mwh"), 143.8, 1e-9);
    EXPECT_NEAR(cell(table, 0, "self_sufficiency_pct"), 14.38, 1e-9);
    EXPECT_EQ(cell(table, 1, "self_sufficiency_pct"), 0.0);
    EXPECT_EQ(result->summary.at("blocks_meeting_target"), 0);
    ASSERT_FALSE(result->warnings.empty());
    EXPECT_NE(result->warnings[0].find("block 2"), std::string::npos);

    // A layer that is not there: LayerNotFound naming it.
    auto missing = run(*plugins::magok::makeSelfSufficiencyAnalysis(), input,
                       {{"solar_layer", "pv_elsewhere"}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::LayerNotFound);
    EXPECT_EQ(missing.error().args.at(0), "pv_elsewhere");
}
