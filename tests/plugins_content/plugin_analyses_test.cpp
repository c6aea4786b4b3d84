// SPDX-License-Identifier: GPL-3.0-or-later
// The three sector plugins' analyses run through `cityweave-cli analyze` on the built sample
// project; their outputs are read back with plain OGR and compared with figures obtained
// independently (each expectation says how).
#include "cli_runner.h"

using namespace cw::test;

namespace {

using Rows = std::vector<std::map<std::string, std::string>>;

Rows analyze(const TempDir& tmp, const std::string& analysis, const std::string& table,
             const std::string& extra = {}) {
    const std::string out = tmp.file(analysis + ".gpkg");
    const CliRun run = runCli(tmp, std::string("analyze '") + CW_SAMPLE_PROJECT + "' --analysis " +
                                       analysis + " --out '" + out + "' " + extra);
    EXPECT_EQ(run.exitCode, 0) << run.err;
    Dataset ds = openVector(out);
    if (!ds)
        return {};
    return readRows(*ds, table);
}

std::map<long, std::map<std::string, std::string>> byKey(const Rows& rows, const char* key) {
    std::map<long, std::map<std::string, std::string>> out;
    for (const auto& row : rows)
        out[std::atol(row.at(key).c_str())] = row;
    return out;
}

} // namespace

// Hand computation (plugins/magok-energy/data): generation = kWp × 1200 / 1000 + kW × 0.85 ×
// 8760 / 1000 MWh per block, / demand_mwh:
//  1: (950+400)×1.2 = 1620 / 42000 = 3.857143 %      5: 1200×1.2 = 1440 / 12000 = 12 %
//  2: 620×1.2 + 440×7.446 = 4020.24 / 36000 = 11.16733 %  6: 900×1.2 = 1080 / 9000 = 12 %
//  3: 480×1.2 + 2500×7.446 = 19191 / 18000 = 106.6167 %   7: 650×1.2 = 780 / 4000 = 19.5 %
//  4: 700×1.2 + 1000×7.446 = 8286 / 30000 = 27.62 %       8: 500×1.2 = 600 / 26000 = 2.307692 %
// District: 37017.24 / 177000 = 20.91370 %; at the 30 % target only block 3 meets it. Solar
// #11 (300 kWp, waterside park) lies in no block.
TEST(PluginAnalyses, MagokSelfSufficiencyByBlock) {
    TempDir tmp;
    const auto rows =
        byKey(analyze(tmp, "magok-self-sufficiency", "magok_self_sufficiency"), "block_id");
    ASSERT_EQ(rows.size(), 8u);
    const std::map<long, double> expectedPct{
        {1, 1620.0 / 420}, {2, 4020.24 / 360}, {3, 19191.0 / 180}, {4, 27.62},
        {5, 12.0},         {6, 12.0},          {7, 19.5},          {8, 600.0 / 260}};
    double generation = 0, demand = 0;
    int meeting = 0;
    for (const auto& [id, pct] : expectedPct) {
        EXPECT_NEAR(num(rows.at(id), "self_sufficiency_pct"), pct, 1e-9) << "block " << id;
        generation += num(rows.at(id), "generation_mwh");
        demand += num(rows.at(id), "demand_mwh");
        meeting += num(rows.at(id), "meets_target") == 1 ? 1 : 0;
    }
    EXPECT_NEAR(generation, 37017.24, 1e-6);
    EXPECT_NEAR(100 * generation / demand, 20.913695, 1e-6);
    EXPECT_EQ(meeting, 1);
    EXPECT_EQ(rows.at(3).at("meets_target"), "1");
    EXPECT_NEAR(num(rows.at(1), "pv_kwp"), 1350, 1e-9);
    EXPECT_NEAR(num(rows.at(3), "fuel_cell_kw"), 2500, 1e-9);

    // At a 12 % target, blocks 3, 4, 5, 6 and 7 meet it (5 and 6 exactly: 1440/12000).
    const auto lower =
        analyze(tmp, "magok-self-sufficiency", "magok_self_sufficiency", "--param target=12");
    int meetingAt12 = 0;
    for (const auto& row : lower)
        meetingAt12 += row.at("meets_target") == "1" ? 1 : 0;
    EXPECT_EQ(meetingAt12, 5);
}

// Independent figures: the routes and RSUs reprojected to EPSG:5186 with ogr2ogr, then a
// python3 brute force walking every segment in 1 cm steps and counting a step as covered when
// its midpoint is within 300 m of an RSU (error at most 1 cm per coverage boundary):
//   route  length_m  covered_m        route  length_m  covered_m
//   1      1446.881  1446.881         5      789.165   763.605
//   2      642.239   582.769          6      267.688   267.688
//   3      580.587   511.888          7      358.288   358.288
//   4      1128.973  474.152          8      641.865   176.425
// Total 5855.685 m, covered 4581.696 m (78.24 %). Routes 2, 3, 4, 5 and 8 each have one gap.
TEST(PluginAnalyses, SangamRouteCoverageMatchesBruteForce) {
    TempDir tmp;
    const auto rows = byKey(analyze(tmp, "sangam-rsu-coverage", "sangam_rsu_coverage"), "route_id");
    ASSERT_EQ(rows.size(), 8u);
    const std::map<long, std::pair<double, double>> expected{
        {1, {1446.881, 1446.881}}, {2, {642.239, 582.769}}, {3, {580.587, 511.888}},
        {4, {1128.973, 474.152}},  {5, {789.165, 763.605}}, {6, {267.688, 267.688}},
        {7, {358.288, 358.288}},   {8, {641.865, 176.425}}};
    for (const auto& [id, lengths] : expected) {
        EXPECT_NEAR(num(rows.at(id), "length_m"), lengths.first, 0.002) << "route " << id;
        EXPECT_NEAR(num(rows.at(id), "covered_m"), lengths.second, 0.05) << "route " << id;
    }
    EXPECT_NEAR(num(rows.at(4), "covered_pct"), 41.9985, 0.01);
    // Text columns survive the writer (route names from sangam_testbed_roads.geojson).
    EXPECT_EQ(rows.at(2).at("name"), "상암산로 시험 구간");
    EXPECT_EQ(rows.at(8).at("name"), "가양대로 연결 시험 구간");

    Dataset ds = openVector(tmp.file("sangam-rsu-coverage.gpkg"));
    ASSERT_TRUE(ds);
    OGRLayer* gaps = ds->GetLayerByName("sangam_uncovered_routes");
    ASSERT_NE(gaps, nullptr);
    EXPECT_EQ(gaps->GetFeatureCount(), 5);
    // Each gap's geometry is as long as the table's uncovered length (measured here by OGR).
    std::map<long, double> gapLength;
    gaps->ResetReading();
    while (OGRFeature* f = gaps->GetNextFeature()) {
        const auto* g = f->GetGeometryRef();
        ASSERT_NE(g, nullptr);
        gapLength[f->GetFieldAsInteger64("route_id")] += g->toMultiLineString()->get_Length();
        OGRFeature::DestroyFeature(f);
    }
    for (const auto& [id, length] : gapLength)
        EXPECT_NEAR(length, num(rows.at(id), "uncovered_m"), 1e-6) << "route " << id;
    EXPECT_EQ(gapLength.size(), 5u);
}

// Independent figures: ogr2ogr -dialect SQLite on the plugin's GeoJSON,
//   SELECT b.id, (SELECT count(*) FROM gvalley_firms f WHERE ST_Within(f.geom, b.geom)),
//          ST_Area(ST_Transform(b.geom, 5186)) / 10000 FROM gvalley_blocks b
TEST(PluginAnalyses, GvalleyFirmDensityMatchesSpatialite) {
    TempDir tmp;
    const auto rows =
        byKey(analyze(tmp, "gvalley-firm-density", "gvalley_firm_density"), "block_id");
    ASSERT_EQ(rows.size(), 7u);
    const std::map<long, std::pair<int, double>> expected{
        {1, {64, 10.365421636802}},  {2, {48, 6.67489193135388}}, {3, {22, 3.57322582057416}},
        {4, {40, 4.84941137502305}}, {5, {36, 11.7806443333648}}, {6, {30, 10.0137910313852}},
        {7, {18, 1.0308285621766}}};
    for (const auto& [id, e] : expected) {
        EXPECT_EQ(num(rows.at(id), "firms"), e.first) << "block " << id;
        EXPECT_NEAR(num(rows.at(id), "area_ha"), e.second, e.second * 1e-7) << "block " << id;
        EXPECT_NEAR(num(rows.at(id), "firms_per_ha"), e.first / e.second, 1e-5) << "block " << id;
    }
}

TEST(PluginAnalyses, MissingInputLayerIsAClearError) {
    TempDir tmp;
    const std::string out = tmp.file("x.gpkg");
    const CliRun run = runCli(tmp, std::string("analyze '") + CW_SAMPLE_PROJECT +
                                       "' --analysis gvalley-firm-density --param "
                                       "blocks_layer=no_such_blocks --out '" +
                                       out + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("no_such_blocks"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("blocks_layer"), std::string::npos) << run.err;
}
