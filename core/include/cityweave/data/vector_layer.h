// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/attribute.h"
#include "cityweave/data/bad_rows.h"
#include "cityweave/data/table_detection.h"
#include "cityweave/geometry/geometry_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw::data {

/// What loading a layer found that the user should hear about.
struct LoadReport {
    std::size_t nullGeometries = 0;        ///< features kept, drawn as nothing
    std::size_t unsupportedGeometries = 0; ///< e.g. a point in a polygon layer: kept, not drawn
    std::size_t degenerateParts = 0;       ///< rings with < 4 points, lines with < 2: not drawn
    std::size_t invalidGeometries = 0;     ///< failed GEOS validity (only when validated)
    std::size_t unreadableFeatures = 0;    ///< the driver failed on them (a cut .shp): kept, empty
    /// What else is wrong with the file, in English: a .shp and .dbf that disagree, a .dbf
    /// whose attributes cannot be read, the driver's first failure.
    std::vector<std::string> warnings;
    bool validated = false;
    std::string encoding;       ///< encoding used to decode text, e.g. "CP949"
    std::string encodingReason; ///< "cpg", "ldid", "detected", "override", "utf-8"
    /// Rows of a table left without a position, with their reasons (kept or dropped).
    BadRows badRows;
    /// How a table (CSV, TSV, XLSX) was read: header, geometry columns, CRS of the values.
    std::optional<TableDetection> table;
};

/// A vector layer read fully into memory, in its own CRS.
struct VectorLayer {
    std::string name;
    std::string sourcePath;
    std::string sourceLayer;
    std::string driver;
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    crs::Crs crs;
    std::vector<Field> fields;
    std::vector<std::int64_t> fids;
    geometry::GeometryStore geometries;
    std::vector<AttributeRow> attributes;
    LoadReport report;

    std::size_t featureCount() const { return fids.size(); }
    int fieldIndex(const std::string& fieldName) const;
    /// ColumnNotFound for `fieldName`, naming this layer and the fields it has.
    Error missingField(const std::string& fieldName) const;
};

} // namespace cw::data
