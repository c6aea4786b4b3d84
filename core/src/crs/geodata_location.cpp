// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/geodata_location.h"

#include "cityweave/core/utf8_path.h"

#include <cpl_conv.h>
#include <cstdlib>
#include <filesystem>
#include <ogr_srs_api.h>
#include <proj.h>

namespace cw::crs {
namespace {

namespace fs = std::filesystem;

bool userSet(const char* variable) {
    const char* value = std::getenv(variable);
    return value && *value;
}

// The first of the candidate folders that holds `marker`, as UTF-8; empty if none does.
std::string folderWith(const std::string& exeDir, const char* name, const char* marker) {
    const fs::path exe = pathFromUtf8(exeDir);
    for (const fs::path& folder : {exe.parent_path() / "share" / name, exe / "share" / name}) {
        std::error_code ec;
        if (fs::is_regular_file(folder / marker, ec))
            return pathToUtf8(folder.lexically_normal());
    }
    return {};
}

} // namespace

GeodataFolders useGeodataBesideExecutable(const std::string& exeDir) {
    GeodataFolders chosen;
    if (!userSet("PROJ_DATA") && !userSet("PROJ_LIB")) {
        chosen.proj = folderWith(exeDir, "proj", "proj.db");
        if (!chosen.proj.empty()) {
            const char* paths[] = {chosen.proj.c_str(), nullptr};
            // PROJ's default context (which new contexts copy) and GDAL's own contexts.
            proj_context_set_search_paths(nullptr, 1, paths);
            OSRSetPROJSearchPaths(paths);
        }
    }
    if (!userSet("GDAL_DATA")) {
        chosen.gdal = folderWith(exeDir, "gdal", "gdalvrt.xsd");
        if (!chosen.gdal.empty())
            CPLSetConfigOption("GDAL_DATA", chosen.gdal.c_str());
    }
    return chosen;
}

} // namespace cw::crs
