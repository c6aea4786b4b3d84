// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore on real GeoPackages: round trips, Save As, migrations written by hand with SQLite,
// refusal of newer / foreign files, and atomic failure.
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_writer.h"
#include "cityweave/project/project_store.h"
#include "project/raw_sql.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

using cw::ErrorCode;
using cw::project::LayerEntry;
using cw::project::Project;
using cw::project::ProjectInfo;
using cw::project::ProjectStore;
using cw::project::Sector;
using namespace cw::test;

namespace {

Project sampleProject() {
    Project p;
    p.title = {"서울 스마트도시 통합 지도", "Seoul smart city integrated map"};
    p.note = {"2024년 1차 검토", "first review 2024"};

    ProjectInfo a;
    a.id = "T-01";
    a.name = {"스마트 교차로", "Smart intersections"};
    a.sector = Sector::Transport;
    a.task = "E1";
    a.leadAgency = {"서울특별시 도시교통실", "Seoul Urban Transportation Office"};
    a.stage = 2;
    a.startYear = 2023;
    a.endYear = 2026;
    ProjectInfo b;
    b.id = "S-07";
    b.name = {"지능형 CCTV", "Intelligent CCTV"};
    b.sector = Sector::Safety;
    b.task = "S3";
    b.leadAgency = {"강서구청", "Gangseo-gu Office"};
    b.stage = 1;
    b.startYear = 2024;
    b.endYear = 2025;
    p.projects = {a, b};

    LayerEntry base;
    base.id = "gu";
    base.name = {"자치구 경계", "Gu boundaries"};
    base.source = "data/seoul_municipalities.shp";
    base.sourceLayer = "seoul_municipalities";
    base.encoding = "CP949";
    base.style.fill = {10, 20, 30, 0};
    base.style.stroke = {40, 50, 60, 255};
    base.style.strokeWidthMm = 0.5;
    base.style.opacity = 0.5;
    base.style.labelField = "SIG_KOR_NM";
    // A categorized style by gu code, labels below, drawn between 1:2,000 and 1:250,000.
    base.style.kind = cw::style::StyleKind::Categorized;
    base.style.classifyField = "SIG_CD";
    base.style.classes = cw::style::categorize({"11500", "11440", "11500"});
    base.style.classes[0].label = "마포구"; // 11440
    base.style.labelPlacement = cw::style::LabelPlacement::Below;
    base.style.minScale = 250000;
    base.style.maxScale = 2000;

    LayerEntry cctv;
    cctv.id = "cctv";
    cctv.name = {"CCTV 위치", "CCTV sites"};
    cctv.projectId = "S-07";
    cctv.source = "../shared/cctv.csv";
    cctv.crsOverride = "EPSG:5186";
    cctv.visible = false;
    cctv.style.pointSymbol = cw::style::PointSymbol::Triangle;
    cctv.style.pointSizeMm = 3.25;
    cctv.style.fill = {213, 94, 0, 200};

    LayerEntry embedded;
    embedded.id = "zones";
    embedded.name = {"교차로 구역", "Intersection zones"};
    embedded.projectId = "T-01";
    embedded.sourceLayer = "zones"; // stored inside the project file
    embedded.style.pointSymbol = cw::style::PointSymbol::Square;
    embedded.style.opacity = 0.25;
    p.layers = {base, cctv, embedded};

    p.view.crs = "EPSG:5186";
    p.view.extent = {179191.658796, 536548.255323, 216243.214632, 566846.479087};
    return p;
}

std::string errName(const cw::Error& e) {
    return cw::errorCodeName(e.code) + std::string(" ") + e.detail;
}

// An empty GeoPackage made by GDAL itself.
void createEmptyGpkg(const std::string& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(driver, nullptr);
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    GDALClose(ds);
}

} // namespace

TEST(ProjectStore, SchemaVersionIsEight) {
    EXPECT_EQ(ProjectStore::schemaVersion(), 8);
}

TEST(ProjectStore, SectorRulesRoundTripAndDefaultWhenNeverSet) {
    TempDir tmp;
    const std::string path = tmp.file("rules.gpkg");
    Project project = sampleProject();
    EXPECT_EQ(project.rules, cw::project::SectorRuleTable::defaults());
    // An edited table: one rule relabelled, one added, one removed.
    auto& rules = project.rules.rules();
    rules.erase(rules.begin());
    rules[0].label = cw::project::ZoneLabel::Duplication;
    rules.push_back({"cctv-x-parking",
                     {"CCTV × 주차", "CCTV x parking"},
                     Sector::Safety,
                     "S3",
                     Sector::Transport,
                     "T2",
                     cw::project::Relation::Proximity,
                     cw::project::ZoneLabel::Synergy});
    ASSERT_TRUE(ProjectStore::save(project, path).ok());
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->rules, project.rules);
    EXPECT_EQ(loaded->rules.rules().back().name.ko, "CCTV × 주차");
    EXPECT_EQ(sqlScalar(path, "SELECT COUNT(*) FROM cw_sector_rules"),
              std::to_string(project.rules.rules().size()));

    // Every rule deleted stays deleted (not silently replaced by the defaults).
    project.rules.rules().clear();
    ASSERT_TRUE(ProjectStore::save(project, path).ok());
    auto empty = ProjectStore::load(path);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->rules.rules().empty());
}

TEST(ProjectStore, SaveNewLoadEqualSaveInPlaceLoadEqual) {
    TempDir tmp;
    const std::string path = tmp.file("plan.cwproj.gpkg");
    const Project project = sampleProject();
    auto saved = ProjectStore::save(project, path);
    ASSERT_TRUE(saved.ok()) << errName(saved.error());
    // Only the project file: no temporary ".writing-*" left behind.
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(tmp.path()))
        files.push_back(entry.path().filename().string());
    EXPECT_EQ(files, std::vector<std::string>{"plan.cwproj.gpkg"});

    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok()) << errName(loaded.error());
    EXPECT_TRUE(*loaded == project);
    // Field by field for the ones operator== could hide behind a defaulted comparison bug.
    ASSERT_EQ(loaded->layers.size(), 3u);
    EXPECT_EQ(loaded->layers[0].id, "gu"); // drawing order kept
    EXPECT_EQ(loaded->layers[2].id, "zones");
    EXPECT_EQ(loaded->layers[0].style.opacity, 0.5);
    EXPECT_EQ(loaded->layers[0].encoding, "CP949");
    EXPECT_EQ(loaded->layers[0].name.ko, "자치구 경계");
    EXPECT_EQ(loaded->layers[0].style.fill, (cw::style::Rgba{10, 20, 30, 0}));
    EXPECT_EQ(loaded->layers[1].crsOverride, "EPSG:5186");
    EXPECT_FALSE(loaded->layers[1].visible);
    EXPECT_EQ(loaded->layers[1].style.pointSymbol, cw::style::PointSymbol::Triangle);
    const auto& gu = loaded->layers[0].style;
    EXPECT_EQ(gu.kind, cw::style::StyleKind::Categorized);
    EXPECT_EQ(gu.classifyField, "SIG_CD");
    ASSERT_EQ(gu.classes.size(), 2u); // the distinct codes, sorted: 11440, 11500
    EXPECT_EQ(gu.classes[0].value, "11440");
    EXPECT_EQ(gu.classes[0].label, "마포구");
    EXPECT_EQ(gu.labelPlacement, cw::style::LabelPlacement::Below);
    EXPECT_EQ(gu.minScale, 250000);
    EXPECT_EQ(gu.maxScale, 2000);
    EXPECT_EQ(loaded->layers[1].style.kind, cw::style::StyleKind::Single);
    EXPECT_EQ(loaded->projects[1].leadAgency.ko, "강서구청");
    EXPECT_EQ(loaded->projects[0].sector, Sector::Transport);
    EXPECT_EQ(loaded->view.extent, project.view.extent);
    ASSERT_NE(loaded->findProject("S-07"), nullptr);
    EXPECT_EQ(loaded->findProject("S-07")->name.en, "Intelligent CCTV");
    EXPECT_EQ(loaded->findProject("nope"), nullptr);

    auto version = ProjectStore::fileSchemaVersion(path);
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, ProjectStore::schemaVersion());

    // Change things and save in place: the removed layer must really be gone.
    Project changed = *loaded;
    changed.layers.erase(changed.layers.begin() + 1);
    changed.layers[0].style.opacity = 0.75;
    changed.view.extent = {};
    changed.title.en = "Renamed";
    auto again = ProjectStore::save(changed, path);
    ASSERT_TRUE(again.ok()) << errName(again.error());
    auto reloaded = ProjectStore::load(path);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_TRUE(*reloaded == changed);
    EXPECT_EQ(reloaded->layers.size(), 2u);
    EXPECT_TRUE(reloaded->view.extent.isNull());

    // Saving the loaded project unchanged in place keeps it equal.
    ASSERT_TRUE(ProjectStore::save(*reloaded, path, path).ok());
    auto third = ProjectStore::load(path);
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(*third == changed);
}

TEST(ProjectStore, FileIsAGeoPackageGdalCanList) {
    TempDir tmp;
    const std::string path = tmp.file("plan.gpkg");
    ASSERT_TRUE(ProjectStore::save(sampleProject(), path).ok());
    GDALAllRegister();
    // What `ogrinfo plan.gpkg` does: open as vector, list layers.
    GDALDataset* ds = GDALDataset::FromHandle(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    ASSERT_NE(ds, nullptr);
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "GPKG");
    OGRLayer* projects = ds->GetLayerByName("cw_projects");
    ASSERT_NE(projects, nullptr);
    EXPECT_EQ(projects->GetFeatureCount(), 2);
    EXPECT_EQ(projects->GetGeomType(), wkbNone);
    OGRLayer* layers = ds->GetLayerByName("cw_layers");
    ASSERT_NE(layers, nullptr);
    EXPECT_EQ(layers->GetFeatureCount(), 3);
    // Korean text stored as UTF-8, readable by any GeoPackage client.
    bool found = false;
    projects->ResetReading();
    for (auto& f : *projects)
        found |= std::string(f->GetFieldAsString("lead_agency_ko")) == "강서구청";
    EXPECT_TRUE(found);
    GDALClose(ds);
}

TEST(ProjectStore, ResolveAndRelativeSourceRoundTrip) {
    TempDir tmp;
    const std::string projectPath = (tmp.path() / "work/plan.gpkg").string();
    const fs::path sub = tmp.path() / "work/layers/roads.shp";
    const fs::path sibling = tmp.path() / "data/x.shp";

    EXPECT_EQ(ProjectStore::relativeSource(projectPath, sub.string()), "layers/roads.shp");
    EXPECT_EQ(ProjectStore::relativeSource(projectPath, sibling.string()), "../data/x.shp");

    LayerEntry layer;
    layer.source = "layers/roads.shp";
    EXPECT_EQ(fs::path(ProjectStore::resolveSource(projectPath, layer)), sub);
    layer.source = "../data/x.shp";
    EXPECT_EQ(fs::path(ProjectStore::resolveSource(projectPath, layer)), sibling);
    layer.source = ProjectStore::relativeSource(projectPath, sibling.string());
    EXPECT_EQ(fs::path(ProjectStore::resolveSource(projectPath, layer)), sibling);
    // Absolute paths and URLs pass through; an empty source means "inside the project file".
    layer.source = "/srv/gis/base.gpkg";
    EXPECT_EQ(ProjectStore::resolveSource(projectPath, layer), "/srv/gis/base.gpkg");
    layer.source = "/vsicurl/https://example.org/a.fgb";
    EXPECT_EQ(ProjectStore::resolveSource(projectPath, layer), layer.source);
    layer.source.clear();
    EXPECT_EQ(ProjectStore::resolveSource(projectPath, layer), projectPath);
}

TEST(ProjectStore, SaveAsCarriesEmbeddedLayersAndRebasesSources) {
    TempDir tmp;
    const std::string oldPath = (tmp.path() / "a/plan.gpkg").string();
    const std::string newPath = (tmp.path() / "b/deeper/plan-copy.gpkg").string();
    fs::create_directories(tmp.path() / "a");
    fs::create_directories(tmp.path() / "b/deeper");

    Project project = sampleProject();
    project.layers[0].source = "data/seoul_municipalities.shp"; // -> <tmp>/a/data/...
    project.layers[1].source = "../shared/cctv.csv";            // -> <tmp>/shared/cctv.csv
    ASSERT_TRUE(ProjectStore::save(project, oldPath).ok());

    // Embed a layer in the old project file.
    const fs::path geojson = tmp.path() / "zones.geojson";
    writeText(geojson, R"({"type":"FeatureCollection","features":[{"type":"Feature",
"properties":{"name":"마곡 교차로"},"geometry":{"type":"Polygon","coordinates":[[[126.83,37.56],
[126.84,37.56],[126.84,37.57],[126.83,37.56]]]}}]})");
    auto copied = cw::data::copyLayerToGeoPackage(geojson.string(), oldPath, "zones", "EPSG:5186");
    ASSERT_TRUE(copied.ok()) << errName(copied.error());
    ASSERT_TRUE(ProjectStore::load(oldPath).ok()); // still a valid project with the layer added

    auto saved = ProjectStore::save(project, newPath, oldPath);
    ASSERT_TRUE(saved.ok()) << errName(saved.error());
    auto loaded = ProjectStore::load(newPath);
    ASSERT_TRUE(loaded.ok()) << errName(loaded.error());
    EXPECT_EQ(loaded->layers[0].source, "../../a/data/seoul_municipalities.shp");
    EXPECT_EQ(loaded->layers[1].source, "../../shared/cctv.csv");
    EXPECT_EQ(loaded->layers[2].source, ""); // embedded stays embedded
    // Rebased sources resolve to the same files as before.
    EXPECT_EQ(ProjectStore::resolveSource(newPath, loaded->layers[0]),
              ProjectStore::resolveSource(oldPath, project.layers[0]));
    EXPECT_EQ(ProjectStore::resolveSource(newPath, loaded->layers[1]),
              (tmp.path() / "shared/cctv.csv").string());
    // Everything else equal.
    Project expected = project;
    expected.layers[0].source = loaded->layers[0].source;
    expected.layers[1].source = loaded->layers[1].source;
    EXPECT_TRUE(*loaded == expected);

    // The embedded layer came along, with its data.
    auto zones = cw::data::LayerReader::read(newPath, [] {
        cw::data::ReadOptions o;
        o.layerName = "zones";
        return o;
    }());
    ASSERT_TRUE(zones.ok()) << errName(zones.error());
    EXPECT_EQ(zones->featureCount(), 1u);
    EXPECT_EQ(zones->crs.authId(), "EPSG:5186");
    EXPECT_EQ(std::get<std::string>(zones->attributes[0][zones->fieldIndex("name")]),
              "마곡 교차로");

    // QGIS and ogrinfo list the embedded layer by its Korean name (gpkg_contents, read with
    // SQLite itself), the English one as its description.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(newPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT identifier, description FROM gpkg_contents WHERE "
                                 "table_name = 'zones'",
                                 -1, &st, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "교차로 구역");
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)), "Intersection zones");
    sqlite3_finalize(st);
    sqlite3_close(db);

    // The old file is untouched by Save As.
    auto old = ProjectStore::load(oldPath);
    ASSERT_TRUE(old.ok());
    EXPECT_TRUE(*old == project);
}

TEST(ProjectStore, MigratesHandWrittenV1File) {
    TempDir tmp;
    const std::string path = tmp.file("v1.gpkg");
    createEmptyGpkg(path);
    // Schema 1 as released: no opacity/label/symbol/encoding/CRS columns, no cw_view.
    sql(path, R"sql(
CREATE TABLE cw_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE cw_projects (
  id TEXT PRIMARY KEY NOT NULL, name_ko TEXT, name_en TEXT, sector TEXT NOT NULL, task TEXT,
  lead_agency_ko TEXT, lead_agency_en TEXT, stage INTEGER, start_year INTEGER, end_year INTEGER);
CREATE TABLE cw_layers (
  position INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, name_ko TEXT, name_en TEXT,
  project_id TEXT, source TEXT, source_layer TEXT, visible INTEGER NOT NULL DEFAULT 1,
  fill TEXT, stroke TEXT, stroke_width_mm REAL, point_size_mm REAL);
INSERT INTO cw_meta VALUES ('schema_version', '1'), ('title_ko', '옛 계획'), ('title_en', 'Old plan');
INSERT INTO cw_projects VALUES ('E-02', '에너지 관리', 'Energy management', 'energy', 'E2',
  '서울에너지공사', 'Seoul Energy Corp.', 3, 2019, 2022);
INSERT INTO cw_layers VALUES (0, 'bldg', '건물', 'Buildings', 'E-02', 'data/bldg.shp', 'bldg', 1,
  '#009e73a0', '#004030ff', 0.4, 2.0);
INSERT INTO cw_layers VALUES (1, 'grid', '격자', 'Grid', '', '../grid.gpkg', 'grid', 0,
  '#112233', '#445566ff', 0.1, 1.5);
)sql");
    auto before = ProjectStore::fileSchemaVersion(path);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(*before, 1);

    const std::string original = readBytes(path);
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok()) << errName(loaded.error());
    EXPECT_EQ(loaded->title.ko, "옛 계획");
    EXPECT_EQ(loaded->title.en, "Old plan");
    ASSERT_EQ(loaded->projects.size(), 1u);
    const ProjectInfo& p = loaded->projects[0];
    EXPECT_EQ(p.id, "E-02");
    EXPECT_EQ(p.name.ko, "에너지 관리");
    EXPECT_EQ(p.sector, Sector::Energy);
    EXPECT_EQ(p.leadAgency.ko, "서울에너지공사");
    EXPECT_EQ(p.stage, 3);
    EXPECT_EQ(p.startYear, 2019);
    EXPECT_EQ(p.endYear, 2022);
    ASSERT_EQ(loaded->layers.size(), 2u);
    const LayerEntry& l = loaded->layers[0];
    EXPECT_EQ(l.id, "bldg");
    EXPECT_EQ(l.name.ko, "건물");
    EXPECT_EQ(l.source, "data/bldg.shp");
    EXPECT_TRUE(l.visible);
    EXPECT_EQ(l.style.fill, (cw::style::Rgba{0x00, 0x9e, 0x73, 0xa0}));
    EXPECT_EQ(l.style.stroke, (cw::style::Rgba{0x00, 0x40, 0x30, 0xff}));
    EXPECT_DOUBLE_EQ(l.style.strokeWidthMm, 0.4);
    EXPECT_DOUBLE_EQ(l.style.pointSizeMm, 2.0);
    // New columns take their defaults.
    EXPECT_EQ(l.style.opacity, 1.0);
    EXPECT_EQ(l.style.labelField, "");
    EXPECT_EQ(l.style.pointSymbol, cw::style::PointSymbol::Circle);
    EXPECT_EQ(l.encoding, "");
    EXPECT_EQ(l.crsOverride, "");
    EXPECT_FALSE(loaded->layers[1].visible);
    EXPECT_EQ(loaded->layers[1].style.fill, (cw::style::Rgba{0x11, 0x22, 0x33, 0xff})); // #rrggbb
    EXPECT_EQ(loaded->view.crs, "EPSG:5186");
    EXPECT_TRUE(loaded->view.extent.isNull());
    // A file from before the rule table gets the default rules.
    EXPECT_EQ(loaded->rules, cw::project::SectorRuleTable::defaults());

    // Opening never writes: the file stays as it was until it is saved.
    EXPECT_EQ(readBytes(path), original);
    ASSERT_TRUE(ProjectStore::save(*loaded, path).ok());
    auto after = ProjectStore::fileSchemaVersion(path);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after, ProjectStore::schemaVersion());
    EXPECT_EQ(sqlScalar(path, "SELECT value FROM cw_meta WHERE key='schema_version'"),
              std::to_string(ProjectStore::schemaVersion()));
    EXPECT_EQ(sqlScalar(path, "SELECT opacity FROM cw_layers WHERE id='bldg'"), "1.0");
    // 5 registry tables, 4 planning tables and the sandbox-zone feature table.
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'cw_%'"),
              "10");
    // A second load reads the saved file as is.
    auto second = ProjectStore::load(path);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(*second == *loaded);
}

TEST(ProjectStore, NewerSchemaIsRefusedAndFileUnchanged) {
    TempDir tmp;
    const std::string path = tmp.file("future.gpkg");
    ASSERT_TRUE(ProjectStore::save(sampleProject(), path).ok());
    sql(path, "UPDATE cw_meta SET value='99' WHERE key='schema_version'");
    const std::string bytes = readBytes(path);

    auto loaded = ProjectStore::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::ProjectNewerSchema);
    ASSERT_GE(loaded.error().args.size(), 3u);
    EXPECT_EQ(loaded.error().args[1], "99");
    EXPECT_EQ(loaded.error().args[2], std::to_string(ProjectStore::schemaVersion()));
    EXPECT_EQ(readBytes(path), bytes);

    // Saving over it must not downgrade it either.
    auto saved = ProjectStore::save(sampleProject(), path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::ProjectNewerSchema);
    EXPECT_EQ(readBytes(path), bytes);
    auto version = ProjectStore::fileSchemaVersion(path);
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, 99);
}

TEST(ProjectStore, ForeignAndMissingFiles) {
    TempDir tmp;
    const fs::path text = tmp.path() / "notes.gpkg";
    writeText(text, "this is a text file, not a project\n");
    auto a = ProjectStore::load(text.string());
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::ProjectNotCityWeave);

    // A real GeoPackage that is not a CityWeave project.
    const std::string plain = tmp.file("plain.gpkg");
    createEmptyGpkg(plain);
    const std::string plainBytes = readBytes(plain);
    auto b = ProjectStore::load(plain);
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code, ErrorCode::ProjectNotCityWeave);
    EXPECT_EQ(readBytes(plain), plainBytes);

    auto c = ProjectStore::load(tmp.file("missing.gpkg"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::FileNotFound);
    EXPECT_FALSE(fs::exists(tmp.path() / "missing.gpkg"));
}

TEST(ProjectStore, FailedSaveCreatesNothingAndKeepsTheOldFile) {
    TempDir tmp;
    const std::string target = (tmp.path() / "no/such/dir/plan.gpkg").string();
    auto r = ProjectStore::save(sampleProject(), target);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ProjectWriteFailed);
    EXPECT_FALSE(fs::exists(tmp.path() / "no"));

    // Save As from an existing project into a missing folder: the old file stays as it was.
    const std::string old = tmp.file("plan.gpkg");
    ASSERT_TRUE(ProjectStore::save(sampleProject(), old).ok());
    const std::string bytes = readBytes(old);
    auto r2 = ProjectStore::save(sampleProject(), target, old);
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().code, ErrorCode::ProjectWriteFailed);
    EXPECT_EQ(readBytes(old), bytes);
    EXPECT_FALSE(fs::exists(tmp.path() / "no"));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path()))
        ++entries;
    EXPECT_EQ(entries, 1u); // only plan.gpkg: no stray temporary file
}
