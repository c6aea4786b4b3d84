// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/analysis_result.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/project.h"
#include "render/layer_set.h"

#include <QString>
#include <memory>
#include <vector>

namespace cw::report {

/// Where a report's analysis results came from, for the cover and the methods page.
enum class ResultsOrigin { None, File, RunNow, InMemory };

/// Everything a report draws from: the project, its layers in the map CRS, and the analysis
/// results (possibly none). Built once, read by every section.
struct ReportData {
    QString projectPath;
    project::Project project;
    crs::Crs mapCrs;
    std::vector<render::LoadedLayer> layers; ///< project layers, drawing order, loaded ones only
    std::vector<analysis::AnalysisResult> results;
    ResultsOrigin resultsOrigin = ResultsOrigin::None;
    QString resultsPath;
    const analysis::AnalysisRegistry* registry = nullptr; ///< names of analyses; may be null

    const analysis::AnalysisResult* result(const std::string& analysisId) const;
    const analysis::ResultTable* table(const std::string& key) const;
    const analysis::ResultLayer* resultLayer(const std::string& key, crs::Crs* crs = nullptr) const;
    /// The descriptor's name of an analysis in `language`, or its id.
    QString analysisName(const std::string& analysisId, const QString& language) const;
    geometry::Envelope projectLayersExtent() const;
};

/// Reads the project and its layers (in the project's view CRS); a non-empty `scenario` (an
/// id) is made the working plan first, so its registry and layer variants are reported.
Result<ReportData> loadReportData(const QString& projectPath,
                                  const analysis::AnalysisRegistry* registry,
                                  const CancelToken& cancel = {}, const std::string& scenario = {});

} // namespace cw::report
