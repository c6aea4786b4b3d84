// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"

#include "cityweave/core/utf8_path.h"
#include "cityweave/core/work_limits.h"
#include "cityweave/data/source_access.h"
#include "cityweave/data/text_encoding.h"
#include "dataset_pool.h"
#include "file_extension.h"
#include "gdal_dataset.h"
#include "geometry_appender.h"
#include "reservation.h"
#include "source_content_check.h"
#include "table/table_reader.h"

#include <algorithm>
#include <cpl_http.h>
#include <cpl_string.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ogrsf_frmts.h>

namespace cw::data {
namespace fs = std::filesystem;
using geometry::GeometryFamily;

namespace {

// Every HTTP request GDAL would make on its own (a GeoJSON's CRS link, a GML schema, a WFS
// capabilities document) fails here unless remote sources are allowed.
CPLHTTPResult* refuseFetch(const char*, CSLConstList, GDALProgressFunc, void*,
                           CPLHTTPFetchWriteFunc, void*, void*) {
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf =
        CPLStrdup("remote access is off (CITYWEAVE_ALLOW_REMOTE_SOURCES=1 allows it)");
    return result;
}

} // namespace

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0"); // no limit on large GeoJSON
        // A local file may name remote resources (a VRT's /vsicurl/ source, a GeoJSON's CRS
        // link): reading it must not contact the hosts it names. /vsicurl/ and its kin open
        // only file names matching this, which none does; other fetches are refused above.
        if (!remoteSourcesAllowed()) {
            CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", "/remote-access-is-off");
            CPLHTTPSetFetchCallback(refuseFetch, nullptr);
        }
    });
}

namespace {

struct OpenedSource {
    PooledDataset dataset;
    std::string encoding;
    std::string encodingReason;
    bool driverDecodes = false; ///< the driver applied `encoding` itself (Shapefile ENCODING)
};

// "x.shp" has "x.shx" or "x.SHX" (Windows data mixes letter cases).
bool hasSibling(const std::string& path, const char* lower, const char* upper) {
    namespace fs = std::filesystem;
    std::error_code ec;
    return fs::exists(pathFromUtf8(path).replace_extension(lower), ec) ||
           fs::exists(pathFromUtf8(path).replace_extension(upper), ec);
}

// The shape count of a .shx (100-byte header, 8 bytes per shape) and the record count a .dbf
// header states; -1 when the file is missing or too short to say.
long long shxShapeCount(const std::string& shp) {
    for (const char* ext : {".shx", ".SHX"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(pathFromUtf8(shp).replace_extension(ext), ec);
        if (!ec)
            return size >= 100 ? static_cast<long long>((size - 100) / 8) : -1;
    }
    return -1;
}

long long dbfRecordCount(const std::string& shp) {
    for (const char* ext : {".dbf", ".DBF"}) {
        const auto dbf = pathFromUtf8(shp).replace_extension(ext);
        std::error_code ec;
        if (!std::filesystem::is_regular_file(dbf, ec))
            continue; // missing, or a pipe that would block
        std::ifstream in(dbf, std::ios::binary);
        unsigned char header[8];
        if (in.read(reinterpret_cast<char*>(header), sizeof header))
            return static_cast<long long>(header[4] | (header[5] << 8) | (header[6] << 16) |
                                          (std::uint32_t(header[7]) << 24));
    }
    return -1;
}

// A Shapefile is three files that must agree: say so when they do not, since GDAL reads the
// shorter one's count (25 shapes and 5 records give 5 features) or no attributes at all.
void checkShapefileParts(const std::string& path, VectorLayer& layer) {
    const long long shapes = shxShapeCount(path);
    const long long records = dbfRecordCount(path);
    if (shapes >= 0 && records >= 0 && shapes != records)
        layer.report.warnings.push_back("the .shp has " + std::to_string(shapes) +
                                        " shapes and the .dbf " + std::to_string(records) +
                                        " records: " + std::to_string(layer.featureCount()) +
                                        " features were read");
    if (records > 0 && layer.fields.empty())
        layer.report.warnings.push_back("the .dbf attributes could not be read");
}

Result<OpenedSource> openSource(const std::string& path, const std::string& encodingOverride) {
    ensureGdalRegistered();
    if (auto status = checkSourceReadable(path); !status)
        return status.error();

    CPLStringList openOptions;
    OpenedSource opened;
    const std::string ext = lowerExtension(path);
    if (ext == ".shp" || ext == ".dbf") {
        if (!encodingOverride.empty()) {
            opened.encoding = canonicalEncoding(encodingOverride);
            opened.encodingReason = "override";
        } else {
            auto guess = guessShapefileEncoding(path);
            if (!guess)
                return guess.error();
            opened.encoding = guess->encoding;
            opened.encodingReason = guess->reason;
        }
        openOptions.SetNameValue("ENCODING", opened.encoding.c_str());
        opened.driverDecodes = true;
    } else {
        opened.encoding = encodingOverride.empty() ? "UTF-8" : encodingOverride;
        opened.encodingReason = encodingOverride.empty() ? "utf-8" : "override";
    }
    const std::string key = path + '\n' + opened.encoding;
    if (PooledDataset reused = takePooledDataset(key)) {
        opened.dataset = std::move(reused);
        return opened;
    }
    if (auto safe = checkSourceContent(path); !safe)
        return safe.error();
    // A lost .shx is rebuilt from the .shp; a damaged one is never touched (GDAL would
    // overwrite it, changing the user's files on a read).
    const bool shxLost = ext == ".shp" && !hasSibling(path, ".shx", ".SHX");
    CPLConfigOptionSetter restoreShx("SHAPE_RESTORE_SHX", shxLost ? "YES" : "NO", true);
    CPLErrorReset();
    GDALDataset* ds = GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                        openOptions.List(), nullptr);
    if (!ds) {
        const std::string detail = CPLGetLastErrorMsg();
        GDALDriverH driver = GDALIdentifyDriver(path.c_str(), nullptr);
        if (!driver)
            return makeError(ErrorCode::UnsupportedFormat, {path}, detail);
        return makeError(ErrorCode::CorruptFile, {path}, detail);
    }
    opened.dataset = PooledDataset(ds, {key});
    if (opened.dataset->GetLayerCount() == 0)
        return makeError(ErrorCode::NoLayers, {path});
    return opened;
}

Result<OGRLayer*> findLayer(GDALDataset& ds, const std::string& name, const std::string& path) {
    OGRLayer* layer = name.empty() ? ds.GetLayer(0) : ds.GetLayerByName(name.c_str());
    if (!layer)
        return makeError(ErrorCode::LayerNotFound, {name, path});
    return layer;
}

FieldType fieldTypeOf(OGRFieldType t) {
    switch (t) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    case OFTString:
        return FieldType::String;
    case OFTDate:
        return FieldType::Date;
    case OFTDateTime:
        return FieldType::DateTime;
    default:
        return FieldType::Other;
    }
}

AttributeRow readAttributes(OGRFeature& feature, const std::vector<Field>& fields,
                            const std::string& fallbackEncoding, bool driverDecodes) {
    AttributeRow row(fields.size());
    for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
        if (!feature.IsFieldSetAndNotNull(i))
            continue;
        switch (fields[i].type) {
        case FieldType::Integer:
            row[i] = static_cast<std::int64_t>(feature.GetFieldAsInteger64(i));
            break;
        case FieldType::Real:
            row[i] = feature.GetFieldAsDouble(i);
            break;
        default: {
            std::string text = feature.GetFieldAsString(i);
            // Drivers without an encoding option (CSV, KML) hand over the file's bytes as is.
            if (!driverDecodes && !isValidUtf8(text))
                text = toUtf8(text, fallbackEncoding == "UTF-8" ? "CP949" : fallbackEncoding);
            row[i] = std::move(text);
        }
        }
    }
    return row;
}

// Enough room up front: regrowing a vector of hundreds of MB copies it and faults in fresh pages
// each time. Binary formats store about 16 bytes per vertex. The count and the size are what the
// file claims, so both are bounded (a lying gpkg_ogr_contents, a sparse file of 200 GB).
struct Reservation {
    std::size_t features = 0;
    std::size_t coordinates = 0;
};
Reservation reservationFor(const std::string& path, GIntBig claimedFeatures) {
    std::error_code ec;
    const fs::path file = pathFromUtf8(path);
    const std::uintmax_t bytes = fs::is_regular_file(file, ec) ? fs::file_size(file, ec) : 0;
    if (ec || claimedFeatures <= 0)
        return {};
    Reservation r;
    // A feature takes at least a few bytes of the file (a GeoPackage row, a .shp record).
    r.features =
        boundedReservation(static_cast<double>(claimedFeatures), bytes, 8, kMaxReservedFeatures);
    const std::string ext = lowerExtension(path);
    const bool binary = ext == ".gpkg" || ext == ".shp" || ext == ".fgb";
    // A project GeoPackage holds many layers: its size bounds each, the count estimates it.
    r.coordinates = boundedReservation(static_cast<double>(r.features) * (binary ? 16.0 : 8.0),
                                       bytes, 16, kMaxReservedCoordinates);
    return r;
}

Result<crs::Crs> layerCrs(OGRLayer& layer, const std::string& path, const std::string& driver,
                          const std::string& overrideCrs, bool requireCrs) {
    if (!overrideCrs.empty())
        return crs::Crs::fromUserInput(overrideCrs);
    if (const OGRSpatialReference* srs = layer.GetSpatialRef()) {
        // Re-read through the legacy-aware path, which recognises datum-less Korean Bessel.
        char* wkt = nullptr;
        std::string text;
        if (srs->exportToWkt(&wkt) == OGRERR_NONE && wkt)
            text = wkt;
        CPLFree(wkt);
        return crs::Crs::fromSourceWkt(text);
    }
    // TopoJSON is longitude/latitude, but GDAL's driver attaches no CRS to its layers.
    OGREnvelope extent;
    if (driver == "TopoJSON" && layer.GetExtent(&extent, TRUE) == OGRERR_NONE &&
        extent.MinX >= -180 && extent.MaxX <= 180 && extent.MinY >= -90 && extent.MaxY <= 90)
        return crs::Crs::fromEpsg(4326);
    if (requireCrs)
        return makeError(ErrorCode::MissingCrs, {path});
    return crs::Crs{};
}

// A table's sheets with their decoded column names and what reading them would find.
Result<std::vector<LayerSummary>> listTableLayers(const std::string& path) {
    if (auto status = checkSourceReadable(path); !status)
        return status.error();
    ReadOptions options;
    options.requireGeometry = false;
    auto first = TableReader::open(path, options);
    if (!first)
        return first.error();
    std::vector<LayerSummary> out;
    for (const std::string& sheet : first->sheets()) {
        options.layerName = sheet;
        auto reader = TableReader::open(path, options);
        if (!reader)
            return reader.error();
        const TableDetection& d = reader->detection();
        LayerSummary s;
        s.name = sheet;
        s.geometryType = d.geometry == GeometryColumns::None ? "None"
                         : d.geometry == GeometryColumns::XY ? "Point"
                                                             : "Unknown (any)";
        s.fieldNames = d.columns;
        if (!d.crs.empty()) {
            if (auto crs = crs::Crs::fromUserInput(d.crs)) {
                s.hasCrs = true;
                s.crsName = crs->name();
                s.crsAuthId = crs->authId();
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace

Result<std::vector<LayerSummary>> LayerReader::listLayers(const std::string& path) {
    if (isTableSource(path))
        return listTableLayers(path);
    auto opened = openSource(path, {});
    if (!opened)
        return opened.error();
    std::vector<LayerSummary> out;
    for (OGRLayer* layer : opened->dataset->GetLayers()) {
        // QGIS's own tables in a GeoPackage (styles, saved projects) describe layers; they
        // are not data.
        const std::string name = layer->GetName();
        if (name == "layer_styles" || name == "qgis_projects")
            continue;
        LayerSummary s;
        s.name = layer->GetName();
        s.geometryType = OGRGeometryTypeToName(layer->GetGeomType());
        s.featureCount = layer->GetFeatureCount(true);
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            s.fieldNames.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
        if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
            s.hasCrs = true;
            s.crsName = srs->GetName() ? srs->GetName() : "";
            if (auto crs = layerCrs(*layer, path, opened->dataset->GetDriver()->GetDescription(),
                                    {}, false);
                crs && crs->isValid()) {
                s.crsName = crs->name();
                s.crsAuthId = crs->authId();
                s.crsReinterpreted = !crs->interpretationNote().empty();
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

Result<VectorLayer> LayerReader::read(const std::string& path, const ReadOptions& options) {
    if (isTableSource(path)) {
        if (auto status = checkSourceReadable(path); !status)
            return status.error();
        auto reader = TableReader::open(path, options);
        if (!reader)
            return reader.error();
        auto layer = reader->read();
        if (layer && options.validate) {
            layer->report.invalidGeometries = countInvalidGeometries(*layer, options.cancel);
            layer->report.validated = true;
        }
        return layer;
    }
    auto opened = openSource(path, options.encodingOverride);
    if (!opened)
        return opened.error();
    GDALDataset& ds = *opened->dataset;
    auto found = findLayer(ds, options.layerName, path);
    if (!found)
        return found.error();
    OGRLayer& layer = **found;

    VectorLayer out;
    out.name = layer.GetName();
    out.sourcePath = path;
    out.sourceLayer = layer.GetName();
    out.driver = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
    out.report.encoding = opened->encoding;
    out.report.encodingReason = opened->encodingReason;
    auto crs = layerCrs(layer, path, out.driver, options.crsOverride, options.requireCrs);
    if (!crs)
        return crs.error();
    out.crs = std::move(*crs);

    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(i);
        out.fields.push_back({f->GetNameRef(), fieldTypeOf(f->GetType())});
    }

    out.family = familyOf(layer.GetGeomType());
    const GIntBig total = layer.GetFeatureCount(false);
    if (const Reservation r = reservationFor(path, total); r.features > 0) {
        out.fids.reserve(r.features);
        out.attributes.reserve(r.features);
        out.geometries.reserve(r.features, r.coordinates);
    }
    layer.ResetReading();
    CPLErrorReset();
    std::string firstFailure;
    GeometryAppender appender(out.geometries, out.report, out.family);
    const std::size_t maxHoles = limits::kHolesPerPolygon.value();
    std::size_t count = 0;
    for (auto& feature : layer) {
        if (out.family == GeometryFamily::Unknown && feature->GetGeometryRef()) {
            // Layers that declare no type (GeoJSON, CSV): the first geometry decides.
            out.family = familyOf(feature->GetGeometryRef()->getGeometryType());
            appender.setFamily(out.family);
        }
        // A failure while reading this feature (a record cut short) leaves it empty.
        if (CPLGetLastErrorType() == CE_Failure) {
            if (out.report.unreadableFeatures++ == 0)
                firstFailure = CPLGetLastErrorMsg();
            CPLErrorReset();
        }
        out.geometries.beginFeature();
        appender.append(feature->GetGeometryRef());
        out.geometries.endFeature();
        // Every analysis works hole by hole: 100k holes in one polygon stall them all.
        if (appender.mostHoles() > maxHoles) {
            Error tooMany = limits::kHolesPerPolygon.exceeded(appender.mostHoles());
            tooMany.detail = path + ", feature " + std::to_string(feature->GetFID());
            return tooMany;
        }
        out.fids.push_back(feature->GetFID());
        out.attributes.push_back(
            readAttributes(*feature, out.fields, opened->encoding, opened->driverDecodes));
        if ((++count & 4095) == 0) {
            if (options.cancel.isCancelled())
                return makeError(ErrorCode::Cancelled);
            if (options.progress && total > 0)
                options.progress(static_cast<double>(count) / static_cast<double>(total));
        }
    }
    if (count > 0 && out.report.unreadableFeatures == count)
        return makeError(ErrorCode::CorruptFile, {path}, firstFailure);
    if (out.report.unreadableFeatures > 0)
        out.report.warnings.push_back(std::to_string(out.report.unreadableFeatures) +
                                      " features could not be read (" + firstFailure + ")");
    if (out.driver == "ESRI Shapefile")
        checkShapefileParts(path, out);
    if (options.validate)
        out.report.invalidGeometries = countInvalidGeometries(out, options.cancel);
    out.report.validated = options.validate;
    return out;
}

Result<TablePreview> LayerReader::previewTable(const std::string& path, const ReadOptions& options,
                                               std::size_t maxRows, std::size_t scanRows) {
    if (auto status = checkSourceReadable(path); !status)
        return status.error();
    ReadOptions lenient = options;
    lenient.requireGeometry = false;
    auto reader = TableReader::open(path, lenient);
    if (!reader)
        return reader.error();
    auto layer = reader->read(scanRows);
    if (!layer)
        return layer.error();
    TablePreview preview;
    preview.detection = *layer->report.table;
    preview.sheets = reader->sheets();
    preview.fields = layer->fields;
    preview.problem = reader->problem();
    preview.badRows = layer->report.badRows;
    preview.scannedRows = layer->featureCount() + layer->report.badRows.dropped;
    preview.scannedAll = preview.scannedRows < scanRows;
    const std::size_t shown = std::min(maxRows, layer->featureCount());
    preview.rows.assign(layer->attributes.begin(), layer->attributes.begin() + shown);
    for (std::size_t i = 0; i < shown; ++i)
        preview.rowHasPosition.push_back(!layer->geometries.isEmpty(i));
    return preview;
}

Result<std::vector<AttributeRow>> LayerReader::previewRows(const std::string& path,
                                                           const std::string& layerName,
                                                           const std::string& encoding,
                                                           std::size_t maxRows) {
    auto opened = openSource(path, encoding);
    if (!opened)
        return opened.error();
    auto found = findLayer(*opened->dataset, layerName, path);
    if (!found)
        return found.error();
    OGRLayer& layer = **found;
    std::vector<Field> fields;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fields.push_back(
            {defn->GetFieldDefn(i)->GetNameRef(), fieldTypeOf(defn->GetFieldDefn(i)->GetType())});
    std::vector<AttributeRow> rows;
    for (auto& feature : layer) {
        if (rows.size() >= maxRows)
            break;
        rows.push_back(readAttributes(*feature, fields, opened->encoding, opened->driverDecodes));
    }
    return rows;
}

} // namespace cw::data
