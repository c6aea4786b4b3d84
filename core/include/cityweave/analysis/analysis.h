// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/analysis_result.h"
#include "cityweave/analysis/column_catalogue.h"
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
/// The name (with its unit) and kind of a summary figure or table column an analysis makes,
/// for the ones the built-in column catalogue does not know: a plugin names its own here, and
/// the panel, the scenario comparison and the report show them by name.
struct ColumnSpec {
    std::string key;              ///< e.g. "firms_per_ha"
    project::LocalizedText title; ///< e.g. {"ha당 기업 수", "Firms per ha"}
    ColumnKind kind = ColumnKind::Number;
};

struct AnalysisDescriptor {
    std::string id; ///< e.g. "overlap-matrix"
    project::LocalizedText name;
    project::LocalizedText description;
    std::vector<ParameterSpec> parameters;
    std::vector<OutputSpec> outputs;
    std::vector<ColumnSpec> columns; ///< figures and columns of its own (SDK 1.2)
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
