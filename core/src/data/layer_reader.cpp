// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/layer_reader.h"

#include "cityweave/data/text_encoding.h"
#include "gdal_dataset.h"

#include <algorithm>
#include <cpl_string.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ogrsf_frmts.h>

namespace cw::data {
namespace fs = std::filesystem;
using geometry::GeometryFamily;

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0"); // no limit on large GeoJSON
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "YES");      // rebuild a lost .shx
    });
}

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool isPlainFile(const std::string& path) {
    return path.rfind("/vsi", 0) != 0 && path.find(':') == std::string::npos;
}

Status checkReadable(const std::string& path) {
    if (!isPlainFile(path))
        return Ok{};
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(ErrorCode::FileNotFound, {path});
    std::ifstream probe(path, std::ios::binary);
    if (!probe)
        return makeError(ErrorCode::FileNotReadable, {path});
    if (!fs::is_directory(path, ec) && fs::file_size(path, ec) == 0)
        return makeError(ErrorCode::CorruptFile, {path}, "empty file");
    return Ok{};
}

struct OpenedSource {
    GdalDatasetPtr dataset;
    std::string encoding;
    std::string encodingReason;
    bool driverDecodes = false; ///< the driver applied `encoding` itself (Shapefile ENCODING)
};

Result<OpenedSource> openSource(const std::string& path, const std::string& encodingOverride) {
    ensureGdalRegistered();
    if (auto status = checkReadable(path); !status)
        return status.error();

    CPLStringList openOptions;
    OpenedSource opened;
    const std::string ext = lowerExtension(path);
    if (ext == ".shp" || ext == ".dbf") {
        if (!encodingOverride.empty()) {
            opened.encoding = encodingOverride;
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
    if (ext == ".csv") {
        openOptions.SetNameValue("X_POSSIBLE_NAMES",
                                 "lon,lng,long,longitude,x,경도,X_COORD,xcoord,easting");
        openOptions.SetNameValue("Y_POSSIBLE_NAMES", "lat,latitude,y,위도,Y_COORD,ycoord,northing");
        openOptions.SetNameValue("GEOM_POSSIBLE_NAMES", "wkt,geom,geometry,the_geom");
        openOptions.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
        openOptions.SetNameValue("AUTODETECT_TYPE", "YES");
    }

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
    opened.dataset.reset(ds);
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

GeometryFamily familyOf(OGRwkbGeometryType type) {
    switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryFamily::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryFamily::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return GeometryFamily::Polygon;
    default:
        return GeometryFamily::Unknown;
    }
}

// Appends a geometry's parts to the store; counts what cannot be drawn.
class GeometryAppender {
public:
    GeometryAppender(geometry::GeometryStore& store, LoadReport& report, GeometryFamily family)
        : m_store(store), m_report(report), m_family(family) {}

    void append(const OGRGeometry* g) {
        if (!g || g->IsEmpty()) {
            ++m_report.nullGeometries;
            return;
        }
        std::unique_ptr<OGRGeometry> linear;
        if (OGR_GT_IsNonLinear(g->getGeometryType())) {
            linear.reset(g->getLinearGeometry());
            g = linear.get();
        }
        if (familyOf(g->getGeometryType()) != m_family &&
            wkbFlatten(g->getGeometryType()) != wkbGeometryCollection) {
            ++m_report.unsupportedGeometries;
            return;
        }
        appendParts(g);
    }

    void setFamily(GeometryFamily family) { m_family = family; }

private:
    void appendCurve(const OGRSimpleCurve* curve, bool ring, bool startsPolygon) {
        const int n = curve->getNumPoints();
        if (n < (ring ? 4 : 2)) {
            ++m_report.degenerateParts;
            return;
        }
        m_store.beginPart(startsPolygon);
        for (int i = 0; i < n; ++i)
            m_store.addCoord(curve->getX(i), curve->getY(i));
        m_store.endPart();
    }

    void appendParts(const OGRGeometry* g) {
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint: {
            if (m_family != GeometryFamily::Point)
                break;
            const auto* p = g->toPoint();
            m_store.beginPart(false);
            m_store.addCoord(p->getX(), p->getY());
            m_store.endPart();
            break;
        }
        case wkbLineString:
            if (m_family == GeometryFamily::Line)
                appendCurve(g->toLineString(), false, false);
            break;
        case wkbPolygon: {
            if (m_family != GeometryFamily::Polygon)
                break;
            const auto* poly = g->toPolygon();
            if (!poly->getExteriorRing() || poly->getExteriorRing()->getNumPoints() < 4) {
                ++m_report.degenerateParts;
                break;
            }
            appendCurve(poly->getExteriorRing(), true, true);
            for (int i = 0; i < poly->getNumInteriorRings(); ++i)
                appendCurve(poly->getInteriorRing(i), true, false);
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g->toGeometryCollection())
                appendParts(part);
            break;
        default:
            ++m_report.unsupportedGeometries;
            break;
        }
    }

    geometry::GeometryStore& m_store;
    LoadReport& m_report;
    GeometryFamily m_family;
};

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

// Enough room for the coordinates up front: regrowing a vector of hundreds of MB copies it
// and faults in fresh pages each time. Binary formats store about 16 bytes per vertex.
std::size_t estimateCoordinates(const std::string& path, GIntBig features) {
    const std::string ext = lowerExtension(path);
    std::error_code ec;
    if (ext == ".gpkg" || ext == ".shp" || ext == ".fgb") {
        const auto bytes = fs::file_size(path, ec);
        if (!ec)
            return std::max<std::size_t>(std::size_t(features), bytes / 16);
    }
    return std::size_t(features) * 8;
}

// CSV points built from lon/lat columns carry no CRS, but their names say WGS84.
bool csvHasLonLatColumns(const std::string& path) {
    if (lowerExtension(path) != ".csv")
        return false;
    std::ifstream in(path);
    std::string header;
    std::getline(in, header);
    std::transform(header.begin(), header.end(), header.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    for (const char* name : {"lon", "lng", "longitude", "경도"})
        if (header.find(name) != std::string::npos)
            return true;
    return false;
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
    if (csvHasLonLatColumns(path))
        return crs::Crs::fromEpsg(4326);
    if (requireCrs)
        return makeError(ErrorCode::MissingCrs, {path});
    return crs::Crs{};
}

} // namespace

Result<std::vector<LayerSummary>> LayerReader::listLayers(const std::string& path) {
    auto opened = openSource(path, {});
    if (!opened)
        return opened.error();
    std::vector<LayerSummary> out;
    for (OGRLayer* layer : opened->dataset->GetLayers()) {
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
    if (total > 0) {
        out.fids.reserve(total);
        out.attributes.reserve(total);
        out.geometries.reserve(total, estimateCoordinates(path, total));
    }
    layer.ResetReading();
    GeometryAppender appender(out.geometries, out.report, out.family);
    std::size_t count = 0;
    for (auto& feature : layer) {
        if (out.family == GeometryFamily::Unknown && feature->GetGeometryRef()) {
            // Layers that declare no type (GeoJSON, CSV): the first geometry decides.
            out.family = familyOf(feature->GetGeometryRef()->getGeometryType());
            appender.setFamily(out.family);
        }
        out.geometries.beginFeature();
        appender.append(feature->GetGeometryRef());
        out.geometries.endFeature();
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
    if (options.validate)
        out.report.invalidGeometries = countInvalidGeometries(out, options.cancel);
    out.report.validated = options.validate;
    return out;
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
