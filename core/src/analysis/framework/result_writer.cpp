// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/analysis/result_writer.h"

#include "cityweave/analysis/result_styles.h"
#include "cityweave/core/durable_file.h"
#include "cityweave/core/utf8_path.h"
#include "data/gdal_dataset.h"
#include "project/gpkg_geometry.h"
#include "project/sqlite_db.h"
#include "project/sqlite_rtree.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <span>

namespace cw::analysis {
namespace fs = std::filesystem;
using project::sqlIdentifier;

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
const data::AttributeRow kNoRow{};

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

Error writeFailure(const project::SqliteDb& db, const std::string& path) {
    return makeError(ErrorCode::OutputWriteFailed, {path}, db.lastError());
}

// Table rows go in through prepared statements in one transaction: about four times faster than
// OGR's feature-by-feature path, which matters for pair tables of a million rows. Rows go in
// groups, several to a statement: GDAL's tables are AUTOINCREMENT, so every statement also
// reads and rewrites the table's sqlite_sequence row (4 million rows: seconds). GDAL keeps
// gpkg_ogr_contents.feature_count current with a per-row trigger; it is lifted for the bulk
// insert (it would double the cost), then the count is set once and the trigger restored.
class RowInserter {
public:
    /// `geometryColumn`: the rows are a layer's features, each with its id and geometry blob.
    RowInserter(project::SqliteDb& db, std::string key, const std::vector<data::Field>& columns,
                std::string path, const std::string& geometryColumn = {})
        : m_db(db), m_key(std::move(key)), m_columns(columns.size()),
          m_leading(geometryColumn.empty() ? 0 : 2), m_path(std::move(path)) {
        std::vector<std::string> names;
        if (m_leading)
            names = {"row_id", geometryColumn};
        for (const auto& c : columns)
            names.push_back(c.name);
        for (const auto& n : names)
            m_names.append(m_names.empty() ? "" : ",").append(sqlIdentifier(n));
        // Within the smallest bound-parameter limit SQLite may be built with (999).
        m_pending.resize(std::clamp<std::size_t>(999 / names.size(), 1, 64));
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
        m_single = m_db.prepareKept(insertSql(1));
        m_group = m_db.prepareKept(insertSql(m_pending.size()));
        if (!m_single->isValid() || !m_group->isValid())
            return failure();
        return Ok{};
    }

    /// A table row. It is read when its group goes in: keep it unchanged until flush().
    Status insert(const data::AttributeRow& row) { return add(row, 0, nullptr); }

    /// A feature: its id, its GeoPackage geometry blob (empty: none), taken by swapping `blob`
    /// with a spent buffer, and its attributes (unchanged until flush()).
    Status insertFeature(long long id, std::string& blob, const data::AttributeRow& row) {
        return add(row, id, &blob);
    }

    /// Writes the rows still held for a group; call it before the rows given change.
    Status flush() {
        for (std::size_t k = 0; k < m_held; ++k) {
            bindRow(*m_single, 0, m_pending[k]);
            if (!m_single->runKeepingBindings())
                return failure();
        }
        m_held = 0;
        return Ok{};
    }

    Status finish() {
        if (auto ok = flush(); !ok)
            return ok;
        m_single.reset();
        m_group.reset();
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
    struct Held {
        const data::AttributeRow* row = nullptr;
        long long id = 0;
        std::string blob;
    };

    std::string insertSql(std::size_t rows) const {
        std::string marks = "(";
        for (std::size_t i = 0; i < m_leading + m_columns; ++i)
            marks.append(i ? ",?" : "?");
        marks.push_back(')');
        std::string sql = "INSERT INTO " + sqlIdentifier(m_key) + " (" + m_names + ") VALUES ";
        for (std::size_t r = 0; r < rows; ++r)
            sql.append(r ? "," : "").append(marks);
        return sql;
    }

    Status add(const data::AttributeRow& row, long long id, std::string* blob) {
        Held& held = m_pending[m_held++];
        held.row = &row;
        held.id = id;
        if (blob)
            std::swap(held.blob, *blob);
        ++m_rows;
        if (m_held < m_pending.size())
            return Ok{};
        for (std::size_t k = 0; k < m_held; ++k)
            bindRow(*m_group, static_cast<int>(k * (m_leading + m_columns)), m_pending[k]);
        m_held = 0;
        if (!m_group->runKeepingBindings())
            return failure();
        return Ok{};
    }

    void bindRow(project::SqliteDb::Statement& st, int base, const Held& held) const {
        if (m_leading) {
            st.bind(base + 1, held.id);
            if (held.blob.empty())
                st.bindNull(base + 2);
            else
                st.bindBlob(base + 2, held.blob);
        }
        const data::AttributeRow& row = *held.row;
        for (std::size_t i = 0; i < m_columns; ++i) {
            const int col = base + static_cast<int>(m_leading + i) + 1;
            // Both branches lvalues: a prvalue branch would copy row[i] into a temporary that
            // dies before the step reads the unowned text binding.
            const data::AttributeValue& v = i < row.size() ? row[i] : kNullValue;
            if (const auto* n = std::get_if<std::int64_t>(&v))
                st.bind(col, static_cast<long long>(*n));
            else if (const auto* d = std::get_if<double>(&v))
                st.bind(col, *d);
            else if (const auto* t = std::get_if<std::string>(&v))
                st.bindUnowned(col, *t); // the row outlives this step
            else
                st.bindNull(col);
        }
    }

    Error failure() const { return writeFailure(m_db, m_path); }
    project::SqliteDb& m_db;
    std::string m_key;
    std::size_t m_columns;
    std::size_t m_leading;
    std::string m_path;
    std::string m_names;
    std::string m_triggerSql;
    std::unique_ptr<project::SqliteDb::Statement> m_single;
    std::unique_ptr<project::SqliteDb::Statement> m_group;
    std::vector<Held> m_pending;
    std::size_t m_held = 0;
    std::uint64_t m_rows = 0;
};

// A layer GDAL created (empty), as the features are filled in through SQLite.
struct LayerTarget {
    std::string key;
    std::string geometryColumn;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    std::vector<data::Field> columns;
};

// A layer's features go in like table rows, as GeoPackage geometry blobs with ids 1, 2, ...
// (OGR builds an OGRFeature and an OGRGeometry for every row). GDAL's triggers that would add
// each feature to the R-tree, rebalancing it every time (a minute for 4 million lines), are
// lifted; the tree is bulk-loaded at the end, the triggers restored and the extent recorded.
class FeatureInserter {
public:
    FeatureInserter(project::SqliteDb& db, LayerTarget target, std::string path)
        : m_db(db), m_target(std::move(target)),
          m_rows(db, m_target.key, m_target.columns, path, m_target.geometryColumn),
          m_path(std::move(path)) {}

    Status start() {
        const std::string rtree = "rtree_" + m_target.key + "_" + m_target.geometryColumn;
        auto triggers = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND substr(name, 1, ?) = ?");
        triggers.bind(1, static_cast<long long>(rtree.size() + 1)).bind(2, rtree + "_");
        std::vector<std::string> names;
        while (triggers.step()) {
            names.push_back(triggers.text(0));
            m_rtreeTriggers.push_back(triggers.text(1));
        }
        for (const std::string& name : names)
            if (!m_db.exec("DROP TRIGGER " + sqlIdentifier(name)))
                return failure();
        m_rtree = m_rtreeTriggers.empty() ? std::string() : rtree;
        auto srs = m_db.prepare("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?");
        m_srsId = srs.bind(1, m_target.key).step() ? static_cast<int>(srs.integer(0)) : 0;
        return m_rows.start();
    }

    Status insert(const geometry::GeometryStore& geometries,
                  std::span<const data::AttributeRow> rows) {
        for (std::size_t f = 0; f < geometries.featureCount(); ++f) {
            const long long fid = m_nextFid++;
            m_blob.clear();
            if (!geometries.isEmpty(f)) {
                project::encodeGpkgGeometry(geometries, f, m_target.family, m_srsId, m_blob);
                m_extent.expand(geometries.envelope(f));
                if (!m_rtree.empty())
                    m_entries.push_back({fid, geometries.envelope(f)});
            }
            if (auto ok = m_rows.insertFeature(fid, m_blob, f < rows.size() ? rows[f] : kNoRow);
                !ok)
                return ok;
        }
        return m_rows.flush();
    }

    Status finish() {
        if (auto ok = m_rows.finish(); !ok)
            return ok;
        std::string error;
        if (!m_rtree.empty() && !project::bulkLoadRtree(m_db, m_rtree, std::move(m_entries), error))
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, error);
        for (const std::string& trigger : m_rtreeTriggers)
            if (!m_db.exec(trigger))
                return failure();
        if (m_extent.isNull())
            return Ok{};
        auto extent = m_db.prepare("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, "
                                   "max_y = ? WHERE lower(table_name) = lower(?)");
        if (!extent.bind(1, m_extent.minX)
                 .bind(2, m_extent.minY)
                 .bind(3, m_extent.maxX)
                 .bind(4, m_extent.maxY)
                 .bind(5, m_target.key)
                 .run())
            return failure();
        return Ok{};
    }

private:
    Error failure() const { return writeFailure(m_db, m_path); }
    project::SqliteDb& m_db;
    LayerTarget m_target;
    RowInserter m_rows;
    std::string m_path;
    std::string m_rtree; // empty: GDAL made no R-tree
    std::vector<std::string> m_rtreeTriggers;
    std::vector<project::RtreeEntry> m_entries;
    geometry::Envelope m_extent;
    std::string m_blob;
    int m_srsId = 0;
    long long m_nextFid = 1;
};

// A held layer waiting for its features.
struct PendingLayer {
    LayerTarget target;
    const ResultLayer* layer;
};

Status insertRows(const std::string& file, const std::vector<const ResultTable*>& tables,
                  const std::vector<PendingLayer>& layers, const std::string& path) {
    project::SqliteDb db(file, true, project::SqliteDb::Origin::Ours);
    if (!db.isOpen() || !db.exec(kBulkWritePragmas) || !db.exec("BEGIN"))
        return writeFailure(db, path);
    for (const PendingLayer& pending : layers) {
        FeatureInserter features(db, pending.target, path);
        if (auto ok = features.start(); !ok)
            return ok;
        if (auto ok = features.insert(pending.layer->geometries, pending.layer->rows); !ok)
            return ok;
        if (auto ok = features.finish(); !ok)
            return ok;
    }
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
        return writeFailure(db, path);
    return Ok{};
}

// The layer's schema through GDAL (gpkg_contents, gpkg_geometry_columns, its R-tree once GDAL
// closes); the features follow through SQLite (FeatureInserter).
Result<LayerTarget> createSpatialLayer(GDALDataset& ds, const std::string& key,
                                       geometry::GeometryFamily family,
                                       const std::vector<data::Field>& columns,
                                       OGRSpatialReference* srs, const std::string& path) {
    const char* options[] = {kFidOption, nullptr};
    OGRLayer* layer =
        ds.CreateLayer(key.c_str(), srs, ogrGeometryType(family), const_cast<char**>(options));
    if (!layer || !createFields(layer, columns) || layer->SyncToDisk() != OGRERR_NONE)
        return makeError(ErrorCode::OutputWriteFailed, {path}, CPLGetLastErrorMsg());
    return LayerTarget{key, layer->GetGeometryColumn(), family, columns};
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

// Creates every table and layer; table rows and layer features (`layers`) come afterwards.
Status writeSchema(GDALDataset& ds, const std::vector<AnalysisResult>& results,
                   const ResultTable& runs, std::vector<PendingLayer>& layers,
                   const std::string& path) {
    for (const AnalysisResult& r : results) {
        OGRSpatialReference srs = spatialReference(r.crs);
        for (const auto& t : r.tables)
            if (!t.streamed)
                if (auto s = writeTable(ds, t, path); !s)
                    return s;
        for (const auto& l : r.layers)
            if (!l.streamed) {
                auto target = createSpatialLayer(ds, l.key, l.family, l.columns,
                                                 r.crs.isValid() ? &srs : nullptr, path);
                if (!target)
                    return target.error();
                layers.push_back({std::move(target).value(), &l});
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

// A streamed layer: created through GDAL, features through SQLite in one transaction.
struct ResultsGeoPackageWriter::LayerStream {
    std::unique_ptr<project::SqliteDb> db;
    std::unique_ptr<FeatureInserter> features;
};

ResultsGeoPackageWriter::ResultsGeoPackageWriter(std::string path, std::string temp)
    : m_path(std::move(path)), m_temp(std::move(temp)) {}

ResultsGeoPackageWriter::~ResultsGeoPackageWriter() {
    m_stream.reset();
    m_layerStream.reset();
    if (!m_committed) {
        std::error_code ec;
        fs::remove(pathFromUtf8(m_temp), ec);
    }
}

Result<std::unique_ptr<ResultsGeoPackageWriter>>
ResultsGeoPackageWriter::create(const std::string& path) {
    data::ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    removeOrphanTemporaries(path);
    const std::string temp = temporaryBeside(path);
    // Large pages: millions of rows go in with fewer pages to split and write (proximity-links
    // on a 1M-feature plan: 37-42 s with 4 KiB pages, 33-35 s with 64 KiB).
    const CPLConfigOptionSetter pages{"OGR_SQLITE_PRAGMA", "page_size=65536", false};
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
    m_stream->db =
        std::make_unique<project::SqliteDb>(m_temp, true, project::SqliteDb::Origin::Ours);
    if (!m_stream->db->isOpen() || !m_stream->db->exec(kBulkWritePragmas) ||
        !m_stream->db->exec("BEGIN"))
        return writeFailure(*m_stream->db, m_path);
    m_stream->rows = std::make_unique<RowInserter>(*m_stream->db, key, columns, m_path);
    return m_stream->rows->start();
}

Status ResultsGeoPackageWriter::append(std::span<const data::AttributeRow> rows) {
    if (!m_stream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no table begun");
    for (const data::AttributeRow& row : rows)
        if (auto ok = m_stream->rows->insert(row); !ok)
            return ok;
    return m_stream->rows->flush(); // the caller may reuse the rows
}

Status ResultsGeoPackageWriter::end() {
    if (!m_stream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no table begun");
    Status done = m_stream->rows->finish();
    if (done && !m_stream->db->exec("COMMIT"))
        done = writeFailure(*m_stream->db, m_path);
    m_stream.reset();
    return done;
}

Status ResultsGeoPackageWriter::beginLayer(const std::string& key, geometry::GeometryFamily family,
                                           const std::vector<data::Field>& columns,
                                           const crs::Crs& crs) {
    Result<LayerTarget> target = makeError(ErrorCode::OutputWriteFailed);
    {
        const GdalBulkWrite bulk;
        data::GdalDatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(
            m_temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!ds)
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
        OGRSpatialReference srs = spatialReference(crs);
        target =
            createSpatialLayer(*ds, key, family, columns, crs.isValid() ? &srs : nullptr, m_path);
        if (!target)
            return target.error();
    }
    auto stream = std::make_unique<LayerStream>();
    stream->db = std::make_unique<project::SqliteDb>(m_temp, true, project::SqliteDb::Origin::Ours);
    if (!stream->db->isOpen() || !stream->db->exec(kBulkWritePragmas) || !stream->db->exec("BEGIN"))
        return writeFailure(*stream->db, m_path);
    stream->features =
        std::make_unique<FeatureInserter>(*stream->db, std::move(target).value(), m_path);
    if (auto ok = stream->features->start(); !ok)
        return ok;
    m_layerStream = std::move(stream);
    return Ok{};
}

Status ResultsGeoPackageWriter::appendFeatures(const geometry::GeometryStore& geometries,
                                               std::span<const data::AttributeRow> rows) {
    if (!m_layerStream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no layer begun");
    return m_layerStream->features->insert(geometries, rows);
}

Status ResultsGeoPackageWriter::endLayer() {
    if (!m_layerStream)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, "no layer begun");
    Status done = m_layerStream->features->finish();
    if (done && !m_layerStream->db->exec("COMMIT"))
        done = writeFailure(*m_layerStream->db, m_path);
    m_layerStream.reset();
    return done;
}

Status ResultsGeoPackageWriter::commit(const std::vector<AnalysisResult>& results) {
    m_stream.reset();
    m_layerStream.reset();
    const ResultTable runs = runsTable(results);
    std::vector<PendingLayer> layers;
    {
        const GdalBulkWrite bulk;
        data::GdalDatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(
            m_temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!ds)
            return makeError(ErrorCode::OutputWriteFailed, {m_path}, CPLGetLastErrorMsg());
        ds->StartTransaction();
        Status written = writeSchema(*ds, results, runs, layers, m_path);
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
    if (auto inserted = insertRows(m_temp, tables, layers, m_path); !inserted)
        return inserted;
    // QGIS opens every result layer in the colours CityWeave draws it with.
    std::vector<ResultLayerStyle> styles;
    for (const AnalysisResult& r : results)
        for (const ResultLayer& l : r.layers)
            styles.push_back(defaultResultStyle(l));
    if (auto styled = writeLayerStyles(m_temp, styles); !styled)
        return makeError(ErrorCode::OutputWriteFailed, {m_path}, styled.error().detail);
    if (auto replaced = replaceWithTemporary(m_temp, m_path); !replaced)
        return replaced;
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
