// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/error.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::analysis {

/// A results GeoPackage written in two steps: tables streamed while the analyses run (as the
/// input's TableSink), then every other table and layer with commit(). The file is built under a
/// temporary name and renamed by commit(), so a failure or a run given up leaves nothing under
/// `path`.
class ResultsGeoPackageWriter final : public TableSink {
public:
    static Result<std::unique_ptr<ResultsGeoPackageWriter>> create(const std::string& path);
    ~ResultsGeoPackageWriter() override;
    ResultsGeoPackageWriter(const ResultsGeoPackageWriter&) = delete;
    ResultsGeoPackageWriter& operator=(const ResultsGeoPackageWriter&) = delete;

    Status begin(const std::string& key, const std::vector<data::Field>& columns) override;
    Status append(std::span<const data::AttributeRow> rows) override;
    Status end() override;
    Status beginLayer(const std::string& key, geometry::GeometryFamily family,
                      const std::vector<data::Field>& columns, const crs::Crs& crs) override;
    Status appendFeatures(const geometry::GeometryStore& geometries,
                          std::span<const data::AttributeRow> rows) override;
    Status endLayer() override;

    /// Writes what was not streamed and the `cw_analysis_runs` table, then renames the file.
    Status commit(const std::vector<AnalysisResult>& results);

private:
    struct Stream;
    struct LayerStream;
    ResultsGeoPackageWriter(std::string path, std::string temp);
    std::string m_path;
    std::string m_temp;
    std::unique_ptr<Stream> m_stream;
    std::unique_ptr<LayerStream> m_layerStream;
    bool m_committed = false;
};

/// Writes every table and layer of the results into one GeoPackage (layers in the results'
/// CRS, tables as attribute tables) plus a `cw_analysis_runs` table recording each analysis,
/// its parameters and when it ran. Written to a temporary file and renamed: a failure leaves
/// no half-written file under `path`.
Status writeResultsGeoPackage(const std::vector<AnalysisResult>& results, const std::string& path);

/// The summary JSON: per analysis its id, parameters, time, CRS, headline figures, warnings.
std::string resultsSummaryJson(const std::vector<AnalysisResult>& results);

} // namespace cw::analysis
