// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>

namespace cw {

/// Puts a finished temporary file in place of `target` so that the old target survives any
/// failure: the temporary's data is flushed to the disk first (a full disk or an I/O error shows
/// here, not as a truncated target later), then it is renamed over the target in one step and
/// the folder entry flushed. On failure the temporary is removed and the target left alone.
Status replaceWithTemporary(const std::string& temporary, const std::string& target);

/// A name for the temporary that will replace `target`, beside it so the rename stays on one
/// file system: "plan.gpkg" -> "plan.writing-<pid>-<random>.gpkg". The extension stays last
/// and alone (drivers go by it, and GDAL's /vsizip/ would split "a.xlsx.writing.xlsx" at the
/// first ".xlsx"); the process id tells a live writer's file from an orphan.
std::string temporaryBeside(const std::string& target);

/// Removes the temporaries beside `target` that processes no longer running left behind (a
/// kill or a power cut mid-write); those of writers still running are kept.
void removeOrphanTemporaries(const std::string& target);

} // namespace cw
