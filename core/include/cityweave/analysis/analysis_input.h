// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_result.h"
#include "cityweave/analysis/sector_rules.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/crs/crs.h"
#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::analysis {

/// One layer of a project as an analysis sees it: in the analysis CRS, invalid polygons
/// already repaired (GEOS MakeValid).
struct AnalysisLayer {
    std::string id;
    project::LocalizedText name;
    std::shared_ptr<const data::VectorLayer> data; ///< geometries in the analysis CRS
    std::size_t repairedGeometries = 0;
    std::size_t droppedGeometries = 0; ///< polygons emptied: they retrace their own outline
};

/// A project's footprint: all its layers.
struct AnalysisProject {
    std::string id;
    project::LocalizedText name;
    project::Sector sector = project::Sector::None;
    std::string task; ///< one of the 11 core tasks ("E2"), empty when unknown
    std::vector<AnalysisLayer> layers;
};

/// What every analysis runs on. Areas and lengths are in the units of `crs` (metres for the
/// default EPSG:5186) and every output names that CRS.
struct AnalysisInput {
    crs::Crs crs;
    std::vector<AnalysisProject> projects;
    /// Layers of no project (base maps, roads, transit, boundaries): analyses that take a layer
    /// by id as a parameter find them here; the project analyses ignore them.
    std::vector<AnalysisLayer> baseLayers;
    /// The zone layer for roll-ups (gu, dong, a grid, sandbox zones); may be null.
    std::shared_ptr<const data::VectorLayer> zones;
    std::string zoneNameField; ///< field naming each zone; empty: the feature id
    SectorRuleTable rules = SectorRuleTable::defaults();
    std::vector<std::string> warnings; ///< e.g. "layer X: 3 invalid geometries repaired"
    /// Where analyses may stream tables of millions of rows (overlap-matrix's feature pairs)
    /// instead of holding them; null: every table stays in the result.
    TableSink* tableSink = nullptr;
    /// Results of the analyses run before on this same input (`analyze --analysis all`, a
    /// report): an analysis that builds on another's result with the same parameters takes it
    /// from here instead of computing it again; null: none.
    const std::vector<AnalysisResult>* earlierResults = nullptr;
};

/// Builds the input from an open project file: each project's layers and the base layers are
/// read, reprojected to `crs` and repaired.
Result<AnalysisInput> inputFromProject(const std::string& projectPath,
                                       const project::Project& project, const crs::Crs& crs,
                                       const CancelToken& cancel = {});
/// Reads a zone layer for roll-ups into the input's CRS.
Status setZoneLayer(AnalysisInput& input, const std::string& path, const std::string& nameField);

} // namespace cw::analysis
