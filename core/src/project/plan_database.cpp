// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/plan_database.h"

#include "../data/gdal_dataset.h"
#include "cityweave/core/durable_file.h"
#include "cityweave/core/utf8_path.h"
#include "cityweave/data/source_access.h"
#include "cityweave/project/project_store.h"
#include "pg_connection.h"
#include "plan_json.h"
#include "plan_schema.h"
#include "scenario_json.h"

#include <algorithm>
#include <filesystem>
#include <gdal_utils.h>
#include <nlohmann/json.hpp>

namespace cw::project {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Runs GDAL's vector translation of one layer of `source` into `destination`.
Status translateLayer(GDALDataset* source, const std::string& destination, CPLStringList& arguments,
                      const std::string& shownTarget) {
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(arguments.List(), nullptr);
    GDALDatasetH sources[] = {GDALDataset::ToHandle(source)};
    int usageError = 0;
    CPLErrorReset();
    GDALDatasetH out =
        GDALVectorTranslate(destination.c_str(), nullptr, 1, sources, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    if (!out)
        return makeError(ErrorCode::ProjectWriteFailed, {shownTarget}, CPLGetLastErrorMsg());
    GDALClose(out);
    return Ok{};
}

bool isTableFile(const std::string& path) {
    std::string ext = pathFromUtf8(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".xlsx" || ext == ".xls";
}

// Copies a layer's features into its PostGIS table, in EPSG:5186 with a GiST index.
Status copyLayerIn(const std::string& projectPath, const LayerEntry& layer,
                   const DatabaseLocation& target) {
    const std::string path = ProjectStore::resolveSource(projectPath, layer);
    if (layer.table != data::TableOptions{} || isTableFile(path))
        return makeError(ErrorCode::UnsupportedFormat, {path},
                         "a table layer: save it into the project as a GeoPackage layer first");
    if (auto readable = data::checkSourceReadable(path); !readable)
        return readable.error();
    data::ensureGdalRegistered();
    CPLStringList openOptions;
    if (!layer.encoding.empty())
        openOptions.SetNameValue("ENCODING", layer.encoding.c_str());
    data::GdalDatasetPtr source(GDALDataset::FromHandle(GDALOpenEx(
        path.c_str(), GDAL_OF_VECTOR, nullptr,
        pathFromUtf8(path).extension() == ".shp" ? openOptions.List() : nullptr, nullptr)));
    if (!source)
        return makeError(ErrorCode::FileNotReadable, {path}, CPLGetLastErrorMsg());
    CPLStringList args;
    for (const char* a : {"-f", "PostgreSQL", "-nlt", "PROMOTE_TO_MULTI", "-t_srs", "EPSG:5186",
                          "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "LAUNDER=NO",
                          "-lco", "PRECISION=NO", "-lco", "SPATIAL_INDEX=GIST"})
        args.AddString(a);
    args.AddString("-lco");
    args.AddString(("SCHEMA=" + target.schema).c_str());
    args.AddString("-nln");
    args.AddString(PlanDatabase::layerTable(layer).c_str());
    if (!layer.crsOverride.empty()) {
        args.AddString("-s_srs");
        args.AddString(layer.crsOverride.c_str());
    }
    if (!layer.sourceLayer.empty())
        args.AddString(layer.sourceLayer.c_str());
    return translateLayer(source.get(), target.gdalConnection(), args, target.displayUrl());
}

struct ObjectRow {
    const char* table;
    std::string id;
    json document;
};

// The plan's objects as the rows the database keeps (layers pointing at their new tables).
std::vector<ObjectRow> planRows(const Project& project) {
    std::vector<ObjectRow> rows;
    rows.push_back({"cw_settings", "title", {{"ko", project.title.ko}, {"en", project.title.en}}});
    rows.push_back({"cw_settings", "note", {{"ko", project.note.ko}, {"en", project.note.en}}});
    json extent = nullptr;
    if (!project.view.extent.isNull())
        extent = {project.view.extent.minX, project.view.extent.minY, project.view.extent.maxX,
                  project.view.extent.maxY};
    rows.push_back({"cw_settings", "view", {{"crs", project.view.crs}, {"extent", extent}}});
    rows.push_back({"cw_settings", "rules", rulesJson(project.rules)});
    rows.push_back({"cw_settings", "active_scenario", project.activeScenario});
    for (const ProjectInfo& p : project.projects)
        rows.push_back({"cw_projects", p.id, projectJson(p)});
    for (const SandboxZone& z : project.sandboxZones)
        rows.push_back({"cw_sandbox_zones", z.id, zoneJson(z)});
    for (LayerEntry layer : project.layers) {
        layer.sourceLayer = PlanDatabase::layerTable(layer);
        layer.source.clear();
        layer.encoding.clear(); // the copy is UTF-8, in EPSG:5186
        layer.crsOverride.clear();
        rows.push_back({"cw_layers", layer.id, layerJson(layer)});
    }
    for (const Scenario& s : project.scenarios)
        rows.push_back({"cw_scenarios",
                        s.id,
                        {{"name", {{"ko", s.name.ko}, {"en", s.name.en}}},
                         {"description", s.description},
                         {"plan", json::parse(scenarioPlanToJson(s))}}});
    return rows;
}

// Drops a schema this publication created, unless it finished.
class SchemaGuard {
public:
    SchemaGuard(PgConnection& db, std::string schema) : m_db(db), m_schema(std::move(schema)) {}
    ~SchemaGuard() {
        if (!m_done)
            m_db.exec("DROP SCHEMA IF EXISTS \"" + m_schema + "\" CASCADE");
    }
    void done() { m_done = true; }

private:
    PgConnection& m_db;
    std::string m_schema;
    bool m_done = false;
};

Status writeRows(PgConnection& db, const DatabaseLocation& target, const Project& project) {
    if (auto begun = db.run("BEGIN"); !begun)
        return begun;
    int position = 0;
    for (const ObjectRow& row : planRows(project)) {
        const bool zone = std::string(row.table) == "cw_sandbox_zones";
        PgParams params{row.id, std::to_string(position++), row.document.dump()};
        std::string sql = "INSERT INTO " + qualified(target, row.table) + " (id, position, doc";
        if (zone) {
            sql += ", geom) VALUES ($1, $2::integer, $3::jsonb, "
                   "ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4), 5186)))";
            params.push_back(zoneGeoJson(row.document));
        } else {
            sql += ") VALUES ($1, $2::integer, $3::jsonb)";
        }
        if (const PgResult r = db.exec(sql, params); !r.ok())
            return makeError(ErrorCode::ProjectWriteFailed, {target.displayUrl()},
                             row.id + ": " + r.error());
    }
    const PgResult meta = db.exec("INSERT INTO " + qualified(target, "cw_meta") +
                                      " (key, value) VALUES ('schema_version', $1)",
                                  {std::to_string(kPlanSchemaVersion)});
    if (!meta.ok())
        return makeError(ErrorCode::ProjectWriteFailed, {target.displayUrl()}, meta.error());
    return db.run("COMMIT");
}

} // namespace

std::string PlanDatabase::layerTable(const LayerEntry& layer) {
    std::string name = "layer_";
    for (unsigned char c : layer.id)
        name.push_back(std::isalnum(c) && c < 128 ? static_cast<char>(std::tolower(c)) : '_');
    return name.substr(0, 63);
}

Status PlanDatabase::publish(const Project& project, const std::string& projectPath,
                             const DatabaseLocation& target, bool replace,
                             const CancelToken& cancel, const ProgressFn& progress) {
    auto connection = PgConnection::open(target);
    if (!connection)
        return connection.error();
    PgConnection& db = **connection;
    const PgResult postgis = db.exec("SELECT 1 FROM pg_extension WHERE extname = 'postgis'");
    if ((!postgis.ok() || postgis.rows() == 0) &&
        !db.exec("CREATE EXTENSION IF NOT EXISTS postgis").ok())
        return makeError(ErrorCode::DatabaseNotAPlan, {target.displayUrl(), "no-postgis"});
    const PgResult existing =
        db.exec("SELECT 1 FROM pg_namespace WHERE nspname = $1", {target.schema});
    if (existing.rows() > 0) {
        if (!replace)
            return makeError(ErrorCode::DatabaseNotAPlan, {target.displayUrl(), "exists"});
        if (auto dropped = db.run("DROP SCHEMA \"" + target.schema + "\" CASCADE"); !dropped)
            return makeError(ErrorCode::PermissionDenied, {target.schema}, dropped.error().detail);
    }
    if (auto created = db.run(planSchemaSql(target.schema)); !created) {
        db.exec("DROP SCHEMA IF EXISTS \"" + target.schema + "\" CASCADE");
        return created.error();
    }
    SchemaGuard guard(db, target.schema);
    const double steps = static_cast<double>(project.layers.size() + 1);
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (auto copied = copyLayerIn(projectPath, project.layers[i], target); !copied)
            return copied.error();
        if (progress)
            progress(static_cast<double>(i + 1) / steps);
    }
    if (auto written = writeRows(db, target, project); !written) {
        db.exec("ROLLBACK");
        return written.error();
    }
    guard.done();
    if (progress)
        progress(1.0);
    return Ok{};
}

Result<std::unique_ptr<PlanSession>> PlanDatabase::openSession(const DatabaseLocation& location) {
    auto session = PlanSession::open(location);
    if (session)
        data::allowDatabaseSource(location.gdalConnection());
    return session;
}

Result<Project> PlanDatabase::load(const DatabaseLocation& location) {
    auto session = openSession(location);
    if (!session)
        return session.error();
    if (!location.asOf.empty())
        return (*session)->planAsOf(location.asOf);
    return (*session)->project();
}

Status PlanDatabase::takeCopy(const DatabaseLocation& location, const std::string& path,
                              const CancelToken& cancel, const ProgressFn& progress) {
    auto project = load(location);
    if (!project)
        return project.error();
    const std::string temp = temporaryBeside(path);
    std::error_code ec;
    fs::remove(pathFromUtf8(temp), ec);
    struct RemoveTemp {
        std::string file;
        ~RemoveTemp() {
            std::error_code ignored;
            fs::remove(pathFromUtf8(file), ignored);
        }
    } removeTemp{temp};
    data::ensureGdalRegistered();
    data::GdalDatasetPtr source(GDALDataset::FromHandle(
        GDALOpenEx(location.gdalConnection().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
    if (!source)
        return makeError(ErrorCode::DatabaseUnavailable,
                         {location.displayUrl(), CPLGetLastErrorMsg()});
    const double steps = static_cast<double>(project->layers.size() + 1);
    bool first = true;
    for (std::size_t i = 0; i < project->layers.size(); ++i) {
        const LayerEntry& layer = project->layers[i];
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled);
        if (!layer.source.empty())
            continue; // a reference to a table outside the plan stays a reference
        CPLStringList args;
        args.AddString(first ? "-f" : "-update");
        if (first)
            args.AddString("GPKG");
        for (const char* a : {"-nln", layer.sourceLayer.c_str(), layer.sourceLayer.c_str()})
            args.AddString(a);
        if (auto copied = translateLayer(source.get(), temp, args, path); !copied)
            return copied.error();
        first = false;
        if (progress)
            progress(static_cast<double>(i + 1) / steps);
    }
    source.reset();
    if (auto saved = ProjectStore::save(*project, temp); !saved)
        return saved.error();
    if (auto replaced = replaceWithTemporary(temp, path); !replaced)
        return makeError(ErrorCode::ProjectWriteFailed, {path}, replaced.error().detail);
    if (progress)
        progress(1.0);
    return Ok{};
}

} // namespace cw::project
