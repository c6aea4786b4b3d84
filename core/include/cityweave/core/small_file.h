// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <cstddef>
#include <string>

namespace cw {

/// The whole of a small local file (a manifest, a plugin's metadata, a state file). A folder, a
/// pipe or a device is refused before it is opened (reading a FIFO blocks forever, reading a
/// folder throws), and a file over `maxBytes` is refused rather than read.
Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes = 64u << 20);

} // namespace cw
