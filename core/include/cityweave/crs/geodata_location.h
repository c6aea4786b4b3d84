// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw::crs {

/// The data folders PROJ (proj.db) and GDAL were pointed at; empty: left to the library.
struct GeodataFolders {
    std::string proj;
    std::string gdal;
};

/// A relocatable install (the Windows installer, a zip, an AppImage) carries PROJ's proj.db and
/// GDAL's data files beside the program, not where the libraries were built to look for them.
/// Looks in `<exeDir>/../share/{proj,gdal}`, then `<exeDir>/share/{proj,gdal}`, and points the
/// libraries there. A folder the user set (PROJ_DATA or PROJ_LIB, GDAL_DATA) wins; a folder
/// without the library's marker file (proj.db, gdalvrt.xsd) is not used. Call it once at
/// start-up, before the first CRS is made. Paths are UTF-8.
GeodataFolders useGeodataBesideExecutable(const std::string& exeDir);

} // namespace cw::crs
