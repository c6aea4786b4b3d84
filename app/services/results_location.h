// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cw::services {

/// Where the analysis results of the project at `projectPath` are saved: beside it
/// (`x.results.gpkg`), unless its folder cannot be written or ships with CityWeave (the sample
/// in the build tree or the install), in which case they go to `userFolder`, named after the
/// project and a hash of its path. Empty for a project never saved.
QString resultsPathFor(const QString& projectPath, const QString& userFolder);

/// The results file of the project that exists (beside it first, then in the user's folder),
/// or the path where it would be saved when there is none yet.
QString existingResultsFor(const QString& projectPath, const QString& userFolder);

} // namespace cw::services
