// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/data/table_options.h"
#include "cityweave/data/vector_layer.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::data {

/// A layer in a source, as listed before reading it.
struct LayerSummary {
    std::string name;
    std::string geometryType; ///< OGR's name, e.g. "Multi Polygon"
    long long featureCount = -1;
    std::string crsName;           ///< empty when the layer has no CRS
    std::string crsAuthId;         ///< e.g. "EPSG:5174", after the legacy Korean rule
    bool crsReinterpreted = false; ///< a datum-less Korean Bessel .prj read as Korean 1985
    bool hasCrs = false;
    std::vector<std::string> fieldNames;
};

struct ReadOptions {
    std::string layerName;        ///< empty: the first layer
    std::string encodingOverride; ///< e.g. "CP949"; empty: detect
    std::string crsOverride;      ///< user input for a layer without (or with a wrong) CRS;
                                  ///< for a table, the CRS of its coordinate values
    TableOptions table;           ///< how to read a CSV/TSV/XLSX table; defaults: detect
    bool validate = false;        ///< run GEOS validity on every polygon (slower)
    bool requireCrs = true;       ///< false: a layer without CRS loads with an invalid Crs
    /// false: a table without coordinate columns loads as a plain table instead of failing
    /// with NoGeometryColumns (for `info`, previews and joins).
    bool requireGeometry = true;
    CancelToken cancel;
    ProgressFn progress;
};

/// The first rows of a table as read() would read them, with what was detected and the bad
/// rows among the rows scanned, for the add-layer dialog.
struct TablePreview {
    TableDetection detection;
    std::vector<std::string> sheets;
    std::vector<Field> fields;
    std::vector<AttributeRow> rows; ///< the first rows, decoded and typed
    std::vector<bool> rowHasPosition;
    BadRows badRows; ///< among the scanned rows
    std::size_t scannedRows = 0;
    bool scannedAll = false;
    /// What read() would refuse with (no geometry columns, an ambiguous CRS), if anything.
    std::optional<Error> problem;
};

/// Reads any GDAL vector source (GeoPackage, Shapefile, GeoJSON, TopoJSON, KML, FlatGeobuf,
/// CSV with coordinate columns) into memory. Stateless; safe from any thread.
class LayerReader {
public:
    static Result<std::vector<LayerSummary>> listLayers(const std::string& path);
    static Result<VectorLayer> read(const std::string& path, const ReadOptions& options = {});
    /// Reads the first `scanRows` rows of a table (CSV, TSV, XLSX, ODS) with `options` and
    /// returns its first `maxRows` as they will be read.
    static Result<TablePreview> previewTable(const std::string& path, const ReadOptions& options,
                                             std::size_t maxRows, std::size_t scanRows);
    /// The first rows of the source's text decoded with `encoding`, for an encoding preview.
    static Result<std::vector<AttributeRow>> previewRows(const std::string& path,
                                                         const std::string& layerName,
                                                         const std::string& encoding,
                                                         std::size_t maxRows);
};

/// While one is alive, reads and listings (on any thread) reuse the files they opened instead
/// of opening them again: a GeoPackage of 1,000 layers takes half a second to open, so reading
/// its layers one by one would open it 1,000 times. The files close when the last one ends:
/// make one around a batch of reads of files that do not change meanwhile.
class ReuseOpenFiles {
public:
    ReuseOpenFiles();
    ~ReuseOpenFiles();
    ReuseOpenFiles(const ReuseOpenFiles&) = delete;
    ReuseOpenFiles& operator=(const ReuseOpenFiles&) = delete;
};

/// Counts invalid polygon geometries with GEOS (OGC validity).
std::size_t countInvalidGeometries(const VectorLayer& layer, const CancelToken& cancel = {});

} // namespace cw::data
