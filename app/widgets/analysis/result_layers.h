// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis.h"
#include "render/layer_set.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace cw::widgets {

/// Turns the layers of an analysis result into styled, in-memory map layers (no file behind
/// them). Overlap pieces with a `project_count` are split into one layer per count, coloured
/// from yellow to red, so the layer tree doubles as the legend; integration zones are split by
/// label (synergy green, duplication red, neutral grey), outlined and labelled with their id.
/// Thread-safe: run it on the worker that ran the analysis.
class ResultLayerBuilder {
    Q_DECLARE_TR_FUNCTIONS(ResultLayerBuilder)

public:
    /// `groupId` becomes each entry's projectId; geometries are indexed in `mapCrs`.
    static Result<std::vector<render::LoadedLayer>>
    build(const analysis::AnalysisResult& result, const analysis::AnalysisDescriptor& descriptor,
          const crs::Crs& mapCrs, const std::string& groupId, const std::string& language);
    /// Prefix of the ids of every layer built for `analysisId`, e.g. "analysis:overlap-matrix:".
    static std::string idPrefix(const std::string& analysisId);
};

} // namespace cw::widgets
