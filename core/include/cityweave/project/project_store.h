// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/project.h"

#include <string>

namespace cw::project {

/// Reads and writes a project as a GeoPackage: CityWeave's tables (registered as attribute
/// tables, so QGIS and ogrinfo list them) beside any layers stored in the same file.
/// Every save is one SQLite transaction; saving to a new path writes a temporary file and
/// renames it, so a crash leaves the old file or the new one, never half of one.
class ProjectStore {
public:
    /// Version of the schema this build writes; files are migrated up to it on load.
    static int schemaVersion();

    static Result<Project> load(const std::string& path);
    /// Saves to `path`. When `previousPath` names another file (Save As), its embedded layers
    /// are carried over and relative layer sources are rebased on the new folder.
    static Status save(const Project& project, const std::string& path,
                       const std::string& previousPath = {});
    /// Ok when `path` is a CityWeave project this version can write into as it is (the current
    /// schema); checked before anything is written into a file named on a command line.
    static Status checkWritableProject(const std::string& path);
    /// The schema version recorded in a file (0 when it has none).
    static Result<int> fileSchemaVersion(const std::string& path);

    /// Resolves a layer's stored source against the project file's folder.
    static std::string resolveSource(const std::string& projectPath, const LayerEntry& layer);
    /// The files reading the project touches: the project file and its layers' sources.
    static std::vector<std::string> filesRead(const std::string& projectPath,
                                              const Project& project);
    /// The form of `absolutePath` to store: relative to the project file's folder.
    static std::string relativeSource(const std::string& projectPath,
                                      const std::string& absolutePath);
};

} // namespace cw::project
