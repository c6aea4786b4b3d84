// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/attribute.h"
#include "cityweave/geometry/geometry_store.h"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cw::analysis {

/// A table output: typed columns and rows (numbers stay numbers all the way to XLSX).
struct ResultTable {
    std::string key; ///< the GeoPackage table name, e.g. "overlap_pairs"
    std::vector<data::Field> columns;
    std::vector<data::AttributeRow> rows;
    /// The rows went to the input's TableSink as they were computed (too many to hold):
    /// `rows` is empty and `streamedRows` says how many there were.
    bool streamed = false;
    std::uint64_t streamedRows = 0;

    /// The index of the column named `name` (analysis/result_columns.h), or -1.
    int columnIndex(std::string_view name) const;
};

/// The index of the column named `name` among `columns`, or -1.
int columnIndex(const std::vector<data::Field>& columns, std::string_view name);

/// Takes the rows of a table (or the features of a layer) too large to keep in memory, batch by
/// batch, as an analysis computes them (`cityweave-cli analyze` writes them straight into the
/// results GeoPackage). One table or layer at a time.
class TableSink {
public:
    virtual ~TableSink() = default;
    virtual Status begin(const std::string& key, const std::vector<data::Field>& columns) = 0;
    virtual Status append(std::span<const data::AttributeRow> rows) = 0;
    virtual Status end() = 0;

    /// A layer in `crs`: features (one row each, geometries.featureCount() == rows.size()).
    virtual Status beginLayer(const std::string& key, geometry::GeometryFamily family,
                              const std::vector<data::Field>& columns, const crs::Crs& crs) = 0;
    virtual Status appendFeatures(const geometry::GeometryStore& geometries,
                                  std::span<const data::AttributeRow> rows) = 0;
    virtual Status endLayer() = 0;
};

/// A layer output: geometries (in the analysis CRS) with one attribute row per feature.
struct ResultLayer {
    std::string key;
    geometry::GeometryFamily family = geometry::GeometryFamily::Polygon;
    geometry::GeometryStore geometries;
    std::vector<data::Field> columns;
    std::vector<data::AttributeRow> rows;
    /// The features went to the input's TableSink as they were computed: `geometries` and
    /// `rows` are empty and `streamedFeatures` says how many there were.
    bool streamed = false;
    std::uint64_t streamedFeatures = 0;

    /// The index of the column named `name` (analysis/result_columns.h), or -1.
    int columnIndex(std::string_view name) const;
};

/// What one run produced, with what a report needs to cite it.
struct AnalysisResult {
    std::string analysisId;
    std::map<std::string, std::string> parameters; ///< resolved values, as text
    std::string computedAt;                        ///< ISO 8601 UTC
    crs::Crs crs;                                  ///< areas in its units (m² for EPSG:5186)
    std::vector<ResultTable> tables;
    std::vector<ResultLayer> layers;
    std::map<std::string, double> summary; ///< headline figures for the JSON summary
    std::vector<std::string> warnings;

    const ResultTable* table(const std::string& key) const;
    const ResultLayer* layer(const std::string& key) const;
};

} // namespace cw::analysis
