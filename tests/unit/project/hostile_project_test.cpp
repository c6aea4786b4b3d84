// SPDX-License-Identifier: GPL-3.0-or-later
// A project file is data, never code: files passed from desk to desk are broken or crafted now
// and then. Every case ends in a named error or a normal result, never a crash, a hang or a
// change to the file.
#include "cityweave/manifest/manifest_build.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/project_store.h"
#include "cityweave/project/report_template_store.h"
#include "project/raw_sql.h"
#include "test_support.h"

#include <gtest/gtest.h>
#if !defined(_WIN32)
#include <sys/stat.h> // mkfifo: Windows has no named pipes in its file system
#endif

using cw::ErrorCode;
using cw::project::LayerEntry;
using cw::project::Project;
using cw::project::ProjectStore;
using cw::project::ReportTemplateStore;
using namespace cw::test;

namespace {

std::string savedProject(TempDir& tmp, const std::string& name) {
    Project p;
    p.title = {"계획", "Plan"};
    LayerEntry layer;
    layer.id = "cctv";
    layer.name = {"CCTV", "CCTV"};
    layer.source = "cctv.geojson";
    p.layers.push_back(layer);
    const std::string path = tmp.file(name);
    EXPECT_TRUE(ProjectStore::save(p, path).ok());
    return path;
}

} // namespace

// The schema version picks the migrations to run: garbage is refused as damage, a number from
// the future as a newer file, never used as an index (regression: -5 and 2^31 crashed).
TEST(HostileProject, SchemaVersionOutOfRangeIsRefusedAndTheFileUnchanged) {
    TempDir tmp;
    for (const auto& [value, expected] : {std::pair{"-5", ErrorCode::CorruptFile},
                                          {"abc", ErrorCode::CorruptFile},
                                          {"3x", ErrorCode::CorruptFile},
                                          {"", ErrorCode::CorruptFile},
                                          {"2147483648", ErrorCode::ProjectNewerSchema},
                                          {"99999999999999999999999", ErrorCode::CorruptFile}}) {
        const std::string path = savedProject(tmp, std::string("version") + value + ".gpkg");
        sql(path,
            std::string("UPDATE cw_meta SET value='") + value + "' WHERE key='schema_version'");
        const std::string before = readBytes(path);
        auto loaded = ProjectStore::load(path);
        ASSERT_FALSE(loaded.ok()) << value;
        EXPECT_EQ(loaded.error().code, expected) << value;
        auto saved = ProjectStore::save(Project{}, path);
        EXPECT_FALSE(saved.ok()) << value;
        EXPECT_EQ(readBytes(path), before) << value;
    }
}

// Triggers in the file never run: one that empties the layer list whenever anything is added to
// gpkg_contents, one that calls load_extension, neither fires on a load or a template save.
TEST(HostileProject, TriggersInTheFileNeverRun) {
    TempDir tmp;
    const std::string path = savedProject(tmp, "triggers.gpkg");
    sql(path, "CREATE TRIGGER wipe AFTER INSERT ON gpkg_contents BEGIN DELETE FROM cw_layers; END;"
              "CREATE TRIGGER load AFTER UPDATE ON cw_meta BEGIN "
              "SELECT load_extension('/tmp/evil'); END;"
              "CREATE TRIGGER wipe_on_delete AFTER DELETE ON cw_projects BEGIN "
              "DELETE FROM cw_layers; END;");
    ASSERT_TRUE(ProjectStore::load(path).ok());
    ASSERT_TRUE(ReportTemplateStore::save(path, "t", "{}").ok());
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM cw_layers"), "1");
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(ProjectStore::save(*loaded, path).ok()); // deletes and rewrites cw_projects
    EXPECT_EQ(sqlScalar(path, "SELECT count(*) FROM cw_layers"), "1");
}

// A registry table replaced by a view that never ends (a recursive CTE) is refused at once.
TEST(HostileProject, RecursiveViewIsRefusedNotRun) {
    TempDir tmp;
    const std::string path = savedProject(tmp, "view.gpkg");
    sql(path, "DROP TABLE cw_projects; CREATE VIEW cw_projects AS WITH RECURSIVE n(i) AS "
              "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS id, '' AS name_ko, "
              "'' AS name_en, 'energy' AS sector, '' AS task, '' AS lead_agency_ko, "
              "'' AS lead_agency_en, 1 AS stage, 0 AS start_year, 0 AS end_year FROM n;");
    auto loaded = ProjectStore::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::CorruptFile) << loaded.error().detail;
}

// A registry table with columns other than ours: a named error, not a crash on a failed prepare.
TEST(HostileProject, RegistryTableWithOtherColumnsIsAnError) {
    TempDir tmp;
    const std::string path = savedProject(tmp, "columns.gpkg");
    sql(path, "DROP TABLE cw_layers; CREATE TABLE cw_layers (something TEXT);");
    auto loaded = ProjectStore::load(path);
    if (loaded.ok())
        EXPECT_TRUE(loaded->layers.empty());
    else
        EXPECT_EQ(loaded.error().code, ErrorCode::CorruptFile);
    sql(path, "DROP TABLE gpkg_contents; CREATE TABLE gpkg_contents (x INTEGER);");
    EXPECT_FALSE(ReportTemplateStore::save(path, "t", "{}").ok());
}

// Saving a report template checks the file first: a plain GeoPackage, an older or a newer
// project is refused with nothing written.
TEST(HostileProject, TemplateIsSavedOnlyIntoACurrentProject) {
    TempDir tmp;
    const std::string newer = savedProject(tmp, "newer.gpkg");
    sql(newer, "UPDATE cw_meta SET value='99' WHERE key='schema_version'");
    const std::string older = savedProject(tmp, "older.gpkg");
    sql(older, "UPDATE cw_meta SET value='1' WHERE key='schema_version'");
    const std::string plain = savedProject(tmp, "plain.gpkg");
    sql(plain, "DROP TABLE cw_meta");
    for (const auto& [path, expected] : {std::pair{newer, ErrorCode::ProjectNewerSchema},
                                         {older, ErrorCode::ProjectWriteFailed},
                                         {plain, ErrorCode::ProjectNotCityWeave}}) {
        const std::string before = readBytes(path);
        auto saved = ReportTemplateStore::save(path, "t", "{}");
        ASSERT_FALSE(saved.ok()) << path;
        EXPECT_EQ(saved.error().code, expected) << path;
        EXPECT_EQ(readBytes(path), before) << path;
    }
}

// A layer source naming a web address or a GDAL virtual path is refused before GDAL sees it:
// checking or drawing someone's project must not make requests to hosts the file names.
TEST(HostileProject, RemoteLayerSourcesAreRefusedByDefault) {
    TempDir tmp;
    const std::string path = savedProject(tmp, "remote.gpkg");
    for (const char* source : {"/vsicurl/http://127.0.0.1:9/x.geojson", "http://127.0.0.1:9/x",
                               "PG:dbname=x host=127.0.0.1 port=9", "/vsis3/bucket/x.gpkg",
                               "/vsizip//vsicurl/http://127.0.0.1:9/x.zip"}) {
        LayerEntry layer;
        layer.id = "remote";
        layer.source = source;
        auto loaded = cw::project::loadProjectLayer(path, layer, {}, {});
        ASSERT_FALSE(loaded.ok()) << source;
        EXPECT_EQ(loaded.error().code, ErrorCode::RemoteSourceRefused) << source;
    }
}

// Another program writing to the project (holding SQLite's lock past the busy timeout): opening
// and saving say it is in use, not that it is no project or that saving failed.
TEST(HostileProject, LockedProjectIsInUse) {
    TempDir tmp;
    const std::string path = savedProject(tmp, "locked.gpkg");
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    auto loaded = ProjectStore::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::FileInUse);
    auto saved = ProjectStore::save(Project{}, path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::FileInUse);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_TRUE(ProjectStore::load(path).ok());
}

namespace {

// A plan with two sandbox zones and two scenarios, saved.
std::string zonedProject(TempDir& tmp, const std::string& name) {
    Project p;
    for (const char* id : {"zone-a", "zone-b"}) {
        cw::project::SandboxZone zone;
        zone.id = id;
        zone.area.beginFeature();
        zone.area.beginPart(true);
        for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 0.0}})
            zone.area.addCoord(180000 + x, 550000 + y);
        zone.area.endPart();
        zone.area.endFeature();
        p.sandboxZones.push_back(zone);
    }
    for (const char* id : {"plan-a", "plan-b"}) {
        cw::project::Scenario s;
        s.id = id;
        p.scenarios.push_back(s);
    }
    p.activeScenario = "plan-a";
    const std::string path = tmp.file(name);
    EXPECT_TRUE(ProjectStore::save(p, path).ok());
    return path;
}

} // namespace

// A damaged sandbox zone or scenario is named and left out; the rest of the project opens
// (regression: the whole file was refused as "damaged or truncated. (not an error)").
TEST(HostileProject, DamagedZoneAndScenarioAreNamedAndTheRestOpens) {
    TempDir tmp;
    const std::string path = zonedProject(tmp, "zones.gpkg");
    sql(path, "UPDATE cw_sandbox_zones SET geom = X'47500003DEADBEEF' WHERE id = 'zone-b';"
              "UPDATE cw_scenarios SET plan_json = '{\"projects\": 5' WHERE id = 'plan-b';");
    auto loaded = ProjectStore::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().detail;
    ASSERT_EQ(loaded->sandboxZones.size(), 1u);
    EXPECT_EQ(loaded->sandboxZones[0].id, "zone-a");
    ASSERT_EQ(loaded->scenarios.size(), 1u);
    EXPECT_EQ(loaded->scenarios[0].id, "plan-a");
    EXPECT_EQ(loaded->damagedParts,
              (std::vector<std::string>{"sandbox zone zone-b: its boundary cannot be read",
                                        "scenario plan-b: its plan cannot be read"}));
}

#if !defined(_WIN32)
// A pipe named like a project is refused before it is opened (opening it would block).
TEST(HostileProject, PipeAsProjectIsRefusedAtOnce) {
    TempDir tmp;
    const std::string fifo = tmp.file("plan.cwproject.gpkg");
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    auto loaded = ProjectStore::load(fifo);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotARegularFile);
}
#endif

// Manifests with values of the wrong type, out of range or not even files: a named error and no
// file written (regression: nlohmann::json type_error ended the process; 1e30 was cast to int).
TEST(HostileProject, ManifestWithWrongTypesIsAnError) {
    TempDir tmp;
    const std::string out = tmp.file("built.gpkg");
    for (const std::string manifest :
         {R"({"title":3,"projects":{"a":1},"sandbox_zones":[{"id":1}]})",
          R"({"projects":[{"id":"p","sector":[]}]})",
          R"({"projects":[{"id":"p","sector":"energy","stage":1e30}]})",
          R"({"projects":[{"id":"p","sector":"energy","stage":"two"}]})",
          R"({"projects":[{"id":"p","sector":"energy","budget_krw":1e300}]})",
          R"({"projects":[{"id":"p","sector":"energy","start_year":2024.5}]})",
          R"({"sandbox_zones":[{"id":"z","valid_years":-1e30}]})", R"([1,2,3])"}) {
        writeText(tmp.file("manifest.json"), manifest);
        auto built =
            cw::manifest::buildProjectFromManifest(tmp.file("manifest.json"), out, "EPSG:5186", {});
        ASSERT_FALSE(built.ok()) << manifest;
        // CorruptFile, or InvalidArgument naming the project whose planning fields are wrong.
        EXPECT_TRUE(built.error().code == ErrorCode::CorruptFile ||
                    built.error().code == ErrorCode::InvalidArgument)
            << manifest << ": " << cw::errorCodeName(built.error().code);
        EXPECT_FALSE(fs::exists(out)) << manifest;
        EXPECT_FALSE(fs::exists(out + ".building.gpkg")) << manifest;
    }
    fs::create_directory(tmp.file("folder.json"));
    auto folder =
        cw::manifest::buildProjectFromManifest(tmp.file("folder.json"), out, "EPSG:5186", {});
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, ErrorCode::NotARegularFile);
}
