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

} // namespace cw
