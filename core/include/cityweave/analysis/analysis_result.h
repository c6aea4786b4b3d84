// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/crs.h"
#include "cityweave/data/attribute.h"
#include "cityweave/geometry/geometry_store.h"

#include <map>
#include <string>
#include <vector>

namespace cw::analysis {

/// A table output: typed columns and rows (numbers stay numbers all the way to XLSX).
struct ResultTable {
    std::string key; ///< the GeoPackage table name, e.g. "overlap_pairs"
    std::vector<data::Field> columns;
    std::vector<data::AttributeRow> rows;
};

/// A layer output: geometries (in the analysis CRS) with one attribute row per feature.
struct ResultLayer {
    std::string key;
    geometry::GeometryFamily family = geometry::GeometryFamily::Polygon;
    geometry::GeometryStore geometries;
    std::vector<data::Field> columns;
    std::vector<data::AttributeRow> rows;
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
