// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_writer.h"

#include "data/gdal_dataset.h"
#include "project/sqlite_db.h"
#include "project/sqlite_rtree.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <random>
#include <span>

namespace cw::analysis {
namespace fs = std::filesystem;

namespace {

// Result columns are often called "fid" (the source feature's id); the GeoPackage's own key
// column gets another name so the two never clash.
constexpr const char* kFidOption = "FID=row_id";

// The results file is written as a temporary and renamed when complete, so a crash mid-write
// loses nothing either way: no journal, no sync, and a page cache large enough that inserting
// millions of rows does not keep re-reading the table's pages.
constexpr const char* kBulkWritePragmas =
    "PRAGMA cache_size=-262144; PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF";

// The same for the connections GDAL opens on this thread while one lives.
struct GdalBulkWrite {
    CPLConfigOptionSetter cache{"OGR_SQLITE_CACHE", "256", false};
    CPLConfigOptionSetter sync{"OGR_SQLITE_SYNCHRONOUS", "OFF", false};
    CPLConfigOptionSetter journal{"OGR_SQLITE_JOURNAL", "OFF", false};
};

OGRFieldType ogrType(data::FieldType t) {
    switch (t) {
    case data::FieldType::Integer:
        return OFTInteger64;
    case data::FieldType::Real:
        return OFTReal;
    default:
        return OFTString;
    }
}

bool createFields(OGRLayer* layer, const std::vector<data::Field>& columns) {
    for (const auto& c : columns) {
        OGRFieldDefn field(c.name.c_str(), ogrType(c.type));
        if (layer->CreateField(&field) != OGRERR_NONE)
            return false;
    }
    return true;
}

const data::AttributeValue kNullValue{};

void setFields(OGRFeature& feature, const data::AttributeRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        const int idx = static_cast<int>(i);
        if (const auto* v = std::get_if<std::int64_t>(&row[i]))
            feature.SetField(idx, static_cast<GIntBig>(*v));
        else if (const auto* d = std::get_if<double>(&row[i]))
            feature.SetField(idx, *d);
        else if (const auto* s = std::get_if<std::string>(&row[i]))
            feature.SetField(idx, s->c_str());
        else
            feature.SetFieldNull(idx);
    }
}

std::unique_ptr<OGRGeometry> toOgr(const geometry::GeometryStore& store, std::size_t f,
                                   geometry::GeometryFamily family) {
    using geometry::GeometryFamily;
    if (store.isEmpty(f))
        return nullptr;
    if (family == GeometryFamily::Polygon) {
        auto multi = std::make_unique<OGRMultiPolygon>();
        std::unique_ptr<OGRPolygon> polygon;
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            if (store.partStartsPolygon(p) && polygon)
                multi->addGeometryDirectly(polygon.release());
            if (!polygon)
                polygon = std::make_unique<OGRPolygon>();
            auto* ring = new OGRLinearRing();
            for (const auto& c : store.part(p))
                ring->addPoint(c.x, c.y);
            polygon->addRingDirectly(ring);
        }
        if (polygon)
            multi->addGeometryDirectly(polygon.release());
        return multi;
    }
    if (family == GeometryFamily::Line) {
        auto multi = std::make_unique<OGRMultiLineString>();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            auto* line = new OGRLineString();
            for (const auto& c : store.part(p))
                line->addPoint(c.x, c.y);
            multi->addGeometryDirectly(line);
        }
        return multi;
    }
    auto multi = std::make_unique<OGRMultiPoint>();
    for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p)
        multi->addGeometryDirectly(new OGRPoint(store.part(p)[0].x, store.part(p)[0].y));
    return multi;
}

OGRwkbGeometryType ogrGeometryType(geometry::GeometryFamily family) {
    switch (family) {
    case geometry::GeometryFamily::Polygon:
        return wkbMultiPolygon;
    case geometry::GeometryFamily::Line:
        return wkbMultiLineString;
    default:
        return wkbMultiPoint;
    }
}

Status writeTable(GDALDataset& ds, const ResultTable& table, const std::string& path) {
    const char* options[] = {"ASPATIAL_VARIANT=GPKG_ATTRIBUTES", kFidOption, nullptr};
    OGRLayer* layer =
        ds.CreateLayer(table.key.c_str(), nullptr, wkbNone, const_cast<char**>(options));
    if (!layer || !createFields(layer, table.columns))
        return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    return Ok{}; // rows follow through SQLite directly, see insertRows()
}

std::string sqlIdentifier(const std::string& identifier) {
    std::string out;
    out.reserve(identifier.size() + 2);
    out.push_back('"');
    for (char c : identifier) {
        out.push_back(c);
        if (c == '"')
            out.push_back('"'); // SQL doubles quotes inside identifiers
    }
    out.push_back('"');
    return out;
}

// A layer's R-tree, created empty by GDAL, its triggers lifted while the features go in and
// filled at once afterwards: GDAL 3.6 fills it row by row (a minute for 4 million lines).
struct DeferredIndex {
    std::string rtree;
    std::vector<std::string> triggers; // the lifted triggers' SQL; empty: nothing deferred
    std::vector<project::RtreeEntry> entries;
};

std::string sqlText(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// Has GDAL create the layer's spatial index while the layer is empty, then lifts the triggers
// that would add each feature to it. Nothing is deferred when GDAL made no index yet.
Result<DeferredIndex> deferSpatialIndex(GDALDataset& ds, OGRLayer& layer, const std::string& path) {
    if (layer.SyncToDisk() != OGRERR_NONE)
        return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    DeferredIndex index;
    index.rtree = std::string("rtree_") + layer.GetName() + "_" + layer.GetGeometryColumn();
    const std::string prefix = index.rtree + "_";
    std::vector<std::string> names;
    OGRLayer* found = ds.ExecuteSQL(
        ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, " +
         std::to_string(prefix.size()) + ") = " + sqlText(prefix))
            .c_str(),
        nullptr, nullptr);
    if (!found)
        return index;
    for (auto& row : *found) {
        names.push_back(row->GetFieldAsString(0));
        index.triggers.push_back(row->GetFieldAsString(1));
    }
    ds.ReleaseResultSet(found);
    for (const std::string& name : names) {
        CPLErrorReset();
        ds.ExecuteSQL(("DROP TRIGGER " + sqlIdentifier(name)).c_str(), nullptr, nullptr);
        if (CPLGetLastErrorType() == CE_Failure)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    }
    return index;
}

// Fills a deferred R-tree and restores its triggers, on a connection of our own once GDAL's are
// closed.
Status fillDeferredIndex(project::SqliteDb& db, DeferredIndex& index, const std::string& path) {
    if (index.triggers.empty())
        return Ok{};
    std::string error;
    if (!project::bulkLoadRtree(db, index.rtree, std::move(index.entries), error))
        return makeError(ErrorCode::OutputWriteFailed, {path}, error);
    for (const std::string& trigger : index.triggers)
        if (!db.exec(trigger))
            return makeError(ErrorCode::OutputWriteFailed, {path}, db.lastError());
    return Ok{};
}

// Table rows go in with one prepared statement in one transaction: about four times faster than
// OGR's feature-by-feature path, which matters for pair tables of a million rows. GDAL keeps
// gpkg_ogr_contents.feature_count current with a per-row trigger; it is lifted for the bulk
// insert (it would double the cost), then the count is set once and the trigger restored.
class RowInserter {
public:
    RowInserter(project::SqliteDb& db, std::string key, const std::vector<data::Field>& columns,
                std::string path)
        : m_db(db), m_key(std::move(key)), m_columns(columns.size()), m_path(std::move(path)) {
        std::string names, marks;
        for (const auto& c : columns) {
            if (!names.empty()) {
                names.push_back(',');
                marks.push_back(',');
            }
            names.append(sqlIdentifier(c.name));
            marks.push_back('?');
        }
        m_insertSql =
            "INSERT INTO " + sqlIdentifier(m_key) + " (" + names + ") VALUES (" + marks + ")";
    }

    Status start() {
        const std::string trigger = "trigger_insert_feature_count_" + m_key;
        {
            auto find =
                m_db.prepare("SELECT sql FROM sqlite_master WHERE type='trigger' AND name=?");
            if (find.bind(1, trigger).step())
                m_triggerSql = find.text(0);
        }
        if (!m_triggerSql.empty() && !m_db.exec("DROP TRIGGER " + sqlIdentifier(trigger)))
            return failure();
        m_insert = m_db.prepareKept(m_insertSql);
        if (!m_insert->isValid())
            return failure();
        return Ok{};
    }

    Status insert(const data::AttributeRow& row) {
        for (std::size_t i = 0; i < m_columns; ++i) {
            const int col = static_cast<int>(i) + 1;
            // Both branches lvalues: a prvalue branch would copy row[i] into a temporary that
            // dies before the step reads the unowned text binding.
            const data::AttributeValue& v = i < row.size() ? row[i] : kNullValue;
            if (const auto* n = std::get_if<std::int64_t>(&v))
                m_insert->bind(col, static_cast<long long>(*n));
            else if (const auto* d = std::get_if<double>(&v))
                m_insert->bind(col, *d);
            else if (const auto* t = std::get_if<std::string>(&v))
                m_insert->bindUnowned(col, *t); // the row outlives this step
            else
                m_insert->bindNull(col);
        }
        if (!m_insert->runKeepingBindings())
            return failure();
        ++m_rows;
        return Ok{};
    }

    Status finish() {
        m_insert.reset();
        if (m_triggerSql.empty())
            return Ok{};
        auto count = m_db.prepare("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                                  "WHERE lower(table_name) = lower(?)");
        if (!count.bind(1, static_cast<long long>(m_rows)).bind(2, m_key).run() ||
            !m_db.exec(m_triggerSql))
            return failure();
        return Ok{};
    }

private:
    Error failure() const {
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, m_db.lastError());
    }
    project::SqliteDb& m_db;
    std::string m_key;
    std::size_t m_columns;
    std::string m_path;
    std::string m_insertSql;
    std::string m_triggerSql;
    std::unique_ptr<project::SqliteDb::Statement> m_insert;
    std::uint64_t m_rows = 0;
};

Status insertRows(const std::string& file, const std::vector<const ResultTable*>& tables,
                  std::vector<DeferredIndex>& indexes, const std::string& path) {
    project::SqliteDb db(file, true);
    if (!db.isOpen() || !db.exec(kBulkWritePragmas) || !db.exec("BEGIN"))
        return makeError(ErrorCode::OutputWriteFailed, {path}, db.lastError());
    for (DeferredIndex& index : indexes)
        if (auto filled = fillDeferredIndex(db, index, path); !filled)
            return filled;
    for (const ResultTable* table : tables) {
        if (table->columns.empty() || table->rows.empty())
            continue;
        RowInserter rows(db, table->key, table->columns, path);
        if (auto ok = rows.start(); !ok)
            return ok;
        for (const auto& row : table->rows)
            if (auto ok = rows.insert(row); !ok)
                return ok;
        if (auto ok = rows.finish(); !ok)
            return ok;
    }
    if (!db.exec("COMMIT"))
        return makeError(ErrorCode::OutputWriteFailed, {path}, db.lastError());
    return Ok{};
}

OGRLayer* createSpatialLayer(GDALDataset& ds, const std::string& key,
                             geometry::GeometryFamily family,
                             const std::vector<data::Field>& columns, OGRSpatialReference* srs) {
    const char* options[] = {kFidOption, nullptr};
    OGRLayer* layer =
        ds.CreateLayer(key.c_str(), srs, ogrGeometryType(family), const_cast<char**>(options));
    return layer && createFields(layer, columns) ? layer : nullptr;
}

Status writeFeatures(OGRLayer& layer, const geometry::GeometryStore& geometries,
                     geometry::GeometryFamily family, std::span<const data::AttributeRow> rows,
                     DeferredIndex& index, const std::string& path) {
    for (std::size_t f = 0; f < geometries.featureCount(); ++f) {
        OGRFeature feature(layer.GetLayerDefn());
        if (f < rows.size())
            setFields(feature, rows[f]);
        auto g = toOgr(geometries, f, family);
        const bool located = g != nullptr;
        if (g)
            feature.SetGeometryDirectly(g.release());
        if (layer.CreateFeature(&feature) != OGRERR_NONE)
            return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
        if (located && !index.triggers.empty())
            index.entries.push_back({feature.GetFID(), geometries.envelope(f)});
    }
    return Ok{};
}

Result<DeferredIndex> writeLayer(GDALDataset& ds, const ResultLayer& out, OGRSpatialReference* srs,
                                 const std::string& path) {
    OGRLayer* layer = createSpatialLayer(ds, out.key, out.family, out.columns, srs);
    if (!layer)
        return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    auto index = deferSpatialIndex(ds, *layer, path);
    if (!index)
        return index;
    if (auto written = writeFeatures(*layer, out.geometries, out.family, out.rows, *index, path);
        !written)
        return written.error();
    return index;
}

OGRSpatialReference spatialReference(const crs::Crs& crs) {
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.wkt().c_str());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

nlohmann::json runJson(const AnalysisResult& r) {
    nlohmann::json j;
    j["analysis"] = r.analysisId;
    j["parameters"] = r.parameters;
    j["computed_at"] = r.computedAt;
    j["crs"] = r.crs.storageString();
    j["area_unit"] = r.crs.isGeographic() ? "degree²" : "m²";
    j["summary"] = r.summary;
    j["warnings"] = r.warnings;
    std::vector<std::string> outputs;
    for (const auto& t : r.tables)
        outputs.push_back(t.key);
    for (const auto& l : r.layers)
        outputs.push_back(l.key);
    j["outputs"] = outputs;
    return j;
}

ResultTable runsTable(const std::vector<AnalysisResult>& results) {
    ResultTable runs{"cw_analysis_runs",
                     {{"analysis", data::FieldType::String},
                      {"parameters", data::FieldType::String},
                      {"computed_at", data::FieldType::String},
                      {"crs", data::FieldType::String},
                      {"outputs", data::FieldType::String},
                      {"warnings", data::FieldType::String}},
                     {}};
    for (const AnalysisResult& r : results) {
        const nlohmann::json j = runJson(r);
        runs.rows.push_back({r.analysisId, j["parameters"].dump(), r.computedAt,
                             r.crs.storageString(), j["outputs"].dump(), j["warnings"].dump()});
    }
    return runs;
}

// Creates every table and layer and writes the layers' features; table rows and the layers'
// spatial indexes (in `indexes`) come afterwards.
Status writeSchemaAndLayers(GDALDataset& ds, const std::vector<AnalysisResult>& results,
                            const ResultTable& runs, std::vector<DeferredIndex>& indexes,
                            const std::string& path) {
    for (const AnalysisResult& r : results) {
        OGRSpatialReference srs = spatialReference(r.crs);
        for (const auto& t : r.tables)
            if (!t.streamed)
                if (auto s = writeTable(ds, t, path); !s)
                    return s;
        for (const auto& l : r.layers)
            if (!l.streamed) {
                auto index = writeLayer(ds, l, r.crs.isValid() ? &srs : nullptr, path);
                if (!index)
                    return index.error();
                indexes.push_back(std::move(index).value());
            }
    }
    return writeTable(ds, runs, path);
}

} // namespace

// A streamed table: created through GDAL (so it is registered as an attribute table), filled
// through SQLite in one transaction.
struct ResultsGeoPackageWriter::Stream {
    std::unique_ptr<project::SqliteDb> db;
    std::unique_ptr<RowInserter> rows;
};

// A streamed layer: features through OGR in one transaction.
struct ResultsGeoPackageWriter::LayerStream {
    data::GdalDatasetPtr ds;
    OGRLayer* layer = nullptr;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    DeferredIndex index;
};

ResultsGeoPackageWriter::ResultsGeoPackageWriter(std::string path, std::string temp)
    : m_path(std::move(path)), m_temp(std::move(temp)) {}

ResultsGeoPackageWriter::~ResultsGeoPackageWriter() {
    m_stream.reset();
    m_layerStream.reset();
    if (!m_committed) {
        std::error_code ec;
        fs::remove(m_temp, ec);
    }
}

Result<std::unique_ptr<ResultsGeoPackageWriter>>
ResultsGeoPackageWriter::create(const std::string& path) {
    data::ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::random_device rd;
    const std::string temp = path + ".writing-" + std::to_string(rd()) + ".gpkg";
    data::GdalDatasetPtr ds(driver ? driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr)
                                   : nullptr);
    if (!ds)
        return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    return std::unique_ptr<ResultsGeoPackageWriter>(new ResultsGeoPackageWriter(path, temp));
}

Status ResultsGeoPackageWriter::begin(const std::string& key,
                                      const std::vector<data::Field>& columns) {
    {
        data::GdalDatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(
            m_temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!ds)
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
        if (auto made = writeTable(*ds, ResultTable{key, columns, {}}, m_path); !made)
            return made;
    }
    m_stream = std::make_unique<Stream>();
    m_stream->db = std::make_unique<project::SqliteDb>(m_temp, true);
    if (!m_stream->db->isOpen() || !m_stream->db->exec(kBulkWritePragmas) ||
        !m_stream->db->exec("BEGIN"))
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, m_stream->db->lastError());
    m_stream->rows = std::make_unique<RowInserter>(*m_stream->db, key, columns, m_path);
    return m_stream->rows->start();
}

Status ResultsGeoPackageWriter::append(std::span<const data::AttributeRow> rows) {
    if (!m_stream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no table begun");
    for (const data::AttributeRow& row : rows)
        if (auto ok = m_stream->rows->insert(row); !ok)
            return ok;
    return Ok{};
}

Status ResultsGeoPackageWriter::end() {
    if (!m_stream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no table begun");
    Status done = m_stream->rows->finish();
    if (done && !m_stream->db->exec("COMMIT"))
        done = makeError(ErrorCode::OutputWriteFailed, {m_path}, m_stream->db->lastError());
    m_stream.reset();
    return done;
}

Status ResultsGeoPackageWriter::beginLayer(const std::string& key, geometry::GeometryFamily family,
                                           const std::vector<data::Field>& columns,
                                           const crs::Crs& crs) {
    auto stream = std::make_unique<LayerStream>();
    const GdalBulkWrite bulk;
    stream->ds.reset(static_cast<GDALDataset*>(
        GDALOpenEx(m_temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
    if (!stream->ds)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
    OGRSpatialReference srs = spatialReference(crs);
    stream->layer =
        createSpatialLayer(*stream->ds, key, family, columns, crs.isValid() ? &srs : nullptr);
    if (!stream->layer)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
    auto index = deferSpatialIndex(*stream->ds, *stream->layer, m_path);
    if (!index)
        return index.error();
    stream->index = std::move(index).value();
    if (stream->ds->StartTransaction() != OGRERR_NONE)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
    stream->family = family;
    m_layerStream = std::move(stream);
    return Ok{};
}

Status ResultsGeoPackageWriter::appendFeatures(const geometry::GeometryStore& geometries,
                                               std::span<const data::AttributeRow> rows) {
    if (!m_layerStream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no layer begun");
    return writeFeatures(*m_layerStream->layer, geometries, m_layerStream->family, rows,
                         m_layerStream->index, m_path);
}

Status ResultsGeoPackageWriter::endLayer() {
    if (!m_layerStream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no layer begun");
    const bool committed = m_layerStream->ds->CommitTransaction() == OGRERR_NONE;
    m_layerStream->ds.reset();
    DeferredIndex index = std::move(m_layerStream->index);
    m_layerStream.reset();
    if (!committed)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
    if (index.triggers.empty())
        return Ok{};
    project::SqliteDb db(m_temp, true);
    if (!db.isOpen() || !db.exec(kBulkWritePragmas) || !db.exec("BEGIN"))
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, db.lastError());
    if (auto filled = fillDeferredIndex(db, index, m_path); !filled)
        return filled;
    if (!db.exec("COMMIT"))
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, db.lastError());
    return Ok{};
}

Status ResultsGeoPackageWriter::commit(const std::vector<AnalysisResult>& results) {
    m_stream.reset();
    m_layerStream.reset();
    const ResultTable runs = runsTable(results);
    std::vector<DeferredIndex> indexes;
    {
        const GdalBulkWrite bulk;
        data::GdalDatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(
            m_temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!ds)
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
        ds->StartTransaction();
        Status written = writeSchemaAndLayers(*ds, results, runs, indexes, m_path);
        if (!written)
            return written;
        if (ds->CommitTransaction() != OGRERR_NONE)
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
    }
    std::vector<const ResultTable*> tables{&runs};
    for (const AnalysisResult& r : results)
        for (const ResultTable& t : r.tables)
            if (!t.streamed)
                tables.push_back(&t);
    if (auto inserted = insertRows(m_temp, tables, indexes, m_path); !inserted)
        return inserted;
    std::error_code ec;
    fs::rename(m_temp, m_path, ec);
    if (ec)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, ec.message());
    m_committed = true;
    return Ok{};
}

Status writeResultsGeoPackage(const std::vector<AnalysisResult>& results, const std::string& path) {
    auto writer = ResultsGeoPackageWriter::create(path);
    if (!writer)
        return writer.error();
    return (*writer)->commit(results);
}

std::string resultsSummaryJson(const std::vector<AnalysisResult>& results) {
    nlohmann::json root;
    root["format"] = "cityweave-analysis-summary";
    root["version"] = 1;
    root["runs"] = nlohmann::json::array();
    for (const auto& r : results)
        root["runs"].push_back(runJson(r));
    return root.dump(2);
}

} // namespace cw::analysis
