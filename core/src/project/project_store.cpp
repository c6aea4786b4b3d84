// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/project_store.h"

#include "../data/gdal_dataset.h"
#include "cityweave/core/durable_file.h"
#include "cityweave/core/utf8_path.h"
#include "cityweave/project/plan_database.h"
#include "planning_store.h"
#include "qgis_style_table.h"
#include "schema_migrations.h"
#include "sqlite_db.h"

#include <cstdio>
#include <filesystem>
#include <limits>
#include <sstream>

#if defined(_WIN32)
#include <share.h>
#endif

namespace cw::project {
namespace fs = std::filesystem;

namespace {

constexpr const char* kRegistryTables[] = {"cw_meta", "cw_projects", "cw_layers", "cw_view",
                                           "cw_sector_rules"};

// `path` with forward slashes on every platform, in UTF-8.
std::string genericUtf8(const fs::path& path) {
    const std::u8string text = path.generic_u8string();
    return std::string(text.begin(), text.end());
}

bool isGeoPackage(const std::string& path) {
    std::error_code ec;
    const fs::path file = pathFromUtf8(path);
    if (!fs::is_regular_file(file, ec))
        return false; // opening a pipe would block
#if defined(_WIN32)
    // The UTF-8 name as UTF-16: fopen would read it in the ANSI code page. _wfsopen with
    // _SH_DENYNO is what _wfopen does, without MSVC's C4996 deprecation warning.
    std::FILE* f = _wfsopen(file.c_str(), L"rb", _SH_DENYNO);
#else
    std::FILE* f = std::fopen(path.c_str(), "rb");
#endif
    if (!f)
        return false;
    unsigned char header[72] = {};
    const bool read = std::fread(header, 1, sizeof header, f) == sizeof header;
    std::fclose(f);
    // SQLite magic plus the GeoPackage application id "GPKG" at offset 68.
    return read && std::string(reinterpret_cast<char*>(header), 15) == "SQLite format 3" &&
           header[68] == 'G' && header[69] == 'P' && header[70] == 'K' && header[71] == 'G';
}

// A plan in PostgreSQL is not rewritten whole: each object is saved on its own, with conflict
// detection (PlanSession), so that one planner's save never overwrites another's work.
Error refuseDatabaseSave(const std::string& url) {
    auto location = parseDatabaseLocation(url);
    return makeError(ErrorCode::ProjectWriteFailed, {location ? location->displayUrl() : url},
                     "a plan in a database is changed object by object, not saved as a whole");
}

// The schema version a file records, checked: it picks the migrations to run, so a negative or
// garbled number is refused here rather than used as an index.
Result<int> recordedSchemaVersion(SqliteDb& db, const std::string& path) {
    const auto text = db.metaValue("schema_version");
    if (!text)
        return 0;
    std::size_t used = 0;
    long long version = -1;
    try {
        version = std::stoll(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text->size() || version < 0)
        return makeError(ErrorCode::CorruptFile, {path},
                         "cw_meta schema_version is \"" + text->substr(0, 40) + "\"");
    return static_cast<int>(std::min<long long>(version, std::numeric_limits<int>::max()));
}

// The same, refusing a file of a newer version than this build knows.
Result<int> readSchemaVersion(SqliteDb& db, const std::string& path) {
    auto version = recordedSchemaVersion(db, path);
    if (version && *version > ProjectStore::schemaVersion())
        return makeError(
            ErrorCode::ProjectNewerSchema,
            {path, std::to_string(*version), std::to_string(ProjectStore::schemaVersion())});
    return version;
}

Status migrate(SqliteDb& db, const std::string& path) {
    const auto version = readSchemaVersion(db, path);
    if (!version)
        return version.error();
    const int from = *version;
    const int to = ProjectStore::schemaVersion();
    for (int v = from; v < to; ++v) {
        if (!db.exec(schemaMigrations()[v]))
            return makeError(ErrorCode::ProjectWriteFailed, {path}, db.lastError());
    }
    if (from != to) {
        auto st =
            db.prepare("INSERT OR REPLACE INTO cw_meta (key, value) VALUES ('schema_version', ?)");
        if (!st.bind(1, std::to_string(to)).run())
            return makeError(ErrorCode::ProjectWriteFailed, {path}, db.lastError());
    }
    return Ok{};
}

// Lists the registry tables in gpkg_contents so that QGIS and ogrinfo show them as tables.
bool registerTables(SqliteDb& db) {
    auto st = db.prepare(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change) VALUES (?, 'attributes', ?, 'CityWeave project data', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    for (const char* table : kRegistryTables)
        if (!st.bind(1, std::string(table)).bind(2, std::string(table)).run())
            return false;
    return registerPlanningTables(db);
}

// Layers kept inside the project file carry their names in gpkg_contents, so that QGIS and
// ogrinfo list them as 마곡 에너지 시설, not as table ids. A name another table already uses
// (identifiers are unique) leaves that layer's as it was: a save never fails over a name.
bool nameStoredLayers(SqliteDb& db, const Project& project) {
    auto st = db.prepare("UPDATE OR IGNORE gpkg_contents SET identifier = ?, description = ? "
                         "WHERE table_name = ? AND data_type = 'features'");
    for (const LayerEntry& layer : project.layers) {
        if (!layer.source.empty() || layer.sourceLayer.empty())
            continue;
        const std::string& name = layer.name.in("ko");
        if (!st.bind(1, name.empty() ? layer.id : name)
                 .bind(2, layer.name.in("en"))
                 .bind(3, layer.sourceLayer)
                 .run())
            return false;
    }
    return true;
}

bool writeRegistry(SqliteDb& db, const Project& project) {
    for (const char* table : {"cw_projects", "cw_layers", "cw_view", "cw_sector_rules"})
        if (!db.exec(std::string("DELETE FROM ") + table))
            return false;
    auto meta = db.prepare("INSERT OR REPLACE INTO cw_meta (key, value) VALUES (?, ?)");
    for (const auto& [key, value] : {std::pair{"title_ko", project.title.ko},
                                     {"title_en", project.title.en},
                                     {"note_ko", project.note.ko},
                                     {"note_en", project.note.en}})
        if (!meta.bind(1, std::string(key)).bind(2, value).run())
            return false;

    auto pst =
        db.prepare("INSERT INTO cw_projects (id, name_ko, name_en, sector, task, lead_agency_ko, "
                   "lead_agency_en, stage, start_year, end_year) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (const ProjectInfo& p : project.projects) {
        pst.bind(1, p.id)
            .bind(2, p.name.ko)
            .bind(3, p.name.en)
            .bind(4, std::string(sectorKey(p.sector)));
        pst.bind(5, p.task).bind(6, p.leadAgency.ko).bind(7, p.leadAgency.en);
        pst.bind(8, (long long)p.stage)
            .bind(9, (long long)p.startYear)
            .bind(10, (long long)p.endYear);
        if (!pst.run())
            return false;
    }
    auto lst = db.prepare(
        "INSERT INTO cw_layers (position, id, name_ko, name_en, project_id, source, source_layer, "
        "visible, fill, stroke, stroke_width_mm, point_size_mm, opacity, label_field, "
        "point_symbol, encoding, crs_override, provenance_source, provenance_owner, "
        "provenance_date, "
        "provenance_licence, origin_plugin, origin_plugin_version, origin_layer_source, "
        "origin_layer, table_options, style_json) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    long long position = 0;
    for (const LayerEntry& l : project.layers) {
        lst.bind(1, position++).bind(2, l.id).bind(3, l.name.ko).bind(4, l.name.en);
        lst.bind(5, l.projectId).bind(6, l.source).bind(7, l.sourceLayer);
        lst.bind(8, (long long)(l.visible ? 1 : 0)).bind(9, l.style.fill.toHex());
        lst.bind(10, l.style.stroke.toHex()).bind(11, l.style.strokeWidthMm);
        lst.bind(12, l.style.pointSizeMm).bind(13, l.style.opacity).bind(14, l.style.labelField);
        lst.bind(15, std::string(style::pointSymbolKey(l.style.pointSymbol)));
        lst.bind(16, l.encoding).bind(17, l.crsOverride);
        lst.bind(18, l.provenance.source).bind(19, l.provenance.owner);
        lst.bind(20, l.provenance.date).bind(21, l.provenance.licence);
        lst.bind(22, l.origin.pluginId).bind(23, l.origin.pluginVersion);
        lst.bind(24, l.origin.layerSourceId).bind(25, l.origin.layerId);
        lst.bind(26, data::tableOptionsToJson(l.table));
        lst.bind(27, style::styleExtrasToJson(l.style));
        if (!lst.run())
            return false;
    }
    auto rst =
        db.prepare("INSERT INTO cw_sector_rules (position, id, name_ko, name_en, sector_a, "
                   "task_a, sector_b, task_b, relation, label) VALUES (?,?,?,?,?,?,?,?,?,?)");
    long long rulePosition = 0;
    for (const SectorRule& r : project.rules.rules()) {
        rst.bind(1, rulePosition++).bind(2, r.id).bind(3, r.name.ko).bind(4, r.name.en);
        rst.bind(5, std::string(sectorKey(r.sectorA))).bind(6, r.taskA);
        rst.bind(7, std::string(sectorKey(r.sectorB))).bind(8, r.taskB);
        rst.bind(9, std::string(relationKey(r.relation)))
            .bind(10, std::string(zoneLabelKey(r.label)));
        if (!rst.run())
            return false;
    }
    // From now on an empty table means the user removed every rule, not "never set".
    if (!meta.bind(1, std::string("rules_initialised")).bind(2, std::string("1")).run())
        return false;
    auto vst = db.prepare("INSERT INTO cw_view (key, value) VALUES (?, ?)");
    std::ostringstream extent;
    extent.precision(17);
    if (!project.view.extent.isNull())
        extent << project.view.extent.minX << ',' << project.view.extent.minY << ','
               << project.view.extent.maxX << ',' << project.view.extent.maxY;
    return vst.bind(1, std::string("crs")).bind(2, project.view.crs).run() &&
           vst.bind(1, std::string("extent")).bind(2, extent.str()).run() &&
           writePlanning(db, project);
}

Result<Project> readRegistry(SqliteDb& db, const std::string& path) {
    Project project;
    project.title = {db.metaValue("title_ko").value_or(""), db.metaValue("title_en").value_or("")};
    project.note = {db.metaValue("note_ko").value_or(""), db.metaValue("note_en").value_or("")};
    auto pst =
        db.prepare("SELECT id, name_ko, name_en, sector, task, lead_agency_ko, "
                   "lead_agency_en, stage, start_year, end_year FROM cw_projects ORDER BY rowid");
    while (pst.step()) {
        ProjectInfo p;
        p.id = pst.text(0);
        p.name = {pst.text(1), pst.text(2)};
        p.sector = sectorFromKey(pst.text(3)).value_or(Sector::None);
        p.task = pst.text(4);
        p.leadAgency = {pst.text(5), pst.text(6)};
        p.stage = static_cast<int>(pst.integer(7));
        p.startYear = static_cast<int>(pst.integer(8));
        p.endYear = static_cast<int>(pst.integer(9));
        project.projects.push_back(std::move(p));
    }
    if (pst.failed())
        return makeError(ErrorCode::CorruptFile, {path}, "cw_projects: " + db.lastError());
    auto lst = db.prepare(
        "SELECT id, name_ko, name_en, project_id, source, source_layer, visible, fill, stroke, "
        "stroke_width_mm, point_size_mm, opacity, label_field, point_symbol, encoding, "
        "crs_override, provenance_source, provenance_owner, provenance_date, provenance_licence, "
        "origin_plugin, origin_plugin_version, origin_layer_source, origin_layer, table_options, "
        "style_json FROM cw_layers "
        "ORDER BY position");
    while (lst.step()) {
        LayerEntry l;
        l.id = lst.text(0);
        l.name = {lst.text(1), lst.text(2)};
        l.projectId = lst.text(3);
        l.source = lst.text(4);
        l.sourceLayer = lst.text(5);
        l.visible = lst.integer(6) != 0;
        l.style.fill = style::Rgba::fromHex(lst.text(7), l.style.fill);
        l.style.stroke = style::Rgba::fromHex(lst.text(8), l.style.stroke);
        l.style.strokeWidthMm = lst.real(9);
        l.style.pointSizeMm = lst.real(10);
        l.style.opacity = lst.real(11);
        l.style.labelField = lst.text(12);
        l.style.pointSymbol = style::pointSymbolFromKey(lst.text(13));
        l.encoding = lst.text(14);
        l.crsOverride = lst.text(15);
        l.provenance = {lst.text(16), lst.text(17), lst.text(18), lst.text(19)};
        l.origin = {lst.text(20), lst.text(21), lst.text(22), lst.text(23)};
        // A damaged options cell reads as "detect everything" rather than losing the layer.
        if (auto table = data::tableOptionsFromJson(lst.text(24)))
            l.table = *table;
        style::styleExtrasFromJson(lst.text(25), l.style);
        project.layers.push_back(std::move(l));
    }
    if (lst.failed())
        return makeError(ErrorCode::CorruptFile, {path}, "cw_layers: " + db.lastError());
    if (db.metaValue("rules_initialised").value_or("0") == "1") {
        project.rules.rules().clear();
        auto rst = db.prepare("SELECT id, name_ko, name_en, sector_a, task_a, sector_b, task_b, "
                              "relation, label FROM cw_sector_rules ORDER BY position");
        while (rst.step()) {
            SectorRule r;
            r.id = rst.text(0);
            r.name = {rst.text(1), rst.text(2)};
            r.sectorA = sectorFromKey(rst.text(3)).value_or(Sector::None);
            r.taskA = rst.text(4);
            r.sectorB = sectorFromKey(rst.text(5)).value_or(Sector::None);
            r.taskB = rst.text(6);
            r.relation = relationFromKey(rst.text(7)).value_or(Relation::Any);
            r.label = zoneLabelFromKey(rst.text(8)).value_or(ZoneLabel::Neutral);
            project.rules.rules().push_back(std::move(r));
        }
    }
    auto vst = db.prepare("SELECT key, value FROM cw_view");
    while (vst.step()) {
        const std::string key = vst.text(0), value = vst.text(1);
        if (key == "crs" && !value.empty())
            project.view.crs = value;
        double a, b, c, d;
        if (key == "extent" && std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf", &a, &b, &c, &d) == 4)
            project.view.extent = {a, b, c, d};
    }
    if (!readPlanning(db, project))
        return makeError(ErrorCode::CorruptFile, {path}, db.lastError());
    return project;
}

Status createEmptyGeoPackage(const std::string& path) {
    data::ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, "GPKG driver missing");
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, CPLGetLastErrorMsg());
    GDALClose(ds);
    return Ok{};
}

// Writes everything in one transaction: a crash leaves the file as it was before.
Status saveInPlace(const Project& project, const std::string& path) {
    SqliteDb db(path, true);
    if (!db.isOpen())
        return makeError(ErrorCode::ProjectWriteFailed, {path}, db.lastError());
    if (!db.exec("BEGIN IMMEDIATE"))
        return makeError(db.lastFailureWasLock() ? ErrorCode::FileInUse
                                                 : ErrorCode::ProjectWriteFailed,
                         {path}, db.lastError());
    auto fail = [&](std::string detail) {
        db.exec("ROLLBACK");
        return makeError(ErrorCode::ProjectWriteFailed, {path}, std::move(detail));
    };
    if (auto m = migrate(db, path); !m) {
        db.exec("ROLLBACK");
        return m.error();
    }
    if (!writeRegistry(db, project) || !registerTables(db) || !nameStoredLayers(db, project))
        return fail(db.lastError());
    // Best effort: a layer_styles table of another shape (not QGIS's) leaves the QGIS styles
    // out, never the plan. A failed statement undoes only itself, not the transaction.
    writeStoredLayerStyles(db, project);
    if (!db.exec("COMMIT"))
        return fail(db.lastError());
    return Ok{};
}

std::string rebased(const std::string& source, const fs::path& fromDir, const fs::path& toDir) {
    if (source.empty() || pathFromUtf8(source).is_absolute() ||
        source.find(':') != std::string::npos)
        return source;
    const fs::path absolute = (fromDir / pathFromUtf8(source)).lexically_normal();
    return genericUtf8(absolute.lexically_relative(toDir));
}

/// A save killed mid-transaction leaves a hot rollback journal beside the file. Only a writable
/// connection can roll it back, so do that before any read-only look at the file.
Status recoverInterruptedSave(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(pathFromUtf8(path + "-journal"), ec))
        return Ok{};
    SqliteDb db(path, true);
    if (!db.isOpen() || !db.exec("SELECT count(*) FROM sqlite_master"))
        return makeError(ErrorCode::FileNotReadable, {path},
                         "an interrupted save needs write access to be rolled back: " +
                             db.lastError());
    return Ok{};
}

} // namespace

int ProjectStore::schemaVersion() {
    return static_cast<int>(schemaMigrations().size());
}

namespace {

// The schema version of a CityWeave project file, after the checks every use of one needs:
// it exists, an interrupted save is rolled back, it is a GeoPackage with our registry, and its
// version is one this build reads.
Result<int> projectSchemaVersion(const std::string& path) {
    std::error_code ec;
    const fs::path file = pathFromUtf8(path);
    if (!fs::exists(file, ec))
        return makeError(ErrorCode::FileNotFound, {path});
    if (!fs::is_regular_file(file, ec))
        return makeError(ErrorCode::NotARegularFile, {path});
    if (auto recovered = recoverInterruptedSave(path); !recovered)
        return recovered.error();
    if (!isGeoPackage(path))
        return makeError(ErrorCode::ProjectNotCityWeave, {path});
    SqliteDb db(path, false);
    if (!db.isOpen())
        return makeError(ErrorCode::FileNotReadable, {path}, db.lastError());
    if (!db.tableExists("cw_meta"))
        return makeError(db.lastFailureWasLock() ? ErrorCode::FileInUse
                                                 : ErrorCode::ProjectNotCityWeave,
                         {path});
    return readSchemaVersion(db, path);
}

} // namespace

Status ProjectStore::checkWritableProject(const std::string& path) {
    if (isDatabaseLocation(path))
        return refuseDatabaseSave(path);
    const auto version = projectSchemaVersion(path);
    if (!version)
        return version.error();
    if (*version != schemaVersion())
        return makeError(ErrorCode::ProjectWriteFailed, {path},
                         "saved by an older CityWeave: open it and save it once first");
    return Ok{};
}

Result<int> ProjectStore::fileSchemaVersion(const std::string& path) {
    if (auto recovered = recoverInterruptedSave(path); !recovered)
        return recovered.error();
    SqliteDb db(path, false);
    if (!db.isOpen())
        return makeError(ErrorCode::FileNotReadable, {path}, db.lastError());
    return recordedSchemaVersion(db, path);
}

Result<Project> ProjectStore::load(const std::string& path) {
    if (isDatabaseLocation(path)) {
        auto location = parseDatabaseLocation(path);
        if (!location)
            return location.error();
#if defined(CITYWEAVE_HAVE_POSTGRESQL)
        return PlanDatabase::load(*location);
#else
        return makeError(ErrorCode::DatabaseUnavailable,
                         {location->displayUrl(), "this build has no PostgreSQL support"});
#endif
    }
    const auto version = projectSchemaVersion(path);
    if (!version)
        return version.error();
    if (*version == schemaVersion()) {
        SqliteDb db(path, false);
        if (!db.isOpen())
            return makeError(ErrorCode::FileNotReadable, {path}, db.lastError());
        return readRegistry(db, path);
    }
    std::error_code ec;
    // An older file is read through a migrated copy: opening never writes to it (reading is
    // not consent to upgrade, and the file may be read-only or shared); saving upgrades it.
    const fs::path copy =
        fs::temp_directory_path(ec) / pathFromUtf8(temporaryBeside(path)).filename();
    if (ec)
        return makeError(ErrorCode::FileNotReadable, {path}, ec.message());
    fs::copy_file(pathFromUtf8(path), copy, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return makeError(ErrorCode::FileNotReadable, {path}, ec.message());
    struct RemoveCopy {
        fs::path file;
        ~RemoveCopy() {
            std::error_code ignored;
            fs::remove(file, ignored);
        }
    } removeCopy{copy};
    SqliteDb db(pathToUtf8(copy), true);
    if (!db.isOpen())
        return makeError(ErrorCode::FileNotReadable, {path}, db.lastError());
    if (auto m = migrate(db, path); !m)
        return m.error();
    return readRegistry(db, path);
}

Status ProjectStore::save(const Project& project, const std::string& path,
                          const std::string& previousPath) {
    if (isDatabaseLocation(path))
        return refuseDatabaseSave(path);
#if defined(CITYWEAVE_HAVE_POSTGRESQL)
    if (isDatabaseLocation(previousPath)) {
        // Save As of a plan opened from a database: its layers' features come into the new
        // file with the plan as kept there, then the registry as the planner has it now.
        auto location = parseDatabaseLocation(previousPath);
        if (!location)
            return location.error();
        if (auto copied = PlanDatabase::takeCopy(*location, path); !copied)
            return copied;
        return saveInPlace(project, path);
    }
#endif
    std::error_code ec;
    const fs::path target = pathFromUtf8(path);
    const fs::path previous = pathFromUtf8(previousPath);
    const bool sameFile =
        !previousPath.empty() && fs::exists(previous, ec) && fs::equivalent(previous, target, ec);
    if (fs::exists(target, ec) && (sameFile || previousPath.empty()) && isGeoPackage(path))
        return saveInPlace(project, path);

    // A new file: build it beside the target and rename, so the target is never half-written.
    removeOrphanTemporaries(path);
    const std::string temp = temporaryBeside(path);
    Project toWrite = project;
    if (!previousPath.empty() && fs::exists(previous, ec) && isGeoPackage(previousPath)) {
        // Layers embedded in the old file come along; relative sources keep pointing at their data.
        fs::copy_file(previous, pathFromUtf8(temp), fs::copy_options::overwrite_existing, ec);
        if (ec)
            return makeError(ErrorCode::ProjectWriteFailed, {path}, ec.message());
        const fs::path fromDir = fs::absolute(previous).parent_path();
        const fs::path toDir = fs::absolute(target).parent_path();
        for (LayerEntry& layer : toWrite.layers)
            layer.source = rebased(layer.source, fromDir, toDir);
    } else if (auto created = createEmptyGeoPackage(temp); !created) {
        return created.error();
    }
    if (auto saved = saveInPlace(toWrite, temp); !saved) {
        fs::remove(pathFromUtf8(temp), ec);
        return saved.error();
    }
    if (auto replaced = replaceWithTemporary(temp, path); !replaced)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, replaced.error().detail);
    return Ok{};
}

std::string ProjectStore::resolveSource(const std::string& projectPath, const LayerEntry& layer) {
    if (layer.source.empty() && isDatabaseLocation(projectPath)) {
        auto location = parseDatabaseLocation(projectPath);
        return location ? location->gdalConnection() : projectPath;
    }
    if (layer.source.empty())
        return projectPath;
    const fs::path source = pathFromUtf8(layer.source);
    if (source.is_absolute() || layer.source.find(':') != std::string::npos)
        return layer.source;
    return pathToUtf8(
        (fs::absolute(pathFromUtf8(projectPath)).parent_path() / source).lexically_normal());
}

std::vector<std::string> ProjectStore::filesRead(const std::string& projectPath,
                                                 const Project& project) {
    std::vector<std::string> files{projectPath};
    for (const LayerEntry& layer : project.layers)
        files.push_back(resolveSource(projectPath, layer));
    return files;
}

std::string ProjectStore::relativeSource(const std::string& projectPath,
                                         const std::string& absolutePath) {
    const fs::path dir = fs::absolute(pathFromUtf8(projectPath)).parent_path();
    const fs::path rel =
        fs::absolute(pathFromUtf8(absolutePath)).lexically_normal().lexically_relative(dir);
    return rel.empty() ? absolutePath : genericUtf8(rel);
}

} // namespace cw::project
