// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>

namespace cw::data {

/// Whether `source` names a local file or folder: not a web address, a GDAL virtual path
/// (/vsicurl/, /vsis3/, ...) or a connection string ("PG:...", "WFS:..."). A local archive
/// (/vsizip/ on a local .zip) is local; Windows drive and UNC paths are local.
bool isLocalSource(const std::string& source);

/// Whether remote sources may be read: only when the user set CITYWEAVE_ALLOW_REMOTE_SOURCES=1.
/// A project file names its layers' sources, so without this, merely checking or rendering a
/// project from someone else would send requests to any host it names.
bool remoteSourcesAllowed();

/// Ok when `source` may be opened: a local regular file (or folder) that exists, can be read
/// and is not empty, or a remote source while remote sources are allowed. Pipes and devices
/// are refused (reading one blocks forever), as are remote sources by default.
Status checkSourceReadable(const std::string& source);

/// Allows reading the source `gdalConnection` (a "PG:..." data source name) even
/// while remote sources are off: the user opened a plan kept in that database, which is consent
/// to read its layers (and only its: a plan cannot send CityWeave to another server).
void allowDatabaseSource(const std::string& gdalConnection);

} // namespace cw::data
