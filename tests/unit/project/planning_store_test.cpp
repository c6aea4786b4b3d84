// SPDX-License-Identifier: GPL-3.0-or-later
// The planning model in the project file: round trip through ProjectStore, and the sandbox
// zones read back by GDAL as a polygon layer (the independent engine QGIS uses).
#include "cityweave/project/project_store.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

using namespace cw::project;
using namespace cw::test;

namespace {

Project plannedProject() {
    Project p;
    p.title = {"계획", "Plan"};
    ProjectInfo magok;
    magok.id = "magok-energy";
    magok.name = {"마곡 스마트 에너지", "Magok smart energy"};
    magok.sector = Sector::Energy;
    magok.task = "E1";
    magok.stage = 3;
    magok.startYear = 2014;
    magok.endYear = 2028;
    magok.axis = Axis::GreenEnergy;
    magok.partners = {{PartnerKind::Company, {"한국전력", "KEPCO"}},
                      {PartnerKind::CitizenGroup, {"마곡 주민협의회", "Magok residents' council"}}};
    magok.budgetKrw = 12'000'000'000LL;
    magok.status = ProjectStatus::Running;
    magok.provenance = {"Seoul report", "SH", "2019-01-01", "KOGL-1"};
    magok.requiredExemptions = {Exemption::PublicInformationUse, Exemption::PrivateNetworkLinkage};
    magok.indicators = {{"electric_self_sufficiency",
                         {"전력 자립률", "Electric self-sufficiency"},
                         "%",
                         2022,
                         std::nullopt,
                         30.0,
                         std::nullopt,
                         false},
                        {"fine_dust_cut",
                         {"미세먼지 감축", "Fine dust cut"},
                         "t/yr",
                         2022,
                         0.0,
                         190.0,
                         150.5,
                         true}};
    magok.rollout = {{2026, {"11500", "11440"}}, {2027, {"11530"}}};
    p.projects = {magok};

    SandboxZone zone;
    zone.id = "magok-sandbox";
    zone.name = {"마곡 규제샌드박스", "Magok sandbox"};
    // A 400 m x 300 m rectangle with a 100 m x 100 m hole: 110,000 m².
    zone.area.beginFeature();
    zone.area.beginPart(true);
    for (auto [x, y] : {std::pair{180000.0, 550000.0},
                        {180400.0, 550000.0},
                        {180400.0, 550300.0},
                        {180000.0, 550300.0},
                        {180000.0, 550000.0}})
        zone.area.addCoord(x, y);
    zone.area.endPart();
    zone.area.beginPart(false);
    for (auto [x, y] : {std::pair{180100.0, 550100.0},
                        {180100.0, 550200.0},
                        {180200.0, 550200.0},
                        {180200.0, 550100.0},
                        {180100.0, 550100.0}})
        zone.area.addCoord(x, y);
    zone.area.endPart();
    zone.area.endFeature();
    zone.exemptions = {Exemption::PublicInformationUse, Exemption::PrivateNetworkLinkage};
    zone.startYear = 2024;
    zone.validYears = 4;
    zone.extensionYears = 2;
    zone.caps = {{CapKind::Features, 50}, {CapKind::AreaM2, 80000.5}};
    zone.notes = "자가망 연계 시험";
    p.sandboxZones = {zone};
    return p;
}

} // namespace

TEST(PlanningStore, RoundTripsEveryPlanningField) {
    TempDir tmp;
    const std::string path = tmp.file("plan.gpkg");
    const Project saved = plannedProject();
    ASSERT_TRUE(ProjectStore::save(saved, path).ok());
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok()) << cw::errorCodeName(loaded.error().code);
    EXPECT_EQ(loaded->projects, saved.projects);
    EXPECT_EQ(loaded->sandboxZones, saved.sandboxZones);
    // Saving in place again (delete + insert inside the transaction) keeps it equal.
    ASSERT_TRUE(ProjectStore::save(loaded.value(), path).ok());
    auto again = ProjectStore::load(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), loaded.value());
}

TEST(PlanningStore, SandboxZonesAreAPolygonLayerForGdal) {
    TempDir tmp;
    const std::string path = tmp.file("plan.gpkg");
    ASSERT_TRUE(ProjectStore::save(plannedProject(), path).ok());
    GDALAllRegister();
    GDALDataset* ds = GDALDataset::FromHandle(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    ASSERT_NE(ds, nullptr);
    OGRLayer* zones = ds->GetLayerByName("cw_sandbox_zones");
    ASSERT_NE(zones, nullptr);
    EXPECT_EQ(wkbFlatten(zones->GetGeomType()), wkbMultiPolygon);
    ASSERT_NE(zones->GetSpatialRef(), nullptr);
    EXPECT_STREQ(zones->GetSpatialRef()->GetAuthorityCode(nullptr), "5186");
    zones->ResetReading();
    OGRFeature* f = zones->GetNextFeature();
    ASSERT_NE(f, nullptr);
    ASSERT_NE(f->GetGeometryRef(), nullptr);
    // 400 x 300 minus the 100 x 100 hole, computed by GDAL from our blob.
    EXPECT_NEAR(f->GetGeometryRef()->toMultiPolygon()->get_Area(), 110000.0, 1e-6);
    EXPECT_STREQ(f->GetFieldAsString("exemptions"), "public_information,private_network");
    EXPECT_STREQ(f->GetFieldAsString("notes"), "자가망 연계 시험");
    OGRFeature::DestroyFeature(f);
    OGRLayer* indicators = ds->GetLayerByName("cw_indicators");
    ASSERT_NE(indicators, nullptr);
    EXPECT_EQ(indicators->GetFeatureCount(), 2);
    GDALClose(ds);
}

TEST(PlanningStore, ScenariosRoundTripWithTheActiveOneHoldingTheWorkingPlan) {
    TempDir tmp;
    const std::string path = tmp.file("plan.gpkg");
    Project p = plannedProject();
    Scenario a;
    a.id = "order-a";
    a.name = {"순서 A", "Order A"};
    a.description = "Gangseo first";
    a.projects = p.projects;
    a.sandboxZones = p.sandboxZones;
    Scenario b = a;
    b.id = "order-b";
    b.name = {"순서 B", "Order B"};
    b.projects[0].rollout = {{2026, {"11530"}}, {2027, {"11500", "11440"}}};
    b.sandboxZones.clear();
    b.layerVariants["magok_blocks"] = "magok_blocks__order_b";
    p.scenarios = {a, b};
    p.activeScenario = "order-a";
    // An edit to the working plan belongs to the active scenario when saved.
    p.projects[0].endYear = 2030;
    ASSERT_TRUE(ProjectStore::save(p, path).ok());
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->activeScenario, "order-a");
    ASSERT_EQ(loaded->scenarios.size(), 2u);
    EXPECT_EQ(loaded->scenarios[0].projects[0].endYear, 2030);
    EXPECT_EQ(loaded->scenarios[0].description, "Gangseo first");
    EXPECT_EQ(loaded->scenarios[1], b);
    EXPECT_EQ(loaded->projects, p.projects);
}
