// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_result.h"
#include "cityweave/analysis/parameter.h"
#include "cityweave/core/progress.h"

#include <string>
#include <vector>

namespace cw::analysis {

enum class OutputKind { Table, PolygonLayer, LineLayer, PointLayer };

/// An output an analysis promises, by key (the GeoPackage table name it is written as).
struct OutputSpec {
    std::string key;
    project::LocalizedText name;
    OutputKind kind = OutputKind::Table;
};

/// Everything the CLI, the JSON listing and the GUI need to know about an analysis before
/// running it.
struct AnalysisDescriptor {
    std::string id; ///< e.g. "overlap-matrix"
    project::LocalizedText name;
    project::LocalizedText description;
    std::vector<ParameterSpec> parameters;
    std::vector<OutputSpec> outputs;
};

/// A spatial integration analysis. Implementations are stateless: `run` may be called from any
/// thread, reports progress in [0, 1] and returns Cancelled when the token is set.
class Analysis {
public:
    virtual ~Analysis() = default;
    virtual const AnalysisDescriptor& descriptor() const = 0;
    virtual Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                                       const ProgressFn& progress,
                                       const CancelToken& cancel) const = 0;
};

} // namespace cw::analysis
