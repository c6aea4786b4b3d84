// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/core/library_versions.h"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>
#include <sqlite3.h>

namespace cw {

std::string libraryVersions() {
    std::string geos = GEOSversion(); // "3.11.1-CAPI-1.17.1"
    geos = geos.substr(0, geos.find('-'));
    return std::string("GDAL ") + GDALVersionInfo("RELEASE_NAME") + ", PROJ " +
           proj_info().version + ", GEOS " + geos + ", SQLite " + sqlite3_libversion();
}

} // namespace cw
