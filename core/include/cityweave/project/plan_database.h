// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/project/plan_location.h"
#include "cityweave/project/plan_session.h"
#include "cityweave/project/project.h"

#include <memory>
#include <string>

namespace cw::project {

/// Moves whole plans between a GeoPackage project file and PostgreSQL/PostGIS, where several
/// planners edit one plan at once (see PlanSession). In the database a plan is one schema: the
/// planning objects in versioned tables, every layer's features in a PostGIS table of its own
/// (EPSG:5186, GiST index), and an audit table of every change.
class PlanDatabase {
public:
    /// Publishes `project` (read from `projectPath`, whose folder its layer sources are relative
    /// to) into `target`'s schema, which must not hold a plan yet unless `replace`. All or
    /// nothing: a failure leaves no schema behind.
    static Status publish(const Project& project, const std::string& projectPath,
                          const DatabaseLocation& target, bool replace = false,
                          const CancelToken& cancel = {}, const ProgressFn& progress = {});

    /// The plan kept at `location`. Its layers read from the database (allowed as a source
    /// from now on in this process: the user opened this database).
    static Result<Project> load(const DatabaseLocation& location);
    /// A planner's editing session on the plan at `location`, its layers allowed as in load().
    static Result<std::unique_ptr<PlanSession>> openSession(const DatabaseLocation& location);

    /// Writes the plan at `location` to a new GeoPackage project file at `path`, its layers'
    /// features copied into the file. The file appears whole or not at all.
    static Status takeCopy(const DatabaseLocation& location, const std::string& path,
                           const CancelToken& cancel = {}, const ProgressFn& progress = {});

    /// The PostGIS table a published layer's features are kept in.
    static std::string layerTable(const LayerEntry& layer);
};

} // namespace cw::project
