// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw {

/// "GDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1, SQLite 3.40.1": the engines this build runs on, as
/// they report themselves at run time (for --version and bug reports).
std::string libraryVersions();

} // namespace cw
